"""Presentation mode in the real window: for each spread of the 18 cards
the program's own picture at 1920x1080 shows every card on the screen, and
the cards' first line (the rank, or the code on the pile) is at least 18 px
tall in capitals, measured on the rendered pixels. Prints the table of cap
heights per spread and screen size."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, run, temp_dir  # noqa: E402
from pixels import print_table, Picture, Snapshots, contrast, write_session  # noqa: E402
from sessions import Geometry, kill_if_running, start, xdo  # noqa: E402

DECK = ["K1", "K2", "K3", "K4", "O1", "O2", "O3", "I1", "I2", "I3", "I4", "I5", "I6", "I7", "S1", "S2", "S3", "S4"]


def lanes_of(counts, ids):
    out, at = {}, 0
    for lane, n in zip(ids, counts):
        out[lane] = DECK[at:at + n]
        at += n
    return out


SPREADS = {
    "all on the pile": {"nu": [], "komend": [], "later": [], "niet": []},
    "9+9": lanes_of([0, 0, 9, 9], ["nu", "komend", "later", "niet"]),
    "6/6/4/2": lanes_of([6, 6, 4, 2], ["nu", "komend", "later", "niet"]),
    "eight lanes": lanes_of([3, 3, 2, 2, 2, 2, 2, 2], ["nu", "komend", "later", "niet", "b5", "b6", "b7", "b8"]),
}


def cap_height(shot, rect):
    """The height in rows of a card's first word (its rank, or its code on
    the pile) as rendered: the rows of its box (from the marks) that hold a
    pixel at least halfway from the card's colour to the text's in contrast.
    Digits and capitals are of one height in Noto Sans."""
    bg, _, full = shot.text_contrast(rect)
    half = (full + 1) / 2
    x0, y0, x1, y1 = (int(round(v)) for v in rect)
    rows = [y for y in range(y0, y1) if any(contrast(shot.pixel(x, y), bg) >= half for x in range(x0, x1))]
    return rows[-1] - rows[0] + 1 if rows else 0


t = Checks()
work = temp_dir()
table = {}
for size in [(1920, 1080), (1280, 720)]:
    with Xvfb(*size) as x:
        for theme in ["light", "dark"]:
            for name, lanes in SPREADS.items():
                label = f"{theme} {size[0]}x{size[1]}"
                base = os.path.join(work, f"{name.replace(' ', '_').replace('/', '-')}-{theme}-{size[0]}")
                session = base + ".yaml"
                write_session(session, lanes)
                png = base + ".png"
                env = dict(x.env, **private_home(base + "-home"))
                r = run(session, "--present", "--screenshot", png, "--marks", "--width", str(size[0]), "--height", str(size[1]),
                        *(["--dark"] if theme == "dark" else []), env=env)
                t.check(r.returncode == 0, f"{name} {label}: {r.returncode} {r.stderr}")
                if r.returncode != 0:
                    continue
                shot = Picture(png, png + ".marks")
                cards = {n[5:]: rects[0] for n, rects in shot.marks.items() if n.startswith("card:")}
                t.check(len(cards) == 18, f"{name} {label}: {len(cards)} cards drawn")
                t.check(all(0 <= r[0] and 0 <= r[1] and r[2] <= shot.width and r[3] <= shot.height for r in cards.values()),
                        f"{name} {label}: every card on the screen")
                t.check("deck_title" not in shot.marks, f"{name} {label}: no menu bar")
                heights = [cap_height(shot, rects[0]) for n, rects in shot.marks.items() if n.startswith("lead:")]
                t.check(len(heights) == 18, f"{name} {label}: the first word of every card found")
                table.setdefault(name, {})[label] = (min(heights), max(heights))
                if size == (1920, 1080):
                    t.check(min(heights) >= 18, f"{name} {label}: cap height {min(heights)} px, needs 18")

# In the real window: F5 presents, the keyboard and the mouse still work, Esc leaves.
with Xvfb(1920, 1080) as x:
    folder = os.path.join(work, "window")
    os.makedirs(folder)
    env = dict(x.env, **private_home(os.path.join(folder, "home")))
    geometry = Geometry(os.path.join(folder, "geometry.txt"))
    app, window = start(env, "--snapshots", folder, "--geometry-out", geometry.path, width=1600, height=900)
    shots = Snapshots(app, folder)
    try:
        xdo(env, "key", "F5")
        geometry.wait("presenting full screen", lambda g: g["screen"] == "present" and g["lanes"].get("-", (0, 0, 0, 0))[2] > 1600)
        shot = shots.take()
        t.check("deck_title" not in shot.marks, "F5: the menu bar is gone")
        t.check((shot.width, shot.height) == (1920, 1080), f"F5: full screen ({shot.width}x{shot.height})")
        lead = shot.marks["lead:K1"][0]
        t.check(cap_height(shot, lead) >= 18, f"F5: K1's code is {cap_height(shot, lead)} px tall")
        xdo(env, "key", "Tab")
        xdo(env, "key", "1")
        geometry.wait("K1 in lane 1", lambda g: "K1" in g["cards"] and g["cards"]["K1"][1] < g["lanes"]["-"][1])
        shot = shots.take()
        card = shot.marks["card:K1"][0]
        t.check(card[1] < shot.marks["count:pile"][0][1] and card[2] < shot.marks["count:2"][0][0],
                f"Tab and 1 put K1 into lane 1 while presenting: {card}")
        at = shot.marks["card:K2"][0]
        xdo(env, "mousemove", str(int(at[0] + 30)), str(int(at[1] + 20)))
        xdo(env, "click", "1")
        xdo(env, "key", "Return")
        geometry.wait("K2 large", lambda g: g["open"] == "K2")
        shot = shots.take()
        t.check("focus_grey" in shot.marks, "a click and Enter open the card large while presenting")
        xdo(env, "key", "Escape")  # closes the card
        geometry.wait("the card closed", lambda g: g["open"] is None and not g["popup"])
        xdo(env, "key", "Escape")  # leaves presenting
        geometry.wait("the board again", lambda g: g["screen"] == "board")
        shot = shots.take()
        t.check("deck_title" in shot.marks, "Esc leaves presentation mode: the menu bar is back")
    finally:
        kill_if_running(app)

print_table("spread", table, lambda v: f"{v[0]}–{v[1]} px")
print("pictures in", work)
t.finish()
