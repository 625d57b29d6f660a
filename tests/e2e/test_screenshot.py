"""The real window under Xvfb renders the board to a PNG."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, distinct_colours, png_pixels, run, temp_dir  # noqa: E402

t = Checks()
out = os.path.join(temp_dir(), "board.png")
with Xvfb() as x:
    r = run("--screenshot", out, "--width", "1280", "--height", "720", env=x.env)
t.check(r.returncode == 0, f"screenshot run: {r.returncode} {r.stderr}")
t.check(os.path.exists(out), "the PNG was written")
if os.path.exists(out):
    width, height, rows = png_pixels(out)
    t.check((width, height) == (1280, 720), f"size {width}x{height}")
    colours = distinct_colours(rows)
    # A blank or single-colour frame would have one or two colours; the board
    # has a background, lane frames, text and theme colours.
    t.check(len(colours) >= 8, f"not blank: {len(colours)} distinct colours")
t.finish()
