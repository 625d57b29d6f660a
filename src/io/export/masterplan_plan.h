#pragma once
// The masterplan's plan parts (masterplan_plan.cpp), for compose_masterplan.
#include "io/export/export_document.h"
#include "io/export/report.h"

namespace prio {

// The version trail on the title page ("no versions yet" when empty).
void plan_title_page(ReportBuilder& out, const Document& doc);
// One page: the top principles, the number of actions, the budget per year.
void management_summary(ReportBuilder& out, const Document& doc);
// A principle's actions as Actie / Eigenaar / Termijn / Budget; "no actions
// yet" when it has none and `say_none`.
void principle_actions(ReportBuilder& out, const Document& doc, const DocCard& card, bool say_none);
// Every action grouped by principle, in priority order.
void action_plan(ReportBuilder& out, const Document& doc);
// One column per year of the plan, a row per action, its years filled.
block::Table roadmap_table(const Document& doc);
void roadmap(ReportBuilder& out, const Document& doc);

}  // namespace prio
