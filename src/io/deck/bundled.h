#pragma once
// The decks built into the program, so it starts with no data directory.
#include <string>
#include <string_view>
#include <vector>

namespace prio {

struct BundledDeck {
    std::string_view language;  // "nl", "en"
    std::string_view name;      // file name in cards/, used in diagnostics
    std::string_view text;      // the YAML
};

const std::vector<BundledDeck>& bundled_decks();
// The deck in this language, or the Dutch default.
const BundledDeck& bundled_deck(std::string_view language = "nl");

}  // namespace prio
