"""Rendered pixels of the real window: the program's own pictures (--snapshots
and SIGUSR1, or --screenshot --marks) with the marks that say where named
things were drawn, WCAG contrast of what is on them, and sessions of the
bundled deck laid out as a test wants."""
import os
import signal
import time
from collections import Counter

from harness import SOURCE_DIR, png_pixels


def luminance(rgb):
    def channel(c):
        c = c / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Picture:
    def __init__(self, png, marks_path):
        self.width, self.height, self.rows = png_pixels(png)
        self.path = png
        self.marks = {}
        for line in open(marks_path, encoding="utf-8").read().splitlines():
            name, *numbers = line.rsplit(" ", 4)
            self.marks.setdefault(name, []).append(tuple(float(n) for n in numbers))

    def pixel(self, x, y):
        row = self.rows[int(y)]
        return tuple(row[int(x) * 4:int(x) * 4 + 3])

    def region(self, rect, margin=0):
        x0, y0, x1, y1 = (int(round(v)) for v in rect)
        return [self.pixel(x, y) for y in range(max(0, y0 + margin), min(self.height, y1 - margin))
                for x in range(max(0, x0 + margin), min(self.width, x1 - margin))]

    def text_contrast(self, rect, margin=0):
        """(background, ink, ratio) of text in `rect`: the background is the
        commonest colour there, the ink the pixel that differs most from it."""
        pixels = self.region(rect, margin)
        background = Counter(pixels).most_common(1)[0][0]
        ink = max(pixels, key=lambda p: contrast(p, background))
        return background, ink, contrast(background, ink)

    def edge_contrast(self, rect, inside=3, outside=6):
        """An outline's contrast with what is around it: across the middle
        of the left edge, the pixel that differs most from the one `outside`
        px to the left, within `inside` px of the edge."""
        x0, y0, _, y1 = rect
        y = (y0 + y1) / 2
        around = self.pixel(x0 - outside, y)
        edge = max((self.pixel(x, y) for x in range(int(x0) - 2, int(x0) + inside)), key=lambda p: contrast(p, around))
        return around, edge, contrast(around, edge)


class Snapshots:
    """Pictures of a running program started with --snapshots DIR."""

    def __init__(self, app, folder):
        self.app, self.folder, self.count = app, folder, 0

    def take(self, settle=0.4):
        time.sleep(settle)
        self.count += 1
        png = os.path.join(self.folder, f"shot-{self.count}.png")
        self.app.send_signal(signal.SIGUSR1)
        deadline = time.time() + 15
        while not os.path.exists(png) and time.time() < deadline:
            time.sleep(0.05)
        return Picture(png, os.path.join(self.folder, f"shot-{self.count}.marks"))


def write_session(path, lanes, retired=(), language="nl"):
    """A session on a copy of the bundled Dutch deck: `lanes` maps each of the
    deck's lane ids (nu, komend, later, niet) or new ones to their cards; the
    rest lie on the pile in the deck's order."""
    deck_text = open(os.path.join(SOURCE_DIR, "cards", "principles.nl.yaml"), encoding="utf-8").read()
    cards = [line.split(":", 1)[1].strip() for line in deck_text.splitlines() if line.startswith("  - id: ")]
    deck_lanes = {"nu": ("Nu — jaar 1", 6, True), "komend": ("Komende 2–3 jaar", 6, True), "later": ("Later", 0, True), "niet": ("Niet prioritair", 0, False)}
    cards = [c for c in cards if c[0] in "KOIS" and c[1:].isdigit()]
    placed = [c for ids in lanes.values() for c in ids]
    out = ["format: 1", f"language: {language}", "deck:", "  id: strategische-beleidsprincipes", '  version: "1.0"', "  copy:"]
    out += ["    " + line if line.strip() else "" for line in deck_text.splitlines() if not line.startswith("#")]
    out.append("lanes:")
    for lane, ids in lanes.items():
        title, capacity, ranked = deck_lanes.get(lane, (f"Baan {lane}", 0, True))
        out += [f"  - id: {lane}", f"    title: {title}", f"    capacity: {capacity}", f"    ranked: {'true' if ranked else 'false'}",
                f"    cards: [{', '.join(ids)}]"]
    out.append(f"pile: [{', '.join(c for c in cards if c not in placed)}]")
    if retired:
        out.append(f"retired: [{', '.join(retired)}]")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def print_table(first, table, cell):
    """A Markdown table: a row per key of `table`, a column per key of its rows."""
    columns = sorted({c for row in table.values() for c in row})
    print(f"| {first} | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in table.items():
        print(f"| {name} | " + " | ".join(cell(row[c]) if c in row else "" for c in columns) + " |")
