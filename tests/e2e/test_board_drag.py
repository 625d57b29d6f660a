"""The real program in a real window under Xvfb: xdotool drags cards into
lanes the way a hand does (a pause between press, moves and release), the
keyboard moves and undoes, and the program's own state file says where every
card ended up."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb, png_pixels, temp_dir  # noqa: E402

THEMES = [("klant", "De klant", (242, 177, 52)), ("data", "Gegevens", (60, 90, 160)), ("org", "Organisatie", (120, 180, 120))]


def write_deck(path):
    lines = ["deck:", "  id: e2e", "  title: E2E", "  language: nl", "  version: \"1\"", "  description: Test.", "themes:"]
    for tid, title, (r, g, b) in THEMES:
        lines += [f"  - id: {tid}", f"    title: {title}", f"    colour: \"#{r:02X}{g:02X}{b:02X}\""]
    lines += ["lanes:", "  - id: nu", "    title: Nu", "    capacity: 6", "  - id: straks", "    title: Straks",
              "  - id: later", "    title: Later", "  - id: niet", "    title: Niet", "    ranked: false", "cards:"]
    for n in range(1, 19):
        lines += [f"  - id: K{n}", f"    title: Kaart {n}", f"    theme: {THEMES[(n - 1) % 3][0]}",
                  "    summary: Samenvatting.", "    body: Tekst.", "    source: bron.txt"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def xdo(env, *args):
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=20)


def drag(env, start, end, steps=6):
    xdo(env, "mousemove", str(start[0]), str(start[1]))
    time.sleep(0.2)
    xdo(env, "mousedown", "1")
    time.sleep(0.1)
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i // steps
        y = start[1] + (end[1] - start[1]) * i // steps
        xdo(env, "mousemove", str(x), str(y))
        time.sleep(0.1)
    xdo(env, "mouseup", "1")
    time.sleep(0.3)


def screenshot(env, path):
    subprocess.run(["import", "-window", "root", "png32:" + path], env=env, check=True, timeout=30)
    return png_pixels(path)


def find_colour(rows, colour, y_from, y_to):
    """The top-left-most pixel of a colour in a band of rows, or None."""
    for y in range(y_from, y_to, 2):
        row = rows[y]
        for x in range(0, len(row) // 4, 2):
            if tuple(row[x * 4:x * 4 + 3]) == colour:
                return x, y
    return None


t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
state = os.path.join(work, "state.txt")
write_deck(deck)
with Xvfb(1920, 1080) as x:
    env = x.env
    app = subprocess.Popen([PROGRAM, deck, "--width", "1920", "--height", "1080", "--state-out", state], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Prioriteer"], env=env,
                               capture_output=True, text=True, timeout=30)
        window = found.stdout.split()[0]
        time.sleep(1.0)
        w, h, rows = screenshot(env, os.path.join(work, "before.png"))
        # K1 is the first card of the pile (lower part of the window) in the first theme's colour.
        k1 = find_colour(rows, THEMES[0][2], h // 2, h)
        t.check(k1 is not None, "the first pile card is on screen")
        if k1:
            card = (k1[0] + 60, k1[1] + 20)
            # Into the second lane, then the next pile card (K2, now first) into the first lane.
            drag(env, card, (w * 3 // 8, h // 4))
            drag(env, card, (w // 8, h // 4))
            # The selection stays on the dropped card: 3 sends it to lane 3, Ctrl+Z takes that back.
            xdo(env, "windowfocus", window)
            time.sleep(0.2)
            xdo(env, "key", "3")
            time.sleep(0.3)
            xdo(env, "key", "ctrl+z")
            time.sleep(0.3)
            # A drag released outside every lane changes nothing.
            drag(env, card, (w // 2, 8))
            w, h, rows = screenshot(env, os.path.join(work, "after.png"))
            t.check(find_colour(rows, THEMES[0][2], 40, h // 2) is not None, "K1's colour shows in the lanes")
            t.check(find_colour(rows, THEMES[1][2], 40, h // 2) is not None, "K2's colour shows in the lanes")
        # The session has no file yet: quitting asks whether to save it. Right
        # moves from Save to "Don't save", Return chooses it.
        xdo(env, "key", "ctrl+q")
        time.sleep(0.5)
        t.check(app.poll() is None, "quitting with unsaved work asks first")
        xdo(env, "key", "Right")
        time.sleep(0.3)
        xdo(env, "key", "Return")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
t.check(app.returncode == 0, f"exit code {app.returncode}: {app.stderr.read() if app.stderr else ''}")
text = open(state, encoding="utf-8").read() if os.path.exists(state) else ""
lines = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
t.check(lines.get("nu", "").split() == ["K2"], f"lane nu: {lines.get('nu')!r}")
t.check(lines.get("straks", "").split() == ["K1"], f"lane straks: {lines.get('straks')!r}")
t.check(lines.get("later", "").split() == [], f"lane later: {lines.get('later')!r}")
t.check(lines.get("pile", "").split() == [f"K{n}" for n in range(3, 19)], f"pile: {lines.get('pile')!r}")
t.finish()
