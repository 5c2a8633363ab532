#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the Windows installer's figures under Wine beside the Linux workbench (see run.sh)."""
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

repo = pathlib.Path(__file__).resolve().parents[2]
linux_build = pathlib.Path(sys.argv[1]).resolve()
runs = int(sys.argv[2])
out = pathlib.Path(os.environ.get("ZIWB_WIN_BUILD", repo / "build-windows"))
setup = next(out.glob("zi-workbench-*-setup.exe"))
linux_app = linux_build / "src/gui/zi-workbench"
linux_cli = linux_build / "src/cli/ziwb"
user = "Sri Wulaningsih"

tmp = pathlib.Path(tempfile.mkdtemp(prefix="ziwb-bench-wine-"))
xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
display = ":" + xvfb.stdout.readline().strip()
env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "WINE"))}
env.update(WINEPREFIX=str(tmp / "prefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=", USER=user,
           LANG="C.UTF-8", DISPLAY=display, HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), NO_AT_BRIDGE="1")
install_dir = tmp / "prefix/drive_c/users" / user / "AppData/Local/Programs/ZI Workbench"
win_install_dir = rf"C:\users\{user}\AppData\Local\Programs\ZI Workbench"


def wine(*args):
    subprocess.run(["wine", *map(str, args)], env=env, capture_output=True, timeout=600)


def wait_for_window(proc, started):
    while time.perf_counter() - started < 300:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
        if '"ZI Workbench' in tree:
            return time.perf_counter() - started
        if proc.poll() is not None:
            raise SystemExit(f"the workbench ended before showing a window (exit {proc.returncode})")
        time.sleep(0.05)
    raise SystemExit("no window within 300 s")


def launch(command):
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = wait_for_window(proc, started)
    proc.kill()
    proc.wait()
    return elapsed


try:
    started = time.perf_counter()
    wine("wineboot", "--init")
    subprocess.run(["wineserver", "-w"], env=env)
    prefix_s = time.perf_counter() - started
    install_s = []
    for _ in range(runs):
        started = time.perf_counter()
        wine(setup, "/S")
        install_s.append(time.perf_counter() - started)
        assert (install_dir / "bin/zi-workbench.exe").is_file(), "the silent install installed nothing"
        if len(install_s) < runs:
            wine(install_dir / "uninstall.exe", "/S")
            deadline = time.time() + 120
            while install_dir.exists() and time.time() < deadline:
                time.sleep(0.2)
    demo_win = rf"C:\users\{user}\demo.ziwb"
    wine(rf"{win_install_dir}\bin\ziwb.exe", "demo", demo_win)
    demo_linux = tmp / "demo-linux.ziwb"
    subprocess.run([linux_cli, "demo", demo_linux], check=True, capture_output=True)
    # The first Wine launch loads Wine's own libraries from disk; it is shown apart.
    wine_first = launch(["wine", rf"{win_install_dir}\bin\zi-workbench.exe", demo_win])
    subprocess.run(["wineserver", "-w"], env=env, timeout=60)
    wine_s = [launch(["wine", rf"{win_install_dir}\bin\zi-workbench.exe", demo_win]) for _ in range(runs)]
    linux_s = [launch([str(linux_app), "--config", str(tmp / "cfg.ini"), str(demo_linux)]) for _ in range(runs)]
    size = setup.stat().st_size
    programs = {p.name: p.stat().st_size for p in (out / "stage/bin").glob("*.exe")}

    print(f"Windows installer under Wine ({runs} runs, median; machine shared with other builds)\n")
    print("| measure | Windows (wine64) | Linux | limit |")
    print("|---|---|---|---|")
    print(f"| installer size | {size / 1048576:.1f} MB | - | 25 MB |")
    for name, bytes_ in sorted(programs.items()):
        print(f"| {name} | {bytes_ / 1048576:.1f} MB | - | - |")
    print(f"| silent install | {statistics.median(install_s):.2f} s | - | 10 s |")
    print(f"| launch to window, first | {wine_first:.2f} s | - | - |")
    print(f"| launch to window | {statistics.median(wine_s):.2f} s | {statistics.median(linux_s):.2f} s | - |")
    print(f"\n(new Wine prefix: {prefix_s:.0f} s, not counted)")
finally:
    subprocess.run(["wineserver", "-k"], env=env, capture_output=True)
    xvfb.terminate()
    shutil.rmtree(tmp, ignore_errors=True)
