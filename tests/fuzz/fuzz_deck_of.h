#pragma once
// The deck the ballot fuzz targets rank: the first bundled deck, read once.
#include <string>

#include "core/deck.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"

namespace prio::fuzz {

inline const Deck& bundled_deck()
{
    static const Deck d = [] {
        const BundledDeck& b = bundled_decks().front();
        return *parse_deck(b.text, std::string(b.name)).deck;
    }();
    return d;
}

}  // namespace prio::fuzz
