#pragma once
// Filling the placeholders of translated texts (core/strings): "{name}" is
// replaced by the value given for that name, so a translation may put the
// values in another order than the English text.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prio {

using Placeholders = std::vector<std::pair<std::string_view, std::string>>;

// Replaces each "{name}" in `pattern` by its value, and each
// "{name|one|other}" by `one` when the value is "1", else by `other` (so
// "{count} {count|stem|stemmen}"); unknown names stay as they are.
std::string fill(std::string_view pattern, const Placeholders& values);

}  // namespace prio
