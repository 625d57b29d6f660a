"""Shortcuts by character on four keyboard layouts, in the real window under
Xvfb: for each of be, fr, de and us (set with setxkbmap once the program is
connected, since the server forgets a keymap when its last client leaves),
xdotool types what a person types on that layout, by character (xdotool
picks the layout's key and Shift for it), and the program's --state-log says
what happened:
  - "1" (AZERTY: Shift+&) puts the selected card in lane 1, "&" does not;
  - Ctrl+Z takes it back, Ctrl+Y does it again;
  - Ctrl++ zooms in, Ctrl+- out, Ctrl+0 back to 100%;
  - in a note, Ctrl+A selects all (typing then replaces it) and does not quit;
  - Ctrl+Q with the note being typed asks first (the program stays), Esc
    keeps it; Ctrl+Q again asks about the untitled session: Don't save ends it."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, require, temp_dir  # noqa: E402
from sessions import kill_if_running, start, write_deck, xdo  # noqa: E402

require("setxkbmap")

LAYOUTS = ["be", "fr", "de", "us"]


def last_state(path):
    """The last complete state of a --state-log file: ({lane: [cards]}, {"#word": rest})."""
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    blocks = text.split("--\n")
    block = blocks[-2] if len(blocks) >= 2 else ""
    lanes, extra = {}, {}
    for line in block.splitlines():
        if line.startswith("#"):
            word, _, rest = line.partition(" ")
            extra.setdefault(word, []).append(rest)
        elif ":" in line:
            lane, cards = line.split(":", 1)
            lanes[lane] = cards.split()
    return lanes, extra


def step(env, *keys, pause=0.35):
    xdo(env, "key", "--delay", "60", *keys)
    time.sleep(pause)


t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
write_deck(deck, "keys", "Keys")
with Xvfb(1600, 900) as x:
    for layout in LAYOUTS:
        home = temp_dir()
        env = dict(x.env, **private_home(home))
        log = os.path.join(home, "state.log")
        app, window = start(env, deck, "--state-log", log)
        try:
            subprocess.run(["setxkbmap", layout], env=env, check=True, timeout=20)
            time.sleep(0.3)
            step(env, "Tab")  # selects K1
            step(env, "ampersand")
            lanes, _ = last_state(log)
            t.check(lanes.get("nu", []) == [], f"{layout}: '&' moves no card: {lanes}")
            step(env, "1")
            lanes, _ = last_state(log)
            t.check(lanes.get("nu", []) == ["K1"], f"{layout}: '1' puts K1 in lane 1: {lanes}")
            step(env, "ctrl+z")
            lanes, _ = last_state(log)
            t.check(lanes.get("nu", []) == [] and lanes.get("pile", [""])[0] == "K1", f"{layout}: Ctrl+Z takes it back: {lanes}")
            step(env, "ctrl+y")
            lanes, _ = last_state(log)
            t.check(lanes.get("nu", []) == ["K1"], f"{layout}: Ctrl+Y does it again: {lanes}")
            step(env, "ctrl+plus", pause=0.6)
            _, extra = last_state(log)
            t.check(extra.get("#zoom") == ["125"], f"{layout}: Ctrl++ zooms in: {extra.get('#zoom')}")
            step(env, "ctrl+plus", "ctrl+minus", pause=0.6)
            _, extra = last_state(log)
            t.check(extra.get("#zoom") == ["125"], f"{layout}: Ctrl+- zooms out: {extra.get('#zoom')}")
            step(env, "ctrl+plus", "ctrl+0", pause=0.6)
            _, extra = last_state(log)
            t.check(extra.get("#zoom") == ["100"], f"{layout}: Ctrl+0 is 100%: {extra.get('#zoom')}")
            # The note: Enter opens K1 large with the cursor in its notes.
            step(env, "Return", pause=0.6)
            xdo(env, "type", "--delay", "60", "eerste")
            time.sleep(0.2)
            step(env, "ctrl+a")
            t.check(app.poll() is None, f"{layout}: Ctrl+A in a note does not quit")
            xdo(env, "type", "--delay", "60", "zaza")
            time.sleep(0.3)
            step(env, "ctrl+q", pause=0.8)
            t.check(app.poll() is None, f"{layout}: Ctrl+Q with a note being typed asks first")
            lanes, extra = last_state(log)
            t.check(extra.get("#note") == ["K1 zaza"], f"{layout}: the note is kept as typed, Ctrl+A replaced the first word: {extra.get('#note')}")
            step(env, "Escape", pause=0.5)  # Cancel: back to the board
            t.check(app.poll() is None, f"{layout}: Esc cancels the quit")
            step(env, "ctrl+q", pause=0.8)
            t.check(app.poll() is None, f"{layout}: Ctrl+Q asks about the untitled session")
            step(env, "Right", "Return", pause=0.5)  # Don't save
            app.wait(timeout=20)
            t.check(app.returncode == 0, f"{layout}: Ctrl+Q, Don't save ends the program ({app.returncode})")
        finally:
            kill_if_running(app)
        print(f"layout {layout}: '&' nothing, '1' lane 1, Ctrl+Z/Y, Ctrl++/-/0 zoom, Ctrl+A in a note, Ctrl+Q asks: "
              f"{'as expected' if t.failed == 0 else 'see FAIL lines'}")
t.finish()
