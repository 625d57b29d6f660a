// The plan in a session file: the "plan:" section (period, version trail,
// actions) and the plan's edits in the decision log (format 5).
#include "io/session/session_emit.h"
#include "io/session/session_yaml.h"

namespace prio::session_emit {

void action_map(Emitter& out, const PlanAction& action)
{
    out.begin_map(true);
    key_text(out, "id", action.id);
    key_text(out, "card", action.card);
    key_text(out, "what", action.what);
    key_text(out, "owner", action.owner);
    key_text(out, "start", term_text(action.start));
    key_text(out, "end", term_text(action.end));
    if (action.operating)
        key_value(out, "operating", *action.operating);
    if (action.investment)
        key_value(out, "investment", *action.investment);
    key_word(out, "status", action_status_name(action.status));
    out.end_map();
}

void version_fields(Emitter& out, const PlanVersion& version)
{
    key_text(out, "date", version.date);
    key_word(out, "status", plan_status_name(version.status));
    key_text(out, "remark", version.remark);
}

namespace {

void period_map(Emitter& out, int from, int to)
{
    out.begin_map(true);
    key_value(out, "from", from);
    key_value(out, "to", to);
    out.end_map();
}

}  // namespace

void write_plan(Emitter& out, const Plan& plan)
{
    out.scalar("plan");
    out.begin_map(false);
    key_value(out, "from", plan.from_year);
    key_value(out, "to", plan.to_year);
    out.scalar("versions");
    out.begin_seq(plan.versions.empty());
    for (const PlanVersion& version : plan.versions) {
        out.begin_map(true);
        key_text(out, "number", version.number);
        version_fields(out, version);
        out.end_map();
    }
    out.end_seq();
    out.scalar("actions");
    out.begin_seq(plan.actions.empty());
    for (const PlanAction& action : plan.actions)
        action_map(out, action);
    out.end_seq();
    out.end_map();
}

void plan_edit_entry(Emitter& out, const AddAction& e, const Edit&)
{
    key_text(out, edit_key(EditTag<AddAction>{}), e.action.id);
    key_value(out, "at", e.index);
    out.scalar("action");
    action_map(out, e.action);
}

void plan_edit_entry(Emitter& out, const RemoveAction& e, const Edit& reverse)
{
    key_text(out, edit_key(EditTag<RemoveAction>{}), e.action);
    if (const auto* back = std::get_if<AddAction>(&reverse)) {
        key_value(out, "at", back->index);
        out.scalar("action");
        action_map(out, back->action);
    }
}

void plan_edit_entry(Emitter& out, const SetAction& e, const Edit& reverse)
{
    key_text(out, edit_key(EditTag<SetAction>{}), e.action.id);
    if (const auto* back = std::get_if<SetAction>(&reverse)) {
        out.scalar("from");
        action_map(out, back->action);
    }
    out.scalar("to");
    action_map(out, e.action);
}

void plan_edit_entry(Emitter& out, const SetPlanPeriod& e, const Edit& reverse)
{
    const auto* back = std::get_if<SetPlanPeriod>(&reverse);
    out.scalar(edit_key(EditTag<SetPlanPeriod>{}));
    period_map(out, e.from_year, e.to_year);
    out.scalar("before");
    period_map(out, back ? back->from_year : 0, back ? back->to_year : 0);
}

void plan_edit_entry(Emitter& out, const AddVersion& e, const Edit&)
{
    key_text(out, edit_key(EditTag<AddVersion>{}), e.version.number);
    version_fields(out, e.version);
}

void plan_edit_entry(Emitter& out, const DropVersion& e, const Edit&)
{
    key_text(out, edit_key(EditTag<DropVersion>{}), e.version.number);
    version_fields(out, e.version);
}

}  // namespace prio::session_emit
