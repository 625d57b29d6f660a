"""`prioriteer export` from the command line: every format from a session
file, the PNG under Xvfb at the size asked for (and refused in one line
without a display), no overwriting without --force, a bad session file
reported as path:line:col with nothing written, usage errors exit 2."""
import difflib
import json
import os
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, SOURCE_DIR, Xvfb, distinct_colours, png_pixels, require, run, temp_dir  # noqa: E402

require("pdftotext")

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")
GOLDEN = os.path.join(SOURCE_DIR, "tests", "io", "golden")
BASE = "prioriteiten-masterplan-2025-2030"
TEXT = {"md": f"{BASE}-masterplan.md", "odt": f"{BASE}-masterplan.odt", "pdf": f"{BASE}-masterplan.pdf",
        "csv": f"{BASE}-prioriteiten.csv", "json": f"{BASE}-prioriteiten.json",
        "ods": f"{BASE}-actieplan.ods", "plan-csv": f"{BASE}-actieplan.csv"}
PNG = f"{BASE}-bord.png"
# The fixture's time stamp, so the documents match the golden files.
EPOCH = "1715688000"  # 2024-05-14T12:00:00Z

work = temp_dir()
session = os.path.join(work, "sessie.yaml")
made = subprocess.run([FIXTURE, "--session", session], capture_output=True, text=True)
t.check(made.returncode == 0 and os.path.exists(session), f"fixture session written: {made.stderr}")


def no_display_env():
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def fresh(name):
    path = os.path.join(work, name)
    os.mkdir(path)
    return path


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check_pdf_text(pdf):
    """The PDF's text as poppler reads it, page by page (words, their order,
    line and page breaks, the footers) equals the golden text. With
    PRIO_UPDATE_GOLDEN=1 the golden is rewritten first (look at its diff)."""
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True)
    t.check(r.returncode == 0, f"pdftotext reads the PDF: {r.stderr}")
    golden = os.path.join(GOLDEN, "masterplan.nl.pdf.txt")
    if os.environ.get("PRIO_UPDATE_GOLDEN") == "1":
        with open(golden, "w", encoding="utf-8") as f:
            f.write(r.stdout)
    # The draft's structure: title page with versions, summary, method, the
    # principles, the action plan, the roadmap, the annexes, in this order.
    sections = ["Versiebeheer", "Managementsamenvatting", "Werkwijze", "Nu \u2014 jaar 1", "Actieplan", "Roadmap",
                "Bijlage A \u2014", "Bijlage B \u2014", "Bijlage C \u2014"]
    # Each found after the one before it (the summary's table names a lane before its section).
    at = []
    for name in sections:
        at.append(r.stdout.find(name, at[-1] + 1 if at and at[-1] >= 0 else 0))
    t.check(all(a >= 0 for a in at), f"pdftotext shows the sections in order: {list(zip(sections, at))}")
    with open(golden, encoding="utf-8") as f:
        want = f.read()
    same = r.stdout == want
    if not same:
        diff = difflib.unified_diff(want.splitlines(), r.stdout.splitlines(), "golden", "pdftotext", lineterm="", n=1)
        print("\n".join(list(diff)[:40]), file=sys.stderr)
    t.check(same, "the PDF's text (pdftotext) equals tests/io/golden/masterplan.nl.pdf.txt")


def lines(text):
    return [line for line in text.split("\n") if line]


# 1. Without a display: the text formats are written, png is refused in one line.
out = fresh("headless")
r = run("export", session, "--format", "md,odt,pdf,csv,json,ods,plan-csv,png", "-o", out, env=no_display_env())
t.check(r.returncode == 1, f"headless with png: exit 1 (not every file written), got {r.returncode}")
err = lines(r.stderr)
t.check(len(err) == 2, f"two lines on stderr, got {err}")
t.check(err and err[0].startswith("prioriteer: png: ") and "no display" in err[0]
        and "the other formats do not need one" in err[0], f"the png line: {err}")
t.check(len(err) == 2 and "no display" in err[1] and "no picture of the board" in err[1],
        f"the documents' summary goes without the picture, and says so: {err}")
