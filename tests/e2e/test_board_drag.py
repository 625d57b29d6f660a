"""The real program in a real window under Xvfb: xdotool drags cards into
lanes the way a hand does (a pause between press, moves and release), the
keyboard moves and undoes, and the program's own state file says where every
card ended up."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, temp_dir  # noqa: E402
from sessions import THEMES, drag, kill_if_running, screenshot, start, write_deck, xdo  # noqa: E402


def drag_card(env, start_at, end_at):
    drag(env, start_at, end_at, steps=6, hover=0.2, settle=0.3)


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
write_deck(deck, "e2e", "E2E", first_capacity=6)
with Xvfb(1920, 1080) as x:
    env = x.env
    app, window = start(env, deck, "--state-out", state, width=1920, height=1080)
    try:
        w, h, rows = screenshot(env, os.path.join(work, "before.png"))
        # K1 is the first card of the pile (lower part of the window) in the first theme's colour.
        k1 = find_colour(rows, THEMES[0][2], h // 2, h)
        t.check(k1 is not None, "the first pile card is on screen")
        if k1:
            card = (k1[0] + 60, k1[1] + 20)
            # Into the second lane, then the next pile card (K2, now first) into the first lane.
            drag_card(env, card, (w * 3 // 8, h // 4))
            drag_card(env, card, (w // 8, h // 4))
            # The selection stays on the dropped card: 3 sends it to lane 3, Ctrl+Z takes that back.
            xdo(env, "windowfocus", window)
            time.sleep(0.2)
            xdo(env, "key", "3")
            time.sleep(0.3)
            xdo(env, "key", "ctrl+z")
            time.sleep(0.3)
            # A drag released outside every lane changes nothing.
            drag_card(env, card, (w // 2, 8))
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
        kill_if_running(app)
t.check(app.returncode == 0, f"exit code {app.returncode}: {app.stderr.read() if app.stderr else ''}")
text = open(state, encoding="utf-8").read() if os.path.exists(state) else ""
lines = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
t.check(lines.get("nu", "").split() == ["K2"], f"lane nu: {lines.get('nu')!r}")
t.check(lines.get("straks", "").split() == ["K1"], f"lane straks: {lines.get('straks')!r}")
t.check(lines.get("later", "").split() == [], f"lane later: {lines.get('later')!r}")
t.check(lines.get("pile", "").split() == [f"K{n}" for n in range(3, 19)], f"pile: {lines.get('pile')!r}")
t.finish()
