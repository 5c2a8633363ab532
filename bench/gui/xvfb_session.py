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
        time.sleep(1.0)
        self.env = dict(os.environ, DISPLAY=display, HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / "config"),
                        XDG_DATA_HOME=str(self.home / "data"), NO_AT_BRIDGE="1", GDK_BACKEND="x11")
        self.env.pop("WAYLAND_DISPLAY", None)

    def close(self):
        self.xvfb.terminate()
        self.xvfb.wait()
        shutil.rmtree(self.home, ignore_errors=True)
