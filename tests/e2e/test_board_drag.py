"""The real program in a real window under Xvfb: xdotool drags cards into
lanes the way a hand does (a pause between press, moves and release), the
keyboard moves and undoes, and the program's own state file says where every
card ended up. The program says where it drew each card and lane
(--geometry-out), so the mouse aims at a card by its code and the test waits
for what it expects instead of sleeping."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, temp_dir  # noqa: E402
from sessions import Geometry, drag, kill_if_running, start, window_origin, write_deck, xdo  # noqa: E402


t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
state = os.path.join(work, "state.txt")
geometry = Geometry(os.path.join(work, "geometry.txt"))
write_deck(deck, "e2e", "E2E", first_capacity=6)
with Xvfb(1920, 1080) as x:
    env = x.env
    app, window = start(env, deck, "--state-out", state, "--geometry-out", geometry.path, width=1920, height=1080)
    try:
        ox, oy = window_origin(env, window)

        def on_screen(point):
            return point[0] + ox, point[1] + oy

        def inside(card, lane):
            return lane[0] <= card[0] and card[2] <= lane[2] and lane[1] <= card[1] and card[3] <= lane[3]

        def card_in(code, lane_id):
            return lambda g: code in g["cards"] and lane_id in g["lanes"] and inside(g["cards"][code], g["lanes"][lane_id])

        board = geometry.wait("K1 on the pile", card_in("K1", "-"))
        t.check(len(board["cards"]) == 18, f"18 cards drawn, {len(board['cards'])} seen")
        t.check(set(board["lanes"]) == {"nu", "straks", "later", "niet", "-"}, f"lanes drawn: {sorted(board['lanes'])}")
        # K1 into the second lane, then K2 into the first lane.
        drag(env, on_screen(geometry.card("K1")), on_screen(geometry.lane("straks")), steps=6, hover=0.2)
        geometry.wait("K1 in straks", card_in("K1", "straks"))
        drag(env, on_screen(geometry.card("K2")), on_screen(geometry.lane("nu")), steps=6, hover=0.2)
        geometry.wait("K2 in nu", card_in("K2", "nu"))
        # The selection stays on the dropped card: 3 sends it to lane 3, Ctrl+Z takes that back.
        xdo(env, "key", "3")
        geometry.wait("K2 in later", card_in("K2", "later"))
        xdo(env, "key", "ctrl+z")
        geometry.wait("K2 back in nu", card_in("K2", "nu"))
        # A drag released outside every lane changes nothing.
        k3 = geometry.card("K3")
        drag(env, on_screen(k3), on_screen((k3[0], 8)), steps=6, hover=0.2, settle=0.3)
        t.check(card_in("K3", "-")(geometry.read()), "K3 dropped outside the lanes stays on the pile")
        # The session has no file yet: quitting asks whether to save it. Right
        # moves from Save to "Don't save", Return chooses it.
        xdo(env, "key", "ctrl+q")
        geometry.dialog("unsaved")
        t.check(app.poll() is None, "quitting with unsaved work asks first")
        xdo(env, "key", "Right", "Return")
        app.wait(timeout=20)
    except TimeoutError as e:
        t.check(False, str(e))
    finally:
        kill_if_running(app)
t.check(app.returncode == 0, f"exit code {app.returncode}: {app.stderr.read() if app.stderr else ''}")
text = open(state, encoding="utf-8").read() if os.path.exists(state) else ""
lines = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
t.check(lines.get("nu", "").split() == ["K2"], f"lane nu: {lines.get('nu')!r}")
t.check(lines.get("straks", "").split() == ["K1"], f"lane straks: {lines.get('straks')!r}")
t.check(lines.get("later", "").split() == [], f"lane later: {lines.get('later')!r}")
t.check(lines.get("pile", "").split() == [f"K{n}" for n in range(3, 19)], f"pile: {lines.get('pile')!r}")
t.finish()
