"""Helpers for the end-to-end tests in a real window: a deck with known
colours, the program started under Xvfb, xdotool drags, screenshots, and the
boards it writes."""
import os
import subprocess
import time

from harness import PROGRAM, png_pixels, require

require("xdotool", "import")

THEMES = [("klant", "De klant", (242, 177, 52)), ("data", "Gegevens", (60, 90, 160)), ("org", "Organisatie", (120, 180, 120))]
LANES = ["nu", "straks", "later", "niet"]


def write_deck(path, deck_id="crash", title="Crash", first_capacity=None):
    """18 cards K1..K18 in the three THEMES, in turn, and the four LANES; the
    first lane holds at most `first_capacity` cards when it is given."""
    lines = ["deck:", f"  id: {deck_id}", f"  title: {title}", "  language: nl", "  version: \"1\"", "  description: Test.", "themes:"]
    for tid, theme, (r, g, b) in THEMES:
        lines += [f"  - id: {tid}", f"    title: {theme}", f"    colour: \"#{r:02X}{g:02X}{b:02X}\""]
    lines += ["lanes:", "  - id: nu", "    title: Nu"]
    if first_capacity is not None:
        lines += [f"    capacity: {first_capacity}"]
    lines += ["  - id: straks", "    title: Straks",
              "  - id: later", "    title: Later", "  - id: niet", "    title: Niet", "    ranked: false", "cards:"]
    for n in range(1, 19):
        lines += [f"  - id: K{n}", f"    title: Kaart {n}", f"    theme: {THEMES[(n - 1) % 3][0]}",
                  "    summary: Samenvatting.", "    body: Tekst.", "    source: bron.txt"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def xdo(env, *args):
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=20)


def drag(env, start_at, end_at, steps=5, hover=0.1, settle=0.0):
    """A drag as a hand does it: `hover` s over the start, then a pause between
    press, each of `steps` moves and release, and `settle` s after it."""
    xdo(env, "mousemove", str(start_at[0]), str(start_at[1]))
    time.sleep(hover)
    xdo(env, "mousedown", "1")
    time.sleep(0.1)
    for i in range(1, steps + 1):
        x = start_at[0] + (end_at[0] - start_at[0]) * i // steps
        y = start_at[1] + (end_at[1] - start_at[1]) * i // steps
        xdo(env, "mousemove", str(x), str(y))
        time.sleep(0.1)
    xdo(env, "mouseup", "1")
    if settle:
        time.sleep(settle)


class Geometry:
    """What a program started with --geometry-out FILE last drew: the screen,
    the open dialog, and where each card and lane is, in window pixels; on a
    comparison its rows in order, its number of councils and the open detail."""

    def __init__(self, path):
        self.path = path

    def read(self):
        out = {"screen": None, "dialog": None, "popup": False, "cards": {}, "lanes": {}, "selected": None, "open": None, "typing": False,
               "rows": [], "row_boxes": {}, "councils": 0, "detail": None, "refused": [], "add_action": None, "actions": 0}
        try:
            text = open(self.path, encoding="utf-8").read()
        except FileNotFoundError:
            return out
        for line in text.splitlines():
            word, _, rest = line.partition(" ")
            if word in ("screen", "dialog", "selected", "open", "detail"):
                out[word] = rest
            elif word in ("popup", "typing"):
                out[word] = True
            elif word == "refused":  # why the sessions picker refused, one line a reason
                out[word].append(rest)
            elif word in ("councils", "actions"):  # the open card's actions
                out[word] = int(rest)
            elif word == "add_action":  # the focus view's "Add action" button
                out[word] = tuple(int(v) for v in rest.split())
            elif word == "row":  # a comparison's row, in consensus order
                name, *box = rest.split()
                out["rows"].append(name)
                out["row_boxes"][name] = tuple(int(v) for v in box)
            elif word in ("card", "lane"):
                name, *box = rest.split()
                out[word + "s"][name] = tuple(int(v) for v in box)
        return out

    def wait(self, what, ok, timeout=15):
        """Polls until ok(read()) holds and returns that reading; fails with `what`."""
        deadline = time.time() + timeout
        while True:
            seen = self.read()
            if ok(seen):
                return seen
            if time.time() > deadline:
                raise TimeoutError(f"waited {timeout} s for {what}; last seen: {seen}")
            time.sleep(0.05)

    def dialog(self, name, timeout=15):
        return self.wait(f"the {name} dialog", lambda g: g["dialog"] == name, timeout)

    def no_dialog(self, timeout=15):
        return self.wait("no dialog", lambda g: g["dialog"] is None and not g["popup"], timeout)

    def card(self, code, timeout=15):
        """The centre of a card as drawn now."""
        box = self.wait(f"card {code} on screen", lambda g: code in g["cards"], timeout)["cards"][code]
        return centre(box)

    def lane(self, lane_id, timeout=15):
        box = self.wait(f"lane {lane_id} on screen", lambda g: lane_id in g["lanes"], timeout)["lanes"][lane_id]
        return centre(box)

    def selected(self, code=None, timeout=15):
        """Waits until a card (`code`, or any) is selected; returns its code."""
        return self.wait(f"card {code or 'any'} selected", lambda g: g["selected"] is not None and code in (None, g["selected"]),
                         timeout)["selected"]

    def pile_cards(self):
        """The codes of the cards drawn on the pile now, with their centres."""
        g = self.read()
        pile = g["lanes"].get("-")
        if not pile:
            return {}
        return {code: centre(box) for code, box in g["cards"].items()
                if pile[0] <= box[0] and box[2] <= pile[2] and pile[1] <= box[1] and box[3] <= pile[3]}


