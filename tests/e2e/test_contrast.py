"""Contrast of what the real window shows, measured on its rendered pixels
in the light and the dark theme: every text pair at least 4.5:1 (WCAG 2.1
AA), the selection's outline and the dialogs' fields and radio buttons at
least 3:1 against what is around them. Prints the table of pairs."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, temp_dir  # noqa: E402
from pixels import print_table, Snapshots, contrast, write_session  # noqa: E402
from sessions import kill_if_running, start, xdo  # noqa: E402

TEXT, OUTLINE = 4.5, 3.0
THEME_CARDS = {"yellow K4": "K4", "teal O2": "O2", "blue I2": "I2", "red S2": "S2"}

t = Checks()
table = {}  # pair -> {theme: ratio}


def record(pair, theme, ratio, need):
    table.setdefault(pair, {})[theme] = ratio
    t.check(ratio >= need, f"{pair} ({theme}): {ratio:.2f}:1, needs {need}:1")


def centre(rect):
    return int((rect[0] + rect[2]) / 2), int((rect[1] + rect[3]) / 2)


def top_half(rect):
    """A card's title line, clear of the outline, the bands and the retired mark."""
    x0, y0, x1, y1 = rect
    return (x0 + 6, y0 + 4, x1 - 6, y0 + (y1 - y0) * 0.5)


def selection_ring(shot, rect):
    """The outline's outer band against the lane beside the card, and its
    inner band against the card, across the middle of the left edge."""
    x0, y0, x1, y1 = rect
    y = (y0 + y1) / 2
    lane = shot.pixel(x0 - 9, y)
    card = shot.text_contrast((x0 + 4, y0 + 4, x1 - 4, y1 - 4))[0]
    outer = max((shot.pixel(x, y) for x in range(int(x0) - 5, int(x0))), key=lambda p: contrast(p, lane))
    inner = max((shot.pixel(x, y) for x in range(int(x0), int(x0) + 3)), key=lambda p: contrast(p, card))
    return contrast(outer, lane), contrast(inner, card)


