#include "io/export/export_json.h"

#include <utility>
#include <vector>

namespace prio {

std::string json_string(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += ch;  // UTF-8 passes as it is: clean_text made it valid
            }
        }
    }
    return out + "\"";
}

namespace {

std::string string_or_null(const std::string& s)
{
    return s.empty() ? "null" : json_string(s);
}

}  // namespace

std::string json_object(int indent, const std::vector<std::pair<const char*, std::string>>& members)
{
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string out = "{\n";
    for (std::size_t i = 0; i < members.size(); ++i)
        out += pad + "  \"" + members[i].first + "\": " + members[i].second + (i + 1 < members.size() ? ",\n" : "\n");
    return out + pad + "}";
}

std::string priority_json(const Document& doc)
{
    std::string out = "{\n";
    out += "  \"format\": \"prioriteer-priorities\",\n";
    out += "  \"format_version\": " + std::to_string(kPriorityJsonVersion) + ",\n";
    out += "  \"generated\": " + string_or_null(doc.generated) + ",\n";
    out += "  \"language\": " + json_string(doc.language) + ",\n";
    const SessionMeta& m = doc.meta;
    out += "  \"session\": " +
           json_object(2, {{"organisation", json_string(m.organisation)},
                      {"title", json_string(m.title)},
                      {"date", json_string(m.date)},
                      {"facilitator", json_string(m.facilitator)},
                      {"participants", json_string(m.participants)},
                      {"remarks", json_string(m.remarks)}}) +
           ",\n";
    out += "  \"deck\": " +
           json_object(2, {{"id", json_string(doc.deck_id)},
                      {"title", json_string(doc.deck_title)},
                      {"version", json_string(doc.deck_version)},
                      {"hash", json_string(doc.deck_hash)},
                      {"cards", std::to_string(doc.card_count)}}) +
           ",\n";

    std::vector<const DocLane*> lanes;
    for (const DocLane& lane : doc.board_lanes)
        lanes.push_back(&lane);
    out += "  \"lanes\": [";
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const DocLane& lane = *lanes[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    {\"id\": " + json_string(lane.id) + ", \"title\": " + json_string(lane.title) +
               ", \"ranked\": " + (lane.ranked ? "true" : "false") +
               ", \"capacity\": " + (lane.capacity > 0 ? std::to_string(lane.capacity) : "null") +
               ", \"cards\": " + std::to_string(lane.cards.size()) + "}";
    }
    out += lanes.empty() ? "],\n" : "\n  ],\n";

    out += "  \"cards\": [";
    for (std::size_t i = 0; i < doc.rows.size(); ++i) {
        const DocCard& c = doc.rows[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    " + json_object(4, {{"rank", c.rank > 0 ? std::to_string(c.rank) : "null"},
                                   {"lane", json_string(c.lane)},
                                   {"lane_id", string_or_null(c.lane_id)},
                                   {"position", std::to_string(c.position)},
                                   {"code", json_string(c.code)},
                                   {"title", json_string(c.title)},
                                   {"theme", json_string(c.theme)},
                                   {"theme_id", json_string(c.theme_id)},
                                   {"note", json_string(c.note)}});
    }
    out += doc.rows.empty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

}  // namespace prio