t.check(lines(r.stdout) == [f"{name}: {os.path.join(out, TEXT[name])}" for name in TEXT],
        f"one line per written file, in order: {r.stdout!r}")
t.check(sorted(os.listdir(out)) == sorted(TEXT.values()), f"exactly the text formats, no leftovers: {os.listdir(out)}")
if os.path.exists(os.path.join(out, TEXT["md"])):
    t.check(read(os.path.join(out, TEXT["md"])) == read(os.path.join(GOLDEN, "masterplan.nl.md")),
            "the Markdown from the session file equals the golden file")
    t.check(read(os.path.join(out, TEXT["csv"])) == read(os.path.join(GOLDEN, "priorities.nl.csv")),
            "the CSV from the session file equals the golden file")
    # The JSON too, but for the deck's hash: the session file holds a real one.
    got, want = json.loads(read(os.path.join(out, TEXT["json"]))), json.loads(read(os.path.join(GOLDEN, "priorities.nl.json")))
    got_text, want_text = json.dumps(got, sort_keys=True), json.dumps(want, sort_keys=True)
    t.check(got_text.count('"hash"') == 1 and
            got_text.split('"hash"')[0] == want_text.split('"hash"')[0] and
            got_text.split('"hash"')[1].split(",", 1)[1] == want_text.split('"hash"')[1].split(",", 1)[1],
            "the JSON equals the golden file but for the deck hash")
    t.check(read(os.path.join(out, TEXT["pdf"]))[:5] == b"%PDF-", "the PDF is a PDF")
    check_pdf_text(os.path.join(out, TEXT["pdf"]))
    t.check(read(os.path.join(out, TEXT["odt"]))[:2] == b"PK", "the ODT is a zip")

# Text formats alone need no display and exit 0; the separator option is used.
out = fresh("comma")
r = run("export", session, "-f", "csv", "--separator", ",", "-o", out, env=no_display_env())
t.check(r.returncode == 0 and r.stderr == "", f"csv alone without display: {r.returncode} {r.stderr}")
csv_path = os.path.join(out, TEXT["csv"])
if os.path.exists(csv_path):
    header = read(csv_path).decode("utf-8-sig").split("\r\n")[0]
    t.check(header.count(",") == 6 and ";" not in header, f"comma-separated header: {header}")

