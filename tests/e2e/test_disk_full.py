"""Both places full: the session's folder and $XDG_STATE_HOME each on a tmpfs
with no space left. The window says in red, in Dutch, that the work is on
disk nowhere (not "safe in a recovery file"), keeps retrying, and quitting
asks first and says how many changes would be lost. With space again, the
next retry writes the session."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, Xvfb, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, screenshot, start, until, xdo  # noqa: E402

t = Checks()
if os.geteuid() != 0:
    print("skipped: mounting a full tmpfs needs root")
    t.finish()

work = temp_dir()
share, state = os.path.join(work, "share"), os.path.join(work, "state")
os.makedirs(share)
os.makedirs(state)
mounted = []
try:
    for folder in (share, state):
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "prio-e2e", folder], capture_output=True).returncode != 0:
            print("skipped: cannot mount a tmpfs here")
            t.finish()
        mounted.append(folder)
    fixture = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
    session = os.path.join(share, "s.yaml")
    subprocess.run([fixture, "--session", session], check=True, capture_output=True)
    with Xvfb() as x:
        env = dict(x.env, XDG_STATE_HOME=state)
        geometry = Geometry(os.path.join(work, "geometry.txt"))
        app, window = start(env, session, "--geometry-out", geometry.path)
        try:
            geometry.dialog("deck_changed")
            xdo(env, "key", "Return")  # the fixture's deck file is not here: go on with the copy
            geometry.no_dialog()
            # Fill both file systems to the last byte.
            for folder in (share, state):
                fd = os.open(os.path.join(folder, "filler"), os.O_WRONLY | os.O_CREAT)
                try:
                    while True:
                        os.write(fd, b"x" * 512)
                except OSError:
                    pass
                os.close(fd)
            before = open(session, "rb").read()
            xdo(env, "key", "Tab")
            geometry.selected()
            for key in ["3", "Right", "4", "Right", "3"]:
                xdo(env, "key", key)
            shot = os.path.join(work, "full.png")

            def red_status():
                width, height, rows = screenshot(env, shot)
                return sum(1 for y in range(0, 40) for x in range(0, width * 4, 4 * 3)
                           if rows[y][x] > 140 and rows[y][x] - rows[y][x + 1] > 80 and rows[y][x] - rows[y][x + 2] > 80)
            red = until(lambda: red_status() > 20) and red_status()
            t.check(red > 20, f"the menu bar shows a red status: {red} red pixels")
            t.check(open(session, "rb").read() == before, "the session file is untouched")
            xdo(env, "key", "ctrl+q")
            geometry.dialog("unsaved")
            t.check(app.poll() is None, "quitting asks first")
            screenshot(env, os.path.join(work, "quit.png"))
            print("screenshots:", shot, os.path.join(work, "quit.png"))
            xdo(env, "key", "Escape")  # cancel: keep working
            geometry.no_dialog()
            # Space again: the retry writes the session, no further edit needed.
            for folder in (share, state):
                os.unlink(os.path.join(folder, "filler"))
            t.check(until(lambda: open(session, "rb").read() != before), "with space again the retry wrote the session")
            xdo(env, "key", "ctrl+q")
            try:
                code = app.wait(timeout=15)  # a loaded machine may take a moment to quit
            except subprocess.TimeoutExpired:
                code = None
            t.check(code == 0, f"quits without asking once it is written: {code}")
        finally:
            kill_if_running(app)
            err = app.stderr.read()
            t.check("No space left on device" in err, f"stderr names the reason: {err[-300:]!r}")
finally:
    for folder in mounted:
        subprocess.run(["umount", "-l", folder])
    shutil.rmtree(work, ignore_errors=True) if not os.environ.get("PRIO_KEEP") else None
t.finish()
