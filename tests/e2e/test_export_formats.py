"""The exports opened by the programs people use: LibreOffice converts the ODT
to PDF and round-trips the CSV through a spreadsheet, poppler reads the cairo
PDF, pandoc reads the Markdown; every principle comes out in rank order and
the tricky notes survive every format."""
import csv
import html
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, PROGRAM, SOURCE_DIR, require, temp_dir  # noqa: E402

require("pandoc", "pdftotext", "pdfinfo", "pdffonts", "soffice")

t = Checks()
FIXTURE = os.environ.get("PRIO_EXPORT_FIXTURE") or os.path.join(os.path.dirname(PROGRAM), "prio_export_fixture")

# The fixed session of tests/io/export_fixture.h: codes in rank order, then
# the annex (the unranked lane, then the pile).
RANKED = ["K3", "O3", "K4", "I5", "S1", "O1", "I1", "K1", "S3", "I4", "S4", "O2", "I6", "K2"]
ANNEX = ["I7", "S2", "I2", "I3"]
LANES = ["Nu \u2014 jaar 1", "Binnen drie jaar", "Op langere termijn"]
UNRANKED = ["Niet prioritair", "Niet geplaatst"]
# Annex C: per theme, its principles in board order.
THEMES = {"De klant": ["K3", "K4", "K1", "K2"], "Organisatie en processen": ["O3", "O1", "O2"],
          "Interne organisatie": ["I5", "I1", "I4", "I6", "I7", "I2", "I3"],
          "Samenwerking en regie": ["S1", "S3", "S4", "S2"]}
NOTES = {
    "K3": "Koppelen aan het MAGDA-platform; \"\u00e9\u00e9n keer\" geldt ook intern.\n"
          "Eerst nagaan: welke attesten vragen we nog op papier?",
    "O3": "=SOM(A1:A3) is geen formule maar een notitie; caf\u00e9-overleg met schepen No\u00eb op 12/6.",
    "K4": "\u201eVeiligheid\u201d en \u2018privacy\u2019 horen samen \u2014 de DPO betrekken.\n\n"
          "Tweede alinea: budget \u20ac 20.000; offerte volgt.",
    "I5": "+32 9 123 45 67 is het nummer van de noodlijn.",
    "S1": "-20% kosten via een raamcontract met de buurgemeenten.",
    "I1": "@ICT-dienst: exit-clausules in de contracten nakijken.",
}
# Pieces of the notes that must be in every masterplan's text, as printed.
PIECES = ["=SOM(A1:A3)", "caf\u00e9-overleg", "No\u00eb", "\u201eVeiligheid\u201d", "\u2018privacy\u2019",
          "\u20ac 20.000; offerte", "+32 9 123 45 67", "-20% kosten", "@ICT-dienst", "<b>tags</b>",
          "\u00e9\u00e9n keer", "co\u00f6rdinator"]


