"""Sessions as files in the real program under Xvfb: Save as from the
keyboard, reopening with `prioriteer SESSION.yaml` and from the Open dialog
gives the same board; a save into a read-only folder says so and leaves the
old file byte-identical; a deck or session that does not load shows its
errors and opens nothing half-way."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb, private_home, require, temp_dir  # noqa: E402
from sessions import Geometry, board, start, until, write_deck, xdo  # noqa: E402

require("mount", "umount")


def title(env, window):
    return subprocess.run(["xdotool", "getwindowname", window], env=env, capture_output=True, text=True, timeout=10).stdout.strip()



def keys(env, *names):
    for name in names:
        xdo(env, "key", name)


def finish(app, t, what):
    try:
        app.wait(timeout=20)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
    err = app.stderr.read()
    t.check(app.returncode == 0, f"{what}: exit code {app.returncode}: {err}")
    return err


def read_only_folder(path):
    """Makes `path` a folder nobody can write to: a read-only tmpfs for root
    (who writes anywhere whatever the mode), mode 0555 for others. Returns a
    function that undoes it, or None when it cannot be done here."""
    if os.geteuid() != 0:
        os.chmod(path, 0o555)
        return lambda: os.chmod(path, 0o755)
    return None


t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
write_deck(deck)
env_home = os.path.join(work, "home")
os.makedirs(env_home)
with Xvfb(1600, 900) as x:
    env = dict(x.env, **private_home(env_home))
    folder = os.path.join(env_home, "Documents", "Prioriteer")
    saved = os.path.join(folder, "raad.yaml")

    # 1. A new session on the deck, three cards moved by keys, saved with Ctrl+S.
    first = os.path.join(work, "first.txt")
    geometry = Geometry(os.path.join(work, "geometry.txt"))
    app, window = start(env, deck, "--state-out", first, "--geometry-out", geometry.path)
    keys(env, "Tab", "1", "Right", "2", "Right", "4")
    t.check(title(env, window).startswith("* "), f"unsaved mark in the title: {title(env, window)!r}")
    keys(env, "ctrl+s")
    geometry.dialog("save_as")
    xdo(env, "type", "--delay", "50", "raad")
    keys(env, "Return")
    geometry.no_dialog()
    t.check(until(lambda: os.path.exists(saved)), f"Save as wrote {saved}")
    t.check(until(lambda: title(env, window) == "raad \u2014 Prioriteer"), f"title after saving: {title(env, window)!r}")
    written = open(saved, "rb").read()
    keys(env, "3")  # one more edit, autosaved into the file
    t.check(until(lambda: open(saved, "rb").read() != written), "the edit after saving is autosaved into the file")
    keys(env, "ctrl+q")
    finish(app, t, "quit after saving (no question: it is in its file)")
    before = board(first)
    t.check(sum(len(c) for lane, c in before.items() if lane != "pile") == 3, f"three cards placed: {before}")

    # 2. `prioriteer SESSION.yaml` opens it: the same board, the title names it.
    second = os.path.join(work, "second.txt")
    app, window = start(env, saved, "--state-out", second, "--geometry-out", geometry.path)
    t.check(title(env, window) == "raad \u2014 Prioriteer", f"title when opened: {title(env, window)!r}")
    keys(env, "ctrl+q")
    finish(app, t, "reopen by path")
    t.check(board(second) == before, f"reopened board {board(second)} == saved {before}")

    # 3. The Open dialog lists it in the default folder; Return opens the first row.
    third = os.path.join(work, "third.txt")
    app, window = start(env, "--state-out", third, "--geometry-out", geometry.path)
    keys(env, "ctrl+o")
    geometry.dialog("open")
    keys(env, "Return")
    geometry.no_dialog()
    t.check(until(lambda: title(env, window) == "raad \u2014 Prioriteer"), f"title after Open: {title(env, window)!r}")
    keys(env, "ctrl+q")
    finish(app, t, "reopen from the Open dialog")
    t.check(board(third) == before, f"board from the Open dialog {board(third)} == saved {before}")

    # 4. A read-only folder: the save fails, says so, and the old file stays byte-identical.
    ro = os.path.join(work, "ro")
    os.makedirs(ro)
    session = os.path.join(ro, "s.yaml")
    undo = None
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "prio-e2e", ro], capture_output=True).returncode == 0
        if mounted:
            shutil.copy(saved, session)
            if subprocess.run(["mount", "-o", "remount,ro", ro], capture_output=True).returncode == 0:
                undo = lambda: subprocess.run(["umount", "-l", ro])  # noqa: E731
            else:
                subprocess.run(["umount", "-l", ro])
    else:
        shutil.copy(saved, session)
        undo = read_only_folder(ro)
    if undo is None:
        print("skipped the read-only folder: cannot mount a tmpfs here")
    else:
        try:
            old = open(session, "rb").read()
            fourth = os.path.join(work, "fourth.txt")
            app, window = start(env, session, "--state-out", fourth, "--geometry-out", geometry.path)
            keys(env, "Tab")
            geometry.selected()
            keys(env, "0")  # an edit: its autosave fails and goes to the recovery slot
            slot = os.path.join(env_home, ".local", "state", "prioriteer", "recovery")
            copies = lambda: [n for n in os.listdir(slot) if n.endswith(".yaml")] if os.path.isdir(slot) else []  # noqa: E731
            t.check(until(lambda: len(copies()) == 1), f"the edit is safe in the recovery slot: {copies()}")
            t.check(until(lambda: title(env, window).startswith("* ")),
                    f"unsaved mark while the file cannot be written: {title(env, window)!r}")
            keys(env, "ctrl+s")  # Save: fails, the errors dialog shows
            geometry.dialog("errors")
            keys(env, "Escape")
            geometry.no_dialog()
            keys(env, "ctrl+q")  # asks: Save / Don't save / Cancel
            geometry.dialog("unsaved")
            t.check(app.poll() is None, "quitting asks while the session is not in its file")
            keys(env, "Right", "Return")
            err = finish(app, t, "quit after the failed save")
            t.check(f"cannot save {session}" in err, f"the failed save says which file and why: {err!r}")
            t.check("Read-only file system" in err or "Permission denied" in err, f"...and why: {err!r}")
            t.check(open(session, "rb").read() == old, "the old file is byte-identical")
            t.check(sorted(os.listdir(ro)) == ["s.yaml"], f"no temporary or backup file left: {os.listdir(ro)}")
        finally:
            undo()

    # 5. A deck that does not load: its errors in the window, the bundled deck offered (Return takes it).
    bad = os.path.join(work, "bad.yaml")
    with open(bad, "w") as f:
        f.write("deck:\n\tid: x\n")
    fifth = os.path.join(work, "fifth.txt")
    app, window = start(env, bad, "--state-out", fifth, "--geometry-out", geometry.path)
    geometry.dialog("errors")
    keys(env, "Return")
    geometry.wait("the bundled deck's board", lambda g: g["dialog"] is None and len(g["cards"]) == 18)
    keys(env, "ctrl+q")
    err = finish(app, t, "bad deck")
    t.check(f"{bad}:2:1: error: tabs are not allowed for indentation" in err, f"the deck's error with its place: {err!r}")
    t.check(len(board(fifth).get("pile", [])) == 18, f"the bundled deck's 18 cards: {board(fifth)}")

    # 6. A session that does not load opens nothing of it.
    broken = os.path.join(work, "broken.yaml")
    text = open(saved, encoding="utf-8").read().replace("pile: [", "pile: [K99, ", 1)
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text)
    sixth = os.path.join(work, "sixth.txt")
    app, window = start(env, broken, "--state-out", sixth, "--geometry-out", geometry.path)
    geometry.dialog("errors")
    t.check(title(env, window) != "broken \u2014 Prioriteer", f"the broken session is not opened: {title(env, window)!r}")
    keys(env, "Escape")
    geometry.no_dialog()
    keys(env, "ctrl+q")
    err = finish(app, t, "broken session")
    t.check(f"{broken}:" in err and "unknown card 'K99'" in err, f"the session's error with its place: {err!r}")
    t.check("straks" not in board(sixth), f"nothing of the broken session: {board(sixth)}")

    # 7. A changed deck: the session opens with its copy, says what differs,
    # and switches only when asked; the card the deck lost stays, retired.
    deck2 = os.path.join(work, "deck2.yaml")
    write_deck(deck2)
    app, window = start(env, deck2, "--geometry-out", geometry.path)
    keys(env, "Tab")
    geometry.selected("K1")
    keys(env, "1")
    geometry.wait("K1 in the first lane", lambda g: "K1" in g["cards"] and g["cards"]["K1"][1] < g["lanes"]["nu"][3])
    keys(env, "ctrl+s")
    geometry.dialog("save_as")
    xdo(env, "type", "--delay", "50", "wissel")
    keys(env, "Return")
    geometry.no_dialog()
    keys(env, "ctrl+q")
    finish(app, t, "session on deck2")
    wissel = os.path.join(folder, "wissel.yaml")
    text = open(deck2, encoding="utf-8").read()
    text = text.replace("  - id: K1\n    title: Kaart 1\n    theme: klant\n    summary: Samenvatting.\n    body: Tekst.\n    source: bron.txt\n", "")
    text += "  - id: K19\n    title: Kaart 19\n    theme: klant\n    summary: Nieuw.\n    body: Tekst.\n    source: bron.txt\n"
    with open(deck2, "w", encoding="utf-8") as f:
        f.write(text)
    seventh = os.path.join(work, "seventh.txt")
    app, window = start(env, wissel, "--state-out", seventh, "--geometry-out", geometry.path)
    geometry.dialog("deck_changed")
    keys(env, "Right", "Return")  # from "go on with the copy" to "switch", chosen
    geometry.no_dialog()
    keys(env, "ctrl+q")
    finish(app, t, "switch to the changed deck")
    after = board(seventh)
    t.check(after.get("nu") == ["K1"], f"the card the deck lost keeps its place: {after}")
    t.check(after.get("pile", [])[-1:] == ["K19"], f"the new card goes to the end of the pile: {after}")
    r = subprocess.run([PROGRAM, "check", wissel], capture_output=True, text=True, env=env, timeout=30)
    t.check("1 retired cards" in r.stdout and "1/19 placed" in r.stdout, f"the file has the switch: {r.stdout}{r.stderr}")
t.finish()
