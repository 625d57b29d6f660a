"""File > Compare sessions in the real window under Xvfb: five councils'
sessions in the session folder are ticked in the picker from the keyboard
and compared; the comparison shows a row per principle and a column per
council, arrows and Enter open a card's detail and Esc closes it; "Open as
new board" makes the regional starting board, whose lanes (from
--state-out) are the lane most councils chose, ordered by the consensus,
and whose saved log names the councils it came from. Every wait polls
--geometry-out; nothing sleeps a fixed time."""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import PROGRAM, Checks, Xvfb  # noqa: E402
from sessions import Geometry, board, kill_if_running, quit_program, save_as, start, xdo  # noqa: E402

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
NAMES = ["Aalter", "Beernem", "Damme", "Knokke", "Oostkamp"]
CODES = ["K3", "O3", "K4", "I5", "S1", "O1", "I1", "K1", "S3", "I4", "S4", "O2", "I6", "K2", "I7", "S2", "I2", "I3"]
LANES = [("nu", 6, True), ("straks", 0, True), ("later", 0, True), ("niet", 0, False)]  # as the fixture's deck has them


def council_boards():
    """Per council {lane: [cards]} and its pile. Everyone puts K3 first and
    leaves I2 and I3 on the pile; S2 is "nu" for three, "niet" for two; the
    rest is shuffled over the ranked lanes."""
    rng = random.Random(12)
    out = []
    for k in range(len(NAMES)):
        rest = [c for c in CODES if c not in ("K3", "S2", "I2", "I3")]
        rng.shuffle(rest)
        nu = ["K3"] + (["S2"] if k < 3 else []) + rest[:4]
        niet = [] if k < 3 else ["S2"]
        out.append(({"nu": nu, "straks": rest[4:9], "later": rest[9:], "niet": niet}, ["I2", "I3"]))
    return out


def expected_regional(boards):
    """The rule of core/comparison.h regional_board(), worked out here again:
    Borda with mid-ranks, then each card in the lane most councils chose (the
    earlier lane on a tie, the pile only when more chose it), a full lane
    passing its lowest cards on to the next ranked lane."""
    n = len(CODES)
    borda, first = {c: 0.0 for c in CODES}, {c: 0 for c in CODES}
    for lanes, _ in boards:
        ranked = [c for lane, _, r in LANES if r for c in lanes[lane]]
        mid = (len(ranked) + 1 + n) / 2
        for c in CODES:
            borda[c] += n - (ranked.index(c) + 1 if c in ranked else mid)
        for c in lanes["nu"]:
            first[c] += 1
    order = sorted(CODES, key=lambda c: (-borda[c], -first[c], c))
    regional = {lane: [] for lane, _, _ in LANES}
    regional["pile"] = []
    for c in order:
        counts = [sum(c in lanes[lane] for lanes, _ in boards) for lane, _, _ in LANES]
        on_pile = sum(c in pile for _, pile in boards)
        best = max(range(len(LANES)), key=lambda i: (counts[i], -i))
        lane = None if on_pile > counts[best] or counts[best] == 0 else best
        while lane is not None and LANES[lane][1] and len(regional[LANES[lane][0]]) >= LANES[lane][1]:
            lane += 1
            while lane < len(LANES) and not LANES[lane][2]:
                lane += 1
            if lane >= len(LANES):
                lane = None
        regional["pile" if lane is None else LANES[lane][0]].append(c)
    return regional, order


