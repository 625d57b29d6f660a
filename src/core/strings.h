#pragma once
// Every text the user reads, in Dutch and English, in one table.
#include <string_view>
#include <vector>

namespace prio {

// The text for `key` in `language` ("nl" or "en"; anything else: English).
// An unknown key returns the key itself, so a missing entry shows, not crashes.
std::string_view tr(std::string_view key, std::string_view language);

// Every key in the table, in its order (for tests that check all texts).
std::vector<std::string_view> text_keys();

}  // namespace prio
