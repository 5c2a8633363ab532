#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of zi-workbench under Xvfb, in Indonesian and English, from a fresh
# demo workspace. Usage: docs/screenshots/take.sh BUILD_DIR (the folder holding src/gui/zi-workbench).
set -euo pipefail
build=${1:?usage: take.sh BUILD_DIR}
out=$(cd "$(dirname "$0")" && pwd)
app=$(find "$build" -path '*src/gui/zi-workbench' -type f | head -n 1)
cli=$(find "$build" -path '*src/cli/ziwb' -type f | head -n 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
"$cli" demo "$tmp/demo.ziwb" > /dev/null
# The evidence page shows a checklist in use: the SK attached to its line and accepted by the TPI,
# the attendance list attached and waiting for review.
item_of() { "$cli" evidence list "$tmp/demo.ziwb" A.I.1.i.a | awk -v t="$1" 'index($0, t) { print $1; exit }'; }
"$cli" evidence checklist-attach "$tmp/demo.ziwb" form:A.I.1.i.a:1 "$(item_of 'SK Tim')" > /dev/null
"$cli" evidence checklist-attach "$tmp/demo.ziwb" form:A.I.1.i.a:2 "$(item_of 'Daftar hadir')" > /dev/null
"$cli" evidence review "$tmp/demo.ziwb" form:A.I.1.i.a:1 accepted > /dev/null
shot() {  # NAME LANG [ARGS...]
  local name=$1 lang=$2
  shift 2
  xvfb-run -a -s "-screen 0 ${screen:-1440x900}x24" "$app" --config "$tmp/cfg.ini" --lang "$lang" \
    --screenshot "$out/$name-$lang.png" "$@" 2> /dev/null
}
for lang in id en; do
  shot criterion "$lang" --select A.I.1.iii.c "$tmp/demo.ziwb"
  shot evidence "$lang" --select A.I.1.i.a "$tmp/demo.ziwb"
  shot percentage "$lang" --select A.II.4.i.a "$tmp/demo.ziwb"
  shot area "$lang" --select A.I.3 "$tmp/demo.ziwb"
  shot start "$lang"
  # The laptops civil servants have, and a wide desktop screen: the window fits each (a fresh
  # settings file, so no size remembered from a larger screen).
  for screen in 1024x768 1366x768 1920x1080; do
    rm -f "$tmp/cfg.ini"
    shot "screen-$screen" "$lang" --select A.I.1.i.a "$tmp/demo.ziwb"
  done
  rm -f "$tmp/cfg.ini"
done
echo "screenshots written to $out"
