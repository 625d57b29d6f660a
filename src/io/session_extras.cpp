#include "io/session_extras.h"

#include <algorithm>
#include <string>

#include "io/deck_checks.h"

namespace prio {
namespace {

using yaml::Node;

int whole(yaml::Reader& r, const Node& map, const char* key, const std::string& where, bool required)
{
    const Node* node = r.field(map, key, required, where);
    if (!node)
        return 0;
    return static_cast<int>(r.integer(*node, std::string(key) + " of " + where, 0, kMaxSessionCapacity).value_or(0));
}

// "nu/2", "pile/0", "lane:pile/1" (a lane whose own id is "pile").
void read_place(yaml::Reader& r, const Node& map, const char* key, const std::string& where, std::string& lane, int& index)
{
    const Node* node = r.field(map, key, true, where);
    if (!node)
        return;
    std::string token = node->kind == Node::Kind::Scalar ? node->scalar : std::string();
    std::size_t slash = token.rfind('/');
    std::string name = slash == std::string::npos ? std::string() : token.substr(0, slash);
    std::string number = slash == std::string::npos ? std::string() : token.substr(slash + 1);
    if (name.empty() || !is_digits(number) || name == "lane:") {
        r.error(*node, std::string(key) + " of " + where + " must be a place such as nu/2 or pile/0, found " + yaml::describe(*node));
        return;
    }
    index = std::stoi(number);
    if (name.rfind("lane:", 0) == 0)
        lane = name.substr(5);
    else
        lane = name == "pile" ? std::string() : name;
}

void read_edit(yaml::Reader& r, const Node& map, const std::string& where, LogEntry& entry)
{
    static const std::vector<std::string_view> kinds = {"move", "note", "add_lane", "remove_lane", "rename_lane", "move_lane", "set_capacity"};
    std::vector<std::string_view> named;
    for (std::string_view kind : kinds)
        if (yaml::find(map, kind))
            named.push_back(kind);
    if (named.size() != 1) {
        r.error(map, "edit of " + where + " must name exactly one of move, note, add_lane, remove_lane, rename_lane, move_lane, set_capacity" +
                          (named.empty() ? std::string() : ", found " + std::to_string(named.size())));
        return;
    }
    std::string_view kind = named[0];
    std::string subject = required_text(r, map, std::string(kind).c_str(), where);
    if (kind == "move") {
        r.unknown_keys(map, {"move", "from", "to"}, where);
        Move to{subject, "", 0}, from{subject, "", 0};
        read_place(r, map, "from", where, from.lane, from.index);
        read_place(r, map, "to", where, to.lane, to.index);
        entry.applied = to;
        entry.reverse = from;
    } else if (kind == "note") {
        r.unknown_keys(map, {"note", "from", "to"}, where);
        entry.applied = SetNote{subject, optional_field(r, map, "to", where, true)};
        entry.reverse = SetNote{subject, optional_field(r, map, "from", where, true)};
    } else if (kind == "add_lane" || kind == "remove_lane") {
        r.unknown_keys(map, {kind, "title", "at", "capacity", "ranked", "cards"}, where);
        AddLane lane{subject, required_text(r, map, "title", where), 0, 0, true, {}};
        lane.index = whole(r, map, "at", where, true);
        read_lane_options(r, map, where, kMaxSessionCapacity, lane.capacity, lane.ranked);
        if (const Node* cards = r.field(map, "cards", false, where);
            cards && cards->kind != Node::Kind::Null && r.expect(*cards, Node::Kind::Sequence, "cards of " + where))
            for (const Node& item : cards->items)
                lane.cards.push_back(r.text(item, "a card id in " + where).value_or(""));
        if (kind == "add_lane") {
            entry.applied = lane;
            entry.reverse = RemoveLane{subject};
        } else {
            entry.applied = RemoveLane{subject};
            entry.reverse = lane;
        }
    } else if (kind == "rename_lane") {
        r.unknown_keys(map, {"rename_lane", "from", "to"}, where);
        entry.applied = RenameLane{subject, required_text(r, map, "to", where)};
        entry.reverse = RenameLane{subject, required_text(r, map, "from", where)};
    } else if (kind == "move_lane") {
        r.unknown_keys(map, {"move_lane", "from", "to"}, where);
        entry.applied = MoveLane{subject, whole(r, map, "to", where, true)};
        entry.reverse = MoveLane{subject, whole(r, map, "from", where, true)};
    } else {
        r.unknown_keys(map, {"set_capacity", "from", "to"}, where);
        entry.applied = SetCapacity{subject, whole(r, map, "to", where, true)};
        entry.reverse = SetCapacity{subject, whole(r, map, "from", where, true)};
    }
}

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

void read_log(yaml::Reader& r, const Node& root, std::vector<LogEntry>& log_out)
{
    const Node* log = r.field(root, "log", false, "the session");
    if (!log || log->kind == Node::Kind::Null || !r.expect(*log, Node::Kind::Sequence, "log"))
        return;
    for (std::size_t i = 0; i < log->items.size(); ++i) {
        const Node& map = log->items[i];
        std::string where = "log entry " + std::to_string(i + 1);
        if (!r.expect(map, Node::Kind::Map, where))
            continue;
        r.unknown_keys(map, {"time", "kind", "edit"}, where);
        LogEntry entry;
        entry.time = required_text(r, map, "time", where);
        if (const Node* kind = r.field(map, "kind", true, where)) {
            std::string k = kind->kind == Node::Kind::Scalar ? kind->scalar : std::string();
            if (k == "do")
                entry.kind = LogKind::Do;
            else if (k == "undo")
                entry.kind = LogKind::Undo;
            else if (k == "redo")
                entry.kind = LogKind::Redo;
            else
                r.error(*kind, "kind of " + where + " must be do, undo or redo, found " + yaml::describe(*kind));
        }
        if (const Node* edit = r.field(map, "edit", true, where); edit && r.expect(*edit, Node::Kind::Map, "edit of " + where))
            read_edit(r, *edit, where, entry);
        log_out.push_back(std::move(entry));
    }
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
