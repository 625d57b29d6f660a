#include "core/plan.h"

#include <algorithm>
#include <charconv>

namespace prio {
namespace {

std::optional<int> whole(std::string_view text)
{
    int value = 0;
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

}  // namespace

std::string_view action_status_name(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return "planned";
    case ActionStatus::Running: return "running";
    case ActionStatus::Done: return "done";
    }
    return "planned";
}

std::optional<ActionStatus> action_status_from(std::string_view name)
{
    for (ActionStatus s : {ActionStatus::Planned, ActionStatus::Running, ActionStatus::Done})
        if (action_status_name(s) == name)
            return s;
    return std::nullopt;
}

std::string_view plan_status_name(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return "draft";
    case PlanStatus::Discussed: return "discussed";
    case PlanStatus::Approved: return "approved";
    case PlanStatus::Adopted: return "adopted";
    }
    return "draft";
}

std::optional<PlanStatus> plan_status_from(std::string_view name)
{
    for (PlanStatus s : {PlanStatus::Draft, PlanStatus::Discussed, PlanStatus::Approved, PlanStatus::Adopted})
        if (plan_status_name(s) == name)
            return s;
    return std::nullopt;
}

std::string term_text(Term term)
{
    if (term.year == 0)
        return {};
    std::string text = std::to_string(term.year);
    if (term.quarter > 0)
        text += "-K" + std::to_string(term.quarter);
    return text;
}

std::optional<Term> parse_term(std::string_view text)
{
    if (text.empty())
        return Term{};
    Term term;
    std::size_t dash = text.find('-');
    std::optional<int> year = whole(text.substr(0, dash));
    if (!year)
        return std::nullopt;
    term.year = *year;
    if (dash != std::string_view::npos) {
        std::string_view q = text.substr(dash + 1);
        if (q.size() != 2 || (q[0] != 'K' && q[0] != 'k' && q[0] != 'Q' && q[0] != 'q') || q[1] < '1' || q[1] > '4')
            return std::nullopt;
        term.quarter = q[1] - '0';
    }
    if (!valid_term(term))
        return std::nullopt;
    return term;
}

std::string lane_term_text(LaneTerm term)
{
    if (term.first == 0)
        return {};
    if (term.first == term.last)
        return std::to_string(term.first);
    return std::to_string(term.first) + "-" + std::to_string(term.last);
}

std::optional<LaneTerm> parse_lane_term(std::string_view text)
{
    std::size_t dash = text.find('-');
    std::optional<int> first = whole(text.substr(0, dash));
    std::optional<int> last = dash == std::string_view::npos ? first : whole(text.substr(dash + 1));
    if (!first || !last || *first < 1 || *last < *first || *last > kMaxPlanYears)
        return std::nullopt;
    return LaneTerm{*first, *last};
}

bool valid_term(Term term)
{
    if (term.year == 0)
        return term.quarter == 0;
    return term.year >= kMinPlanYear && term.year <= kMaxPlanYear && term.quarter >= 0 && term.quarter <= 4;
}

bool valid_action_values(const PlanAction& action)
{
    auto budget_ok = [](const std::optional<long long>& b) { return !b || (*b >= 0 && *b <= kMaxBudget); };
    return valid_term(action.start) && valid_term(action.end) && budget_ok(action.operating) && budget_ok(action.investment);
}

void default_term(LaneTerm term, int from_year, PlanAction& action)
{
    if (term.first == 0 || from_year == 0)
        return;
    action.start = Term{from_year + term.first - 1, 1};
    action.end = Term{from_year + term.last - 1, 4};
}

std::string fresh_action_id(const Plan& plan)
{
    int highest = 0;
    for (const PlanAction& action : plan.actions)
        if (action.id.size() > 1 && action.id[0] == 'a')
            if (std::optional<int> n = whole(std::string_view(action.id).substr(1)))
                highest = std::max(highest, *n);
    return "a" + std::to_string(highest + 1);
}

int find_action(const Plan& plan, std::string_view id)
{
    for (std::size_t i = 0; i < plan.actions.size(); ++i)
        if (plan.actions[i].id == id)
            return static_cast<int>(i);
    return -1;
}

std::vector<const PlanAction*> actions_of(const Plan& plan, std::string_view card)
{
    std::vector<const PlanAction*> out;
    for (const PlanAction& action : plan.actions)
        if (action.card == card)
            out.push_back(&action);
    return out;
}

YearSpan action_years(const PlanAction& action)
{
    int first = action.start.year, last = action.end.year;
    if (first == 0 && last == 0)
        return {};
    if (first == 0)
        first = last;
    if (last == 0)
        last = first;
    if (last < first)
        std::swap(first, last);
    return {first, last};
}

std::string action_text_key(std::string_view action, ActionText field)
{
    return std::string(action) + "/" + std::string(kActionTextNames[static_cast<int>(field)]);
}

std::optional<ActionTextRef> find_action_text(const Plan& plan, std::string_view key)
{
    std::size_t slash = key.rfind('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    int action = find_action(plan, key.substr(0, slash));
    if (action < 0)
        return std::nullopt;
    for (int f = 0; f < static_cast<int>(std::size(kActionTextNames)); ++f)
        if (key.substr(slash + 1) == kActionTextNames[f])
            return ActionTextRef{action, static_cast<ActionText>(f)};
    return std::nullopt;
}

}  // namespace prio