def board_run(x, work, theme, size):
    """A saved session: lane 1 full (6/6), lane 2 empty (0/6 and its hint), a retired card on the pile."""
    name = f"{theme}-{size[0]}"
    folder = os.path.join(work, name)
    os.makedirs(folder)
    session = os.path.join(folder, "sessie.yaml")
    write_session(session, {"nu": ["K1", "K2", "K3", "O1", "I1", "S1"], "komend": [], "later": ["K4"], "niet": []}, retired=["S4"])
    args = [session, "--snapshots", folder] + (["--dark"] if theme == "dark" else [])
    env = dict(x.env, **private_home(os.path.join(folder, "home")))
    app, window = start(env, *args, width=size[0], height=size[1])
    shots = Snapshots(app, folder)
    try:
        xdo(env, "mousemove", "5", str(size[1] - 3))
        board = shots.take()
        m = board.marks
        record("capacity counter 0/6 (lane 2)", name, board.text_contrast(m["count:2"][0])[2], TEXT)
        record("capacity counter 6/6 (lane 1, full)", name, board.text_contrast(m["count:1"][0])[2], TEXT)
        record("grey hint in an empty lane", name, board.text_contrast(m["hint"][0])[2], TEXT)
        record("deck title in the menu bar", name, board.text_contrast(m["deck_title"][0])[2], TEXT)
        record("pile progress (grey)", name, board.text_contrast(m["count:pile"][0])[2], TEXT)
        record("retired card S4", name, board.text_contrast(top_half(m["card:S4"][0]))[2], TEXT)
        for label, card in THEME_CARDS.items():
            record(f"card text, {label}", name, board.text_contrast(top_half(m[f"card:{card}"][0]))[2], TEXT)

        # The selection on a card of every theme; the mouse away, so none is hovered.
        for label, card in THEME_CARDS.items():
            at = centre(m[f"card:{card}"][0])
            xdo(env, "mousemove", str(at[0]), str(at[1]))
            xdo(env, "click", "1")
            xdo(env, "mousemove", "5", str(size[1] - 3))
            shot = shots.take()
            lane, own = selection_ring(shot, shot.marks[f"card:{card}"][0])
            record(f"selection ring vs lane, on {label}", name, lane, OUTLINE)
            record(f"selection ring vs card, {label}", name, own, OUTLINE)

        # A red card under the mouse.
        at = centre(m["card:S2"][0])
        xdo(env, "mousemove", str(at[0] + 40), str(at[1]))
        shot = shots.take()
        record("hovered red card S2", name, shot.text_contrast(top_half(shot.marks["card:S2"][0]))[2], TEXT)

        # A card held over the full lane: its count turns red.
        pile_card = centre(m["card:K4"][0])
        lane_one = centre(m["card:K2"][0])
        xdo(env, "mousedown", "1")
        for i in range(1, 6):
            xdo(env, "mousemove", str(pile_card[0] + (lane_one[0] - pile_card[0]) * i // 5),
                str(pile_card[1] + (lane_one[1] - pile_card[1]) * i // 5))
        shot = shots.take()
        _, ink, ratio = shot.text_contrast(shot.marks["count:1"][0])
        t.check(ink[0] > ink[1] + 60, f"the full lane's count is red while a card is held over it: {ink}")
        record("red 6/6 while dragging", name, ratio, TEXT)
        xdo(env, "key", "Escape")
        xdo(env, "mouseup", "1")

        # The focus view's grey text ("Op de stapel") for a card on the pile.
        at = centre(m["card:I2"][0])
        xdo(env, "mousemove", str(at[0]), str(at[1]))
        xdo(env, "click", "1")
        xdo(env, "key", "Return")
        shot = shots.take()
        record("focus view grey text", name, shot.text_contrast(shot.marks["focus_grey"][0])[2], TEXT)
        xdo(env, "key", "Escape")

        # Walking the themes (PageDown): the other themes' cards are dimmed, their text still legible.
        xdo(env, "mousemove", "5", str(size[1] - 3))
        xdo(env, "key", "Next")
        shot = shots.take()
        t.check("theme_banner" in shot.marks, f"{name}: PageDown shows the first theme's band")
        if "theme_banner" in shot.marks:
            record("theme band (name, description)", name, shot.text_contrast(shot.marks["theme_banner"][0])[2], TEXT)
        for label, card in THEME_CARDS.items():
            if card != "K4":
                record(f"dimmed card text, {label}", name, shot.text_contrast(top_half(shot.marks[f"card:{card}"][0]))[2], TEXT)
        record("current theme's card K4 (with its summary)", name, shot.text_contrast(top_half(shot.marks["card:K4"][0]))[2], TEXT)
    finally:
        kill_if_running(app)


def dialog_run(x, work, theme, size):
    """An untitled session whose recovery file cannot be written: the red
    warning in the menu bar; then the New dialog's radio buttons and field."""
    name = f"{theme}-{size[0]}"
    folder = os.path.join(work, name + "-new")
    os.makedirs(folder)
    blocked = os.path.join(folder, "state-is-a-file")
    open(blocked, "w").close()
    env = dict(x.env, **private_home(os.path.join(folder, "home")))
    env["XDG_STATE_HOME"] = blocked
    args = ["--snapshots", folder] + (["--dark"] if theme == "dark" else [])
    app, window = start(env, *args, width=size[0], height=size[1])
    shots = Snapshots(app, folder)
    try:
        # Before any edit, so that New does not ask about unsaved work first.
        xdo(env, "key", "ctrl+n")
        shot = shots.take()
        radio = shot.marks.get("radio")
        field = shot.marks.get("field")
        t.check(radio is not None and field is not None, f"{name}: the New dialog shows")
        if radio and field:
            record("unselected radio button's circle vs dialog", name, shot.edge_contrast(radio[0])[2], OUTLINE)
            record("text field's frame vs dialog", name, shot.edge_contrast(field[0])[2], OUTLINE)
        xdo(env, "key", "Escape")
        xdo(env, "key", "Tab")
        xdo(env, "key", "1")
        xdo(env, "mousemove", "5", str(size[1] - 3))
        shot = shots.take(settle=1.5)
        status = shot.marks.get("status")
        t.check(status is not None, f"{name}: the autosave failure shows in the menu bar")
        if status:
            _, ink, ratio = shot.text_contrast(status[0])
            t.check(ink[0] > ink[1] + 60, f"the warning is red: {ink}")
            record("red autosave-failure warning", name, ratio, TEXT)
    finally:
        kill_if_running(app)


work = temp_dir()
for size in [(1920, 1080), (1280, 720)]:
    with Xvfb(*size) as x:
        for theme in ["light", "dark"]:
            board_run(x, work, theme, size)
            dialog_run(x, work, theme, size)

print_table("pair", table, lambda v: f"{v:.2f}")
print("pictures in", work)
t.finish()
