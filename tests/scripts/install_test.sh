#!/usr/bin/env bash
# cmake --install into a temporary prefix, then run the installed binary: it must find its
# man page, completions, schemas and examples where the shells, man and editors look.
#   install_test.sh BUILD_DIR
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
fail() { echo "install_test: $*" >&2; exit 1; }
for f in bin/imr share/man/man1/imr.1 share/bash-completion/completions/imr \
         share/zsh/vendor-completions/_imr share/fish/vendor_completions.d/imr.fish \
         share/imr/schemas/imr-chronology.schema.json share/imr/schemas/imr-review.schema.json \
         share/doc/imr/examples/riverside-dhr/review.yaml; do
  [ -f "$prefix/$f" ] || fail "missing $f"
done
"$prefix/bin/imr" --version | grep -q '^imr ' || fail "imr --version"
"$prefix/bin/imr" validate --strict "$prefix/share/doc/imr/examples/riverside-dhr" >/dev/null \
  || fail "the installed imr does not validate the installed example"
# The template names the installed schemas when no schemas/ folder sits beside the review.
work="$(mktemp -d)"
trap 'rm -rf "$prefix" "$work"' EXIT
cp -r "$prefix/share/doc/imr/examples/riverside-dhr" "$work/review"
(cd "$work" && "$prefix/bin/imr" init --agency "Northvale Police" --review review -o review/new.yaml)
head -1 "$work/review/new.yaml" | grep -qx "# yaml-language-server: \$schema=$prefix/share/imr/schemas/imr-chronology.schema.json" \
  || fail "init names $(head -1 "$work/review/new.yaml")"
grep -q 'e.g. \[K, D\] (K the victim, D the perpetrator)' "$work/review/new.yaml" \
  || fail "init does not use the review's party ids"
man -l "$prefix/share/man/man1/imr.1" >/dev/null 2>&1 || fail "man cannot read imr.1"
echo "install_test: installed into a temporary prefix; the installed imr runs"
