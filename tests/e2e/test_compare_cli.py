"""`prioriteer compare` from the command line: eight councils' sessions give
a table with W and the consensus, CSV and JSON files under -o that match
each other, the report as Markdown (read by pandoc), ODT (opened by
LibreOffice) and PDF (read by pdftotext), no overwriting without --force,
and exit 1 or 2 with a line naming the problem."""
import csv
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, require, run, temp_dir  # noqa: E402

require("pandoc", "pdftotext", "soffice")

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
t.check(run("compare", *files, "--format", "png").returncode == 2, "an unknown format is a usage error")
t.check(run("compare", *files, "--weights", os.path.join(work, "none.txt")).returncode == 2, "a missing weights file is a usage error")
weights = os.path.join(work, "inwoners.txt")
open(weights, "w").write("Gemeente Aalter;60000;groot\nGemeente Beernem;1000;klein\n")
r = run("compare", *files, "--weights", weights)
t.check(r.returncode == 0 and "segment groot (1 councils)" in r.stdout and "With equal weights the top 5" in r.stdout,
        f"weights and segments shown: {r.stdout[-300:]!r}")

# --- the report in every format
report = os.path.join(work, "report")
os.mkdir(report)
r = run("compare", *files, "--weights", weights, "--format", "md,odt,pdf,csv,json", "-o", report)
names = ["vergelijking." + x for x in ("md", "odt", "pdf", "csv", "json")]
t.check(r.returncode == 0 and sorted(os.listdir(report)) == sorted(names), f"all five formats: {os.listdir(report)} {r.stderr}")
t.check(r.stdout.splitlines() == [f"{n.split('.')[1]}: {os.path.join(report, n)}" for n in names],
        f"one line per file, in the order asked: {r.stdout!r}")
doc = json.load(open(os.path.join(report, "vergelijking.json"), encoding="utf-8"))
contested = [c["code"] for c in doc["consensus"] if c["contested"]]
t.check("S2" in contested, f"S2 is contested in the JSON: {contested}")
w_text = f"{doc['kendall_w']:.3f}".replace(".", ",")


def check_report(text, what):
    flat = re.sub(r"\s+", " ", text)
    t.check(f"W = {w_text}" in flat, f"{what}: W = {w_text}")
    t.check("m = 8 besturen" in flat, f"{what}: m = 8")
    t.check("Betwiste principes" in flat, f"{what}: the contested principles")
    for code in contested:
        t.check(re.search(code + r" · ", flat) is not None, f"{what}: {code} under the contested principles")
    t.check("Gemeente Aalter" in flat and "Gemeente Jabbeke" in flat, f"{what}: the councils by name")
    t.check("Kemeny naast Borda" in flat and "Per segment" in flat, f"{what}: Kemeny and the segments")
    t.check(flat.index("Werkwijze") < flat.index("Overeenstemming") < flat.index("Heatmap"), f"{what}: sections in order")


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, timeout=120)
    t.check(r.returncode == 0, f"pdftotext {path}: {r.stderr}")
    return r.stdout


check_report(pdf_text(os.path.join(report, "vergelijking.pdf")), "PDF")

r = subprocess.run(["pandoc", "--fail-if-warnings", "-f", "markdown", "-t", "html", os.path.join(report, "vergelijking.md")],
                   capture_output=True, text=True, timeout=120)
t.check(r.returncode == 0, f"pandoc reads the Markdown without warnings: {r.stderr}")
page = html.unescape(re.sub(r"<[^>]+>", " ", r.stdout))
check_report(page, "Markdown via pandoc")
t.check(r.stdout.count("<table") >= 6, "pandoc: the tables (councils, consensus, legend, heatmap, Kemeny, segments)")
heatmap = re.search(r"<td[^>]*>1\. K3</td>(.*?)</tr>", r.stdout, re.S)
t.check(heatmap is not None and re.findall(r"<td[^>]*>([^<]*)</td>", heatmap.group(1)) == ["A1"] * 8,
        f"pandoc: the heatmap's first row is A1 for every council: {heatmap.group(1) if heatmap else None}")

soffice = shutil.which("soffice") or shutil.which("libreoffice")
profile = temp_dir()
lo_out = os.path.join(work, "lo")
r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", lo_out, os.path.join(report, "vergelijking.odt")], capture_output=True, text=True, timeout=240)
converted = os.path.join(lo_out, "vergelijking.pdf")
t.check(r.returncode == 0 and os.path.exists(converted), f"LibreOffice converts the ODT: {r.stderr}")
if os.path.exists(converted):
    check_report(pdf_text(converted), "ODT via LibreOffice")
shutil.rmtree(profile, ignore_errors=True)

t.finish()
