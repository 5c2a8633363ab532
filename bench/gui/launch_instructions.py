#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the workbench's launch goes, counted in instructions: deterministic where wall time on a
shared machine moves by 10-40% between runs, so a change of a few percent shows.

Runs zi-workbench on the demo under callgrind until the window is shown and painted (the moment
--quit-when-ready prints ZIWB_READY) and prints the main thread's instructions by phase.
Usage: bench/gui/launch_instructions.py BUILD_DIR. Needs valgrind and Xvfb."""
import pathlib
import re
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from xvfb_session import XvfbSession  # noqa: E402

build = pathlib.Path(sys.argv[1])
app = next(build.rglob("src/gui/zi-workbench"))
cli = next(build.rglob("src/cli/ziwb"))
if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
    print("launch instructions: not measured (valgrind is missing)")
    sys.exit(0)

# Phases: the function whose inclusive count is the phase, as callgrind_annotate names it.
PHASES = [
    ("to main: the loader, the libraries' initialisers", None),
    ("GTK and wxWidgets start (before OnInit)", None),
    ("settings, translations", "ziwb::gui::App::InitServices("),
    ("main window: GTK's theme, menus, status bar", "ziwb::gui::MainFrame::MainFrame("),
    ("open the workspace and build its views", "ziwb::gui::MainFrame::OpenWorkspace("),
    ("show: realize, first layout", "wxTopLevelWindowGTK::Show("),
    ("event loop until painted", "wxGUIEventLoop::DoRun()"),
]

session = XvfbSession(":95", "zi-launch-ir-")
tmp, env = session.home, session.env
try:
    demo = tmp / "demo.ziwb"
    subprocess.run([str(cli), "demo", str(demo)], check=True, capture_output=True)
    command = [str(app), "--config", str(tmp / "cfg.ini"), "--quit-when-ready", str(demo)]
    subprocess.run(command, env=env, capture_output=True, timeout=120)  # settings written once
    out = tmp / "callgrind.out"
    subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes",
                    "--dump-before=ziwb::gui::App::OnReady*", f"--callgrind-out-file={out}"] + command,
                   env=env, capture_output=True, timeout=900)
    dumps = sorted(tmp.glob("callgrind.out.1-01"))
    if not dumps:
        print("launch instructions: not measured (callgrind wrote no profile)")
        sys.exit(0)
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(dumps[0])],
                               capture_output=True, text=True).stdout
    total = int(re.search(r"^summary:\s*(\d+)", dumps[0].read_text(errors="replace"), re.M).group(1))

    def inclusive(prefix):
        best = 0
        for line in annotated.splitlines():
            match = re.match(r"\s*([\d,]+) \([^)]*\)\s+\?\?\?:(.*) \[", line)
            if match and match.group(2).startswith(prefix) and "'" not in match.group(2):
                best = max(best, int(match.group(1).replace(",", "")))
        return best

    main = inclusive("main")
    on_init = inclusive("ziwb::gui::App::OnInit(")
    figures = {label: inclusive(prefix) for label, prefix in PHASES if prefix}
    figures[PHASES[0][0]] = total - main
    figures[PHASES[1][0]] = max(0, main - on_init - figures["event loop until painted"])
    print(f"{'launch to the painted window, main thread (callgrind)':62} {'instructions':>14} {'share':>7}")
    for label, _ in PHASES:
        print(f"{'  ' + label:62} {figures[label] / 1e6:12.1f} M {100 * figures[label] / total:6.1f}%")
    rest = total - sum(figures.values())
    print(f"{'  the rest of OnInit (identity, the first selection, ...)':62} {rest / 1e6:12.1f} M "
          f"{100 * rest / total:6.1f}%")
    print(f"{'  total':62} {total / 1e6:12.1f} M {100.0:6.1f}%")
finally:
    session.close()