with Xvfb(1920, 1080) as x:
    def keys(*names):
        """One key a call, as a hand types: Dear ImGui 1.86 sees a key by its
        state each frame, so a press and release within one frame is lost."""
        for name in names:
            xdo(x.env, "key", name)

    folder = os.path.join(x.home, "Documents", "Prioriteer")
    os.makedirs(folder)
    base = os.path.join(x.home, "base.yaml")
    made = subprocess.run([FIXTURE, "--session", base], capture_output=True, text=True)
    t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
    text = open(base, encoding="utf-8").read()
    head = text[:text.index("\nlanes:\n") + 1]
    boards = council_boards()
    for name, (lanes, pile) in zip(NAMES, boards):
        body = "lanes:\n"
        for lane, capacity, ranked in LANES:
            body += (f"  - id: {lane}\n    title: {lane}\n    capacity: {capacity}\n    ranked: {'true' if ranked else 'false'}\n"
                     f"    cards: [{', '.join(lanes[lane])}]\n")
        body += f"pile: [{', '.join(pile)}]\nnotes: {{S2: \"{name} over S2\"}}\nlog: []\n"
        with open(os.path.join(folder, name.lower() + ".yaml"), "w", encoding="utf-8") as f:
            f.write(head.replace("Gemeente Zonnedorp", name) + body)
        if name == NAMES[0]:  # the same board on another deck: refused
            with open(os.path.join(folder, "ander.yaml"), "w", encoding="utf-8") as f:
                f.write(head.replace("Gemeente Zonnedorp", "Elders").replace("id: strategische-beleidsprincipes", "id: ander-deck") + body)
    # The list is newest first: the other deck's session on top, the councils by name below.
    for entry in os.listdir(folder):
        stamp = 1_700_000_000 + (100 if entry == "ander.yaml" else 0)
        os.utime(os.path.join(folder, entry), (stamp, stamp))

    geometry_path = os.path.join(x.home, "geometry.txt")
    state = os.path.join(x.home, "state.txt")
    g = Geometry(geometry_path)
    app, window = start(x.env, "--geometry-out", geometry_path, "--state-out", state, width=1920, height=1080)
    try:
        # File > Compare sessions…, by its shortcut from the action table.
        xdo(x.env, "key", "ctrl+shift+o")
        g.dialog("compare_sessions")
        # The first row has the keyboard: Space ticks, Down moves on. The other
        # deck's session and the first council's, compared: refused in the picker.
        keys("space", "Down", "space", "Return")
        seen = g.wait("the refusal", lambda s: s["dialog"] == "compare_sessions" and s["refused"])
        t.check(any("ander.yaml" in r and "deck" in r for r in seen["refused"]), f"the refusal names the file: {seen['refused']}")
        t.check(seen["screen"] == "board", "a refusal changes nothing")
        # The picker again, the choice kept and the keyboard on the first row: untick it, tick the rest.
        keys("space", "Down")
        for i in range(1, len(NAMES)):
            keys("Down", "space")
        keys("Return")
        seen = g.wait("the comparison", lambda s: s["screen"] == "compare" and len(s["rows"]) == len(CODES))
        t.check(seen["councils"] == len(NAMES), f"a column per council: {seen['councils']}")
        regional, order = expected_regional(boards)
        t.check(seen["rows"][0] == order[0] == "K3", f"K3 leads the consensus: {seen['rows'][:3]}")
        t.check(seen["rows"] == order, f"rows in consensus order: {seen['rows']} against {order}")
        # Down twice, Enter: the third row's detail; Esc closes it, the comparison stays.
        keys("Down", "Down", "Return")
        seen = g.wait("a card's detail", lambda s: s["detail"] is not None)
        t.check(seen["detail"] == order[2], f"the detail of the third row: {seen['detail']}")
        xdo(x.env, "key", "Escape")
        seen = g.wait("the detail closed", lambda s: s["detail"] is None and not s["popup"])
        t.check(seen["screen"] == "compare", "Esc on the detail leaves the comparison open")

        # Open as new board: the untitled start session has no work to lose, so no question.
        xdo(x.env, "key", "ctrl+shift+n")
        seen = g.wait("the regional board", lambda s: s["screen"] == "board" and "nu" in s["lanes"])
        saved = save_as(x.env, x.home, "regionaal", g)
        quit_program(x.env, app, g)
        t.check(app.returncode == 0, f"the program ends cleanly: {app.returncode} {app.stderr.read()[-500:]}")
    finally:
        kill_if_running(app)

    got = board(state)
    for lane in ["nu", "straks", "later", "niet", "pile"]:
        t.check(got.get(lane, []) == regional[lane], f"regional lane {lane}: {got.get(lane)} against {regional[lane]}")
    text = open(saved, encoding="utf-8").read() if os.path.exists(saved) else ""
    entry = text[text.find("kind: comparison"):].split("\n")[:2]
    t.check(len(entry) == 2 and all(name in entry[1] for name in NAMES) and "kendall_w: " in entry[1],
            f"the saved log names the councils and W: {entry!r}")

t.finish()
