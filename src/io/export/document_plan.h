#pragma once
// The plan in the masterplan's words: the actions in priority order with
// their terms and budgets as text, the plan period, the version trail, and
// the budget per year (io/export/document_plan.cpp).
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"

namespace prio {

struct DocAction {
    std::string code;        // the principle's code
    std::string principle;   // "3. K1 — Title" or "K1 — Title" when unranked
    int rank = 0;            // of the principle; 0 when unranked
    Colour colour{128, 128, 128};  // the principle's theme
    std::string what;        // "" shown as work to do
    std::string owner;       // "" shown as work to do
    std::string term;        // "2026 K1 – 2027 K4", "" when none
    YearSpan years;
    std::optional<long long> operating, investment;  // whole euros
    std::string status;      // "gepland"
};

struct DocBudgetYear {
    std::string label;  // "2026", or "zonder termijn"
    long long operating = 0, investment = 0;
};

struct DocPlan {
    int from_year = 0, to_year = 0;  // the roadmap's years: the plan period, else the actions' years; 0: none
    bool period_set = false;
    std::string period;              // "2026–2031", "" when not set
    std::vector<std::vector<std::string>> versions;  // number, date, status, remark
    std::vector<DocAction> actions;  // the principles' order (ranked first), each principle's in plan order
    std::vector<DocBudgetYear> budget;  // per year of the roadmap, then one for actions with no term
    long long operating = 0, investment = 0;  // totals
};

struct DocCard;

// `cards` are the document's rows (every card in ranking order).
DocPlan make_doc_plan(const Session& session, const std::vector<DocCard>& cards, const std::string& language);

// Whole euros as the reader writes them: "€ 1.250.000" / "€1,250,000".
std::string euros(long long value, const std::string& language);
std::string budget_text(const DocAction& action, const std::string& language);

// How an action's budget falls over its years: evenly, whole euros, the
// remainder in its first year. An action with no term is not spread.
std::vector<std::pair<int, long long>> spread(long long amount, YearSpan years);

}  // namespace prio
