#pragma once
// Reading decks from YAML. The format is documented in docs/deck-format.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deck.h"
#include "io/files/diagnostic.h"

namespace prio {

// The card and lane limits are core's (core/deck.h), the same for decks and
// sessions. Sizes of the file and of each value are limited by the YAML
// reader (io/yaml_tree.h).
constexpr long long kMaxLaneCapacity = 2000;  // 0 means no limit

struct DeckLoad {
    std::optional<Deck> deck;  // set only when there are no errors
    std::vector<Diagnostic> diagnostics;  // every error and warning found
};

// `path` is only used to name the file in diagnostics.
DeckLoad parse_deck(std::string_view text, const std::string& path);
DeckLoad load_deck_file(const std::string& path);

}  // namespace prio
