// From priorities to a plan: actions in the focus view, the plan's frame in
// the session details, and the plan's parts of the masterplan and the
// action plan spreadsheet.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    // --- words of the model
    {"plan.status.planned", "gepland", "planned"},
    {"plan.status.running", "lopend", "running"},
    {"plan.status.done", "afgerond", "done"},
    {"plan.version.draft", "ontwerp", "draft"},
    {"plan.version.discussed", "besproken in MAT", "discussed by the management team"},
    {"plan.version.approved", "goedgekeurd door college", "approved by the college"},
    {"plan.version.adopted", "vastgesteld door raad", "adopted by the council"},
    {"fmt.plan.quarter", "{year} K{quarter}", "{year} Q{quarter}"},

    // --- the focus view
    {"plan.actions", "Acties", "Actions"},
    {"plan.no_actions", "Nog geen acties.", "No actions yet."},
    {"plan.add_action", "Actie toevoegen", "Add action"},
    {"plan.remove_action", "Verwijderen", "Remove"},
    {"plan.what", "Wat", "What"},
    {"plan.owner", "Eigenaar", "Owner"},
    {"plan.start", "Start", "Start"},
    {"plan.end", "Einde", "End"},
    {"plan.term_hint", "jaar-K1..K4, bv. 2026-K1", "year-Q1..Q4, e.g. 2026-Q1"},
    {"plan.operating", "Exploitatie (\u20ac)", "Operating (\u20ac)"},
    {"plan.investment", "Investering (\u20ac)", "Investment (\u20ac)"},
    {"plan.status", "Status", "Status"},
    {"plan.bad_value", "Die waarde kan niet: een termijn is jaar-K1..K4, een budget een heel bedrag in euro.",
     "That value cannot be: a term is year-Q1..Q4, a budget a whole amount in euros."},

    // --- the session details
    {"plan.frame", "Plan", "Plan"},
    {"plan.period_from", "Planperiode van", "Plan period from"},
    {"plan.period_to", "tot en met", "to"},
    {"plan.versions", "Versies", "Versions"},
    {"plan.version_number", "Versie", "Version"},
    {"plan.version_date", "Datum", "Date"},
    {"plan.version_status", "Status", "Status"},
    {"plan.version_remark", "Opmerking", "Remark"},
    {"plan.add_version", "Versie toevoegen", "Add version"},

    // --- the masterplan and the action plan
    {"fmt.plan.operating", "exploitatie {amount}", "operating {amount}"},
    {"fmt.plan.investment", "investering {amount}", "investment {amount}"},
    {"plan.no_term", "zonder termijn", "no term"},
    {"plan.outside_period", "buiten de planperiode", "outside the plan period"},
    {"plan.no_owner", "\u26A0 eigenaar ontbreekt", "\u26A0 no owner yet"},
    {"plan.no_what", "\u26A0 actie nog te beschrijven", "\u26A0 action still to be described"},
    {"plan.no_actions_yet", "Nog geen acties: vul aan welke acties dit principe waarmaken, met eigenaar, termijn en budget.",
     "No actions yet: add the actions that carry this principle out, with owner, term and budget."},
    {"export.col.budget", "Budget", "Budget"},
    {"export.dialog.plan", "Actieplan", "Action plan"},
    {"export.dialog.ods", "Rekenblad voor Calc en Excel (.ods)", "Spreadsheet for Calc and Excel (.ods)"},
    {"export.dialog.plan-csv", "CSV (.csv)", "CSV (.csv)"},
    {"export.col.status", "Status", "Status"},
    {"export.col.operating", "Exploitatie", "Operating"},
    {"export.col.investment", "Investering", "Investment"},
    {"export.col.year", "Jaar", "Year"},
    {"export.col.total", "Totaal", "Total"},
    {"export.versions", "Versiebeheer", "Versions"},
    {"export.versions_none", "Nog geen versies: voeg er een toe in de sessiegegevens.",
     "No versions yet: add one in the session details."},
    {"export.summary", "Managementsamenvatting", "Management summary"},
    {"fmt.export.summary",
     "De groep rangschikte {ranked} van de {count} principes. Voor de planperiode {period} staan {actions} acties op het plan, "
     "voor een budget van {operating} exploitatie en {investment} investering.",
     "The group ranked {ranked} of the {count} principles. For the plan period {period} the plan holds {actions} actions, "
     "with a budget of {operating} operating and {investment} investment."},
    {"export.period_none", "(nog niet vastgelegd)", "(not set yet)"},
    {"export.top_principles", "De hoogste prioriteiten:", "The highest priorities:"},
    {"export.budget_per_year", "Budget per jaar", "Budget per year"},
    {"export.budget_spread", "Het budget van een actie over meerdere jaren is gelijk over die jaren verdeeld.",
     "An action's budget over several years is spread evenly over those years."},
    {"export.action_plan", "Actieplan", "Action plan"},
    {"export.action_plan_intro", "Alle acties, per principe in volgorde van prioriteit, met eigenaar, termijn en budget.",
     "Every action, principle by principle in order of priority, with owner, term and budget."},
    {"export.action_plan_none", "Nog geen acties: voeg ze toe in de focusweergave van elk principe.",
     "No actions yet: add them in each principle's focus view."},
    {"export.roadmap", "Roadmap", "Roadmap"},
    {"export.roadmap_intro", "Per actie de jaren waarin ze loopt, van start tot einde.",
     "For each action the years it runs, from start to end."},
    {"export.roadmap_none", "Nog geen roadmap: geef de acties een termijn, of het plan een planperiode.",
     "No roadmap yet: give the actions a term, or the plan a period."},
    {"export.roadmap_no_term", "geen termijn", "no term"},
    {"plan.card", "Principe", "Principle"},
    {"plan.card_hint", "Typ de code van een ander principe om de actie daarheen te verplaatsen",
     "Type another principle's code to move the action there"},
    {"fmt.plan.no_such_card", "\u201E{code}\u201D is geen principe van deze kaartenset", "\u201C{code}\u201D is no principle of this deck"},
    {"fmt.plan.moved", "Actie verplaatst naar {code} \u2014 {title}", "Action moved to {code} \u2014 {title}"},
    {"plan.status_keys", "Spatie of pijltjes: een andere status; klik voor de lijst",
     "Space or the arrow keys: another status; click for the list"},
    {"export.board_picture", "Het bord zoals de groep het achterliet", "The board as the group left it"},
    {"export.and", "en", "and"},
    {"fmt.export.method_participants", "Deelnemers: {participants}.", "Participants: {participants}."},
    {"fmt.export.method_facilitator", "Begeleiding: {facilitator}.", "Facilitated by {facilitator}."},
    {"export.method_nobody", "De sessiegegevens noemen nog geen deelnemers of begeleider.",
     "The session details name no participants or facilitator yet."},
    {"fmt.export.method_date", "De workshop vond plaats op {date}.", "The workshop took place on {date}."},
    {"fmt.export.method_days", "Het bord werd gewijzigd op {days}.", "The board was changed on {days}."},
    {"fmt.export.method_days_span", "Het bord werd gewijzigd op {count} dagen, van {first} tot {last}.",
     "The board was changed on {count} days, from {first} to {last}."},

};

}  // namespace

std::span<const TextEntry> plan_texts() { return kTable; }

}  // namespace prio
