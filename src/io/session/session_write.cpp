#include "io/session/session_yaml.h"

#include <algorithm>
#include <cstdio>

#include <yaml-cpp/yaml.h>

#include "core/visit.h"
#include "io/files/text_safety.h"

namespace prio {
namespace {

// yaml-cpp writes plain what a YAML 1.1 reader would take for a boolean or a
// number ("yes", "0.1", "2024-05-02"), and control characters raw; quote
// those. Anything else it quotes itself when needed.
bool needs_double_quotes(std::string_view s)
{
    if (s.empty())
        return true;
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return true;
    char first = s.front();
    if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.')
        return true;
    std::string lower;
    for (char c : s)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    for (const char* word : {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
        if (lower == word)
            return true;
    return false;
}

YAML::Emitter& text(YAML::Emitter& out, std::string_view s)
{
    // What the reader would refuse (control characters, invalid UTF-8)
    // never reaches the file; a CR becomes the line end it meant.
    std::string v = clean_text(s);
    if (needs_double_quotes(v))
        out << YAML::DoubleQuoted;
    return out << v;
}

void key_text(YAML::Emitter& out, std::string_view key, std::string_view value)
{
    out << YAML::Key << std::string(key) << YAML::Value;
    text(out, value);
}

template <typename T>
void key_value(YAML::Emitter& out, std::string_view key, const T& value)
{
    out << YAML::Key << std::string(key) << YAML::Value << value;
}

void card_ids(YAML::Emitter& out, const Deck& deck, const std::vector<int>& cards)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (int card : cards)
        text(out, deck.cards[static_cast<std::size_t>(card)].id);
    out << YAML::EndSeq;
}

void id_list(YAML::Emitter& out, const std::vector<std::string>& ids)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const std::string& id : ids)
        text(out, id);
    out << YAML::EndSeq;
}

std::string colour_text(Colour c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", c.r, c.g, c.b);
    return buffer;
}

// The deck in the deck file format, so the copy reads like a deck file.
void deck_copy(YAML::Emitter& out, const Deck& deck)
{
    out << YAML::BeginMap;
    out << YAML::Key << "deck" << YAML::Value << YAML::BeginMap;
    key_text(out, "id", deck.id);
    key_text(out, "title", deck.title);
    key_text(out, "language", deck.language);
    key_text(out, "version", deck.version);
    key_text(out, "description", deck.description);
    out << YAML::EndMap;

    out << YAML::Key << "themes" << YAML::Value << YAML::BeginSeq;
    for (const Theme& theme : deck.themes) {
        out << YAML::BeginMap;
        key_text(out, "id", theme.id);
        key_text(out, "title", theme.title);
        key_text(out, "colour", colour_text(theme.colour));
        if (!theme.description.empty())
            key_text(out, "description", theme.description);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "lanes" << YAML::Value << YAML::BeginSeq;
    for (const LaneSpec& lane : deck.lanes) {
        out << YAML::BeginMap;
        key_text(out, "id", lane.id);
        key_text(out, "title", lane.title);
        if (lane.capacity != 0)
            key_value(out, "capacity", lane.capacity);
        if (!lane.ranked)
            key_value(out, "ranked", false);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "cards" << YAML::Value << YAML::BeginSeq;
    for (const Card& card : deck.cards) {
        out << YAML::BeginMap;
        key_text(out, "id", card.id);
        key_text(out, "title", card.title);
        key_text(out, "theme", card.theme);
        key_text(out, "summary", card.summary);
        key_text(out, "body", card.body);
        key_text(out, "source", card.source);
        if (!card.source_file.empty())
            key_text(out, "source_file", card.source_file);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

const char* kind_name(LogKind kind)
{
    switch (kind) {
    case LogKind::Do: return "do";
    case LogKind::Undo: return "undo";
    case LogKind::Redo: return "redo";
    }
    return "do";
}

void lane_fields(YAML::Emitter& out, const AddLane& lane)
{
    key_text(out, "title", lane.title);
    key_value(out, "at", lane.index);
    key_value(out, "capacity", lane.capacity);
    key_value(out, "ranked", lane.ranked);
    out << YAML::Key << "cards" << YAML::Value;
    id_list(out, lane.cards);
}

// One edit as a flow mapping that says what changed from what to what:
// {move: K1, from: pile/0, to: nu/2}. `reverse` supplies the "from" side,
// so an entry holds both halves of the log line and reads back exactly. A
// batch is {batch: [...]}, each edit paired with its own inverse.
void edit_entry(YAML::Emitter& out, const Edit& applied, const Edit& reverse)
{
    out << YAML::Flow << YAML::BeginMap;
    std::visit(overloaded{
        [&](const Move& m) {
            const auto* back = std::get_if<Move>(&reverse);
            key_text(out, edit_key(EditTag<Move>{}), m.card);
            key_text(out, "from", back ? place_token(back->lane, back->index) : std::string());
            key_text(out, "to", place_token(m.lane, m.index));
        },
        [&](const SetNote& n) {
            const auto* back = std::get_if<SetNote>(&reverse);
            key_text(out, edit_key(EditTag<SetNote>{}), n.card);
            key_text(out, "from", back ? back->text : std::string());
            key_text(out, "to", n.text);
        },
        [&](const AddLane& a) {
            key_text(out, edit_key(EditTag<AddLane>{}), a.lane);
            lane_fields(out, a);
        },
        [&](const RemoveLane& r) {
            key_text(out, edit_key(EditTag<RemoveLane>{}), r.lane);
            if (const auto* back = std::get_if<AddLane>(&reverse))
                lane_fields(out, *back);
        },
        [&](const RenameLane& t) {
            const auto* back = std::get_if<RenameLane>(&reverse);
            key_text(out, edit_key(EditTag<RenameLane>{}), t.lane);
            key_text(out, "from", back ? back->title : std::string());
            key_text(out, "to", t.title);
        },
        [&](const MoveLane& ml) {
            const auto* back = std::get_if<MoveLane>(&reverse);
            key_text(out, edit_key(EditTag<MoveLane>{}), ml.lane);
            key_value(out, "from", back ? back->index : 0);
            key_value(out, "to", ml.index);
        },
        [&](const SetCapacity& c) {
            const auto* back = std::get_if<SetCapacity>(&reverse);
            key_text(out, edit_key(EditTag<SetCapacity>{}), c.lane);
            key_value(out, "from", back ? back->capacity : 0);
            key_value(out, "to", c.capacity);
        },
        [&](const Batch& batch) {
            const auto* back = std::get_if<Batch>(&reverse);
            const std::size_t n = batch.edits.size();
            out << YAML::Key << std::string(edit_key(EditTag<Batch>{})) << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (std::size_t i = 0; i < n; ++i)
                edit_entry(out, batch.edits[i], back && back->edits.size() == n ? back->edits[n - 1 - i] : Edit{});
            out << YAML::EndSeq;
        },
    }, applied);
    out << YAML::EndMap;
}

// The entry's kind and, under the key the kind names, what changed.
void log_what(YAML::Emitter& out, const LogWhat& what)
{
    std::visit(overloaded{
        [&](const EditRecord& record) {
            key_value(out, "kind", kind_name(record.kind));
            out << YAML::Key << "edit" << YAML::Value;
            edit_entry(out, record.applied, record.reverse);
        },
        [&](const DeckChange& change) {
            key_value(out, "kind", "deck");
            out << YAML::Key << "deck" << YAML::Value << YAML::Flow << YAML::BeginMap;
            key_text(out, "from", change.from_version);
            key_text(out, "to", change.to_version);
            out << YAML::Key << "added" << YAML::Value;
            id_list(out, change.added);
            out << YAML::Key << "retired" << YAML::Value;
            id_list(out, change.retired);
            out << YAML::EndMap;
        },
        [&](const DetailChange& change) {
            key_value(out, "kind", "details");
            out << YAML::Key << "details" << YAML::Value << YAML::Flow << YAML::BeginMap;
            key_text(out, "field", change.field);
            key_text(out, "from", change.from);
            key_text(out, "to", change.to);
            out << YAML::EndMap;
        },
        [&](const LanguageChange& change) {
            key_value(out, "kind", "language");
            out << YAML::Key << "language" << YAML::Value << YAML::Flow << YAML::BeginMap;
            key_text(out, "from", change.from);
            key_text(out, "to", change.to);
            out << YAML::EndMap;
        },
        [&](const ComparisonOrigin& origin) {
            key_value(out, "kind", "comparison");
            out << YAML::Key << "comparison" << YAML::Value << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "councils" << YAML::Value;
            id_list(out, origin.councils);
            char w[16];
            std::snprintf(w, sizeof w, "%.3f", origin.kendall_w);
            out << YAML::Key << "kendall_w" << YAML::Value << w;
            out << YAML::EndMap;
        },
    }, what);
}

// One entry as the lines of a block list item, indented to sit under "log:".
std::string log_entry_text(const LogEntry& entry)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginSeq << YAML::BeginMap;
    key_text(out, "time", entry.time);
    log_what(out, entry.what);
    out << YAML::EndMap << YAML::EndSeq;
    std::string lines;
    std::string_view text = out.c_str();
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        lines += "  ";
        lines += text.substr(start, end - start);
        lines += '\n';
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::string place_token(const std::string& lane_id, int index)
{
    std::string lane = lane_id.empty() ? "pile" : lane_id;
    if (lane_id == "pile" || lane_id.rfind("lane:", 0) == 0)
        lane = "lane:" + lane_id;
    return lane + "/" + std::to_string(index);
}

std::string session_to_yaml(const Session& session, LogYamlCache* cache)
{
    const Deck& deck = session.deck;
    const Board& board = session.board;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("A Prioriteer session; the format is described in docs/session-format.md");
    out << YAML::BeginMap;
    key_value(out, "format", kSessionFormat);
    key_text(out, "language", session.language);

    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    key_text(out, "organisation", session.meta.organisation);
    key_text(out, "title", session.meta.title);
    key_text(out, "facilitator", session.meta.facilitator);
    key_text(out, "participants", session.meta.participants);
    key_text(out, "date", session.meta.date);
    key_text(out, "remarks", session.meta.remarks);
    if (session.meta.inhabitants > 0)
        key_value(out, "inhabitants", session.meta.inhabitants);
    if (!session.meta.segment.empty())
        key_text(out, "segment", session.meta.segment);
    out << YAML::EndMap;

    out << YAML::Key << "deck" << YAML::Value << YAML::BeginMap;
    key_text(out, "id", deck.id);
    key_text(out, "version", deck.version);
    key_text(out, "sha256", session.deck_hash);
    key_text(out, "path", session.deck_path);
    out << YAML::Key << "copy" << YAML::Value;
    deck_copy(out, deck);
    out << YAML::EndMap;

    out << YAML::Key << "lanes" << YAML::Value;
    if (board.lanes.empty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const Lane& lane : board.lanes) {
        out << YAML::BeginMap;
        key_text(out, "id", lane.id);
        key_text(out, "title", lane.title);
        key_value(out, "capacity", lane.capacity);
        key_value(out, "ranked", lane.ranked);
        out << YAML::Key << "cards" << YAML::Value;
        card_ids(out, deck, lane.cards);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "pile" << YAML::Value;
    card_ids(out, deck, board.pile);
    if (!session.retired.empty()) {
        out << YAML::Key << "retired" << YAML::Value;
        id_list(out, session.retired);
    }

    bool any_note = false;
    for (const std::string& note : board.notes)
        any_note = any_note || !note.empty();
    out << YAML::Key << "notes" << YAML::Value;
    if (!any_note)
        out << YAML::Flow;
    out << YAML::BeginMap;
    for (std::size_t i = 0; i < board.notes.size() && i < deck.cards.size(); ++i)
        if (!board.notes[i].empty()) {
            out << YAML::Key;
            text(out, deck.cards[i].id);
            out << YAML::Value;
            text(out, board.notes[i]);
        }
    out << YAML::EndMap;
    if (!session.draft.field.empty()) {
        out << YAML::Key << "draft" << YAML::Value << YAML::BeginMap;
        key_text(out, "field", session.draft.field);
        key_text(out, "target", session.draft.target);
        key_text(out, "text", session.draft.text);
        out << YAML::EndMap;
    }

    out << YAML::EndMap;

    // The log last, as text of its own: it is most of a long session, and
    // it only grows, so an autosave emits just the new entries.
    std::string yaml = out.c_str();
    yaml += "\n";
    LogYamlCache local;
    LogYamlCache& c = cache ? *cache : local;
    bool prefix_holds = c.entries.size() <= session.log.size() && std::equal(c.entries.begin(), c.entries.end(), session.log.begin());
    if (!prefix_holds) {
        c.entries.clear();
        c.text.clear();
    }
    for (std::size_t i = c.entries.size(); i < session.log.size(); ++i) {
        c.text += log_entry_text(session.log[i]);
        c.entries.push_back(session.log[i]);
    }
    yaml += c.entries.empty() ? "log: []\n" : "log:\n" + c.text;
    return yaml;
}

WriteResult save_session_file(const std::string& path, const Session& session, const WriteOptions& options, LogYamlCache* cache)
{
    return write_file_atomic(path, session_to_yaml(session, cache), options);
}

}  // namespace prio
