"""The action plan as a spreadsheet: `prioriteer export -f ods,plan-csv`
from the fixture session (10 actions over 5 principles), read back by
LibreOffice Calc (soffice --convert-to csv) with the budgets as numbers and
the sum row intact; the plan's CSV has the same rows; the ODT converts to a
PDF whose text holds the action plan and the roadmap."""
import csv
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, require, run, temp_dir  # noqa: E402

require("soffice", "pdftotext")

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
BASE = "prioriteiten-masterplan-2025-2030"
OPERATING, INVESTMENT = 131000, 400000  # the fixture's totals, by hand: 15+40+8+12+20+30+6 and 60+250+90 thousand

work = temp_dir()
session = os.path.join(work, "sessie.yaml")
made = subprocess.run([FIXTURE, "--session", session], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session written: {made.stderr}")
out = os.path.join(work, "out")
os.mkdir(out)
r = run("export", session, "--format", "ods,plan-csv,odt", "-o", out)
t.check(r.returncode == 0, f"export ods, plan-csv, odt: exit {r.returncode} {r.stderr}")
ods = os.path.join(out, f"{BASE}-actieplan.ods")
plan_csv = os.path.join(out, f"{BASE}-actieplan.csv")
odt = os.path.join(out, f"{BASE}-masterplan.odt")
t.check(all(os.path.exists(p) for p in (ods, plan_csv, odt)), f"written: {sorted(os.listdir(out))}")

with open(plan_csv, encoding="utf-8-sig", newline="") as f:
    ours = list(csv.reader(f, delimiter=";"))
t.check(len(ours) == 12 and ours[0][0] == "Principe" and ours[-1][0] == "Totaal", f"plan CSV: header, 10 actions, sum: {ours[:2]}")
t.check(ours[-1][7:9] == [str(OPERATING), str(INVESTMENT)], f"plan CSV sums: {ours[-1]}")

soffice = shutil.which("soffice") or shutil.which("libreoffice")
lo = [soffice, "-env:UserInstallation=file://" + temp_dir(), "--headless"]
back_dir = os.path.join(work, "calc")
# Values as Calc holds them (not as formatted): 59 ';', 34 '"', 76 UTF-8, first line 1,
# then the token "false" for "as shown" so numbers come out without their thousands points.
r = subprocess.run(lo + ["--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false", "--outdir", back_dir, ods],
                   capture_output=True, text=True, timeout=180)
back = os.path.join(back_dir, f"{BASE}-actieplan.csv")
t.check(r.returncode == 0 and os.path.exists(back), f"LibreOffice Calc reads the ODS and writes CSV: {r.stderr}")
if os.path.exists(back):
    with open(back, encoding="utf-8-sig", newline="") as f:
        calc = list(csv.reader(f, delimiter=";"))
    t.check(len(calc) == 12, f"Calc sees 12 rows: {len(calc)}")
    t.check(calc[0][:3] == ["Principe", "Rang", "Actie"], f"the header: {calc[0]}")
    t.check(calc[1][7] == "15000" and calc[1][1] == "1", f"a budget and a rank are numbers: {calc[1]}")
    # Calc recalculates the SUM formulas over its own number cells: the sums must come out the same.
    t.check(calc[-1][0] == "Totaal" and calc[-1][7:9] == [str(OPERATING), str(INVESTMENT)], f"the sums intact: {calc[-1]}")
    column = [row[7] for row in calc[1:-1] if row[7]]
    t.check(sum(int(v) for v in column) == OPERATING, f"the operating column adds up: {column}")

pdf_dir = os.path.join(work, "pdf")
r = subprocess.run(lo + ["--convert-to", "pdf", "--outdir", pdf_dir, odt], capture_output=True, text=True, timeout=180)
pdf = os.path.join(pdf_dir, f"{BASE}-masterplan.pdf")
t.check(r.returncode == 0 and os.path.exists(pdf), f"LibreOffice converts the ODT to PDF: {r.stderr}")
if os.path.exists(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    names = ["Versiebeheer", "Managementsamenvatting", "Werkwijze", "Actieplan", "Roadmap", "Bijlage A"]
    at = [text.find(n) for n in names]
    t.check(all(a >= 0 for a in at) and at == sorted(at), f"the ODT's sections in order via LibreOffice: {list(zip(names, at))}")
    t.check("Leveranciersoverleg" in text and "\u20ac 131.000" in text, "the action plan and the budget are in it")

t.finish()
