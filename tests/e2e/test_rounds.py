"""A silent round from the paper deck in the real window under Xvfb, by
keyboard alone on a Belgian layout: Ctrl+R begins a full-ranking round,
Ctrl+B takes six ballots typed as codes (one with a typing error first,
which is refused), kill -9 mid-round, and the restored window has every
ballot that was given; then three turns on this screen (Ctrl+T), each on a
private board laid card by card with Tab and Shift+&, given with Ctrl+Enter. Ctrl+Shift+R reveals: the comparison screen's rows
are the Borda order worked out here by hand; Ctrl+Shift+A applies it to the
board as one undo step, Ctrl+Z takes it back. After the discussion, a
second round of four paper ballots is revealed and applied; the round report
and the masterplan exported from the saved session give each round's W as
worked out here by hand. Every wait polls --state-log or --geometry-out; the
pauses are a key held as a hand holds it and a frame reaching the screen."""
import os
import random
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb, private_home, require, temp_dir  # noqa: E402
from sessions import Geometry, kill_if_running, quit_program, save_as, start, until, write_deck, xdo  # noqa: E402

require("setxkbmap")

CODES = [f"K{n}" for n in range(1, 19)]
FIRST_CAPACITY = 3


def states(path):
    """Each complete state of a --state-log file: (lanes {id: [cards]}, rounds [(number, state, count)], ballots [(round, codes)])."""
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    out = []
    for block in text.split("--\n")[:-1]:
        lanes, rounds, ballots = {}, [], []
        for line in block.splitlines():
            if line.startswith("#round "):
                _, number, state, count = line.split()
                rounds.append((int(number), state, int(count)))
            elif line.startswith("#ballot "):
                parts = line.split()
                ballots.append((int(parts[1]), parts[2:]))
            elif not line.startswith("#") and ":" in line:
                lane, cards = line.split(":", 1)
                lanes[lane] = cards.split()
        out.append((lanes, rounds, ballots))
    return out


def press(env, key):
    """A key held as a hand holds it: Dear ImGui 1.86 misses a press and
    release that fall in one frame, as they do behind a burst of typing."""
    xdo(env, "keydown", key)
    time.sleep(0.15)
    xdo(env, "keyup", key)


def last(path):
    s = states(path)
    return s[-1] if s else ({}, [], [])


def borda_order(ballots):
    """By hand: Borda (n - rank, summed) over full rankings; ties go by the
    card's id as text, as the program breaks them once first-lane places
    tie (here every card is in the one ranked lane)."""
    n = len(CODES)
    score = {c: 0 for c in CODES}
    for b in ballots:
        for rank, c in enumerate(b, start=1):
            score[c] += n - rank
    return sorted(CODES, key=lambda c: (-score[c], c))


def shot(env, work, name):
    """A screenshot for the note, once the frame the geometry file describes
    has reached the screen at its swap, just after."""
    time.sleep(0.5)
    path = os.path.join(work, name + ".png")
    subprocess.run(["import", "-window", "root", "png32:" + path], env=env, check=True, timeout=30)
    print(f"screenshot: {path}")


def kendall_w(rankings):
    """By hand, for full rankings without ties: 12 S / (m^2 (n^3 - n))."""
    m, n = len(rankings), len(CODES)
    sums = {c: sum(r.index(c) + 1 for r in rankings) for c in CODES}
    mean = m * (n + 1) / 2
    s = sum((v - mean) ** 2 for v in sums.values())
    return 12 * s / (m * m * (n ** 3 - n))


def nl(x):
    """Three decimals with a comma, as the Dutch documents write them."""
    return f"{x:.3f}".replace(".", ",")


t = Checks()
rng = random.Random(2026)
ballots = []
for _ in range(6):
    b = CODES[:]
    rng.shuffle(b)
    ballots.append(b)
# A shared view, as a room has: K3 near the top for all.
for b in ballots:
    b.remove("K3")
    b.insert(rng.randrange(2), "K3")

