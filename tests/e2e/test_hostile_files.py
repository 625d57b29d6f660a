"""Files that are not files: a FIFO given to `check` and to the window, a
session whose deck.path names a FIFO, a left-behind recovery slot whose
.path names one. Each is refused at once; nothing waits for a writer."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, Xvfb, run, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, quit_program, start, until, xdo  # noqa: E402

t = Checks()
work = temp_dir()
fifo = os.path.join(work, "pipe.yaml")
os.mkfifo(fifo)

# `check` answers in one line and at once, with no writer on the pipe.
began = time.monotonic()
try:
    r = run("check", fifo, timeout=20)
    t.check(r.returncode == 1, f"check FIFO exits 1: {r.returncode}")
    t.check(r.stdout == "", f"no summary: {r.stdout!r}")
    t.check(r.stderr == f"{fifo}: error: cannot read the file: it is a named pipe (FIFO), not a file\n", f"one line: {r.stderr!r}")
    t.check(time.monotonic() - began < 5, f"at once: {time.monotonic() - began:.1f} s")
except subprocess.TimeoutExpired:
    t.check(False, "check FIFO hung for 20 s")

# Control characters: refused even as escapes, and never printed raw.
decks = os.path.join(os.environ.get("PRIO_SOURCE_DIR", "."), "tests", "io", "decks")
with open(os.path.join(decks, "good.yaml"), encoding="utf-8") as f:
    good = f.read()
t.check("\n  title: " in good, "the good deck has a title line")
first_title = good.split("\n  title: ", 1)[1].split("\n", 1)[0]
escaped = os.path.join(work, "escaped.yaml")
with open(escaped, "w", encoding="utf-8") as f:
    f.write(good.replace(f"\n  title: {first_title}\n", '\n  title: "\\e]2;pwned\\a"\n', 1))
r = run("check", escaped)
t.check(r.returncode == 1, f"an escaped control character is refused: {r.returncode} {r.stdout!r}")
t.check("control character 0x1B is not allowed" in r.stderr and r.stderr.startswith(f"{escaped}:"), f"path:line:col: {r.stderr!r}")
t.check("\x1b" not in r.stderr + r.stdout and "\x07" not in r.stderr + r.stdout, f"nothing raw on the terminal: {r.stderr!r}")
# A session whose deck.path names the FIFO.
fixture = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
session = os.path.join(work, "sessie.yaml")
made = subprocess.run([fixture, "--session", session], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
with open(session, encoding="utf-8") as f:
    text = f.read()
t.check("  path: cards/principles.nl.yaml\n" in text, "the fixture names its deck file")
# A valid session with a right-to-left override in its title, under a file
# name holding an escape: the ok line shows both escaped.
t.check("\n  title: " in text, "the fixture session has a title")
odd = os.path.join(work, "odd\x1b[2J.yaml")
with open(odd, "w", encoding="utf-8") as f:
    f.write(text.replace("\n  title: ", "\n  title: abc\u202efdp ", 1))
r = run("check", odd)
t.check(r.returncode == 0, f"the odd session is valid: {r.returncode} {r.stderr!r}")
t.check(r.stdout.startswith(os.path.join(work, "odd\\x1B[2J.yaml") + ': ok: session "abc\\u{202E}fdp '), f"escaped: {r.stdout!r}")
t.check("\x1b" not in r.stdout and "\u202e" not in r.stdout, f"nothing raw: {r.stdout!r}")

with open(session, "w", encoding="utf-8") as f:
    f.write(text.replace("  path: cards/principles.nl.yaml\n", f"  path: {fifo}\n", 1))
r = run("check", session, timeout=20)
t.check(r.returncode == 0 and r.stdout.startswith(f"{session}: ok: session"), f"the session itself is valid: {r.stdout!r} {r.stderr!r}")

with Xvfb() as x:
    # A left-behind slot pointing at the FIFO, and one whose .path is a FIFO.
    recovery = os.path.join(x.env["XDG_STATE_HOME"], "prioriteer", "recovery")
    os.makedirs(recovery)
    with open(os.path.join(recovery, "session-1-1.path"), "w", encoding="utf-8") as f:
        f.write(fifo + "\n")
    os.mkfifo(os.path.join(recovery, "session-2-1.path"))
    os.mkfifo(os.path.join(recovery, "session-3-1.yaml"))

    for args, what in [([fifo], "the FIFO given"), ([session], "a session whose deck is a FIFO")]:
        app = None
        try:
            geometry = Geometry(os.path.join(work, "geometry.txt"))
            app, window = start(x.env, *args, "--geometry-out", geometry.path)
            t.check(app.poll() is None, f"{what}: the window shows and the program runs")
            geometry.wait("a dialog", lambda g: g["dialog"] is not None)  # what is wrong, or what to do with the deck
            # Each problem may have a dialog of its own (the file, then the
            # recovery slots), queued one after the other: Esc closes each.
            for _ in range(4):
                xdo(x.env, "key", "Escape")
                if until(lambda: geometry.read()["dialog"] is None and not geometry.read()["popup"], timeout=3):
                    break
            geometry.no_dialog()
            quit_program(x.env, app, geometry)  # a question about unsaved work is fine: answer no
            t.check(app.returncode == 0, f"{what}: the program ends cleanly ({app.returncode})")
        except (IndexError, subprocess.TimeoutExpired):
            t.check(False, f"{what}: no window within 30 s")
        finally:
            if app is not None:
                kill_if_running(app)
                err = app.stderr.read()
                t.check("FIFO" in err or what.startswith("a session"), f"{what}: stderr names the pipe: {err!r}")

t.finish()
