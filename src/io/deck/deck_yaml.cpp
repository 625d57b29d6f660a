// Reads a deck from the guarded YAML tree, checking every field and
// reporting every problem with its place, so one run shows all of them.
#include "io/deck/deck_yaml.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "core/colour.h"
#include "io/deck/deck_checks.h"
#include "io/yaml/yaml_tree.h"

namespace prio {
namespace {

using yaml::Node;

bool is_id_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

bool valid_id(std::string_view s) { return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), is_id_char); }

// Block scalars ('|', '>') end in a line break that is no part of the text.
std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

class DeckReader {
public:
    explicit DeckReader(const std::string& path) : r_(path) {}

    Deck read(const Node& root)
    {
        if (root.kind == Node::Kind::Null) {
            r_.error(root, phrase("diag.deck.empty"));
            return deck_;
        }
        if (root.kind != Node::Kind::Map) {
            r_.error(root, phrase("fmt.diag.deck.not_a_deck", {{"found", yaml::describe(root)}}));
            return deck_;
        }
        r_.unknown_keys(root, {"deck", "themes", "lanes", "cards"}, phrase("diag.where.file"));
        if (const Node* head = r_.field(root, "deck", true, phrase("diag.where.file")))
            read_head(*head);
        themes_read_ = read_list(root, "themes", "theme", 0, [this](const Node& n, int i) { read_theme(n, i); });
        read_list(root, "lanes", "lane", kMaxLanes, [this](const Node& n, int i) { read_lane(n, i); });
        read_list(root, "cards", "card", kMaxCards, [this](const Node& n, int i) { read_card(n, i); });
        return deck_;
    }

    yaml::Reader& reader() { return r_; }

private:
    void read_head(const Node& head)
    {
        if (!r_.expect(head, Node::Kind::Map, verbatim("deck")))
            return;
        const Phrase where = phrase("diag.where.deck");
        r_.unknown_keys(head, {"id", "title", "language", "version", "description"}, where);
        deck_.id = id(head, where);
        deck_.title = required_text(head, "title", where);
        const Node* language = r_.field(head, "language", true, where);
        if (language) {
            const std::string code = language->kind == Node::Kind::Scalar ? language->scalar : std::string();
            auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
            if (code.size() == 2 && lower(code[0]) && lower(code[1]))
                deck_.language = code;
            else
                r_.error(*language, phrase("fmt.diag.deck.language", {{"found", yaml::describe(*language)}}));
        }
        deck_.version = optional_text(head, "version", where);
        deck_.description = optional_text(head, "description", where);
    }