work = temp_dir()
deck = os.path.join(work, "deck.yaml")
write_deck(deck, "rounds", "Rondes", first_capacity=FIRST_CAPACITY)
with Xvfb(1920, 1080) as x:
    env = dict(x.env, **private_home(work))
    log = os.path.join(work, "state.log")
    geometry = Geometry(os.path.join(work, "geometry.txt"))
    app, window = start(env, deck, "--state-log", log, "--geometry-out", geometry.path, width=1920, height=1080)
    try:
        subprocess.run(["setxkbmap", "be"], env=env, check=True, timeout=20)
        xdo(env, "key", "ctrl+r")
        geometry.dialog("round")
        xdo(env, "key", "Return")  # the defaults: a full ranking, anonymous
        t.check(until(lambda: last(log)[1] == [(1, "open", 0)]), f"Ctrl+R, Enter begins round 1: {last(log)[1]}")
        xdo(env, "key", "ctrl+b")
        geometry.dialog("paper")
        # A typing error first: K33 is no card, so Enter adds nothing.
        xdo(env, "type", "--delay", "15", "k33 " + " ".join(ballots[0][1:]))
        press(env, "Return")
        t.check(not until(lambda: last(log)[1] != [(1, "open", 0)], timeout=2), "a ballot with an unknown code is not taken")
        geometry.wait("the codes field has the keyboard again", lambda g: g["typing"])
        shot(env, work, "paper-refused")
        xdo(env, "key", "ctrl+a", "BackSpace")
        for n, b in enumerate(ballots, start=1):
            # Lower case and commas, as a group reads the cards off the table.
            text = ", ".join(c.lower() if n % 2 else c for c in b)
            if n > 1:
                geometry.wait("the codes field has the keyboard", lambda g: g["typing"])
            xdo(env, "type", "--delay", "15", text)
            press(env, "Return")
            t.check(until(lambda: last(log)[1] == [(1, "open", n)], timeout=20), f"ballot {n} is taken: {last(log)[1]}")
        xdo(env, "key", "Escape")
        geometry.no_dialog()
        # No ballot shows on the board: the board is as it was.
        lanes, _, _ = last(log)
        t.check(all(not lanes.get(lane) for lane in ("nu", "straks", "later", "niet")), f"the board is untouched by the ballots: {lanes}")
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        kill_if_running(app)

    # Restored: every ballot given is there, in order.
    log2 = os.path.join(work, "restored.log")
    app, window = start(env, deck, "--restore", "--state-log", log2, "--geometry-out", geometry.path, width=1920, height=1080)
    try:
        subprocess.run(["setxkbmap", "be"], env=env, check=True, timeout=20)
        t.check(until(lambda: last(log2)[1] == [(1, "open", 6)]), f"after kill -9 the round is open with 6 ballots: {last(log2)[1]}")
        given = [codes for _, codes in last(log2)[2]]
        t.check(given == ballots, "each restored ballot is the one typed, in order")
        # Three turns on this screen: between turns no card is drawn at all.
        xdo(env, "key", "ctrl+t")
        geometry.wait("the screen between turns", lambda g: g["screen"] == "pass")
        for n in range(1, 4):
            # (The frame of the key that switched the screen drew the board before it.)
            try:
                geometry.wait("the screen between turns, no card drawn", lambda g: g["screen"] == "pass" and not g["cards"], timeout=5)
                t.check(True, f"before turn {n} no card is drawn")
            except TimeoutError:
                t.check(False, f"before turn {n} no card is drawn: {sorted(geometry.read()['cards'])}")
            if n == 1:
                shot(env, work, "pass")
            press(env, "Return")
            g = geometry.wait(f"turn {n}'s private board", lambda g: g["screen"] == "turn" and len(g["cards"]) == len(CODES))
            pile = g["lanes"].get("-")
            t.check(pile and all(pile[1] <= box[1] for box in g["cards"].values()),
                    f"turn {n} starts with every card on its own pile, none in its lane")
            for k, _ in enumerate(CODES):  # Tab picks the pile's first card, Shift+& (1 on AZERTY) lays it in the lane
                if n == 1 and k == len(CODES) // 2:
                    shot(env, work, "turn")
                xdo(env, "key", "Tab")
                press(env, "shift+ampersand")
            xdo(env, "keydown", "ctrl+Return")
            time.sleep(0.15)
            xdo(env, "keyup", "ctrl+Return")
            t.check(until(lambda: last(log2)[1] == [(1, "open", 6 + n)], timeout=20), f"Klaar gives turn {n}'s ballot: {last(log2)[1]}")
            ballots.append(CODES[:])
        t.check([codes for _, codes in last(log2)[2]][6:] == [CODES] * 3, "each turn's ballot is the order laid on its board")
        xdo(env, "key", "Escape")
        geometry.wait("the board", lambda g: g["screen"] == "board")
        xdo(env, "key", "ctrl+shift+r")
        geometry.wait("the comparison screen", lambda g: g["screen"] == "compare")
        t.check(until(lambda: last(log2)[1] == [(1, "revealed", 9)]), f"Ctrl+Shift+R reveals round 1: {last(log2)[1]}")
        order = borda_order(ballots)
        def rows():
            text = open(geometry.path, encoding="utf-8").read() if os.path.exists(geometry.path) else ""
            return [line.split()[1] for line in text.splitlines() if line.startswith("row ")]
        until(lambda: len(rows()) == len(CODES))
        shown = rows()
        print(f"consensus of 6 paper ballots and 3 turns, by hand: {' '.join(order)}; the window: {' '.join(shown)}")
        t.check(shown == order, f"the comparison's rows are the Borda order worked out by hand: {shown} vs {order}")
        shot(env, work, "reveal")
        # The discussion: the fourth row's card opened, with how the participants spread over it.
        for _ in range(3):
            press(env, "Down")
        press(env, "Return")
        geometry.wait("the fourth row's detail", lambda g: g["detail"] == order[3])
        shot(env, work, "detail")
        xdo(env, "key", "Escape")
        geometry.wait("the detail closed, the comparison still shown", lambda g: g["detail"] is None and g["screen"] == "compare")
        before = last(log2)[0]
        xdo(env, "key", "ctrl+shift+a")
        t.check(until(lambda: last(log2)[0].get("nu") == order[:FIRST_CAPACITY]),
                f"Apply puts the top {FIRST_CAPACITY} in lane 1: {last(log2)[0].get('nu')}")
        t.check(last(log2)[0].get("straks") == order[FIRST_CAPACITY:], f"and the rest in lane 2: {last(log2)[0].get('straks')}")
        xdo(env, "key", "ctrl+z")
        t.check(until(lambda: last(log2)[0] == before), f"one Ctrl+Z takes it all back: {last(log2)[0]}")

        # After the discussion, a second round from paper: four ballots near the first round's order.
        xdo(env, "key", "ctrl+r")
        geometry.dialog("round")
        xdo(env, "key", "Return")
        t.check(until(lambda: last(log2)[1] == [(1, "revealed", 9), (2, "open", 0)]), f"Ctrl+R begins round 2: {last(log2)[1]}")
        second = []
        for _ in range(4):
            b = order[:]
            for _ in range(3):  # a few neighbours swapped: the group came closer, not to one mind
                i = rng.randrange(len(b) - 1)
                b[i], b[i + 1] = b[i + 1], b[i]
            second.append(b)
        xdo(env, "key", "ctrl+b")
        geometry.dialog("paper")
        for n, b in enumerate(second, start=1):
            geometry.wait("the codes field has the keyboard", lambda g: g["typing"])
            xdo(env, "type", "--delay", "15", " ".join(b))
            press(env, "Return")
            t.check(until(lambda: last(log2)[1][-1] == (2, "open", n), timeout=20), f"round 2's ballot {n} is taken: {last(log2)[1]}")
        xdo(env, "key", "Escape")
        geometry.no_dialog()
        xdo(env, "key", "ctrl+shift+r")
        t.check(until(lambda: last(log2)[1] == [(1, "revealed", 9), (2, "revealed", 4)]), f"Ctrl+Shift+R reveals round 2: {last(log2)[1]}")
        geometry.wait("the comparison of round 2", lambda g: g["screen"] == "compare" and len(g["rows"]) == len(CODES))
        order2 = borda_order(second)
        t.check(rows() == order2, f"round 2's rows are its Borda order: {rows()} vs {order2}")
        shot(env, work, "reveal-2")
        xdo(env, "key", "ctrl+shift+a")
        t.check(until(lambda: last(log2)[0].get("nu") == order2[:FIRST_CAPACITY]),
                f"round 2 applied: its top {FIRST_CAPACITY} in lane 1: {last(log2)[0].get('nu')}")
        geometry.wait("the board", lambda g: g["screen"] == "board")
        shot(env, work, "board")
        saved = save_as(env, work, "workshop", geometry)
        t.check(os.path.exists(saved), f"the workshop is saved as {saved}")
        quit_program(env, app, geometry)
        t.check(app.returncode == 0, f"the program ends cleanly ({app.returncode})")
    finally:
        kill_if_running(app)

