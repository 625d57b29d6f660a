"""Files that are not files: a FIFO given to `check` and to the window, a
session whose deck.path names a FIFO, a left-behind recovery slot whose
.path names one. Each is refused at once; nothing waits for a writer."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, Xvfb, run, temp_dir  # noqa: E402
from sessions import kill_if_running, start, xdo  # noqa: E402

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

# A session whose deck.path names the FIFO.
fixture = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
session = os.path.join(work, "sessie.yaml")
made = subprocess.run([fixture, "--session", session], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
with open(session, encoding="utf-8") as f:
    text = f.read()
t.check("  path: cards/principles.nl.yaml\n" in text, "the fixture names its deck file")
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
            app, window = start(x.env, *args)
            t.check(app.poll() is None, f"{what}: the window shows and the program runs")
            xdo(x.env, "key", "Escape")
            xdo(x.env, "key", "ctrl+q")
            time.sleep(1.5)
            if app.poll() is None:  # a question about unsaved work is fine: answer no
                xdo(x.env, "key", "Escape")
        except (IndexError, subprocess.TimeoutExpired):
            t.check(False, f"{what}: no window within 30 s")
        finally:
            if app is not None:
                kill_if_running(app)
                err = app.stderr.read()
                t.check("FIFO" in err or what.startswith("a session"), f"{what}: stderr names the pipe: {err!r}")

t.finish()