    // Reads the list under `key`; returns true when it held at least one item.
    template <typename ReadItem>
    bool read_list(const Node& root, const char* key, const char* noun, std::size_t max, ReadItem read_item)
    {
        const Node* list = r_.field(root, key, true, phrase("diag.where.file"));
        if (!list)
            return false;
        if (list->kind == Node::Kind::Null || (list->kind == Node::Kind::Sequence && list->items.empty())) {
            r_.error(*list, phrase("fmt.diag.deck.list_empty", {{"key", std::string(key)}, {"noun", noun_phrase(noun)}}));
            return false;
        }
        if (!r_.expect(*list, Node::Kind::Sequence, verbatim(key)))
            return false;
        if (max > 0 && list->items.size() > max)
            r_.error(*list, phrase("fmt.diag.too_many", {{"key", std::string(key)},
                                                         {"count", number(static_cast<long long>(list->items.size()))},
                                                         {"max", number(static_cast<long long>(max))}}));
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Node& item = list->items[i];
            if (r_.expect(item, Node::Kind::Map, numbered(noun, static_cast<int>(i) + 1)))
                read_item(item, static_cast<int>(i) + 1);
        }
        return true;
    }

    void read_theme(const Node& map, int number)
    {
        Theme theme;
        const Phrase where = item_head(map, "theme", number, theme_lines_, {"id", "title", "colour", "description"}, theme.id);
        theme.title = required_text(map, "title", where);
        theme.description = optional_text(map, "description", where);
        if (const Node* colour = r_.field(map, "colour", true, where)) {
            std::optional<Colour> c = colour->kind == Node::Kind::Scalar ? parse_colour(colour->scalar) : std::nullopt;
            if (c) {
                theme.colour = *c;
                warn_if_illegible(*colour, *c, where);
            } else if (colour->kind == Node::Kind::Null)
                r_.error(*colour, phrase("fmt.diag.deck.colour_comment", {{"where", where}}));
            else
                r_.error(*colour, phrase("fmt.diag.deck.colour_hex", {{"where", where}, {"found", yaml::describe(*colour)}}));
        }
        deck_.themes.push_back(std::move(theme));
    }

    // A card's text is dark or white, whichever reads better on its theme's
    // colour; a colour on which neither reaches 4.5:1 (WCAG 2.1 AA) gives
    // cards nobody at the back of the room can read.
    void warn_if_illegible(const Node& at, Colour c, const Phrase& where)
    {
        double dark = contrast_ratio(c, kDarkText);
        double light = contrast_ratio(c, kLightText);
        if (std::max(dark, light) >= 4.5)
            return;
        char dark_ratio[32], light_ratio[32];
        std::snprintf(dark_ratio, sizeof dark_ratio, "%.2f", dark);
        std::snprintf(light_ratio, sizeof light_ratio, "%.2f", light);
        r_.warning(at, phrase("fmt.diag.deck.contrast",
                              {{"where", where}, {"dark", std::string(dark_ratio)}, {"light", std::string(light_ratio)}}));
    }

    void read_lane(const Node& map, int number)
    {
        LaneSpec lane;
        const Phrase where = item_head(map, "lane", number, lane_lines_, {"id", "title", "capacity", "ranked", "term"}, lane.id);
        lane.title = required_text(map, "title", where);
        read_lane_options(r_, map, where, kMaxLaneCapacity, lane.capacity, lane.ranked);
        read_lane_term(r_, map, where, lane.term);
        deck_.lanes.push_back(std::move(lane));
    }

    void read_card(const Node& map, int number)
    {
        Card card;
        const Phrase where =
            item_head(map, "card", number, card_lines_, {"id", "title", "theme", "summary", "body", "source", "source_file"}, card.id);
        card.title = required_text(map, "title", where);
        if (const Node* theme = r_.field(map, "theme", true, where)) {
            card.theme = required_text(map, "theme", where);
            if (!card.theme.empty() && themes_read_ && !find_theme(deck_, card.theme))
                r_.error(*theme, phrase("fmt.diag.deck.unknown_theme", {{"theme", quoted(card.theme)}, {"where", where}, {"themes", theme_ids()}}));
        }
        card.summary = required_text(map, "summary", where);
        card.body = optional_text(map, "body", where);
        card.source = optional_text(map, "source", where);
        card.source_file = optional_text(map, "source_file", where);
        deck_.cards.push_back(std::move(card));
    }

    // The item's id when it is present and well-formed, "" otherwise.
    std::string id(const Node& map, const Phrase& where)
    {
        const Node* node = r_.field(map, "id", true, where);
        if (!node)
            return {};
        if (node->kind != Node::Kind::Scalar || !valid_id(node->scalar)) {
            r_.error(*node, phrase("fmt.diag.deck.bad_id", {{"where", where}, {"found", yaml::describe(*node)}}));
            return {};
        }
        return node->scalar;
    }

    // Reads a theme's, lane's or card's id (unique among its kind) into `id`
    // and warns about unknown keys; returns how messages name the item: by
    // its id when it has a good one, by its number otherwise.
    Phrase item_head(const Node& map, const char* noun, int number, std::unordered_map<std::string, int>& seen,
                     const std::vector<std::string_view>& known, std::string& id_out)
    {
        Phrase where = numbered(noun, number);
        id_out = id(map, where);
        if (!id_out.empty()) {
            check_unique_id(r_, map, id_out, seen, noun);
            where = named(noun, id_out);
        }
        r_.unknown_keys(map, known, where);
        return where;
    }

    std::string required_text(const Node& map, const char* key, const Phrase& where)
    {
        const Node* node = r_.field(map, key, true, where);
        if (!node)
            return {};
        if (node->kind == Node::Kind::Null || (node->kind == Node::Kind::Scalar && trimmed(node->scalar).empty())) {
            r_.error(*node, phrase("fmt.diag.empty_text", {{"what", field_of(key, where)}}));
            return {};
        }
        return noted(*node, trimmed(r_.text(*node, field_of(key, where)).value_or("")), field_of(key, where));
    }

    std::string noted(const Node& node, std::string text, const Phrase& what)
    {
        note_unshaped_text(r_, node, text, what, script_notes_);
        return text;
    }

    // An empty optional field ("body:") is the same as a missing one.
    std::string optional_text(const Node& map, const char* key, const Phrase& where)
    {
        const Node* node = r_.field(map, key, false, where);
        if (!node || node->kind == Node::Kind::Null)
            return {};
        return noted(*node, trimmed(r_.text(*node, field_of(key, where)).value_or("")), field_of(key, where));
    }

    std::string theme_ids() const
    {
        std::string list;
        std::size_t shown = 0;
        for (std::size_t i = 0; i < deck_.themes.size(); ++i) {
            const std::string& id = deck_.themes[i].id;
            if (id.empty() || find_theme(deck_, id) != &deck_.themes[i])
                continue;  // unusable or a duplicate
            if (++shown > 20)
                return list + ", ...";
            list += (list.empty() ? "" : ", ") + id;
        }
        return list;
    }

    yaml::Reader r_;
    Deck deck_;
    bool themes_read_ = false;
    ScriptNotes script_notes_;
    std::unordered_map<std::string, int> theme_lines_, lane_lines_, card_lines_;
};

DeckLoad read_deck(yaml::Parsed parsed, const std::string& path)
{
    DeckLoad out;
    out.diagnostics = std::move(parsed.diagnostics);
    const Node* root = parsed.root ? &*parsed.root : parsed.partial ? &*parsed.partial : nullptr;
    if (root) {
        DeckReader reader(path);
        Deck deck = reader.read(*root);
        for (Diagnostic& d : reader.reader().take_diagnostics())
            out.diagnostics.push_back(std::move(d));
        if (!has_errors(out.diagnostics))
            out.deck = std::move(deck);
    }
    // Problems from the YAML layer and from the deck checks, in file order.
    sort_in_file_order(out.diagnostics);
    return out;
}

}  // namespace

DeckLoad parse_deck(std::string_view text, const std::string& path) { return read_deck(yaml::parse(text, path), path); }

DeckLoad load_deck_file(const std::string& path) { return read_deck(yaml::parse_file(path), path); }

}  // namespace prio