# The round report of round 2 and the masterplan, from the saved session:
# W of each round as worked out here by hand.
w1, w2 = kendall_w(ballots), kendall_w(second)
print(f"Kendall's W by hand: round 1 {w1:.3f} (9 ballots), round 2 {w2:.3f} (4 ballots)")
out = os.path.join(work, "out")
os.makedirs(out)
run = subprocess.run([PROGRAM, "export", saved, "--round", "2", "-f", "md", "-o", out], capture_output=True, text=True, timeout=60)
t.check(run.returncode == 0, f"export --round 2 writes the report: {run.stderr.strip()}")
report = "".join(open(os.path.join(out, f), encoding="utf-8").read() for f in os.listdir(out) if f.endswith(".md"))
t.check(f"ronde 1 \u2192 ronde 2: {nl(w1)} (" in report and f"\u2192 {nl(w2)} (" in report,
        f"the report shows W going from {nl(w1)} to {nl(w2)}")
plan_dir = os.path.join(work, "plan")
os.makedirs(plan_dir)
run = subprocess.run([PROGRAM, "export", saved, "-f", "md", "-o", plan_dir], capture_output=True, text=True, timeout=60)
t.check(run.returncode == 0, f"export writes the masterplan: {run.stderr.strip()}")
plan = "".join(open(os.path.join(plan_dir, f), encoding="utf-8").read() for f in os.listdir(plan_dir) if f.endswith(".md"))
t.check(f"Kendall\u2019s W = {nl(w1)}" in plan and f"Kendall\u2019s W = {nl(w2)}" in plan,
        f"the masterplan's method names W of both rounds ({nl(w1)}, {nl(w2)})")
principles = re.findall(r"^### \d+\. (K\d+) ", plan, re.M)
t.check(principles == order2, f"the masterplan's principles are round 2's order, as applied to the board: {principles}")
t.finish()
