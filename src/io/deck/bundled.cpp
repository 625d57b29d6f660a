#include "io/deck/bundled.h"

#include <cstdint>

extern "C" const char prio_deck_nl_data[];
extern "C" const std::uint64_t prio_deck_nl_size;
extern "C" const char prio_deck_en_data[];
extern "C" const std::uint64_t prio_deck_en_size;

namespace prio {

const std::vector<BundledDeck>& bundled_decks()
{
    static const std::vector<BundledDeck> decks = {
        {"nl", "principles.nl.yaml", std::string_view(prio_deck_nl_data, prio_deck_nl_size)},
        {"en", "principles.en.yaml", std::string_view(prio_deck_en_data, prio_deck_en_size)},
    };
    return decks;
}

const BundledDeck& bundled_deck(std::string_view language)
{
    for (const BundledDeck& deck : bundled_decks())
        if (deck.language == language)
            return deck;
    return bundled_decks().front();
}

}  // namespace prio
