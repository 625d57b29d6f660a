"""Actions typed in the real window under Xvfb: K1 goes to the first lane
(whose deck term is the plan's first year), is opened large (Enter), and
"Add action" is clicked twice; each time the new action's first field has
the keyboard and its fields are typed with Tab between them and Enter at the
end. The session is saved (Ctrl+S) and exported from the command line: the
masterplan's action plan lists both actions, and the action plan's CSV sums
their budgets."""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, private_home, run, temp_dir  # noqa: E402
from sessions import Geometry, centre, kill_if_running, quit_program, save_as, screenshot, start, window_origin, write_deck, xdo  # noqa: E402

ACTIONS = [("Laadpalen plaatsen", "Dienst mobiliteit", "2026-K2", "2027-K4", "15.000"),
           ("Deelwagens", "Omgeving", "2027-K1", "2028-K4", "8000")]

t = Checks()
work = temp_dir()
deck = os.path.join(work, "deck.yaml")
write_deck(deck)
with open(deck, encoding="utf-8") as f:
    text = f.read()
with open(deck, "w", encoding="utf-8") as f:
    f.write(text.replace("  - id: nu\n    title: Nu\n", "  - id: nu\n    title: Nu\n    term: \"1\"\n"))

with Xvfb(1600, 900) as x:
    env = dict(x.env, **private_home(work))
    geometry = Geometry(os.path.join(work, "geometry.txt"))
    app, window = start(env, deck, "--geometry-out", geometry.path)
    try:
        ox, oy = window_origin(env, window)
        xdo(env, "key", "Tab")
        geometry.selected("K1")
        xdo(env, "key", "1")  # K1 into the first lane
        xdo(env, "key", "Return")
        geometry.wait("K1 large", lambda g: g["open"] == "K1" and g["typing"])
        for n, (what, owner, start_term, end_term, budget) in enumerate(ACTIONS):
            g = geometry.wait("the Add action button", lambda g: g["add_action"] is not None and g["add_action"][2] > 0)
            bx, by = centre(g["add_action"])
            xdo(env, "mousemove", str(ox + bx), str(oy + by))
            xdo(env, "click", "1")
            geometry.wait(f"action {n + 1} added, its first field typing", lambda g: g["actions"] == n + 1 and g["typing"])
            for i, value in enumerate((what, owner, start_term, end_term, budget)):
                if i > 0:
                    xdo(env, "key", "Tab")  # Tab selects the next field's text: typing replaces it
                xdo(env, "type", "--delay", "30", value)  # at once after the Tab: no character is lost
            if n == 1:
                # On past the investment to the status, which Space steps on: gepland -> lopend.
                xdo(env, "key", "Tab", "Tab", "space")
            xdo(env, "key", "Return")
            geometry.wait(f"action {n + 1}'s typing ended", lambda g: not g["typing"])
        shot = os.path.join(work, "actions.png")
        screenshot(env, shot)
        print(f"screenshot of the focus view with two actions: {shot}")
        xdo(env, "key", "Escape")
        geometry.wait("the card closed", lambda g: g["open"] is None and not g["popup"])
        saved = save_as(env, work, "plan", geometry)
        t.check(os.path.exists(saved), f"saved: {saved}")
        quit_program(env, app, geometry)
    finally:
        kill_if_running(app)

text = open(saved, encoding="utf-8").read()
t.check("format: 5\n" in text and "plan:\n" in text, "the file is format 5 with a plan section")
out = os.path.join(work, "export")
os.mkdir(out)
r = run("export", saved, "--format", "md,plan-csv", "-o", out)
t.check(r.returncode == 0, f"export: {r.returncode} {r.stderr}")
written = sorted(os.listdir(out))
t.check(written == ["actieplan.csv", "masterplan.md"], f"an untitled session's files: {written}")
md = open(os.path.join(out, "masterplan.md"), encoding="utf-8").read()
plan = md[md.find("## Actieplan"):md.find("## Roadmap")]
for what, owner, *_ in ACTIONS:
    t.check(what in plan and owner in plan, f"the action plan lists {what!r} with its owner {owner!r}")
t.check("2026 K2 \u2013 2027 K4" in plan, f"the first action's term as typed: {plan[:600]}")
with open(os.path.join(out, "actieplan.csv"), encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
t.check(len(rows) == 4 and rows[1][2] == ACTIONS[0][0] and rows[1][7] == "15000", f"the plan's CSV: {rows}")
t.check(rows[-1][0] == "Totaal" and rows[-1][7] == "23000", f"the budgets summed: {rows[-1]}")
status = rows[0].index("Status") if "Status" in rows[0] else -1
t.check(status >= 0 and [r[status] for r in rows[1:3]] == ["gepland", "lopend"],
        f"the second action's status stepped with Tab and Space in the real window: {rows[:3]}")
t.finish()
