#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Click-to-pixels, measured from outside the program as a user sees it: the real zi-workbench runs
under Xvfb on the demo; an option of a criterion is clicked through the X server's XTEST extension
(what xdotool uses), and the screen is read until the score panel's total shows new pixels.

Usage: click_to_pixels.py APP CLI [CLICKS] [--taskset CPU]. Prints median, p95 and worst in ms."""
import pathlib
import statistics
import subprocess
import sys
import time

from Xlib import X, display as xdisplay
from Xlib.ext import xtest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from xvfb_session import XvfbSession  # noqa: E402

app, cli = sys.argv[1], sys.argv[2]
clicks = int(sys.argv[3]) if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else 40
prefix = ["taskset", "-c", sys.argv[sys.argv.index("--taskset") + 1]] if "--taskset" in sys.argv else []
criterion = "A.I.1.iii.c"  # A-D, unanswered in the demo: each option gives another total

screen = ":96"
session = XvfbSession(screen, "zi-click-")
tmp, env = session.home, session.env
proc = None
try:
    demo = tmp / "demo.ziwb"
    subprocess.run([cli, "demo", str(demo)], check=True, capture_output=True)
    proc = subprocess.Popen(prefix + [app, "--config", str(tmp / "cfg.ini"), "--select", criterion,
                                      "--report-controls", "option_B,option_C,score_total", str(demo)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    controls = {}
    for line in proc.stdout:
        if line.startswith("ZIWB_CONTROL"):
            name, *rect = line.split()[1:]
            controls[name] = tuple(map(int, rect))
        if line.startswith("ZIWB_READY"):
            break
    d = xdisplay.Display(screen)
    root = d.screen().root
    x, y, w, h = controls["score_total"]

    def total_pixels():
        return root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data

    def click(name):
        cx, cy, cw, ch = controls[name]
        xtest.fake_input(d, X.MotionNotify, x=cx + 8, y=cy + ch // 2)
        d.sync()
        time.sleep(0.05)
        before = total_pixels()
        start = time.perf_counter()
        xtest.fake_input(d, X.ButtonPress, 1)
        xtest.fake_input(d, X.ButtonRelease, 1)
        d.sync()
        while time.perf_counter() - start < 2.0:
            if total_pixels() != before:
                return (time.perf_counter() - start) * 1000
        return None

    click("option_C")  # the first answer of the run
    time.sleep(0.3)
    times = []
    for i in range(clicks):
        ms = click("option_B" if i % 2 == 0 else "option_C")
        if ms is not None:
            times.append(ms)
        time.sleep(0.15)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(f"ZIWB_CLICK_MS median={statistics.median(times):.1f} p95={p95:.1f} worst={times[-1]:.1f} "
          f"n={len(times)}")
finally:
    if proc is not None:
        proc.kill()
        proc.wait()
    session.close()
