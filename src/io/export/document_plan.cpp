#include "io/export/document_plan.h"

#include <algorithm>

#include "core/number_text.h"
#include "core/placeholders.h"
#include "core/strings.h"
#include "io/export/export_document.h"
#include "io/files/text_safety.h"

namespace prio {
namespace {

std::string term_words(Term term, const std::string& language)
{
    if (term.year == 0)
        return {};
    if (term.quarter == 0)
        return std::to_string(term.year);
    return fill(tr("fmt.plan.quarter", language), {{"year", std::to_string(term.year)}, {"quarter", std::to_string(term.quarter)}});
}

const char* const kStatus[] = {"plan.status.planned", "plan.status.running", "plan.status.done"};
const char* const kVersion[] = {"plan.version.draft", "plan.version.discussed", "plan.version.approved", "plan.version.adopted"};

}  // namespace

std::string euros(long long value, const std::string& language)
{
    return (language == "nl" ? "\u20AC " : "\u20AC") + grouped(value, language);
}

std::string budget_text(const DocAction& a, const std::string& language)
{
    std::string out;
    if (a.operating)
        out = fill(tr("fmt.plan.operating", language), {{"amount", euros(*a.operating, language)}});
    if (a.investment)
        out += (out.empty() ? "" : ", ") + fill(tr("fmt.plan.investment", language), {{"amount", euros(*a.investment, language)}});
    return out;
}

std::vector<std::pair<int, long long>> spread(long long amount, YearSpan years)
{
    std::vector<std::pair<int, long long>> out;
    if (years.first == 0)
        return out;
    const long long n = years.last - years.first + 1;
    for (int y = years.first; y <= years.last; ++y)
        out.push_back({y, amount / n + (y == years.first ? amount % n : 0)});
    return out;
}

DocPlan make_doc_plan(const Session& session, const std::vector<DocCard>& cards, const std::string& lang)
{
    const Plan& plan = session.board.plan;
    DocPlan out;
    out.period_set = plan.from_year > 0;
    if (out.period_set)
        out.period = std::to_string(plan.from_year) + "\u2013" + std::to_string(plan.to_year);
    for (const PlanVersion& v : plan.versions)
        out.versions.push_back({clean_text(v.number), long_date(clean_text(v.date), lang),
                                std::string(tr(kVersion[static_cast<int>(v.status)], lang)), clean_text(v.remark)});
    for (const DocCard& c : cards)
        for (const PlanAction* a : actions_of(plan, c.code)) {
            DocAction d;
            d.code = c.code;
            d.rank = c.rank;
            d.principle = fill(tr(c.rank > 0 ? "fmt.export.principle" : "fmt.export.unranked", lang),
                               {{"rank", std::to_string(c.rank)}, {"code", c.code}, {"title", c.title}});
            d.colour = c.theme_colour;
            d.what = clean_text(a->what);
            d.owner = clean_text(a->owner);
            std::string from = term_words(a->start, lang), to = term_words(a->end, lang);
            d.term = from.empty() ? to : to.empty() || to == from ? from : from + " \u2013 " + to;
            d.years = action_years(*a);
            d.operating = a->operating;
            d.investment = a->investment;
            d.status = tr(kStatus[static_cast<int>(a->status)], lang);
            out.actions.push_back(std::move(d));
        }
    // The roadmap's years: the plan period, or else the years the actions name.
    if (out.period_set) {
        out.from_year = plan.from_year;
        out.to_year = plan.to_year;
    } else {
        for (const DocAction& a : out.actions)
            if (a.years.first > 0) {
                out.from_year = out.from_year == 0 ? a.years.first : std::min(out.from_year, a.years.first);
                out.to_year = std::max(out.to_year, a.years.last);
            }
    }
    for (int y = out.from_year; y > 0 && y <= out.to_year; ++y)
        out.budget.push_back({std::to_string(y), 0, 0});
    DocBudgetYear none{std::string(tr("plan.no_term", lang)), 0, 0};
    DocBudgetYear outside{std::string(tr("plan.outside_period", lang)), 0, 0};
    for (const DocAction& a : out.actions) {
        out.operating += a.operating.value_or(0);
        out.investment += a.investment.value_or(0);
        auto add = [&](long long amount, long long DocBudgetYear::*field) {
            if (a.years.first == 0) {
                none.*field += amount;
                return;
            }
            for (auto [year, part] : spread(amount, a.years)) {
                if (year >= out.from_year && year <= out.to_year)
                    out.budget[static_cast<std::size_t>(year - out.from_year)].*field += part;
                else
                    outside.*field += part;
            }
        };
        add(a.operating.value_or(0), &DocBudgetYear::operating);
        add(a.investment.value_or(0), &DocBudgetYear::investment);
    }
    if (outside.operating + outside.investment > 0)
        out.budget.push_back(outside);
    if (none.operating + none.investment > 0)
        out.budget.push_back(none);
    return out;
}

}  // namespace prio
