#!/usr/bin/env bash
# Builds the Debian package with CPack, unpacks it with dpkg-deb -x, runs the binary from
# there and checks the package's Depends line (worked out by dpkg-shlibdeps).
#   deb_test.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "deb_test: $*" >&2; exit 1; }
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$work"/out/imr_*.deb)"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "deb_test: Depends: $depends"
for lib in libc6 libstdc++6 libyaml-cpp0.7 libxlsxwriter; do
  grep -q "$lib" <<<"$depends" || fail "Depends names no $lib"
done
contents="$(dpkg-deb -c "$deb")"  # captured: grep -q stops reading early
grep -q './usr/bin/imr$' <<<"$contents" || fail "no /usr/bin/imr"
grep -q './usr/share/man/man1/imr.1' <<<"$contents" || fail "no man page"
grep -q './usr/share/bash-completion/completions/imr$' <<<"$contents" || fail "no bash completion"
grep -q './usr/share/imr/schemas/imr-chronology.schema.json$' <<<"$contents" || fail "no schemas"
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/imr" --version | grep -q '^imr ' || fail "the unpacked imr does not run"
"$work/root/usr/bin/imr" validate --strict "$work/root/usr/share/doc/imr/examples/seed-dhr" >/dev/null \
  || fail "the unpacked imr does not validate its example"
echo "deb_test: $(basename "$deb") builds, unpacks and runs"
