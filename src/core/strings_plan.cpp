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

    // --- the decision log in the exports
    {"fmt.export.log_plan", "Aan het plan (acties, planperiode, versies): {count} wijzigingen.",
     "To the plan (actions, plan period, versions): {count} changes."},
};

}  // namespace

std::span<const TextEntry> plan_texts() { return kTable; }

}  // namespace prio
