#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ZI Workbench needs to build, run and test. Installs only what is
# missing, so a second run is quick. Every new dependency goes into this list in the same commit.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config gettext ccache
  # core libraries
  libsqlitecpp-dev libsqlite3-dev libpugixml-dev libssl-dev libxlsxwriter-dev nlohmann-json3-dev libhpdf-dev libqrcodegencpp-dev libqpdf-dev libsodium-dev
  # desktop workbench
  libwxgtk3.2-dev wx3.2-i18n libx11-dev
  # the evidence preview's PDF renderer (pdftoppm), run as a separate program; the tests read PDFs with it too
  poppler-utils
  # tests: GoogleTest, an X server for GUI tests, independent readers of our files
  libgtest-dev xvfb xauth libreoffice-calc-nogui python3 python3-openpyxl fonts-dejavu-core
  # reads the QR codes of the documents back from their rendered pages
  zbar-tools
  # benchmarks
  libbenchmark-dev hyperfine time bc x11-utils xdotool python3-xlib
  # the launch counted in instructions (bench/gui/launch_instructions.py)
  valgrind
  # fuzz targets: clang with libFuzzer and the sanitizer runtimes (tests/fuzz/)
  clang-14 libclang-rt-14-dev
  # the readiness benchmark solves the same paths with CBC (the solver the issue names) beside ours
  coinor-cbc
  # tools/subset-fonts.py, which makes the shipped subset of DejaVu Sans in fonts/
  fonttools
  # the agency hub: libpq for the client, the server headers for its signature module, and a real
  # PostgreSQL 15 that the hub tests start on loopback as an ordinary user (tests/hub/hub_cluster.py)
  libpq-dev postgresql-15 postgresql-server-dev-15 util-linux
)

# The Windows build and its Wine test, and the Debian package test: only when they run (in CI, or
# asked for with ZIWB_WINDOWS_TESTS=1, ZIWB_PACKAGE_TESTS=1), so that a developer's set-up stays quick.
if [ "${ZIWB_WINDOWS_TESTS:-}" = "1" ] || [ "${CI:-}" = "true" ]; then
  packages+=(
    # cross compilers (posix threads), zlib for mingw, what the dependency builds need
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix libz-mingw-w64-dev dpkg-dev tcl
    # libsodium's Debian source is built as Debian does, after autoreconf
    autoconf automake libtool
    # the installer, the icon, Wine and the screenshot
    nsis librsvg2-bin icoutils wine wine64 imagemagick
  )
fi
if [ "${ZIWB_PACKAGE_TESTS:-}" = "1" ] || [ "${CI:-}" = "true" ]; then
  packages+=(lintian debootstrap desktop-file-utils appstream)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
