"""Two programs on one session file, each with its own state folder (two
machines on a shared folder): neither overwrites the other's work unseen.
The second one to write finds the file changed, leaves it alone, asks, and
keeps its own version as a copy beside it. A change made by hand while a
program runs is found the same way, and "keep theirs" reloads it."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, Xvfb, private_home, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, start, until, xdo  # noqa: E402


def exit_within(app, seconds):
    """The exit status once the program has ended, or None if it is still running:
    a loaded machine may take a moment to quit, which is not a question asked."""
    try:
        return app.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return None


t = Checks()
work = temp_dir()
share = os.path.join(work, "share")
os.makedirs(share)
fixture = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
session = os.path.join(share, "s.yaml")
subprocess.run([fixture, "--session", session], check=True, capture_output=True)
with open(session, encoding="utf-8") as f:
    fixture_text = f.read()
# What both programs open: the fixture with its deck gone. A's edit is found
# by comparing with this, the file as it is before either program writes.
text = fixture_text.replace("  path: cards/principles.nl.yaml\n", "  path: /nonexistent/deck.yaml\n", 1)
assert text != fixture_text, "the fixture names the bundled deck"
with open(session, "w", encoding="utf-8") as f:
    f.write(text)


def keys(env, *names):
    for name in names:
        xdo(env, "key", name)



def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


with Xvfb() as x:
    homes = [os.path.join(work, "home-a"), os.path.join(work, "home-b")]
    envs = [dict(x.env, **private_home(h)) for h in homes]
    outs = [os.path.join(work, "a.txt"), os.path.join(work, "b.txt")]
    apps = []
    geometry = [Geometry(os.path.join(work, "geometry-a.txt")), Geometry(os.path.join(work, "geometry-b.txt"))]
    try:
        # Side by side: without a window manager the keyboard goes to the
        # window under the pointer, so each is moved to its half.
        for n, (env, out) in enumerate(zip(envs, outs)):
            app, window = start(env, session, "--state-out", out, "--geometry-out", geometry[n].path, width=900, height=800)
            xdo(env, "windowmove", window, str(960 * n), "0")
            apps.append((app, window))
        a, b = apps

        def to(n):
            xdo(envs[n], "mousemove", str(960 * n + 450), "700")
            xdo(envs[n], "windowfocus", apps[n][1])
            focused = lambda: subprocess.run(["xdotool", "getwindowfocus"], env=envs[n], capture_output=True,  # noqa: E731
                                             text=True, timeout=10).stdout.strip() == apps[n][1]
            t.check(until(focused), f"program {'AB'[n]} has the keyboard")

        for n in (0, 1):
            to(n)
            geometry[n].dialog("deck_changed")
            keys(envs[n], "Return")  # the deck file is gone: go on with the session's copy
            geometry[n].no_dialog()
        # A moves a card: autosaved into the file.
        to(0)
        keys(envs[0], "Tab")
        geometry[0].selected()
        keys(envs[0], "4")
        t.check(until(lambda: read(session) != text), "A's edit is in the file")
        # The title loses its "* " once everything A has is on disk.
        title = lambda: subprocess.run(["xdotool", "getwindowname", a[1]], env=envs[0], capture_output=True,  # noqa: E731
                                       text=True, timeout=10).stdout
        t.check(until(lambda: not title().startswith("* ")), f"A's title says it is saved: {title()!r}")
        after_a = read(session)
        # B moves another card: the file is A's now, so B does not overwrite it but asks.
        to(1)
        keys(envs[1], "Tab", "Right")
        geometry[1].selected()
        keys(envs[1], "3")
        geometry[1].dialog("conflict")
        t.check(read(session) == after_a, "B did not overwrite A's version")
        keys(envs[1], "Return")  # the question: keep mine as a copy beside it (the default)
        copy = os.path.join(share, "s (mijn versie).yaml")
        t.check(until(lambda: os.path.exists(copy)), f"B's version is beside it: {sorted(os.listdir(share))}")
        geometry[1].no_dialog()
        t.check(read(session) == after_a, "the file is still A's")
        keys(envs[1], "ctrl+q")
        code = exit_within(b[0], 15)
        t.check(code == 0, f"B quits without a question once its work is in its copy: {code}")

        # A change by hand while A runs: a card's note in a text editor.
        with open(session, encoding="utf-8") as f:
            hand = f.read()
        hand = hand.replace("\nnotes:\n", "\nnotes:\n  K1: met de hand\n", 1) if "\nnotes:\n" in hand else hand + "# met de hand\n"
        with open(session, "w", encoding="utf-8") as f:
            f.write(hand)
        to(0)
        keys(envs[0], "Tab", "3")
        geometry[0].dialog("conflict")
        t.check(read(session) == hand, "the hand edit is not overwritten")
        keys(envs[0], "Right", "Return")  # keep theirs: reload
        geometry[0].no_dialog()
        keys(envs[0], "ctrl+q")
        code = exit_within(a[0], 15)
        t.check(code == 0, f"A quits after reloading: {code}")
        t.check(open(session, encoding="utf-8").read() == hand, "the file is the hand edit")
    finally:
        for app, _ in apps:
            kill_if_running(app)
            err = app.stderr.read()
            if "changed by another program" not in err and "Traceback" in err:
                print(err, file=sys.stderr)
shutil.rmtree(work, ignore_errors=True)
t.finish()
