"""`prioriteer compare` from the command line: eight councils' sessions give
a table with W and the consensus, CSV and JSON files under -o that match
each other, no overwriting without --force, and exit 1 or 2 with a line
naming the problem."""
import csv
import io
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, run, temp_dir  # noqa: E402

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
NAMES = ["Aalter", "Beernem", "Damme", "Knokke", "Oostkamp", "Torhout", "Zedelgem", "Jabbeke"]

work = temp_dir()
base = os.path.join(work, "base.yaml")
made = subprocess.run([FIXTURE, "--session", base], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
text = open(base, encoding="utf-8").read()
head = text[:text.index("\nlanes:\n") + 1]
codes = ["K3", "O3", "K4", "I5", "S1", "O1", "I1", "K1", "S3", "I4", "S4", "O2", "I6", "K2", "I7", "S2", "I2", "I3"]


def lane(lane_id, capacity, ranked, cards):
    return (f"  - id: {lane_id}\n    title: {lane_id}\n    capacity: {capacity}\n    ranked: {ranked}\n"
            f"    cards: [{', '.join(cards)}]\n")


# Every council puts K3 first; half put S2 second, the others leave it last.
rng = random.Random(5)
files = []
for k, name in enumerate(NAMES):
    order = [c for c in codes if c not in ("K3", "S2")]
    rng.shuffle(order)
    order = ["K3"] + (["S2"] + order if k % 2 else order + ["S2"])
    body = "lanes:\n" + lane("nu", 6, "true", order[:6]) + lane("straks", 0, "true", order[6:16]) + lane("niet", 0, "false", [])
    body += f"pile: [{', '.join(order[16:])}]\nnotes: {{}}\nlog: []\n"
    path = os.path.join(work, f"{name.lower()}.yaml")
    open(path, "w", encoding="utf-8").write(head.replace("Gemeente Zonnedorp", f"Gemeente {name}") + body)
    files.append(path)

r = run("compare", *files)
t.check(r.returncode == 0, f"compare exits 0: {r.stderr}")
first = r.stdout.splitlines()[0] if r.stdout else ""
t.check(first.startswith("8 councils, 18 cards: Kendall's W = "), f"the table's first line: {first!r}")
rows = [line.split() for line in r.stdout.splitlines()[2:20]]
t.check(rows and rows[0][1] == "K3" and rows[0][4] == "8", f"K3 first, in 8 first lanes: {rows[:1]}")
t.check(any(row[1] == "S2" and "[contested]" in " ".join(row) for row in rows), "S2 is contested")

out = os.path.join(work, "out")
os.mkdir(out)
r = run("compare", *files, "-o", out)
t.check(r.returncode == 0 and sorted(os.listdir(out)) == ["vergelijking.csv", "vergelijking.json"],
        f"-o writes csv and json: {os.listdir(out)} {r.stderr}")
doc = json.load(open(os.path.join(out, "vergelijking.json"), encoding="utf-8"))
t.check(doc["format"] == "prioriteer-comparison" and doc["format_version"] == 1, "the JSON names its format")
t.check([c["name"] for c in doc["councils"]] == [f"Gemeente {n}" for n in NAMES], "councils in the order given")
t.check(doc["cards"] == 18 and len(doc["consensus"]) == 18 and doc["consensus"][0]["code"] == "K3", "consensus of 18, K3 first")
t.check(0 < doc["kendall_w"] < 1 and 0 <= doc["p_value"] <= 1, f"W and p in range: {doc['kendall_w']} {doc['p_value']}")
t.check(len(doc["spearman"]) == 8 and all(len(row) == 8 for row in doc["spearman"]), "an 8×8 Spearman matrix")
t.check(sorted(doc["council_order"]) == list(range(8)), "the cluster order holds every council once")
t.check(sorted(doc["kemeny"]) == sorted(codes), "Kemeny orders all 18 codes")
rows = list(csv.reader(io.StringIO(open(os.path.join(out, "vergelijking.csv"), encoding="utf-8-sig").read()), delimiter=";"))
t.check(rows[0][:3] == ["Rang", "Code", "Principe"] and len(rows) == 19, f"CSV header and 18 rows: {rows[0][:3]}")
t.check([row[1] for row in rows[1:]] == [c["code"] for c in doc["consensus"]], "CSV and JSON give the same order")

r = run("compare", *files, "-o", out)
t.check(r.returncode == 1 and "--force replaces it" in r.stderr, f"no overwrite without --force: {r.returncode}")
t.check(run("compare", *files, "-o", out, "--force").returncode == 0, "--force replaces")

r = run("compare", files[0])
t.check(r.returncode == 1 and "2 to 500 sessions; 1 given" in r.stderr, f"one session is refused: {r.stderr!r}")
r = run("compare", files[0], files[0])
t.check(r.returncode == 1 and "given twice" in r.stderr, f"the same file twice is refused: {r.stderr!r}")
broken = os.path.join(work, "kapot.yaml")
open(broken, "w").write("format: 1\nlanes: [\n")
r = run("compare", files[0], broken)
t.check(r.returncode == 1 and r.stderr.startswith(broken + ":"), f"a broken session names its file: {r.stderr!r}")
t.check(run("compare", *files, "--format", "pdf").returncode == 2, "an unknown format is a usage error")
t.check(run("compare", *files, "--weights", os.path.join(work, "none.txt")).returncode == 2, "a missing weights file is a usage error")
weights = os.path.join(work, "inwoners.txt")
open(weights, "w").write("Gemeente Aalter;60000;groot\nGemeente Beernem;1000;klein\n")
r = run("compare", *files, "--weights", weights)
t.check(r.returncode == 0 and "segment groot (1 councils)" in r.stdout and "With equal weights the top 5" in r.stdout,
        f"weights and segments shown: {r.stdout[-300:]!r}")
t.finish()
