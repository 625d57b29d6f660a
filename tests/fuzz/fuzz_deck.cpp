// libFuzzer target: the deck reader on any bytes. It must answer with a deck
// or with diagnostics, never crash, hang or trip a sanitizer; a deck it
// accepts must also satisfy what the rest of the program relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <unordered_set>

#include "io/deck/deck_yaml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    prio::DeckLoad load = prio::parse_deck(text, "fuzz.yaml");
    if (load.deck) {
        if (load.deck->cards.empty() || load.deck->cards.size() > prio::kMaxCards || load.deck->lanes.size() > prio::kMaxLanes)
            std::abort();
        std::unordered_set<std::string_view> ids;
        for (const prio::Card& card : load.deck->cards)
            if (!ids.insert(card.id).second || !prio::find_theme(*load.deck, card.theme))
                std::abort();
    } else if (load.diagnostics.empty()) {
        std::abort();  // refused without saying why
    }
    return 0;
}
