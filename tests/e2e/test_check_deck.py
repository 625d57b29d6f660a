"""`prioriteer check` on decks with warnings and with many errors."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, SOURCE_DIR, run, temp_dir  # noqa: E402

t = Checks()
decks = os.path.join(SOURCE_DIR, "tests", "io", "decks")

# An unknown field is a warning: printed, yet the deck is valid.
warned = os.path.join(temp_dir(), "warned.yaml")
with open(os.path.join(decks, "good.yaml"), encoding="utf-8") as f:
    text = f.read().replace("  language: nl\n", "  language: nl\n  author: someone\n")
with open(warned, "w", encoding="utf-8") as f:
    f.write(text)
r = run("check", warned)
t.check(r.returncode == 0, f"a deck with a warning is valid: {r.returncode} {r.stderr!r}")
t.check(r.stdout.startswith(f"{warned}: ok:") and "2 cards, 2 themes, 3 lanes" in r.stdout, f"summary line: {r.stdout!r}")
t.check(r.stderr == f"{warned}:6:3: warning: unknown field 'author' in the deck is ignored "
        "(known: id, title, language, version, description)\n", f"the warning: {r.stderr!r}")

# Every problem of a bad deck, one a line, and no summary for it.
bad = os.path.join(decks, "several_problems.yaml")
r = run("check", bad)
lines = r.stderr.strip().splitlines()
t.check(r.returncode == 1, f"a bad deck exits 1: {r.returncode}")
t.check(r.stdout == "", f"no summary for a bad deck: {r.stdout!r}")
t.check(len(lines) == 11 and all(line.startswith(f"{bad}:") for line in lines), f"11 problems: {r.stderr!r}")
t.check(sum(": error: " in line for line in lines) == 10, f"10 of them errors: {r.stderr!r}")

# A directory is refused with a clear line, not a crash.
r = run("check", decks)
t.check(r.returncode == 1 and r.stderr == f"{decks}: error: cannot read the file: it is a directory\n", f"directory: {r.stderr!r}")

t.finish()
