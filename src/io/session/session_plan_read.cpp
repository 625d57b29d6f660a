// The plan section of a session file and the action maps the decision log
// shares with it (format 5). An action must name a card of the session's
// deck; ids and version numbers are unique; terms and budgets are checked
// as the edits check them, so whatever opens can be edited again.
#include <unordered_set>

#include "io/deck/deck_checks.h"
#include "io/session/session_extras.h"

namespace prio {
namespace {

using yaml::Node;

Term read_term(yaml::Reader& r, const Node& map, const char* key, const Phrase& where)
{
    std::string text = optional_field(r, map, key, where);
    std::optional<Term> term = parse_term(text);
    if (!term) {
        r.error(*yaml::find(map, key), phrase("fmt.diag.plan.term", {{"what", field_of(key, where)}, {"found", quoted(text)}}));
        return {};
    }
    return *term;
}

std::optional<long long> read_budget(yaml::Reader& r, const Node& map, const char* key, const Phrase& where)
{
    const Node* node = r.field(map, key, false, where);
    if (!node || node->kind == Node::Kind::Null)
        return std::nullopt;
    return r.integer(*node, field_of(key, where), 0, kMaxBudget);
}

int read_year(yaml::Reader& r, const Node& map, const char* key, const Phrase& where)
{
    const Node* node = r.field(map, key, false, where);
    if (!node)
        return 0;
    long long year = r.integer(*node, field_of(key, where), 0, kMaxPlanYear).value_or(0);
    if (year != 0 && year < kMinPlanYear) {
        r.error(*node, phrase("fmt.diag.plan.year", {{"what", field_of(key, where)}, {"found", yaml::describe(*node)}}));
        return 0;
    }
    return static_cast<int>(year);
}

// A word of the format's own (a status), read with `from`; `message` when it is none of them.
template <class T>
T read_word(yaml::Reader& r, const Node& map, const Phrase& where, std::optional<T> (*from)(std::string_view), const char* message)
{
    const Node* node = r.field(map, "status", true, where);
    if (!node)
        return T{};
    std::optional<T> value = node->kind == Node::Kind::Scalar ? from(node->scalar) : std::nullopt;
    if (!value)
        r.error(*node, phrase(message, {{"what", field_of("status", where)}, {"found", yaml::describe(*node)}}));
    return value.value_or(T{});
}

}  // namespace

PlanAction read_action(yaml::Reader& r, const Node& map, const Phrase& where)
{
    r.unknown_keys(map, {"id", "card", "what", "owner", "start", "end", "operating", "investment", "status"}, where);
    PlanAction action;
    action.id = required_text(r, map, "id", where);
    action.card = required_text(r, map, "card", where);
    action.what = optional_field(r, map, "what", where);
    action.owner = optional_field(r, map, "owner", where);
    action.start = read_term(r, map, "start", where);
    action.end = read_term(r, map, "end", where);
    action.operating = read_budget(r, map, "operating", where);
    action.investment = read_budget(r, map, "investment", where);
    action.status = read_word(r, map, where, action_status_from, "fmt.diag.plan.action_status");
    return action;
}

PlanVersion read_version_fields(yaml::Reader& r, const Node& map, const Phrase& where, const char* number_key)
{
    r.unknown_keys(map, {number_key, "date", "status", "remark"}, where);
    PlanVersion version;
    version.number = required_text(r, map, number_key, where);
    version.date = optional_field(r, map, "date", where);
    version.remark = optional_field(r, map, "remark", where);
    version.status = read_word(r, map, where, plan_status_from, "fmt.diag.plan.version_status");
    return version;
}

void read_plan(yaml::Reader& r, const Node& root, const Deck& deck, Plan& plan)
{
    const Node* node = r.field(root, "plan", false, phrase("diag.where.session"));
    const Phrase where = verbatim("plan");
    if (!node || node->kind == Node::Kind::Null || !r.expect(*node, Node::Kind::Map, where))
        return;
    r.unknown_keys(*node, {"from", "to", "versions", "actions"}, where);
    plan.from_year = read_year(r, *node, "from", where);
    plan.to_year = read_year(r, *node, "to", where);
    if (plan.to_year < plan.from_year || plan.to_year - plan.from_year >= kMaxPlanYears || (plan.from_year == 0) != (plan.to_year == 0)) {
        r.error(*node, phrase("fmt.diag.plan.period", {{"from", number(plan.from_year)}, {"to", number(plan.to_year)}}));
        plan.from_year = plan.to_year = 0;
    }
    if (const Node* list = r.field(*node, "versions", false, where);
        list && list->kind != Node::Kind::Null && r.expect(*list, Node::Kind::Sequence, field_of("versions", where))) {
        std::unordered_set<std::string> numbers;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase item = phrase("fmt.diag.plan.version", {{"number", number(static_cast<long long>(i) + 1)}});
            if (!r.expect(list->items[i], Node::Kind::Map, item))
                continue;
            PlanVersion version = read_version_fields(r, list->items[i], item, "number");
            if (!version.number.empty() && !numbers.insert(version.number).second)
                r.error(list->items[i], phrase("fmt.diag.plan.version_twice", {{"id", quoted(version.number)}}));
            plan.versions.push_back(std::move(version));
        }
    }
    if (const Node* list = r.field(*node, "actions", false, where);
        list && list->kind != Node::Kind::Null && r.expect(*list, Node::Kind::Sequence, field_of("actions", where))) {
        std::unordered_set<std::string> ids;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase item = phrase("fmt.diag.plan.action", {{"number", number(static_cast<long long>(i) + 1)}});
            if (!r.expect(list->items[i], Node::Kind::Map, item))
                continue;
            PlanAction action = read_action(r, list->items[i], item);
            if (!action.id.empty() && !ids.insert(action.id).second)
                r.error(list->items[i], phrase("fmt.diag.plan.action_twice", {{"id", quoted(action.id)}}));
            if (!action.card.empty() && find_card(deck, action.card) < 0)
                r.error(list->items[i], phrase("fmt.diag.session.unknown_card", {{"id", quoted(action.card)}, {"where", item}}));
            plan.actions.push_back(std::move(action));
        }
    }
}

}  // namespace prio
