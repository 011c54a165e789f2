#!/usr/bin/env bash
# Installs the Debian 12 packages imr needs to build and test. Nothing else is
# downloaded: every library is found with find_package from the system.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config
  libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libhowardhinnant-date-dev
  libgtest-dev libvalijson-dev libbenchmark-dev
  libxlsxwriter-dev libzip-dev libpugixml-dev libutf8proc-dev libcsv-dev
)
# The tests also open the xlsx output with unzip and the HTML report in a real browser,
# read Word output back with pandoc and LibreOffice (pdfinfo counts the pages), check the
# shell completions with zsh and fish, check the schemas with a second validator, check
# the format with clang-format and fuzz with clang 19. python3-docx and python3-openpyxl
# regenerate the import fixtures (tests/import/make_fixtures.py).
# python3-yaml reads YAML for the second schema validator; man-db reads the installed man
# page; dpkg-dev (dpkg-shlibdeps) works out the .deb's Depends line.
# IMR_DEPS=build skips them, for machines that only build imr (a review's CI job).
if [ "${IMR_DEPS:-all}" != "build" ]; then
  packages+=(unzip chromium pandoc libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
    zsh fish python3-jsonschema python3-yaml man-db python3-docx python3-openpyxl clang-format-14
    clang-19 libclang-rt-19-dev dpkg-dev file)
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
