# SPDX-License-Identifier: GPL-3.0-or-later
"""An X server of its own and a home of its own for a benchmark of the workbench: the settings it
writes, the demo it opens and the screen it draws on are the benchmark's alone."""
import os
import pathlib
import shutil
import subprocess
import tempfile
import time


class XvfbSession:
    def __init__(self, display, prefix):
        self.home = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
        self.xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Until the server listens: a fixed wait was too short on a busy machine, and the first
        # launch then found no display.
        socket = pathlib.Path("/tmp/.X11-unix") / ("X" + display.lstrip(":"))
        deadline = time.monotonic() + 30
        while not socket.exists() and self.xvfb.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if not socket.exists():
            self.xvfb.kill()
            raise RuntimeError(f"Xvfb did not start on {display} (is another X server using it?)")
        time.sleep(0.2)
        self.env = dict(os.environ, DISPLAY=display, HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / "config"),
                        XDG_DATA_HOME=str(self.home / "data"), NO_AT_BRIDGE="1", GDK_BACKEND="x11")
        self.env.pop("WAYLAND_DISPLAY", None)

    def close(self):
        self.xvfb.terminate()
        self.xvfb.wait()
        shutil.rmtree(self.home, ignore_errors=True)
