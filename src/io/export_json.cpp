#include "io/export_json.h"

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

std::string priority_json(const Document& doc)
{
    std::string out = "{\n";
    out += "  \"format\": \"prioriteer-priorities\",\n";
    out += "  \"format_version\": " + std::to_string(kPriorityJsonVersion) + ",\n";
    out += "  \"generated\": " + string_or_null(doc.generated) + ",\n";
    out += "  \"language\": " + json_string(doc.language) + ",\n";
    const SessionMeta& m = doc.meta;
    out += "  \"session\": {\n";
    out += "    \"organisation\": " + json_string(m.organisation) + ",\n";
    out += "    \"title\": " + json_string(m.title) + ",\n";
    out += "    \"date\": " + json_string(m.date) + ",\n";
    out += "    \"facilitator\": " + json_string(m.facilitator) + ",\n";
    out += "    \"participants\": " + json_string(m.participants) + ",\n";
    out += "    \"remarks\": " + json_string(m.remarks) + "\n";
    out += "  },\n";
    out += "  \"deck\": {\n";
    out += "    \"id\": " + json_string(doc.deck_id) + ",\n";
    out += "    \"title\": " + json_string(doc.deck_title) + ",\n";
    out += "    \"version\": " + json_string(doc.deck_version) + ",\n";
    out += "    \"hash\": " + json_string(doc.deck_hash) + ",\n";
    out += "    \"cards\": " + std::to_string(doc.card_count) + "\n";
    out += "  },\n";

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
        out += "    {\n";
        out += "      \"rank\": " + (c.rank > 0 ? std::to_string(c.rank) : "null") + ",\n";
        out += "      \"lane\": " + json_string(c.lane) + ",\n";
        out += "      \"lane_id\": " + string_or_null(c.lane_id) + ",\n";
        out += "      \"position\": " + std::to_string(c.position) + ",\n";
        out += "      \"code\": " + json_string(c.code) + ",\n";
        out += "      \"title\": " + json_string(c.title) + ",\n";
        out += "      \"theme\": " + json_string(c.theme) + ",\n";
        out += "      \"theme_id\": " + json_string(c.theme_id) + ",\n";
        out += "      \"note\": " + json_string(c.note) + "\n";
        out += "    }";
    }
    out += doc.rows.empty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

}  // namespace prio
