"""A round with phones from start to board in the real window: 30 simulated
phones give full rankings (each from an address of its own), the window's
round screen counts them, Esc and Ctrl+Shift+R reveal the round, whose
comparison rows are the Borda order worked out here, and Ctrl+Shift+A
applies it: the first lane (capacity 3) holds the top 3, the next the rest.
The reveal stops the server: the link no longer answers."""
import os
import random
import subprocess
import sys
import threading

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, temp_dir  # noqa: E402
from phones import Phone, rounds, start_serving  # noqa: E402
from sessions import Geometry, kill_if_running, until, write_deck, xdo  # noqa: E402

PHONES = 30
CODES = [f"K{n}" for n in range(1, 19)]


def by_hand(ballots):
    """The consensus by hand: the sum of each card's places (1 = first), lowest
    first, ties by code as text; over full rankings that is the Borda order."""
    places = {code: sum(b.index(code) + 1 for b in ballots) for code in CODES}
    return sorted(CODES, key=lambda code: (places[code], code))


def states_board(log):
    """The board lanes of the last state in a --state-log file."""
    text = open(log, encoding="utf-8").read() if os.path.exists(log) else ""
    blocks = text.split("--\n")[:-1]
    lanes = {}
    for line in (blocks[-1] if blocks else "").splitlines():
        if not line.startswith("#") and ":" in line:
            lane, cards = line.split(":", 1)
            lanes[lane] = cards.split()
    return lanes


def main():
    t = Checks()
    work = temp_dir()
    deck = os.path.join(work, "deck.yaml")
    write_deck(deck, first_capacity=3)
    with Xvfb() as x:
        geometry = Geometry(os.path.join(work, "geometry.txt"))
        app, window, url, _, log = start_serving(x.env, work, deck, "--geometry-out", geometry.path, width=1920, height=1080)
        try:
            rng = random.Random(30)
            # A room that leans: each participant starts from the same order and swaps a few cards.
            lean = CODES[:]
            rng.shuffle(lean)
            ballots = []
            for _ in range(PHONES):
                b = lean[:]
                for _ in range(6):
                    i, j = rng.randrange(18), rng.randrange(18)
                    b[i], b[j] = b[j], b[i]
                ballots.append(b)
            statuses = []

            def phone(n):
                p = Phone(url, f"127.0.1.{n + 2}")
                p.deck()
                statuses.append(p.give([ballots[n]])[0])
                p.close()
            threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
            for th in threads:
                th.start()
            for th in threads:
                th.join(timeout=60)
            t.check(statuses == [200] * PHONES, f"every phone's ballot is taken: {statuses}")
            t.check(until(lambda: rounds(log)[0] == [(1, "open", PHONES)]), f"the round holds {PHONES} ballots: {rounds(log)[0]}")
            shot = os.path.join(os.environ.get("PRIO_PHONE_SHOTS", work), "window-30-phones.png")
            subprocess.run(["import", "-window", "root", "png32:" + shot], env=x.env, check=True, timeout=30)
            print("screenshot of the round screen:", shot)

            xdo(x.env, "key", "Escape")
            geometry.wait("the board", lambda g: g["screen"] == "board")
            xdo(x.env, "key", "ctrl+shift+r")
            geometry.wait("the comparison screen", lambda g: g["screen"] == "compare")
            t.check(until(lambda: rounds(log)[0] == [(1, "revealed", PHONES)]), f"Ctrl+Shift+R reveals the round: {rounds(log)[0]}")

            def rows():
                text = open(geometry.path, encoding="utf-8").read() if os.path.exists(geometry.path) else ""
                return [line.split()[1] for line in text.splitlines() if line.startswith("row ")]
            until(lambda: len(rows()) == len(CODES))
            order = by_hand(ballots)
            print(f"consensus of {PHONES} phones by hand: {' '.join(order)}; the window: {' '.join(rows())}")
            t.check(rows() == order, f"the comparison's rows are the order worked out by hand: {rows()} vs {order}")
            shot = os.path.join(os.environ.get("PRIO_PHONE_SHOTS", work), "window-30-phones-reveal.png")
            subprocess.run(["import", "-window", "root", "png32:" + shot], env=x.env, check=True, timeout=30)
            print("screenshot of the reveal:", shot)

            xdo(x.env, "key", "ctrl+shift+a")
            t.check(until(lambda: states_board(log).get("nu") == order[:3]), f"Apply puts the top 3 in lane 1: {states_board(log)}")
            t.check(states_board(log).get("straks") == order[3:], f"and the rest in lane 2: {states_board(log).get('straks')}")

            late = Phone(url, "127.0.2.2")
            try:
                late.request("GET", "", timeout=3)
                stopped = False
            except OSError:
                stopped = True
            t.check(stopped, "after the reveal the server no longer answers")
        finally:
            kill_if_running(app)
    t.finish()


if __name__ == "__main__":
    main()