def until(ok, timeout=15):
    """Polls ok() until it holds or timeout s have passed; returns its last value."""
    deadline = time.time() + timeout
    while not ok() and time.time() < deadline:
        time.sleep(0.05)
    return ok()


def window_origin(env, window):
    """Where the window's top-left corner is on the screen: geometry is in window pixels."""
    shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env, capture_output=True,
                           text=True, check=True, timeout=20).stdout
    values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    return int(values["X"]), int(values["Y"])


def centre(box):
    return ((box[0] + box[2]) // 2, (box[1] + box[3]) // 2)


def save_as(env, home, name, geometry):
    """Ctrl+S in an untitled session: Save as opens with the name field having the
    keyboard, its suggestion selected; types `name` and saves. Returns the file."""
    xdo(env, "key", "ctrl+s")
    geometry.dialog("save_as")
    xdo(env, "type", "--delay", "50", name)
    xdo(env, "key", "Return")
    geometry.no_dialog()
    # The dialog closes in the frame that asks for the save; the file follows just after.
    path = os.path.join(home, "Documents", "Prioriteer", name + ".yaml")
    until(lambda: os.path.exists(path), timeout=10)
    return path


def quit_program(env, app, geometry):
    """Ctrl+Q; for an untitled session, which asks, Don't save (Right from Save, then Return)."""
    xdo(env, "key", "ctrl+q")
    try:
        geometry.wait("the program to end or ask", lambda g: app.poll() is not None or g["dialog"] == "unsaved")
    except TimeoutError:
        pass
    if app.poll() is None:
        xdo(env, "key", "Right", "Return")
    app.wait(timeout=20)


def screenshot(env, path):
    """The whole screen, as png_pixels gives it: (width, height, rows)."""
    subprocess.run(["import", "-window", "root", "png32:" + path], env=env, check=True, timeout=30)
    return png_pixels(path)


def kill_if_running(app):
    """For a `finally`: a program that a failed step left running goes."""
    if app.poll() is None:
        app.kill()
        app.wait()


def boards(path):
    """The boards of a --state-log file, oldest first, each as {lane: [cards]}."""
    if not os.path.exists(path):
        return []
    out, current = [], {}
    for line in open(path, encoding="utf-8").read().splitlines():
        if line == "--":
            out.append(current)
            current = {}
        elif ":" in line:
            lane, cards = line.split(":", 1)
            current[lane] = cards.split()
    return out  # a board cut off by the kill has no "--" yet and is left out


def board(path):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    return {lane: cards.split() for lane, cards in (line.split(":", 1) for line in text.splitlines() if ":" in line)}


def describe(b):
    return " ".join(f"{lane}=[{','.join(cards)}]" for lane, cards in b.items() if cards and lane != "pile") or "(all on the pile)"


def start(env, *args, width=1600, height=900):
    """Starts the program and waits until its window shows and has the keyboard;
    with --geometry-out, also until it has drawn its first frame."""
    geometry = args[args.index("--geometry-out") + 1] if "--geometry-out" in args else None
    if geometry and os.path.exists(geometry):
        os.remove(geometry)  # what a program before this one drew
    app = subprocess.Popen([PROGRAM, *args, "--width", str(width), "--height", str(height)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # By the program's pid: a window of a program killed just before may still
    # be on the screen with the same name.
    def ended():
        if app.poll() is None:
            return None
        return f"the program ended with {app.returncode}: {app.stderr.read()[-1500:]}"

    window = poll(lambda: (subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)], env=env,
                                          capture_output=True, text=True, timeout=30).stdout.split() or [None])[0],
                  ended, f"a window of {PROGRAM} (pid {app.pid})")
    if geometry:
        poll(lambda: os.path.exists(geometry) or None, ended, "its first frame")
    xdo(env, "windowfocus", window)
    poll(lambda: subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True, text=True,
                                timeout=30).stdout.strip() == window or None,
         ended, "the keyboard on its window")
    return app, window


def poll(value, gone, what, timeout=30):
    """Polls value() until it is not None and returns it; fails when gone() says why, or after timeout s."""
    deadline = time.time() + timeout
    while True:
        v = value()
        if v is not None:
            return v
        why = gone()
        if why or time.time() > deadline:
            raise RuntimeError(f"waited for {what}: " + (why or f"not in {timeout} s"))
        time.sleep(0.05)
