"""File > Export in the real window under Xvfb, from the keyboard on a
Belgian layout: Ctrl+E opens the dialog and Enter exports every format into
the session's folder. The masterplan's summary holds the board's picture,
drawn by the window's own renderer (one 1600x900 image in the PDF, a picture
in the ODT), and the window still draws the board afterwards: the picture's
context of its own leaves the window's alone."""
import os
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb, private_home, require, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, quit_program, screenshot, start, until, xdo  # noqa: E402

require("pdfimages", "setxkbmap")

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
BASE = "prioriteiten-masterplan-2025-2030"
work = temp_dir()
folder = os.path.join(work, "werkmap")
os.mkdir(folder)
session = os.path.join(folder, "sessie.yaml")
made = subprocess.run([FIXTURE, "--session", session], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
pdf = os.path.join(folder, f"{BASE}-masterplan.pdf")
odt = os.path.join(folder, f"{BASE}-masterplan.odt")

with Xvfb(1600, 900) as x:
    env = dict(x.env, **private_home(work))
    geometry = Geometry(os.path.join(work, "geometry.txt"))
    app, window = start(env, session, "--geometry-out", geometry.path)
    try:
        subprocess.run(["setxkbmap", "be"], env=env, check=True, timeout=30)
        first = geometry.wait("the board drawn", lambda g: len(g["cards"]) > 0)
        if first["dialog"] == "deck_changed":
            # The fixture's deck hash is not the bundled file's: keep the session's copy (Esc).
            xdo(env, "key", "Escape")
        before = geometry.no_dialog()
        xdo(env, "key", "ctrl+e")
        geometry.wait("the Export dialog", lambda g: g["popup"])
        xdo(env, "key", "Return")
        t.check(until(lambda: os.path.exists(pdf) and os.path.exists(odt), timeout=60),
                f"Enter exported the masterplan into the session's folder: {sorted(os.listdir(folder))}")
        xdo(env, "key", "Escape")
        after = geometry.wait("the dialog closed", lambda g: not g["popup"])
        t.check(after["cards"] == before["cards"], "the board is drawn as before the export, card for card")
        shot = os.path.join(work, "after-export.png")
        screenshot(env, shot)
        print(f"the window after the export: {shot}")
        t.check(app.poll() is None, "the program still runs")
        quit_program(env, app, geometry)
    finally:
        kill_if_running(app)

if os.path.exists(pdf):
    listed = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True)
    images = [line.split() for line in listed.stdout.splitlines()[2:] if line.strip()]
    t.check(len(images) == 1 and images[0][3:5] == ["1600", "900"], f"the PDF's summary holds the board, 1600x900: {listed.stdout!r}")
    page = images[0][0] if images else "1"
    text = subprocess.run(["pdftotext", "-f", page, "-l", page, pdf, "-"], capture_output=True, text=True).stdout
    t.check("Managementsamenvatting" in text, f"on the summary's page: {text[:120]!r}")
if os.path.exists(odt):
    with zipfile.ZipFile(odt) as z:
        t.check("Pictures/picture1.png" in z.namelist(), f"the ODT embeds the picture: {z.namelist()}")
        png = z.read("Pictures/picture1.png") if "Pictures/picture1.png" in z.namelist() else b""
    t.check(png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20000, f"a real picture, {len(png)} bytes")
t.finish()
