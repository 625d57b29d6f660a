#pragma once
// What differs between a session's copy of its deck and the deck as it is
// now, and the switch to the new deck: a card the new deck no longer has is
// kept and marked retired, never dropped; new cards go to the pile.
#include <string>
#include <vector>

#include "core/session.h"

namespace prio {

struct CardChange {
    std::string id;
    std::string old_title;
    std::string new_title;
    std::vector<std::string> fields;  // which of title, theme, summary, body, source differ
    bool operator==(const CardChange&) const = default;
};

struct DeckDiff {
    std::vector<std::string> added;     // in the new deck only, in its order
    std::vector<std::string> removed;   // in the copy only, not counting cards already retired
    std::vector<std::string> returned;  // retired before, in the new deck again
    std::vector<CardChange> changed;    // the same id with other content
    bool details_changed = false;       // the deck's id, title, language, version or description
    bool themes_changed = false;
    bool lanes_changed = false;         // the lanes a new board would start with
    bool empty() const;
};

DeckDiff compare_decks(const Deck& copy, const std::vector<std::string>& retired, const Deck& now);

struct DeckSwitch {
    std::vector<std::string> retired;  // every card now kept as retired
    std::vector<std::string> added;    // put on the pile
};

// Makes `deck` the session's deck: cards keep their lanes, places and notes
// by id, new cards go to the end of the pile, cards the deck lacks stay
// where they are as retired cards (with their theme, if the deck dropped
// it). The board's lanes are the group's and stay as they are.
DeckSwitch switch_deck(Session& session, const Deck& deck, const std::string& path, const std::string& hash);

}  // namespace prio