# 2. Under Xvfb: all formats, the PNG at the requested size, not the screen's.
with Xvfb(1024, 768) as x:
    env = dict(x.env, SOURCE_DATE_EPOCH=EPOCH)
    out = fresh("display")
    r = run("export", session, "--format", "md,odt,pdf,csv,json,ods,plan-csv,png", "-o", out, "--size", "1600x900", env=env)
    t.check(r.returncode == 0, f"all formats under Xvfb: exit 0, got {r.returncode}: {r.stderr}")
    t.check(r.stderr == "", f"nothing on stderr: {r.stderr!r}")
    t.check(len(lines(r.stdout)) == 8 and lines(r.stdout)[-1] == f"png: {os.path.join(out, PNG)}",
            f"eight lines, the png last: {r.stdout!r}")
    t.check(sorted(os.listdir(out)) == sorted(list(TEXT.values()) + [PNG]), f"eight files: {os.listdir(out)}")
    png = os.path.join(out, PNG)
    if os.path.exists(png):
        width, height, rows = png_pixels(png)
        t.check((width, height) == (1600, 900), f"the PNG is 1600x900 (screen 1024x768), got {width}x{height}")
        colours = distinct_colours(rows)
        t.check(len(colours) >= 8, f"not blank: {len(colours)} distinct colours")
        # The fixture's lanes hold cards of the theme "De klant": its orange
        # (#F2B134 in the bundled deck) must be in the picture.
        t.check(any(abs(c[0] - 0xF2) <= 6 and abs(c[1] - 0xB1) <= 6 and abs(c[2] - 0x34) <= 6 for c in colours),
                "the theme colour of the customer cards is in the picture")
        t.check(os.stat(png).st_mode & 0o004, "the PNG is readable by others, like the documents")

    # The management summary shows the board: one picture in the PDF (on the
    # summary's page) and in the ODT, linked from the Markdown beside the PNG.
    pdf = os.path.join(out, TEXT["pdf"])
    listed = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True)
    images = [line.split() for line in listed.stdout.splitlines()[2:] if line.strip()]
    t.check(listed.returncode == 0 and len(images) == 1 and images[0][3:5] == ["1600", "900"],
            f"the PDF holds one picture, 1600x900: {listed.stdout!r} {listed.stderr!r}")
    page_text = subprocess.run(["pdftotext", "-f", images[0][0] if images else "1", "-l", images[0][0] if images else "1",
                                pdf, "-"], capture_output=True, text=True).stdout
    t.check("Managementsamenvatting" in page_text, f"the picture is on the summary's page: {page_text[:200]!r}")
    with zipfile.ZipFile(os.path.join(out, TEXT["odt"])) as odt:
        names = odt.namelist()
        content = odt.read("content.xml").decode("utf-8")
    t.check("Pictures/picture1.png" in names and 'xlink:href="Pictures/picture1.png"' in content,
            f"the ODT embeds the picture: {names}")
    t.check(f"]({PNG})" in read(os.path.join(out, TEXT["md"])).decode("utf-8"), "the Markdown links the PNG beside it")

    # The default size is 1920x1080.
    out = fresh("default-size")
    r = run("export", session, "-f", "png", "-o", out, env=env)
    t.check(r.returncode == 0, f"png alone: {r.returncode} {r.stderr}")
    if os.path.exists(os.path.join(out, PNG)):
        width, height, _ = png_pixels(os.path.join(out, PNG))
        t.check((width, height) == (1920, 1080), f"default size 1920x1080, got {width}x{height}")

    # 3. --force: existing files are kept without it, replaced with it.
    out = fresh("force")
    r = run("export", session, "-o", out, env=env)
    t.check(r.returncode == 0, f"first export: {r.returncode} {r.stderr}")
    md = os.path.join(out, TEXT["md"])
    with open(md, "w") as f:
        f.write("keep me")
    png_before = read(os.path.join(out, PNG)) if os.path.exists(os.path.join(out, PNG)) else b""
    with open(os.path.join(out, PNG), "wb") as f:
        f.write(b"not a png")
    r = run("export", session, "-o", out, env=env)
    t.check(r.returncode == 1, f"second export without --force: exit 1, got {r.returncode}")
    err = lines(r.stderr)
    t.check(len(err) == 8 and all("already exists and was not overwritten (--force replaces it)" in e for e in err),
            f"one line per kept file: {err}")
    t.check(r.stdout == "", f"nothing written: {r.stdout!r}")
    t.check(read(md) == b"keep me", "the Markdown was kept")
    t.check(read(os.path.join(out, PNG)) == b"not a png", "the PNG was kept")
    r = run("export", session, "-o", out, "--force", env=env)
    t.check(r.returncode == 0, f"with --force: exit 0, got {r.returncode}: {r.stderr}")
    # With the picture beside it, the Markdown's summary links it: the golden file and that paragraph.
    link = f"![Het bord zoals de groep het achterliet]({PNG})\n\n"
    got = read(md).decode("utf-8")
    golden_md = read(os.path.join(GOLDEN, "masterplan.nl.md")).decode("utf-8")
    t.check(got.count(link) == 1 and got.replace(link, "") == golden_md,
            "--force replaced the Markdown: the golden file and the picture's link")
    t.check(read(os.path.join(out, PNG))[:8] == b"\x89PNG\r\n\x1a\n", "--force replaced the PNG")
    t.check(sorted(os.listdir(out)) == sorted(list(TEXT.values()) + [PNG]),
            f"no backups or temporary files after --force: {os.listdir(out)}")
    t.check(png_before[:8] == b"\x89PNG\r\n\x1a\n", "the first export wrote a PNG")

# 4. A bad session file: path:line:col, exit 1, nothing written.
bad = os.path.join(work, "kapot.yaml")
with open(session, encoding="utf-8") as f:
    text = f.read()
with open(bad, "w", encoding="utf-8") as f:
    f.write(text.replace("\nformat: ", "\nformat: [", 1))
