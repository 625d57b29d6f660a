// The plan's edits: actions and the plan's frame. Each checks its values and
// refuses what would leave the plan inconsistent, and returns its inverse.
#include "core/edit.h"

#include <algorithm>

namespace prio {
namespace {

Applied refuse(Refusal why) { return Applied{why, {}}; }
Applied done(Edit inverse) { return Applied{Refusal::None, std::move(inverse)}; }

bool valid_version(const PlanVersion& v)
{
    return !v.number.empty();
}

}  // namespace

Applied apply_plan_edit(const Deck& deck, Plan& plan, const AddAction& e)
{
    if (e.action.id.empty() || find_action(plan, e.action.id) >= 0)
        return refuse(Refusal::BadValue);
    if (find_card(deck, e.action.card) < 0)
        return refuse(Refusal::UnknownCard);
    if (e.index < 0 || e.index > static_cast<int>(plan.actions.size()))
        return refuse(Refusal::BadIndex);
    if (!valid_action_values(e.action))
        return refuse(Refusal::BadValue);
    plan.actions.insert(plan.actions.begin() + e.index, e.action);
    return done(RemoveAction{e.action.id});
}

Applied apply_plan_edit(const Deck&, Plan& plan, const RemoveAction& e)
{
    int at = find_action(plan, e.action);
    if (at < 0)
        return refuse(Refusal::BadValue);
    AddAction inverse{plan.actions[static_cast<std::size_t>(at)], at};
    plan.actions.erase(plan.actions.begin() + at);
    return done(std::move(inverse));
}

// An action may move to another principle of the deck (typed in the wrong
// card's focus view, or a better home found in the discussion).
Applied apply_plan_edit(const Deck& deck, Plan& plan, const SetAction& e)
{
    int at = find_action(plan, e.action.id);
    if (at < 0)
        return refuse(Refusal::BadValue);
    PlanAction& action = plan.actions[static_cast<std::size_t>(at)];
    if (find_card(deck, e.action.card) < 0)
        return refuse(Refusal::UnknownCard);
    if (!valid_action_values(e.action))
        return refuse(Refusal::BadValue);
    if (e.action == action)
        return refuse(Refusal::NoChange);
    SetAction inverse{action};
    action = e.action;
    return done(std::move(inverse));
}

Applied apply_plan_edit(const Deck&, Plan& plan, const SetPlanPeriod& e)
{
    bool cleared = e.from_year == 0 && e.to_year == 0;
    if (!cleared && (e.from_year < kMinPlanYear || e.to_year > kMaxPlanYear || e.to_year < e.from_year ||
                     e.to_year - e.from_year >= kMaxPlanYears))
        return refuse(Refusal::BadValue);
    if (plan.from_year == e.from_year && plan.to_year == e.to_year)
        return refuse(Refusal::NoChange);
    SetPlanPeriod inverse{plan.from_year, plan.to_year};
    plan.from_year = e.from_year;
    plan.to_year = e.to_year;
    return done(inverse);
}

Applied apply_plan_edit(const Deck&, Plan& plan, const AddVersion& e)
{
    if (!valid_version(e.version))
        return refuse(Refusal::BadValue);
    if (std::any_of(plan.versions.begin(), plan.versions.end(), [&](const PlanVersion& v) { return v.number == e.version.number; }))
        return refuse(Refusal::BadValue);
    plan.versions.push_back(e.version);
    return done(DropVersion{e.version});
}

Applied apply_plan_edit(const Deck&, Plan& plan, const DropVersion& e)
{
    if (plan.versions.empty() || plan.versions.back() != e.version)
        return refuse(Refusal::BadValue);
    plan.versions.pop_back();
    return done(AddVersion{e.version});
}

}  // namespace prio
