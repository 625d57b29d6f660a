"""After `cmake --install`, the installed program finds its default deck
from any working directory, with no data directory to look in."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, png_pixels, require, temp_dir  # noqa: E402

require("cmake")

t = Checks()
prefix = temp_dir()
build = os.environ["PRIO_BUILD_DIR"]
r = subprocess.run(["cmake", "--install", build, "--prefix", prefix], capture_output=True, text=True)
t.check(r.returncode == 0, f"cmake --install: {r.stderr}")
program = os.path.join(prefix, "bin", "prioriteer")
t.check(os.access(program, os.X_OK), "the program is installed")
t.check(os.path.exists(os.path.join(prefix, "share", "prioriteer", "cards", "principles.nl.yaml")), "the decks are installed")
t.check(os.path.exists(os.path.join(prefix, "share", "applications", "prioriteer.desktop")), "the desktop file is installed")

elsewhere = temp_dir()
out = os.path.join(elsewhere, "board.png")
with Xvfb() as x:
    r = subprocess.run([program, "--screenshot", out], capture_output=True, text=True, cwd=elsewhere, env=x.env, timeout=60)
t.check(r.returncode == 0 and r.stderr == "", f"installed program starts on the bundled deck from {elsewhere}: {r.returncode} {r.stderr!r}")
if os.path.exists(out):
    width, height, _ = png_pixels(out)
    t.check(width > 0 and height > 0, "a board was rendered")
else:
    t.check(False, "no screenshot written")
t.finish()
