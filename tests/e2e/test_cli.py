"""The command line: exit codes, --help, --version, check, and no display."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, SOURCE_DIR, run, temp_dir  # noqa: E402

t = Checks()
cards = os.path.join(SOURCE_DIR, "cards")

r = run("--version")
t.check(r.returncode == 0 and r.stdout.startswith("prioriteer "), f"--version: {r.returncode} {r.stdout!r}")

r = run("--help")
t.check(r.returncode == 0 and "check" in r.stdout, f"--help: {r.returncode}")

r = run("--no-such-option")
t.check(r.returncode == 2, f"usage error exits 2, got {r.returncode}")

r = run("check")
t.check(r.returncode == 2, f"check without files exits 2, got {r.returncode}")

r = run("check", os.path.join(cards, "principles.nl.yaml"), os.path.join(cards, "principles.en.yaml"))
t.check(r.returncode == 0, f"bundled decks check: {r.returncode} {r.stderr}")
lines = r.stdout.strip().splitlines()
t.check(len(lines) == 2 and all("18 cards" in line for line in lines), f"one summary line each with 18 cards: {r.stdout!r}")

bad = os.path.join(temp_dir(), "bad.yaml")
with open(bad, "w") as f:
    f.write("deck: [unclosed\n")
r = run("check", os.path.join(cards, "principles.nl.yaml"), bad)
t.check(r.returncode == 1, f"one bad deck exits 1, got {r.returncode}")
t.check(f"{bad}:" in r.stderr and "error:" in r.stderr, f"the error names the file: {r.stderr!r}")

r = run("check", "/nonexistent/deck.yaml")
t.check(r.returncode == 1 and "/nonexistent/deck.yaml" in r.stderr, f"missing file: {r.returncode} {r.stderr!r}")

r = run("frobnicate")
t.check(r.returncode == 2 and "unknown command 'frobnicate'" in r.stderr, f"an unknown command is a usage error: {r.returncode} {r.stderr!r}")

env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
r = run(env=env)
err = r.stderr.strip().splitlines()
t.check(r.returncode != 0 and r.returncode < 128, f"no display exits non-zero without a crash: {r.returncode}")
t.check(len(err) == 1 and "display" in err[0].lower(), f"no display says so in one line: {r.stderr!r}")

t.finish()
