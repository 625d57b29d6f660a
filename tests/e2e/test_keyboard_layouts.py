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

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, require, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, start, until, write_deck, xdo  # noqa: E402

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


def blocks(path):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    return text.count("--\n")


def step(env, log, *keys, changes=1):
    """Sends keys and waits until the state log has `changes` more states; the
    program takes keys in the order sent, so a key that changes nothing is
    seen by the state after the next one."""
    before = blocks(log)
    xdo(env, "key", "--delay", "60", *keys)
    until(lambda: blocks(log) >= before + changes)
    return last_state(log)


t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
write_deck(deck, "keys", "Keys")
with Xvfb(1600, 900) as x:
    for layout in LAYOUTS:
        home = temp_dir()
        env = dict(x.env, **private_home(home))
        log = os.path.join(home, "state.log")
        geometry = Geometry(os.path.join(home, "geometry.txt"))
        app, window = start(env, deck, "--state-log", log, "--geometry-out", geometry.path)
        try:
            subprocess.run(["setxkbmap", layout], env=env, check=True, timeout=20)
            xdo(env, "key", "Tab")
            geometry.selected("K1")
            before = blocks(log)
            lanes, _ = step(env, log, "ampersand", "1")
            t.check(blocks(log) == before + 1, f"{layout}: '&' moves no card: {blocks(log) - before} changes for '&' and '1'")
            t.check(lanes.get("nu", []) == ["K1"], f"{layout}: '1' puts K1 in lane 1: {lanes}")
            lanes, _ = step(env, log, "ctrl+z")
            t.check(lanes.get("nu", []) == [] and lanes.get("pile", [""])[0] == "K1", f"{layout}: Ctrl+Z takes it back: {lanes}")
            lanes, _ = step(env, log, "ctrl+y")
            t.check(lanes.get("nu", []) == ["K1"], f"{layout}: Ctrl+Y does it again: {lanes}")
            _, extra = step(env, log, "ctrl+plus")
            t.check(extra.get("#zoom") == ["125"], f"{layout}: Ctrl++ zooms in: {extra.get('#zoom')}")
            _, extra = step(env, log, "ctrl+plus", "ctrl+minus", changes=2)
            t.check(extra.get("#zoom") == ["125"], f"{layout}: Ctrl+- zooms out: {extra.get('#zoom')}")
            _, extra = step(env, log, "ctrl+plus", "ctrl+0", changes=2)
            t.check(extra.get("#zoom") == ["100"], f"{layout}: Ctrl+0 is 100%: {extra.get('#zoom')}")
            # The note: Enter opens K1 large with the cursor in its notes.
            xdo(env, "key", "Return")
            geometry.wait("K1 large with the keyboard in its notes", lambda g: g["open"] == "K1" and g["typing"])
            xdo(env, "type", "--delay", "60", "eerste")
            xdo(env, "key", "ctrl+a")
            xdo(env, "type", "--delay", "60", "zaza")
            geometry.wait("the typing to be drawn", lambda g: g["typing"])
            t.check(app.poll() is None, f"{layout}: Ctrl+A in a note does not quit")
            # Ctrl+Q makes the draft the card's note before it asks.
            xdo(env, "key", "ctrl+q")
            geometry.dialog("unsaved")
            t.check(app.poll() is None, f"{layout}: Ctrl+Q with a note being typed asks first")
            until(lambda: last_state(log)[1].get("#note") == ["K1 zaza"])
            lanes, extra = last_state(log)
            t.check(extra.get("#note") == ["K1 zaza"], f"{layout}: the note is kept as typed, Ctrl+A replaced the first word: {extra.get('#note')}")
            xdo(env, "key", "Escape")  # Cancel: back to the board
            geometry.no_dialog()
            t.check(app.poll() is None, f"{layout}: Esc cancels the quit")
            xdo(env, "key", "ctrl+q")
            geometry.dialog("unsaved")
            t.check(app.poll() is None, f"{layout}: Ctrl+Q asks about the untitled session")
            xdo(env, "key", "Right", "Return")  # Don't save
            app.wait(timeout=20)
            t.check(app.returncode == 0, f"{layout}: Ctrl+Q, Don't save ends the program ({app.returncode})")
        finally:
            kill_if_running(app)
        print(f"layout {layout}: '&' nothing, '1' lane 1, Ctrl+Z/Y, Ctrl++/-/0 zoom, Ctrl+A in a note, Ctrl+Q asks: "
              f"{'as expected' if t.failed == 0 else 'see FAIL lines'}")
t.finish()
