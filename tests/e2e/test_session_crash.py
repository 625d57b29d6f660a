"""kill -9 at random moments: the real program under Xvfb is edited by
xdotool (number keys and drags, as a hand would), killed with SIGKILL,
started again with --restore (which accepts the offer of left-behind work
as the Restore button would), and its board is compared with the boards
the killed program had (written with --state-log after every change): the
restored board is the last one, or at worst lacks only the last edit.

Even trials are untitled sessions (autosaved to the recovery slot); odd
trials are first saved to a file with Ctrl+S in the Save as dialog
(autosaved into that file from then on). Edits are at least 0.35 s apart,
more than the autosave interval (0.25 s); within a drag xdotool pauses
0.1 s between steps."""
import os
import random
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb, private_home, temp_dir  # noqa: E402
from sessions import LANES, Geometry, board, boards, describe, drag, kill_if_running, quit_program, save_as, start, window_origin, write_deck, xdo  # noqa: E402

SEED = 20240502
TRIALS = 6


def edit(env, rng, geometry, origin):
    """One random edit: a number key for the selected card, or a drag of a
    card on the pile (as the program drew it) into a lane."""
    if rng.random() < 0.25:
        pile = geometry.pile_cards()
        if pile:
            code = sorted(pile)[rng.randrange(len(pile))]
            lane_id = LANES[rng.randrange(len(LANES))]
            at, to = pile[code], geometry.lane(lane_id)
            drag(env, (origin[0] + at[0], origin[1] + at[1]), (origin[0] + to[0], origin[1] + to[1]))
            return f"drag {code} to {lane_id}"
    if rng.random() < 0.4:
        # Moves the selection, not a card; the program takes keys in the order sent.
        xdo(env, "key", rng.choice(["Down", "Up", "Right", "Left"]))
    digit = rng.choice("01234")
    xdo(env, "key", digit)
    return f"key {digit}"


t = Checks()
rng = random.Random(SEED)
deck_dir = temp_dir()
deck = os.path.join(deck_dir, "deck.yaml")
write_deck(deck)
restored_last = restored_before_last = 0
with Xvfb(1600, 900) as x:
    for trial in range(TRIALS):
        titled = trial % 2 == 1
        work = temp_dir()
        env = dict(x.env, **private_home(work))
        log = os.path.join(work, "before.log")
        geometry = Geometry(os.path.join(work, "geometry.txt"))
        app, window = start(env, deck, "--state-log", log, "--geometry-out", geometry.path)
        origin = window_origin(env, window)
        what = []
        saved = None
        try:
            xdo(env, "key", "Tab")  # selects the first card
            geometry.selected()
            if titled:
                # Save as: the name field has the keyboard, its suggestion selected.
                what.append(edit(env, rng, geometry, origin))
                saved = save_as(env, work, f"crash-{trial}", geometry)
                t.check(os.path.exists(saved), f"trial {trial}: Save as wrote {saved}")
            edits = rng.randint(2, 6)
            for _ in range(edits):
                what.append(edit(env, rng, geometry, origin))
                time.sleep(rng.uniform(0.35, 0.7))  # the spacing under test: more than the autosave interval
            # The kill comes at a random moment after one more edit: before or after its autosave.
            what.append(edit(env, rng, geometry, origin))
            delay = rng.uniform(0.0, 0.4)
            time.sleep(delay)
            app.send_signal(signal.SIGKILL)
            app.wait(timeout=10)
        finally:
            kill_if_running(app)
        before = boards(log)
        t.check(app.returncode == -signal.SIGKILL, f"trial {trial}: killed ({app.returncode})")
        t.check(len(before) >= 1, f"trial {trial}: the killed program logged its boards")

        out = os.path.join(work, "restored.txt")
        # With the deck: when nothing was left behind to restore, the board is the deck's new board.
        app, window = start(env, deck, "--restore", "--state-out", out, "--geometry-out", geometry.path)
        try:
            quit_program(env, app, geometry)
        finally:
            kill_if_running(app)
        errors = app.stderr.read()
        t.check(app.returncode == 0, f"trial {trial}: the restored program ended cleanly ({app.returncode}): {errors}")
        restored = board(out)
        is_last = bool(before) and restored == before[-1]
        is_before_last = len(before) >= 2 and restored == before[-2]
        restored_last += is_last
        restored_before_last += is_before_last and not is_last
        kind = "file" if titled else "untitled"
        verdict = "the last board" if is_last else "the board before the last edit" if is_before_last else "NEITHER"
        print(f"trial {trial} ({kind}): {len(what)} edits ({', '.join(what)}), killed {delay:.2f} s after the last; "
              f"{len(before) - 1} board changes logged; restored {verdict}: {describe(restored)}")
        t.check(is_last or is_before_last, f"trial {trial}: restored {restored} vs last {before[-1] if before else None}")
        # Nothing is left behind after the clean end, and a file session is in its file.
        folder = os.path.join(work, ".local", "state", "prioriteer", "recovery")
        left = [n for n in os.listdir(folder) if not n.startswith(".")] if os.path.isdir(folder) else []
        t.check(left == [], f"trial {trial}: recovery folder empty after a clean end: {left}")
        if saved:
            r = subprocess.run([PROGRAM, "check", saved], capture_output=True, text=True, env=env, timeout=30)
            placed = sum(len(c) for lane, c in restored.items() if lane != "pile")
            t.check(r.returncode == 0 and f"{placed}/18 placed" in r.stdout, f"trial {trial}: the file holds the restored board: {r.stdout}{r.stderr}")
print(f"{TRIALS} kill -9 trials: {restored_last} restored the last board, {restored_before_last} the board before the last edit")
t.finish()
