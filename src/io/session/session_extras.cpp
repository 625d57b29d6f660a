#include "io/session/session_extras.h"

#include <algorithm>
#include <string>

#include "io/deck/deck_checks.h"

namespace prio {
namespace {

using yaml::Node;

}  // namespace

bool is_digits(std::string_view s)
{
    return !s.empty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string required_text(yaml::Reader& r, const Node& map, const char* key, const Phrase& where)
{
    const Node* node = r.field(map, key, true, where);
    return node ? r.text(*node, field_of(key, where)).value_or("") : std::string();
}

std::string optional_text(yaml::Reader& r, const Node& node, const Phrase& what)
{
    if (node.kind == Node::Kind::Null)
        return {};
    return r.text(node, what).value_or("");
}

std::string optional_field(yaml::Reader& r, const Node& map, const char* key, const Phrase& where, bool required)
{
    const Node* node = r.field(map, key, required, where);
    return node ? optional_text(r, *node, field_of(key, where)) : std::string();
}

void read_metadata(yaml::Reader& r, const Node& root, SessionMeta& m)
{
    const Node* meta = r.field(root, "metadata", false, phrase("diag.where.session"));
    const Phrase where = verbatim("metadata");
    if (!meta || meta->kind == Node::Kind::Null || !r.expect(*meta, Node::Kind::Map, where))
        return;
    r.unknown_keys(*meta, {"organisation", "title", "facilitator", "participants", "date", "remarks", "inhabitants", "segment"},
                   where);
    m.organisation = optional_field(r, *meta, "organisation", where);
    m.title = optional_field(r, *meta, "title", where);
    m.facilitator = optional_field(r, *meta, "facilitator", where);
    m.participants = optional_field(r, *meta, "participants", where);
    m.date = optional_field(r, *meta, "date", where);
    m.remarks = optional_field(r, *meta, "remarks", where);
    constexpr long long kMaxInhabitants = 100000000;
    if (const Node* inhabitants = r.field(*meta, "inhabitants", false, where))
        m.inhabitants = r.integer(*inhabitants, phrase("fmt.diag.in", {{"key", verbatim("inhabitants")}, {"where", where}}), 0, kMaxInhabitants).value_or(0);
    m.segment = optional_field(r, *meta, "segment", where);
}

Draft read_draft(yaml::Reader& r, const Node& root, const Session& session)
{
    const Node* node = r.field(root, "draft", false, phrase("diag.where.session"));
    const Phrase where = verbatim("draft");
    if (!node || node->kind == Node::Kind::Null || !r.expect(*node, Node::Kind::Map, where))
        return {};
    r.unknown_keys(*node, {"field", "target", "text"}, where);
    Draft draft{optional_field(r, *node, "field", where), optional_field(r, *node, "target", where),
                optional_field(r, *node, "text", where)};
    bool fits = (draft.field == "note" && find_card(session.deck, draft.target) >= 0) ||
                (draft.field == "lane" && find_lane(session.board, draft.target) >= 0) ||
                (draft.field == "action" && find_action_text(session.board.plan, draft.target));
    if (!fits) {
        const Phrase noun = noun_phrase(draft.field == "lane" ? "lane" : draft.field == "action" ? "action" : "card");
        r.warning(*node, draft.field.empty() ? phrase("fmt.diag.draft.no_field", {{"noun", noun}})
                                             : phrase("fmt.diag.draft.unknown", {{"field", draft.field}, {"target", draft.target}, {"noun", noun}}));
        return {};
    }
    return draft;
}

}  // namespace prio
