#pragma once
// A deck of cards: the strategic policy principles (or any other set) with
// the themes that group them and the lanes a board starts with.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace prio {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Colour&) const = default;
};

struct Theme {
    std::string id;
    std::string title;
    Colour colour;
    // What the theme is about, for discussing the cards theme by theme
    // (initialised, so themes written as {id, title, colour} may leave it out).
    std::string description = {};
    bool operator==(const Theme&) const = default;
};

// capacity 0 means "no limit". An unranked lane (e.g. "not a priority")
// holds cards that were discussed and set aside: they get no rank.
struct LaneSpec {
    std::string id;
    std::string title;
    int capacity = 0;
    bool ranked = true;
    // The term a new action of a card in this lane takes, in years of the
    // plan ("Nu — jaar 1": 1). Decks of format 1 may give it (docs/deck-format.md).
    LaneTerm term = {};
    bool operator==(const LaneSpec&) const = default;
};

struct Card {
    std::string id;       // short stable code, e.g. "K1"
    std::string title;
    std::string theme;    // id of a Theme in the same deck
    std::string summary;  // one line
    std::string body;     // a paragraph
    std::string source;   // where the card's content comes from, as a reader cites it
    std::string source_file = {};  // the source's file name, when it is one (the bundled decks' seed articles)
    bool operator==(const Card&) const = default;
};

struct Deck {
    std::string id;
    std::string title;
    std::string language;  // "nl", "en", ...
    std::string version;
    std::string description;
    std::vector<Theme> themes;
    std::vector<LaneSpec> lanes;
    std::vector<Card> cards;
    bool operator==(const Deck&) const = default;
};

// Limits of decks and sessions alike (docs/deck-format.md,
// docs/session-format.md): a board never grows past what a file may hold,
// so whatever is saved opens again.
constexpr std::size_t kMaxCards = 2000;
constexpr std::size_t kMaxLanes = 50;

// Index of the card with this id, or -1.
int find_card(const Deck& deck, std::string_view id);
// The theme with this id, or nullptr.
const Theme* find_theme(const Deck& deck, std::string_view id);

}  // namespace prio
