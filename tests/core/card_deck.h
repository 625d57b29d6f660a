#pragma once
// A small deck for the core tests: cards named by their codes (title = code,
// one theme), with the lanes given.
#include <initializer_list>
#include <utility>
#include <vector>

#include "core/deck.h"

namespace prio::test {

inline Deck card_deck(std::initializer_list<const char*> codes, std::vector<LaneSpec> lanes)
{
    Deck d;
    d.id = "cards";
    d.language = "nl";
    for (const char* id : codes) d.cards.push_back({id, id, "t", "", "", ""});
    d.lanes = std::move(lanes);
    return d;
}

}  // namespace prio::test
