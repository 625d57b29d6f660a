#include "core/deck.h"

namespace prio {

int find_card(const Deck& deck, std::string_view id)
{
    for (std::size_t i = 0; i < deck.cards.size(); ++i)
        if (deck.cards[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const Theme* find_theme(const Deck& deck, std::string_view id)
{
    for (const Theme& theme : deck.themes)
        if (theme.id == id)
            return &theme;
    return nullptr;
}

}  // namespace prio
