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

std::string required_text(yaml::Reader& r, const Node& map, const char* key, const std::string& where)
{
    const Node* node = r.field(map, key, true, where);
    return node ? r.text(*node, std::string(key) + " of " + where).value_or("") : std::string();
}

std::string optional_text(yaml::Reader& r, const Node& node, const std::string& what)
{
    if (node.kind == Node::Kind::Null)
        return {};
    return r.text(node, what).value_or("");
}

std::string optional_field(yaml::Reader& r, const Node& map, const char* key, const std::string& where, bool required)
{
    const Node* node = r.field(map, key, required, where);
    return node ? optional_text(r, *node, std::string(key) + " of " + where) : std::string();
}

void read_metadata(yaml::Reader& r, const Node& root, SessionMeta& m)
{
    const Node* meta = r.field(root, "metadata", false, "the session");
    if (!meta || meta->kind == Node::Kind::Null || !r.expect(*meta, Node::Kind::Map, "metadata"))
        return;
    r.unknown_keys(*meta, {"organisation", "title", "facilitator", "participants", "date", "remarks", "inhabitants", "segment"},
                   "metadata");
    m.organisation = optional_field(r, *meta, "organisation", "metadata");
    m.title = optional_field(r, *meta, "title", "metadata");
    m.facilitator = optional_field(r, *meta, "facilitator", "metadata");
    m.participants = optional_field(r, *meta, "participants", "metadata");
    m.date = optional_field(r, *meta, "date", "metadata");
    m.remarks = optional_field(r, *meta, "remarks", "metadata");
    constexpr long long kMaxInhabitants = 100000000;
    if (const Node* inhabitants = r.field(*meta, "inhabitants", false, "metadata"))
        m.inhabitants = r.integer(*inhabitants, "inhabitants in metadata", 0, kMaxInhabitants).value_or(0);
    m.segment = optional_field(r, *meta, "segment", "metadata");
}

Draft read_draft(yaml::Reader& r, const Node& root, const Session& session)
{
    const Node* node = r.field(root, "draft", false, "the session");
    if (!node || node->kind == Node::Kind::Null || !r.expect(*node, Node::Kind::Map, "draft"))
        return {};
    r.unknown_keys(*node, {"field", "target", "text"}, "draft");
    Draft draft{optional_field(r, *node, "field", "draft"), optional_field(r, *node, "target", "draft"),
                optional_field(r, *node, "text", "draft")};
    bool fits = (draft.field == "note" && find_card(session.deck, draft.target) >= 0) ||
                (draft.field == "lane" && find_lane(session.board, draft.target) >= 0);
    if (!fits) {
        r.warning(*node, "draft for " + (draft.field.empty() ? std::string("no field") : draft.field + " '" + draft.target + "'") +
                             " left out: the session has no such " + (draft.field == "lane" ? "lane" : "card"));
        return {};
    }
    return draft;
}

}  // namespace prio
