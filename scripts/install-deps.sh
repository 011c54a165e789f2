#!/usr/bin/env bash
# Installs the Debian 12 packages imr needs to build and test. Nothing else is
# downloaded: every library is found with find_package from the system.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config
  libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libhowardhinnant-date-dev
  libgtest-dev libvalijson-dev libbenchmark-dev
  libxlsxwriter-dev
)
# The tests also open the xlsx output with unzip and the HTML report in a real browser.
# IMR_DEPS=build skips them, for machines that only build imr (a review's CI job).
if [ "${IMR_DEPS:-all}" != "build" ]; then packages+=(unzip chromium); fi
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
