#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a user gets it: built by cpack, checked by lintian (no errors), its desktop
# entry and AppStream metadata validated, its contents checked (programs, forms, templates, licence
# files), then installed with `apt-get install ./zi-workbench_*.deb` into a clean Debian 12 root made
# by debootstrap, where the command line must run in both languages and the workbench's libraries
# must all resolve.
#
# Needs root (or sudo) for debootstrap and chroot, and the Debian mirror the machine uses. The base
# root is cached as a tarball outside the repository: ${ZIWB_PACKAGE_CACHE:-~/.cache/ziwb-package}.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cache=${ZIWB_PACKAGE_CACHE:-$HOME/.cache/ziwb-package}
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
step() { printf '[package-test %(%H:%M:%S)T] %s\n' -1 "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "building the package"
deb=$(bash "$repo/installer/debian/build.sh" | tail -1)
[ -f "$deb" ] || fail "no package was made"
echo "$deb ($(du -h "$deb" | cut -f1))"

step "lintian"
# Tags about the example maintainer address and the missing man pages are warnings, not errors;
# --fail-on error makes any error fail the test.
lintian --fail-on error --no-tag-display-limit "$deb" | tee "$deb.lintian" || fail "lintian reports errors"
! grep -q '^E:' "$deb.lintian" || fail "lintian reports errors"

step "desktop entry, MIME type and AppStream metadata"
desktop-file-validate "$repo/installer/zi-workbench.desktop"
appstreamcli validate --no-net "$repo/installer/id.zi_workbench.ZIWorkbench.metainfo.xml"
xmllint --noout "$repo/installer/zi-workbench-mime.xml" 2>/dev/null || python3 -c \
  "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$repo/installer/zi-workbench-mime.xml"

step "contents"
# The name is everything after the fifth column: the demo's evidence files have spaces in their names.
contents=$(dpkg-deb -c "$deb" | sed -E 's/^([^ ]+ +){5}//; s| -> .*$||; s|^\./|/|; s|/$||')
expect() { grep -qx "$1" <<< "$contents" || fail "the package lacks $1"; }
for file in /usr/bin/ziwb /usr/bin/zi-workbench /usr/share/applications/zi-workbench.desktop \
  /usr/share/icons/hicolor/scalable/apps/zi-workbench.svg /usr/share/mime/packages/zi-workbench.xml \
  /usr/share/metainfo/id.zi_workbench.ZIWorkbench.metainfo.xml /usr/share/doc/zi-workbench/copyright \
  /usr/share/doc/zi-workbench/dependencies /usr/share/doc/zi-workbench/changelog.gz; do
  expect "$file"
done
# Every form, template and font (with its licence) of the source tree: the data the programs read at
# run time. fonts/README.md is for developers and is not installed.
while IFS= read -r file; do
  expect "/usr/share/ziwb/${file}"
done < <(cd "$repo" && find forms templates fonts -type f \( -path 'forms/*.xml' -o -path 'templates/*' -o -path 'fonts/*.ttf' \
  -o -path 'fonts/LICENSE*' \) 2>/dev/null | sort)

step "a clean Debian 12 root"
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
base="$cache/debian12-minbase.tar"
work=$(mktemp -d /tmp/ziwb-deb-root.XXXXXX)
root="$work/root"
cleanup() {
  "${sudo_cmd[@]}" umount "$root/proc" 2>/dev/null || true
  "${sudo_cmd[@]}" rm -rf "$work"
}
trap cleanup EXIT
if [ ! -f "$base" ]; then
  mkdir -p "$cache"
  started=$SECONDS
  "${sudo_cmd[@]}" debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
  "${sudo_cmd[@]}" tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
  step "debootstrap took $((SECONDS - started)) s (cached in $base)"
else
  mkdir -p "$root"
  "${sudo_cmd[@]}" tar -C "$root" -xf "$base"
fi
# The same archive and security updates the build machine uses (the package was linked against them).
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  "${sudo_cmd[@]}" rm -f "$root/etc/apt/sources.list"
  "${sudo_cmd[@]}" cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/debian.sources"
fi
"${sudo_cmd[@]}" cp /etc/resolv.conf "$root/etc/resolv.conf"
"${sudo_cmd[@]}" mount -t proc proc "$root/proc"
"${sudo_cmd[@]}" cp "$deb" "$root/tmp/"
in_root() { "${sudo_cmd[@]}" chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

step "apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
started=$SECONDS
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$deb")" \
  > "$work/install.log" 2>&1 || { tail -30 "$work/install.log"; fail "apt-get install failed"; }
step "installed with its dependencies in $((SECONDS - started)) s"

step "the command line in the clean root"
in_root dpkg -s zi-workbench | grep '^Status: install ok installed' > /dev/null || fail "not installed"
in_root env LANG=id_ID.UTF-8 ziwb demo /tmp/demo.ziwb > /dev/null
in_root env LANG=C.UTF-8 ziwb score /tmp/demo.ziwb --json > "$work/score-root.json"
built_ziwb="${ZIWB_DEB_BUILD:-$repo/build-deb}/src/cli/ziwb"
"$built_ziwb" demo "$work/demo.ziwb" > /dev/null
LANG=C.UTF-8 "$built_ziwb" score "$work/demo.ziwb" --json > "$work/score-build.json"
python3 - "$work/score-root.json" "$work/score-build.json" <<'PY' || fail "the installed ziwb scores the demo differently"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a == b and a, "scores differ"
PY
# Whole outputs are read before grep: `grep -q` would stop reading early, and under pipefail the
# writer's SIGPIPE would fail the check.
help_id=$(in_root env LANG=id_ID.UTF-8 ziwb help)
grep -q "Cara pakai" <<< "$help_id" || fail "no Indonesian messages"
help_en=$(in_root env LANG=en_US.UTF-8 ziwb help)
grep -q "Usage" <<< "$help_en" || fail "no English messages"
forms=$(in_root env LANG=C.UTF-8 ziwb forms)
grep -q "lke-permenpanrb-90-2021" <<< "$forms" || fail "the installed form is not found"
# The hub loads libpq when it is first used, where ldd cannot see it: the package must still bring
# it. A hub nobody listens at is then unreachable, not missing a library.
hub_reply=$(in_root env LANG=en_US.UTF-8 ziwb hub units "postgresql://127.0.0.1:1/ziwb?connect_timeout=5" 2>&1 || true)
grep -q "cannot reach the hub" <<< "$hub_reply" || fail "the installed hub does not load libpq: $hub_reply"
if in_root ldd /usr/bin/zi-workbench | grep "not found"; then
  fail "the workbench needs libraries the package does not depend on"
fi
in_root dpkg -L zi-workbench | grep /usr/share/ziwb/templates/demo/dinas-tenaga-kerja.csv > /dev/null || fail "no demo template"
step "the Debian package installs and runs in a clean Debian 12"
