// Reads a session from the guarded YAML tree, checking everything that the
// board relies on (every card placed exactly once, ids that exist, lanes
// within their capacity) and reporting every problem with its place. A
// session with any error does not open at all.
#include "io/session/session_yaml.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "io/deck/deck_checks.h"
#include "io/session/session_extras.h"
#include "io/yaml/yaml_tree.h"

namespace prio {
namespace {

using yaml::Node;

bool is_hex64(std::string_view s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// ---- migrations: each turns the tree of one format into the next, before
// any check, so that every check and message is about the current format.

// Format 0, the draft layout: lanes, pile and notes under `board`, no log.
void migrate_0_to_1(Node& root)
{
    auto board = std::find_if(root.entries.begin(), root.entries.end(), [](const auto& e) { return e.first.scalar == "board"; });
    if (board == root.entries.end() || board->second.kind != Node::Kind::Map)
        return;
    std::vector<std::pair<Node, Node>> inner = std::move(board->second.entries);
    std::size_t at = static_cast<std::size_t>(board - root.entries.begin());
    root.entries.erase(board);
    root.entries.insert(root.entries.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(inner.begin()),
                        std::make_move_iterator(inner.end()));
}

// Format 2 adds metadata.inhabitants and metadata.segment, both optional:
// a format 1 file reads as it is.
void migrate_1_to_2(Node&) {}

// Format 3 adds batches of edits and log entries of kind deck, details and
// language: a format 2 file reads as it is.
void migrate_2_to_3(Node&) {}

// Format 4 adds rounds of individual rankings, and log entries of kind
// round and comparison (a board made from councils compared): a format 3
// file reads as it is.
void migrate_3_to_4(Node&) {}

// Format 5 adds the plan (its period, version trail and actions), the plan's
// edits in the log, and a deck lane's term: a format 4 file reads as it is,
// with no plan. A format 4 program refuses a format 5 file rather than drop
// its actions on the next save.
void migrate_4_to_5(Node&) {}

using Migration = void (*)(Node&);
// kMigrations[n] turns format n into n + 1.
constexpr Migration kMigrations[kSessionFormat] = {migrate_0_to_1, migrate_1_to_2, migrate_2_to_3, migrate_3_to_4, migrate_4_to_5};

struct Spot {
    int line = 0;
    Phrase where;  // "lane 'nu'", "the pile"
};

class SessionReader {
public:
    explicit SessionReader(const std::string& path) : r_(path) {}

    yaml::Reader& reader() { return r_; }

    std::optional<Session> read(Node& root)
    {
        if (root.kind == Node::Kind::Null) {
            r_.error(root, phrase("fmt.diag.session.empty", {{"format", number(kSessionFormat)}}));
            return std::nullopt;
        }
        if (root.kind != Node::Kind::Map) {
            r_.error(root, phrase("fmt.diag.session.not_a_session", {{"format", number(kSessionFormat)}, {"found", yaml::describe(root)}}));
            return std::nullopt;
        }
        if (!read_format(root))
            return std::nullopt;

        r_.unknown_keys(root, {"format", "language", "metadata", "deck", "lanes", "pile", "retired", "notes", "draft", "rounds", "plan", "log"}, session_);
        read_deck(root);
        read_lanes(root);
        read_pile(root);
        check_all_placed(root);
        read_retired(root);
        read_notes(root);
        read_metadata(r_, root, s_.meta);
        read_log(r_, root, s_.log);
        read_rounds(r_, root, s_);
        read_plan(r_, root, s_.deck, s_.board.plan);
        if (const Node* language = r_.field(root, "language", false, session_))
            s_.language = optional_text(*language, field_of("language", session_));
        else
            s_.language = s_.deck.language;

        if (r_.failed())
            return std::nullopt;
        s_.board.notes.resize(s_.deck.cards.size());
        for (auto& [card, note] : notes_)
            s_.board.notes[static_cast<std::size_t>(card)] = note;
        s_.draft = read_draft(r_, root, s_);
        return std::move(s_);
    }

private:
    // The format decides how the rest reads: a newer one is not guessed at.
    bool read_format(Node& root)
    {
        const Node* format = r_.field(root, "format", true, session_);
        if (!format)
            return false;
        if (format->kind != Node::Kind::Scalar || format->quoted || !is_digits(format->scalar)) {
            r_.error(*format, phrase("fmt.diag.session.format", {{"format", number(kSessionFormat)}, {"found", yaml::describe(*format)}}));
            return false;
        }
        int version = std::stoi(format->scalar);
        if (version > kSessionFormat) {
            r_.error(*format, phrase("fmt.diag.session.newer", {{"version", number(version)}, {"format", number(kSessionFormat)}}));
            return false;
        }
        for (int v = version; v < kSessionFormat; ++v)
            kMigrations[v](root);
        return true;
    }

    // ---- the deck

    void read_deck(const Node& root)
    {
        const Node* deck = r_.field(root, "deck", true, session_);
        const Phrase key = verbatim("deck"), the_deck = phrase("diag.where.deck");
        if (!deck || !r_.expect(*deck, Node::Kind::Map, key))
            return;
        r_.unknown_keys(*deck, {"id", "version", "sha256", "path", "copy"}, key);
        const Node* id = r_.field(*deck, "id", true, key);
        std::string deck_id = id ? r_.text(*id, field_of("id", the_deck)).value_or("") : "";
        if (const Node* version = r_.field(*deck, "version", false, key))
            optional_text(*version, field_of("version", the_deck));
        if (const Node* hash = r_.field(*deck, "sha256", false, key)) {
            s_.deck_hash = optional_text(*hash, field_of("sha256", the_deck));
            if (!s_.deck_hash.empty() && !is_hex64(s_.deck_hash))
                r_.error(*hash, phrase("fmt.diag.session.sha256", {{"found", yaml::describe(*hash)}}));
        }
        if (const Node* path = r_.field(*deck, "path", false, key))
            s_.deck_path = optional_text(*path, field_of("path", the_deck));
        const Node* copy = r_.field(*deck, "copy", true, key);
        if (!copy || !r_.expect(*copy, Node::Kind::Map, field_of("copy", the_deck)))
            return;
        read_copy(*copy);
        deck_ok_ = !copy_failed_;
        if (id && deck_ok_ && deck_id != s_.deck.id)
            r_.error(*id, phrase("fmt.diag.session.deck_id", {{"id", quoted(deck_id)}, {"copy", quoted(s_.deck.id)}}));
    }

    void read_copy(const Node& copy)
    {
        std::size_t errors_before = error_count();
        r_.unknown_keys(copy, {"deck", "themes", "lanes", "cards"}, copy_);
        if (const Node* head = r_.field(copy, "deck", true, copy_);
            head && r_.expect(*head, Node::Kind::Map, field_of("deck", phrase("diag.where.the_copy")))) {
            const Phrase& where = copy_;
            r_.unknown_keys(*head, {"id", "title", "language", "version", "description"}, where);
            s_.deck.id = required_id(*head, where);
            s_.deck.title = required_text(*head, "title", where);
            s_.deck.language = required_text(*head, "language", where);
            s_.deck.version = optional_field(*head, "version", where);
            s_.deck.description = optional_field(*head, "description", where);
        }
        std::unordered_map<std::string, int> theme_lines, lane_lines, card_lines;
        for_each_item(copy, "themes", "theme", [&](const Node& map, const Phrase& numbered) {
            Theme theme;
            const Phrase where = copy_item_head(map, numbered, "theme", theme_lines, {"id", "title", "colour", "description"}, theme.id);
            theme.title = required_text(map, "title", where);
            theme.description = optional_field(map, "description", where);
            if (const Node* colour = r_.field(map, "colour", true, where)) {
                std::optional<Colour> c = colour->kind == Node::Kind::Scalar ? parse_colour(colour->scalar) : std::nullopt;
                if (c)
                    theme.colour = *c;
                else
                    r_.error(*colour, phrase("fmt.diag.session.colour", {{"where", where}, {"found", yaml::describe(*colour)}}));
            }
            s_.deck.themes.push_back(std::move(theme));
        }, std::numeric_limits<std::size_t>::max());  // as in a deck: bounded by the values in the file
        std::unordered_set<std::string_view> theme_ids;
        for (const Theme& theme : s_.deck.themes)
            theme_ids.insert(theme.id);
        for_each_item(copy, "lanes", "lane", [&](const Node& map, const Phrase& numbered) {
            LaneSpec lane;
            const Phrase where =
                copy_item_head(map, numbered, "lane", lane_lines, {"id", "title", "capacity", "ranked", "term"}, lane.id);
            lane.title = required_text(map, "title", where);
            read_lane_options(r_, map, where, kMaxSessionCapacity, lane.capacity, lane.ranked);
            read_lane_term(r_, map, where, lane.term);
            s_.deck.lanes.push_back(std::move(lane));
        }, kMaxLanes);
        for_each_item(copy, "cards", "card", [&](const Node& map, const Phrase& numbered) {
            Card card;
            const Phrase where = copy_item_head(map, numbered, "card", card_lines,
                                                {"id", "title", "theme", "summary", "body", "source", "source_file"}, card.id);
            card.title = required_text(map, "title", where);
            card.theme = required_text(map, "theme", where);
            if (const Node* theme = yaml::find(map, "theme"); theme && !card.theme.empty() && !theme_ids.count(card.theme))
                r_.error(*theme, phrase("fmt.diag.session.unknown_theme", {{"where", where}, {"theme", quoted(card.theme)}}));
            card.summary = required_text(map, "summary", where);
            card.body = optional_field(map, "body", where);
            card.source = optional_field(map, "source", where);
            card.source_file = optional_field(map, "source_file", where);
            s_.deck.cards.push_back(std::move(card));
        }, kMaxCards);
        copy_failed_ = error_count() > errors_before;
        // Every id below is looked up here, so reading stays linear in the cards.
        for (std::size_t i = 0; i < s_.deck.cards.size(); ++i)
            card_index_.emplace(s_.deck.cards[i].id, static_cast<int>(i));
    }

    // Reads a theme's, lane's or card's id (unique among its kind) into `id`
    // and warns about unknown keys; returns how messages name the item.
    Phrase copy_item_head(const Node& map, const Phrase& numbered, const char* noun,
                          std::unordered_map<std::string, int>& seen, const std::vector<std::string_view>& known,
                          std::string& id)
    {
        id = unique_id(map, part_of(numbered, copy_), seen, noun);
        Phrase where = part_of(named(noun, id), copy_);
        r_.unknown_keys(map, known, where);
        return where;
    }

    // A list longer than a deck may be is refused whole, before its items
    // cost anything.
    bool within(const Node& list, std::size_t max, const Phrase& what)
    {
        if (list.items.size() <= max)
            return true;
        r_.error(list, phrase("fmt.diag.session.too_many", {{"what", what},
                                                             {"count", number(static_cast<long long>(list.items.size()))},
                                                             {"max", number(static_cast<long long>(max))}}));
        return false;
    }

    template <typename ReadItem>
    void for_each_item(const Node& map, const char* key, const char* noun, ReadItem read_item, std::size_t max)
    {
        const Node* list = r_.field(map, key, true, copy_);
        if (!list || list->kind == Node::Kind::Null || !r_.expect(*list, Node::Kind::Sequence, field_of(key, copy_)))
            return;
        if (!within(*list, max, phrase("fmt.diag.in", {{"key", verbatim(key)}, {"where", copy_}})))
            return;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase item = numbered(noun, static_cast<int>(i) + 1);
            if (r_.expect(list->items[i], Node::Kind::Map, part_of(item, copy_)))
                read_item(list->items[i], item);
        }
    }

    // ---- the board

    void read_lanes(const Node& root)
    {
        const Node* lanes = r_.field(root, "lanes", true, session_);
        if (!lanes || lanes->kind == Node::Kind::Null || !r_.expect(*lanes, Node::Kind::Sequence, verbatim("lanes")))
            return;
        if (!within(*lanes, kMaxLanes, verbatim("lanes")))
            return;
        std::unordered_map<std::string, int> seen;
        for (std::size_t i = 0; i < lanes->items.size(); ++i) {
            const Node& map = lanes->items[i];
            const Phrase item = numbered("lane", static_cast<int>(i) + 1);
            if (!r_.expect(map, Node::Kind::Map, item))
                continue;
            Lane lane;
            lane.id = unique_id(map, item, seen, "lane");
            const Phrase where = lane.id.empty() ? item : named("lane", lane.id);
            r_.unknown_keys(map, {"id", "title", "capacity", "ranked", "cards"}, where);
            lane.title = required_text(map, "title", where);
            read_lane_options(r_, map, where, kMaxSessionCapacity, lane.capacity, lane.ranked);
            if (const Node* cards = r_.field(map, "cards", true, where)) {
                lane.cards = place_cards(*cards, field_of("cards", where), where);
                if (lane.capacity > 0 && static_cast<int>(lane.cards.size()) > lane.capacity)
                    r_.error(*cards, phrase("fmt.diag.session.over_capacity", {{"where", where},
                                                                               {"count", number(static_cast<long long>(lane.cards.size()))},
                                                                               {"capacity", number(lane.capacity)}}));
            }
            s_.board.lanes.push_back(std::move(lane));
        }
    }

    void read_pile(const Node& root)
    {
        if (const Node* pile = r_.field(root, "pile", true, session_))
            s_.board.pile = place_cards(*pile, verbatim("pile"), phrase("diag.where.pile"));
    }

    std::vector<int> place_cards(const Node& list, const Phrase& what, const Phrase& where)
    {
        std::vector<int> out;
        if (list.kind == Node::Kind::Null || !r_.expect(list, Node::Kind::Sequence, what))
            return out;
        for (const Node& item : list.items) {
            std::optional<std::string> id = r_.text(item, card_id_in(where));
            if (!id || !deck_ok_)
                continue;
            int card = card_index(*id);
            if (card < 0) {
                r_.error(item, phrase("fmt.diag.session.unknown_card", {{"id", quoted(*id)}, {"where", where}}));
                continue;
            }
            auto [first, inserted] = placed_.emplace(card, Spot{item.line, where});
            if (!inserted) {
                r_.error(item, phrase("fmt.diag.session.placed_twice",
                                      {{"id", quoted(*id)}, {"where", first->second.where}, {"line", number(first->second.line)}}));
                continue;
            }
            out.push_back(card);
        }
        return out;
    }

    void check_all_placed(const Node& root)
    {
        const Node* pile = yaml::find(root, "pile");
        if (!deck_ok_ || !pile || r_.failed())
            return;
        for (std::size_t i = 0; i < s_.deck.cards.size(); ++i)
            if (!placed_.count(static_cast<int>(i)))
                r_.error(*pile, phrase("fmt.diag.session.not_placed", {{"id", quoted(s_.deck.cards[i].id)}}));
    }

    void read_retired(const Node& root)
    {
        const Node* list = r_.field(root, "retired", false, session_);
        if (!list || list->kind == Node::Kind::Null || !r_.expect(*list, Node::Kind::Sequence, verbatim("retired")))
            return;
        std::unordered_set<std::string> retired;
        for (const Node& item : list->items) {
            std::optional<std::string> id = r_.text(item, card_id_in(verbatim("retired")));
            if (!id || !deck_ok_)
                continue;
            if (card_index(*id) < 0)
                r_.error(item, phrase("fmt.diag.session.retired_unknown", {{"id", quoted(*id)}}));
            else if (!retired.insert(*id).second)
                r_.error(item, phrase("fmt.diag.session.retired_twice", {{"id", quoted(*id)}}));
            else
                s_.retired.push_back(*id);
        }
    }

    void read_notes(const Node& root)
    {
        const Node* notes = r_.field(root, "notes", false, session_);
        if (!notes || notes->kind == Node::Kind::Null || !r_.expect(*notes, Node::Kind::Map, verbatim("notes")))
            return;
        for (const auto& [key, value] : notes->entries) {
            std::string text = optional_text(value, phrase("fmt.diag.session.note_of", {{"id", quoted(key.scalar)}}));
            if (!deck_ok_)
                continue;
            int card = card_index(key.scalar);
            if (card < 0)
                r_.error(key, phrase("fmt.diag.session.note_unknown", {{"id", quoted(key.scalar)}}));
            else
                notes_[card] = std::move(text);
        }
    }

    // ---- fields

    int card_index(const std::string& id) const
    {
        auto it = card_index_.find(id);
        return it == card_index_.end() ? -1 : it->second;
    }

    std::size_t error_count() const
    {
        return static_cast<std::size_t>(std::count_if(r_.diagnostics().begin(), r_.diagnostics().end(),
                                                      [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    }

    std::string required_id(const Node& map, const Phrase& where)
    {
        const Node* node = r_.field(map, "id", true, where);
        if (!node)
            return {};
        std::string id = r_.text(*node, field_of("id", where)).value_or("");
        if (node->kind == Node::Kind::Scalar && id.empty())
            r_.error(*node, phrase("fmt.diag.is_empty", {{"what", field_of("id", where)}}));
        return id;
    }

    std::string unique_id(const Node& map, const Phrase& where, std::unordered_map<std::string, int>& seen, const char* noun)
    {
        std::string id = required_id(map, where);
        if (!id.empty())
            check_unique_id(r_, map, id, seen, noun);
        return id;
    }

    std::string required_text(const Node& map, const char* key, const Phrase& where)
    {
        return prio::required_text(r_, map, key, where);
    }
    std::string optional_field(const Node& map, const char* key, const Phrase& where)
    {
        return prio::optional_field(r_, map, key, where);
    }
    std::string optional_text(const Node& node, const Phrase& what) { return prio::optional_text(r_, node, what); }

    yaml::Reader r_;
    const Phrase session_ = phrase("diag.where.session");
    const Phrase copy_ = phrase("diag.where.copy");
    Session s_;
    bool deck_ok_ = false;
    bool copy_failed_ = false;
    std::unordered_map<int, Spot> placed_;
    std::unordered_map<int, std::string> notes_;
    std::unordered_map<std::string, int> card_index_;
};

}  // namespace

SessionLoad read_session(yaml::Parsed parsed, const std::string& path)
{
    SessionLoad out;
    out.diagnostics = std::move(parsed.diagnostics);
    std::optional<Node> root = parsed.root ? std::move(parsed.root) : std::move(parsed.partial);
    if (root) {
        SessionReader reader(path);
        std::optional<Session> session = reader.read(*root);
        for (Diagnostic& d : reader.reader().take_diagnostics())
            out.diagnostics.push_back(std::move(d));
        if (session && !has_errors(out.diagnostics))
            out.session = std::move(session);
    }
    sort_in_file_order(out.diagnostics);
    return out;
}

const yaml::Limits& session_limits()
{
    // Notes and remarks may be longer than a deck's texts, and a long
    // workshop's decision log has thousands of entries.
    static const yaml::Limits limits = [] {
        yaml::Limits l;
        l.max_file_bytes = 16u << 20;
        l.max_scalar_bytes = 64u << 10;
        l.max_nodes = 1000000;
        return l;
    }();
    return limits;
}

SessionLoad parse_session(std::string_view text, const std::string& path)
{
    return read_session(yaml::parse(text, path, session_limits()), path);
}

SessionLoad load_session_file(const std::string& path)
{
    return read_session(yaml::parse_file(path, session_limits()), path);
}

}  // namespace prio