out = fresh("bad")
r = run("export", bad, "-o", out, env=no_display_env())
t.check(r.returncode == 1, f"bad session: exit 1, got {r.returncode}")
first = lines(r.stderr)[0] if lines(r.stderr) else ""
parts = first.split(":")
t.check(len(parts) >= 4 and parts[0] == bad and parts[1].isdigit() and parts[2].isdigit() and "error" in parts[3],
        f"path:line:col: error: {first}")
t.check(os.listdir(out) == [], f"nothing written for a bad session: {os.listdir(out)}")
r = run("export", os.path.join(work, "missing.yaml"), "-o", out, env=no_display_env())
t.check(r.returncode == 1 and "missing.yaml" in r.stderr and os.listdir(out) == [],
        f"a missing session file: {r.returncode} {r.stderr}")

# A missing output folder is an error per file, and is not created.
missing = os.path.join(work, "nowhere")
r = run("export", session, "-f", "md,csv", "-o", missing, env=no_display_env())
t.check(r.returncode == 1 and len(lines(r.stderr)) == 2 and "the folder does not exist" in r.stderr,
        f"missing folder: {r.returncode} {r.stderr}")
t.check(not os.path.exists(missing), "the missing folder was not created")

# 5. Usage errors exit 2 and write nothing.
out = fresh("usage")
for args, what in [(["--format", "doc"], "unknown format"), (["--separator", "|"], "bad separator"),
                   (["--size", "1920"], "size without x"), (["--size", "10x10"], "size too small"),
                   (["--size", "99999x100"], "size too large"), (["--bogus"], "unknown option")]:
    r = run("export", session, "-o", out, *args, env=no_display_env())
    t.check(r.returncode == 2, f"{what}: exit 2, got {r.returncode}")
    t.check(r.stderr.strip() != "", f"{what}: says why")
r = run("export", env=no_display_env())
t.check(r.returncode == 2, f"no session given: exit 2, got {r.returncode}")
t.check(os.listdir(out) == [], f"usage errors write nothing: {os.listdir(out)}")

# 6. A round's report: `export --round N` through the same writers.
rounds = os.path.join(work, "rondes.yaml")
made = subprocess.run([FIXTURE, "--session", rounds, "--rounds"], capture_output=True, text=True)
t.check(made.returncode == 0, f"fixture session with rounds written: {made.stderr}")
out = fresh("rounds")
r = run("export", rounds, "--round", "2", "-o", out, env=no_display_env())
names = {f: f"{BASE}-ronde-2.{f}" for f in ("md", "odt", "pdf", "csv", "json")}
t.check(r.returncode == 0 and sorted(os.listdir(out)) == sorted(names.values()), f"round 2: five files: {r.stderr} {os.listdir(out)}")
text = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(out, names["pdf"]), "-"], capture_output=True, text=True).stdout
t.check("Rondeverslag \u2014 ronde 2" in text and "0,119 (zwakke overeenstemming) \u2192 0,997" in " ".join(text.split()),
        "the PDF's text has the title and W of round 1 -> round 2 (pdftotext)")
with zipfile.ZipFile(os.path.join(out, names["odt"])) as odt:
    content = odt.read("content.xml").decode("utf-8")
t.check("Tweede ronde: naar elkaar toe?" in content and "Annelies Vermeulen" not in content,
        "the ODT has the convergence; the report names nobody (the names are in the CSV and JSON)")
t.check("Annelies Vermeulen" in read(os.path.join(out, names["csv"])).decode("utf-8-sig"), "the named round's CSV names its voters")
r = run("export", rounds, "--round", "1", "-f", "md,csv,json,png", "-o", out, env=no_display_env())
first = read(os.path.join(out, f"{BASE}-ronde-1.csv")).decode("utf-8-sig")
t.check(r.returncode == 0 and "no picture" in r.stderr and "Deelnemer 5" in first, f"round 1: png left out, anonymous: {r.stderr}")
r = run("export", rounds, "--round", "4", "-o", out, env=no_display_env())
t.check(r.returncode == 1 and "there is no round 4" in r.stderr, f"a round the session lacks: {r.returncode} {r.stderr}")
r = run("export", rounds, "--round", "0", "-o", out, env=no_display_env())
t.check(r.returncode == 2, f"--round 0 is a usage error: {r.returncode}")

shutil.rmtree(work, ignore_errors=True)
t.finish()
