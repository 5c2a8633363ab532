#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Starts the real zi-workbench under Xvfb on a fresh demo workspace, in Indonesian and in English,
and checks that the window showed and painted (a PNG of the expected size with more than a few
colours), that GTK printed no criticals or warnings on the way, and that it quits by itself. Also checks that an unreadable file leaves the app on its
start screen rather than crashing it."""
import os
import pathlib
import signal
import struct
import subprocess
import sys
import tempfile
import zlib

ZIWB = os.environ["ZIWB"]
APP = os.environ["ZI_WORKBENCH"]


def png_size_and_colours(path):
    data = pathlib.Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    chunks, pos = [], 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            chunks.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = {2: 3, 6: 4}[colour_type]
    stride = width * channels + 1
    colours = set()
    for row in range(0, height, 7):
        line = raw[row * stride + 1:(row + 1) * stride]
        for x in range(0, width * channels, channels * 13):
            colours.add(line[x:x + 3])
    return width, height, len(colours)


def run(args, env):
    return subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", APP] + args, env=env,
                          capture_output=True, text=True, timeout=120)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp + "/config", XDG_DATA_HOME=tmp + "/data")
    demo = pathlib.Path(tmp) / "demo.ziwb"
    subprocess.run([ZIWB, "demo", str(demo)], check=True, capture_output=True)
    for lang in ("id", "en"):
        shot = pathlib.Path(tmp) / f"main-{lang}.png"
        result = run(["--config", tmp + "/cfg.ini", "--lang", lang, "--screenshot", str(shot), str(demo)], env)
        assert result.returncode == 0, result.stderr
        # Opening a workspace is quiet: GTK once printed criticals here (widgets sized below zero).
        for noise in ("CRITICAL", "Gtk-WARNING", "GLib-GObject-WARNING"):
            assert noise not in result.stderr, result.stderr
        width, height, colours = png_size_and_colours(shot)
        assert width >= 900 and height >= 560, (width, height)
        assert colours > 20, f"the window looks blank ({colours} colours)"
    # A fresh account: no ~/.config yet. The settings' folder is made, the settings are kept, and no
    # raw library message ("can't open user configuration file") shows or is even printed.
    fresh = pathlib.Path(tmp) / "fresh-home"
    fresh_env = dict(env, HOME=str(fresh), XDG_CONFIG_HOME=str(fresh / ".config"), XDG_DATA_HOME=str(fresh / "data"))
    shot = pathlib.Path(tmp) / "fresh.png"
    result = run(["--lang", "id", "--screenshot", str(shot), str(demo)], fresh_env)
    assert result.returncode == 0, result.stderr
    kept = list((fresh / ".config").rglob("*zi-workbench*"))
    assert kept, "no settings were written under a fresh ~/.config"
    assert "configuration file" not in result.stderr, result.stderr
    # --config named relative to the current folder, whose own folder does not exist yet: the file
    # is made there (not in the settings folder), and the program ends cleanly. Once it printed
    # "can't open user configuration file" and crashed at exit, showing that error with no app left.
    relative_home = pathlib.Path(tmp) / "relative"
    relative_home.mkdir()
    result = subprocess.run(["xvfb-run", "-a", APP, "--config", "settings/cfg.ini", "--quit-when-ready", str(demo)],
                            env=fresh_env, cwd=relative_home, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert (relative_home / "settings" / "cfg.ini").is_file(), list(relative_home.rglob("*"))
    assert "configuration file" not in result.stderr, result.stderr
    bad = pathlib.Path(tmp) / "not-a-workspace.ziwb"
    bad.write_text("hello")
    # The error message box is modal; --quit-when-ready is not reached until it closes, so the
    # run is bounded by a timeout and the app must still be alive (no crash) when it is killed.
    proc = subprocess.Popen(["xvfb-run", "-a", APP, "--config", tmp + "/cfg.ini", str(bad)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        proc.wait(timeout=5)
        assert False, f"the app ended on a bad file (exit {proc.returncode}) instead of saying why"
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
print("zi-workbench starts, paints and quits in both languages")
