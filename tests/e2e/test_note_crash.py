"""Nothing typed is lost, in the real window under Xvfb.

First, fast keys keep their order: digits, Ctrl+Z and Ctrl+Y sent 30 ms
apart give exactly the boards they would one by one.

Then kill -9 while a note is being typed: the card is opened large (Enter),
xdotool types a note at 25 or 50 characters a second, the program is killed
with SIGKILL a while after the last keystroke (1 s, the promise, and
longer), and started again with --restore (as the Restore button would). The
restored window must show the card large with the typed note in its field
(a screenshot is kept); Esc then makes it the card's note, which the
program's --state-out shows. Even trials are untitled sessions (the recovery
slot), odd ones saved to a file first (autosaved into it)."""
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, temp_dir  # noqa: E402
from sessions import Geometry, boards, kill_if_running, quit_program, save_as, screenshot, start, write_deck, xdo  # noqa: E402

# (seconds from the last keystroke to the kill, ms between typed characters)
TRIALS = [(1.0, 40), (1.0, 20), (1.5, 40), (3.5, 40), (1.0, 40), (12.0, 40)]
NOTE = "Proef {n}: eerst de klant, dan de gegevens; zo snel als een notulist typt."


def notes(path):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    return {rest.split(" ", 1)[0]: rest.split(" ", 1)[1].replace("\\x3a", ":") if " " in rest else ""
            for line in text.splitlines() if line.startswith("#note ") for rest in [line[6:]]}


t = Checks()
deck_dir = temp_dir()
deck = os.path.join(deck_dir, "deck.yaml")
write_deck(deck)
kept = 0
with Xvfb(1600, 900) as x:
    # Fast keys in order.
    work = temp_dir()
    env = dict(x.env, **private_home(work))
    log = os.path.join(work, "order.log")
    geometry = Geometry(os.path.join(work, "geometry.txt"))
    app, window = start(env, deck, "--state-log", log, "--geometry-out", geometry.path)
    try:
        xdo(env, "key", "Tab")
        geometry.selected("K1")
        xdo(env, "key", "--delay", "30", "1", "2", "ctrl+z", "3", "ctrl+z", "ctrl+z", "ctrl+y", "2")
        expected = ["pile", "nu", "straks", "nu", "later", "nu", "pile", "nu", "straks"]
        deadline = time.time() + 10
        while len(boards(log)) < len(expected) and time.time() < deadline:
            time.sleep(0.05)
        where = [next((lane for lane, cards in b.items() if "K1" in cards), None) for b in boards(log)]
        t.check(where == expected, f"fast keys keep their order: K1 went {where}, expected {expected}")
        print(f"fast keys (30 ms apart): K1 went {' > '.join(str(w) for w in where)}")
        quit_program(env, app, geometry)
    finally:
        kill_if_running(app)

    for n, (delay, ms) in enumerate(TRIALS):
        titled = n % 2 == 1
        work = temp_dir()
        env = dict(x.env, **private_home(work))
        geometry = Geometry(os.path.join(work, "geometry.txt"))
        app, window = start(env, deck, "--geometry-out", geometry.path)
        note = NOTE.format(n=n)
        saved = None
        try:
            xdo(env, "key", "Tab")  # selects K1
            geometry.selected("K1")
            if titled:
                saved = save_as(env, work, f"notes-{n}", geometry)
                t.check(os.path.exists(saved), f"trial {n}: Save as wrote {saved}")
            xdo(env, "key", "Return")  # K1 large, the cursor in its notes
            geometry.wait("K1 large with the keyboard in its notes", lambda g: g["open"] == "K1" and g["typing"])
            began = time.time()
            xdo(env, "type", "--delay", str(ms), note)
            typed_for = time.time() - began
            time.sleep(delay)  # the time under test: the kill comes this long after the last keystroke
            app.send_signal(signal.SIGKILL)
            app.wait(timeout=10)
        finally:
            kill_if_running(app)
        rate = len(note) / typed_for

        out = os.path.join(work, "restored.txt")
        app, window = start(env, deck, "--restore", "--state-out", out, "--geometry-out", geometry.path)
        shot = os.path.join(work, "restored.png")
        try:
            geometry.wait("K1 large again", lambda g: g["open"] == "K1")
            screenshot(env, shot)
            xdo(env, "key", "Escape")  # closes the card: the draft becomes its note
            geometry.wait("the card closed", lambda g: g["open"] is None and not g["popup"])
            quit_program(env, app, geometry)
        finally:
            kill_if_running(app)
        got = notes(out).get("K1")
        ok = got == note
        kept += ok
        kind = "file" if titled else "untitled"
        print(f"trial {n} ({kind}): {len(note)} characters at {rate:.0f}/s, killed {delay:.1f} s after the last; "
              f"restored: {'the whole note' if ok else repr(got)} (screenshot {shot})")
        t.check(ok, f"trial {n}: the note typed before the kill is restored: {got!r}")
        t.check(app.returncode == 0, f"trial {n}: the restored program ended cleanly ({app.returncode})")
        if saved:
            text = open(saved, encoding="utf-8").read()
            t.check("draft:" not in text and "Proef" in text, f"trial {n}: the file holds the note, no draft, after the clean end")
print(f"{len(TRIALS)} kill -9 trials of a note being typed: {kept} restored the whole note")
t.finish()