def schema_errors(value, schema, where="$"):
    """The subset of JSON Schema that docs/export-formats.md uses."""
    errors = []
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any((isinstance(value, int) and not isinstance(value, bool)) if k == "integer"
                 else isinstance(value, kinds[k]) for k in types)
        if not ok:
            return [f"{where}: {value!r} is not {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and isinstance(value, int) and value < schema["minimum"]:
        errors.append(f"{where}: {value} < {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: missing {key}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors += schema_errors(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += schema_errors(item, schema["items"], f"{where}[{i}]")
    return errors


def documented_schema():
    with open(os.path.join(SOURCE_DIR, "docs", "export-formats.md"), encoding="utf-8") as f:
        doc = f.read()
    block = doc.split("<!-- schema:begin -->")[1].split("<!-- schema:end -->")[0]
    return json.loads(block.strip().removeprefix("```json").removesuffix("```"))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)


def export(directory, *args):
    return run([FIXTURE, directory, *args])


def in_order(text, needles):
    """True when every needle is in text, each after the one before."""
    at = -1
    for needle in needles:
        found = text.find(needle, at + 1)
        if found < 0:
            print(f"  not found after {at}: {needle!r}", file=sys.stderr)
            return False
        at = found
    return True


def headings_of_principles(text):
    return [f"{rank}. {code} \u2014" for rank, code in enumerate(RANKED, 1)] + [f"{code} \u2014" for code in ANNEX]


def check_masterplan_text(text, what):
    """What a reader of the masterplan sees: the principles in rank order, the
    annex after them, the notes intact and their line breaks kept."""
    text = text.replace("\u00ad", "")
    t.check(in_order(text, headings_of_principles(text)), f"{what}: every principle in rank order, then the annex")
    t.check(in_order(text, LANES + UNRANKED), f"{what}: lanes in order, annex parts after")
    for piece in PIECES:
        t.check(piece in text, f"{what}: note text survives: {piece!r}")
    t.check(re.search(r"ook intern\.\s*\n\s*Eerst nagaan", text) is not None, f"{what}: a note's line break survives")
    t.check(re.search(r"betrekken\.\s*\n\s*(\n\s*)?Tweede alinea", text) is not None,
            f"{what}: a note's second paragraph starts on its own line")
    check_per_theme(text, "Bijlage C", what)


def check_per_theme(text, annex, what):
    """Annex C, after the log: each theme, then its principles in board order."""
    at = text.rfind(annex)
    t.check(at > text.find("Bijlage B" if annex == "Bijlage C" else "Annex B") >= 0, f"{what}: {annex} after annex B")
    order = []
    for theme, codes in THEMES.items():
        order += [theme] + [f"{code} \u2014" for code in codes]
    t.check(in_order(text[at:], order), f"{what}: {annex} lists every theme's principles in board order")


def pdf_text(path):
    r = run(["pdftotext", "-enc", "UTF-8", path, "-"])
    t.check(r.returncode == 0, f"pdftotext {path}: {r.stderr}")
    return r.stdout


def pdf_structure(path):
    """The PDF's structure tree as pdfinfo -struct prints it: (depth, tag) per element, in order."""
    r = run(["pdfinfo", "-struct", path])
    t.check(r.returncode == 0, f"pdfinfo -struct {path}: {r.stderr}")
    out = []
    for line in r.stdout.splitlines():
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith('"'):
            out.append(((len(line) - len(stripped)) // 2, stripped.split()[0]))
    return out


def check_structure(path, language):
    """Walks the structure tree: one Document holding every heading, paragraph, list and table,
    headings H1..H4 in order of depth (no H3 before the first H2), every table a header row of
    TH then rows of TD, every L holding LI; and the catalog names the document's language."""
    tree = pdf_structure(path)
    t.check(tree[:1] == [(0, "Document")] and all(d >= 1 for d, _ in tree[1:]), f"one Document root: {tree[:3]}")
    tags = [tag for _, tag in tree]
    t.check(tags[1:2] == ["H1"] and tags.count("H1") == 1, "the title is the one H1, first")
    level = 1
    for tag in tags:
        if tag in ("H1", "H2", "H3", "H4"):
            t.check(int(tag[1]) <= level + 1, f"no heading level skipped: {tag} after H{level}")
            level = int(tag[1])
    for i, (depth, tag) in enumerate(tree):
        if tag == "Table":
            end = next((k for k in range(i + 1, len(tree)) if tree[k][0] <= depth), len(tree))
            rows = [tg for d, tg in tree[i + 1:end] if d == depth + 1]
            cells = [tg for d, tg in tree[i + 1:end] if d == depth + 2]
            width = cells.count("TH")
            t.check(len(rows) >= 2 and set(rows) == {"TR"} and width >= 1 and cells[:width] == ["TH"] * width
                    and cells[width:] == ["TD"] * (width * (len(rows) - 1)), f"table {i}: {rows} {cells}")
        if tag == "L":
            end = next((k for k in range(i + 1, len(tree)) if tree[k][0] <= depth), len(tree))
            items = [tg for d, tg in tree[i + 1:end] if d == depth + 1]
            t.check(items and set(items) <= {"LI"}, f"list {i} holds list items: {items}")
    t.check(tags.count("P") >= 10 and tags.count("Table") >= 1, f"paragraphs and tables tagged: {len(tags)} elements")
    with open(path, "rb") as f:
        t.check(f"/Lang ({language})".encode() in f.read(), f"the catalog names the language {language}")
    return tags


def pdf_info(path):
    r = run(["pdfinfo", path])
    t.check(r.returncode == 0, f"pdfinfo {path}: {r.stderr}")
    info = {}
    for line in r.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


class Headings(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.items, self.tables, self.current = [], [], None
        self.th = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.current = [int(tag[1]), ""]
        elif tag == "table":
            self.th = []
            self.tables.append(self.th)
        elif tag == "th":
            self.current = ["th", ""]

    def handle_endtag(self, tag):
        if self.current and (re.fullmatch(r"h[1-6]", tag) or tag == "th"):
            if self.current[0] == "th":
                self.th.append(self.current[1].strip())
            else:
                self.items.append((self.current[0], " ".join(self.current[1].split())))
            self.current = None

    def handle_data(self, data):
        if self.current:
            self.current[1] += data


out = temp_dir()
lo_profile = "file://" + temp_dir()
try:
    r = export(out)
    t.check(r.returncode == 0, f"fixture export: {r.returncode} {r.stderr}")
    files = dict(line.split("\t") for line in r.stdout.strip().splitlines())
    t.check(sorted(files) == ["csv", "json", "md", "ods", "odt", "pdf"], f"six files: {files}")
    for path in files.values():
        t.check(os.path.dirname(path) == out and os.path.getsize(path) > 0, f"written into the folder: {path}")
    leftovers = [n for n in os.listdir(out) if n.startswith(".")]
    t.check(not leftovers, f"no temporary files left: {leftovers}")

    # --- Markdown under pandoc
    md = files["md"]
    r = run(["pandoc", "--fail-if-warnings", "-f", "markdown", "-t", "html", md])
    t.check(r.returncode == 0, f"pandoc reads the Markdown without warnings: {r.stderr}")
    h = Headings()
    h.feed(r.stdout)
    h1 = [text for level, text in h.items if level == 1]
    h2 = [text for level, text in h.items if level == 2]
    h3 = [text for level, text in h.items if level == 3]
    t.check(h1 == ["Masterplan informatievoorziening \u2014 ontwerp"], f"one title: {h1}")
    for lane in LANES:
        t.check(h2.count(lane) == 1, f"pandoc: one level-2 heading for lane {lane!r}: {h2}")
    for lane in UNRANKED:
        t.check(h3.count(lane) == 1, f"pandoc: one heading for {lane!r} in the annex: {h3}")
    t.check([x for x in h2 if x in LANES] == LANES, "pandoc: lanes in board order")
    principles = [text.split(" \u2014")[0] for level, text in h.items if level in (3, 4) and " \u2014 " in text]
    expected = [f"{rank}. {code}" for rank, code in enumerate(RANKED, 1)] + ANNEX
    t.check(principles == expected, f"pandoc: principles in rank order: {principles}")
    # The versions, the top five and the budget per year, the five principles with actions (the other nine say
    # there are none yet), the action plan, the roadmap, annex C's four themes.
    actions = [th for th in h.tables if th == ["Actie", "Eigenaar", "Termijn", "Budget"]]
    t.check(len(h.tables) == 3 + 5 + 2 + 4 and len(actions) == 5,
            f"pandoc: an actie/eigenaar/termijn/budget table per principle with actions: {len(h.tables)}, {len(actions)}")
    t.check(all(th == ["Rang", "Principe", "Baan"] for th in h.tables[14:]), f"pandoc: a table per theme: {h.tables[14:]}")
    t.check([text for level, text in h.items if level == 3][-4:] == list(THEMES), "pandoc: annex C, a heading per theme")
    page = html.unescape(re.sub(r"<[^>]+>", "", r.stdout.replace("<br />", "\n")))
    check_masterplan_text(page, "Markdown via pandoc")
    r = run(["pandoc", "-f", "gfm", "-t", "html", md])
    gfm = Headings()
    gfm.feed(r.stdout)
    t.check(r.returncode == 0 and [x for x in gfm.items if x[0] <= 4] == [x for x in h.items if x[0] <= 4],
            "GitHub-flavoured Markdown reads the same headings")

    # --- the cairo PDF under poppler
    pdf = files["pdf"]
    info = pdf_info(pdf)
    t.check("A4" in info.get("Page size", ""), f"cairo PDF is A4: {info.get('Page size')}")
    t.check(int(info.get("Pages", "0")) > 0, f"cairo PDF has pages: {info.get('Pages')}")
    t.check(info.get("Title") == "Masterplan informatievoorziening \u2014 ontwerp", f"PDF title: {info.get('Title')}")
    t.check(info.get("Tagged") == "yes", f"the PDF is tagged: {info.get('Tagged')}")
    tags = check_structure(pdf, "nl-BE")
    print(f"PDF structure tree: {len(tags)} elements, " + ", ".join(f"{tags.count(k)} {k}" for k in ("H1", "H2", "H3", "H4", "P", "L", "LI", "Table", "TH", "TD")))
    r = run(["pdffonts", pdf])
    fonts = r.stdout.strip().splitlines()[2:]
    t.check(fonts and all(line.split()[-5] == "yes" for line in fonts), f"every font embedded: {r.stdout}")
    t.check(any("NotoSans" in line for line in fonts), "Noto Sans is used")
    text = pdf_text(pdf)
    check_masterplan_text(text, "cairo PDF")
    pages = int(info.get("Pages", "0"))
    t.check(f"Pagina {pages} van {pages}" in text and "Pagina 1 van" in text, "page numbers in the footer")

    # --- the ODT: its zip, its XML, and LibreOffice's PDF of it
    odt = files["odt"]
    with zipfile.ZipFile(odt) as z:
        entries = z.infolist()
        t.check(entries[0].filename == "mimetype" and entries[0].compress_type == zipfile.ZIP_STORED
                and entries[0].extra == b"", "mimetype first, stored, no extra field")
        t.check(z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "mimetype text")
        t.check(z.testzip() is None, "every entry's CRC is right")
        names = z.namelist()
        for part in ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]:
            t.check(part in names, f"ODT has {part}")
            try:
                ET.fromstring(z.read(part))
                t.check(True, "")
            except ET.ParseError as e:
                t.check(False, f"{part} is well-formed XML: {e}")
        manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
        ns = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
        listed = {e.get(ns + "full-path") for e in manifest}
        t.check(listed == {"/", "content.xml", "styles.xml", "meta.xml"}, f"manifest lists the parts: {listed}")
        content = ET.fromstring(z.read("content.xml"))
        tns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
        tables = content.iter("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table")
        t.check(len(list(tables)) == 3 + 5 + 2 + 4,
                "ODT: versions, top five, budget, 5 action tables, action plan, roadmap, 4 in annex C")
        levels = [h.get(tns + "outline-level") for h in content.iter(tns + "h")]
        t.check(levels.count("2") == 11 and levels.count("1") == 1, f"ODT heading levels: {levels}")

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    t.check(soffice is not None, "LibreOffice is installed")
    if soffice:
        lo = [soffice, f"-env:UserInstallation={lo_profile}", "--headless"]
        lo_out = os.path.join(out, "lo")
        r = run(lo + ["--convert-to", "pdf", "--outdir", lo_out, odt])
        converted = os.path.join(lo_out, os.path.basename(odt)[:-4] + ".pdf")
        t.check(r.returncode == 0 and os.path.exists(converted), f"LibreOffice converts the ODT: {r.stderr}")
        if os.path.exists(converted):
            info = pdf_info(converted)
            t.check("A4" in info.get("Page size", ""), f"LibreOffice keeps A4: {info.get('Page size')}")
            check_masterplan_text(pdf_text(converted), "ODT via LibreOffice")

    # --- the CSV: what it says, and the same after a spreadsheet round trip
    def read_csv(path, sep):
        with open(path, "rb") as f:
            raw = f.read()
        t.check(raw.startswith(b"\xef\xbb\xbf"), f"{path}: UTF-8 BOM")
        return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=sep))

    rows = read_csv(files["csv"], ";")
    t.check(len(rows) == 19 and all(len(row) == 7 for row in rows), f"CSV: 19 rows of 7 columns: {len(rows)}")
    t.check(rows[0] == ["Rang", "Baan", "Positie", "Code", "Titel", "Thema", "Notitie"], f"CSV header: {rows[0]}")
    t.check([row[3] for row in rows[1:]] == RANKED + ANNEX, "CSV: cards in rank order")
    t.check([row[0] for row in rows[1:]] == [str(i) for i in range(1, 15)] + [""] * 4, "CSV: overall ranks")
    by_code = {row[3]: row for row in rows[1:]}
    for code, note in NOTES.items():
        guarded = ("'" + note) if note[0] in "=+-@" else note
        t.check(by_code[code][6] == guarded, f"CSV note of {code} survives (guarded if a formula start)")
    with open(files["csv"], "rb") as f:
        raw = f.read()
    t.check(raw.count(b"\r\n") == 19, "CSV lines end in CRLF (line breaks inside notes stay LF)")

    comma_dir = os.path.join(out, "comma")
    os.mkdir(comma_dir)
    r = export(comma_dir, "--formats", "csv", "--sep", ",")
    comma = os.path.join(comma_dir, os.path.basename(files["csv"]))
    t.check(r.returncode == 0 and read_csv(comma, ",") == rows, "CSV with ',' holds the same rows")

    if soffice:
        rt = os.path.join(out, "roundtrip")
        r = run(lo + ["--infilter=CSV:59,34,76,1", "--convert-to", "ods", "--outdir", rt, files["csv"]])
        ods = os.path.join(rt, os.path.basename(files["csv"])[:-4] + ".ods")
        t.check(r.returncode == 0 and os.path.exists(ods), f"LibreOffice reads the CSV into a spreadsheet: {r.stderr}")
        back_dir = os.path.join(rt, "back")
        r = run(lo + ["--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", back_dir, ods])
        back = os.path.join(back_dir, os.path.basename(ods)[:-4] + ".csv")
        t.check(r.returncode == 0 and os.path.exists(back), f"and writes it back as CSV: {r.stderr}")
        if os.path.exists(back):
            with open(back, encoding="utf-8-sig", newline="") as f:
                again = list(csv.reader(f, delimiter=";"))
            # LibreOffice's CSV writer drops tabs from cells; its spreadsheet
            # keeps them (checked below), so compare without them.
            def no_tabs(table):
                return [[cell.replace("\t", "") for cell in row] for row in table]
            t.check(no_tabs(again) == no_tabs(rows), "the spreadsheet round trip keeps every row and column")
            t.check(len(again) == 19 and all(len(row) == 7 for row in again), "19 rows of 7 columns after it")
            with zipfile.ZipFile(ods) as z:
                sheet = z.read("content.xml").decode("utf-8")
            t.check("&apos;<text:tab/>Opleidingsplan" in sheet, "the spreadsheet cell keeps the note's tab")
            t.check("&apos;=SOM(A1:A3)" in sheet and "table:formula" not in sheet,
                    "a note starting with '=' is text in the spreadsheet, not a formula")
            for a, b in zip(no_tabs(rows), no_tabs(again)):
                if a != b:
                    print(f"  {a!r}\n  {b!r}", file=sys.stderr)
                    break

    # --- the JSON
    with open(files["json"], encoding="utf-8") as f:
        data = json.load(f)
    errors = schema_errors(data, documented_schema())
    t.check(not errors, f"JSON follows the documented schema: {errors[:5]}")
    t.check(schema_errors({"format": "x"}, documented_schema()), "the schema check can fail")
    t.check(data["format"] == "prioriteer-priorities" and data["format_version"] == 1, "JSON format and version")
    t.check(data["generated"] == "2024-05-14T12:00:00Z" and data["language"] == "nl", "JSON time stamp and language")
    t.check(data["session"]["organisation"] == "Gemeente Zonnedorp", "JSON session metadata")
    t.check(data["deck"]["cards"] == 18 and data["deck"]["version"] == "1.0", "JSON deck")
    t.check([lane["id"] for lane in data["lanes"]] == ["nu", "straks", "later", "niet"], "JSON lanes in board order")
    cards = data["cards"]
    t.check([c["code"] for c in cards] == RANKED + ANNEX, "JSON cards in rank order")
    t.check([c["rank"] for c in cards] == list(range(1, 15)) + [None] * 4, "JSON ranks, null when unranked")
    t.check(cards[-1]["lane_id"] is None and cards[-1]["lane"] == "Niet geplaatst", "JSON: the pile")
    for c in cards:
        if c["code"] in NOTES:
            t.check(c["note"] == NOTES[c["code"]], f"JSON note of {c['code']} is exactly what was typed")
    for key in ["rank", "lane", "lane_id", "position", "code", "title", "theme", "theme_id", "note"]:
        t.check(all(key in c for c in cards), f"JSON: every card has {key}")

    # --- existing files are kept without --force
    before = {p: open(p, "rb").read() for p in files.values()}
    r = export(out)
    t.check(r.returncode == 1 and "bestaat al" in r.stderr, f"no overwrite without --force: {r.returncode} {r.stderr}")
    t.check(all(open(p, "rb").read() == b for p, b in before.items()), "the files are unchanged")
    r = export(out, "--force")
    t.check(r.returncode == 0, f"--force overwrites: {r.stderr}")

    # --- English
    en = os.path.join(out, "en")
    os.mkdir(en)
    r = export(en, "--lang", "en", "--formats", "md,pdf")
    t.check(r.returncode == 0, f"English export: {r.stderr}")
    md_en = os.path.join(en, "prioriteiten-masterplan-2025-2030-masterplan.md")
    r = run(["pandoc", "-f", "markdown", "-t", "html", md_en])
    h = Headings()
    h.feed(r.stdout)
    h2 = [text for level, text in h.items if level == 2]
    t.check(h2[:3] == ["Versions", "Management summary", "Method"] and "Annex A \u2014 Not placed and not prioritised" in h2, f"English headings: {h2}")
    text = pdf_text(os.path.join(en, "prioriteiten-masterplan-2025-2030-masterplan.pdf"))
    t.check("Page 1 of" in text and "Annex B" in text, "English PDF")
    check_per_theme(text, "Annex C", "English PDF")
finally:
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(lo_profile[len("file://"):], ignore_errors=True)

t.finish()
