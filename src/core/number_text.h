#pragma once
// Numbers as the reader writes them: a decimal comma in Dutch, a point in
// English (the window and the documents speak the session's language).
#include <string>
#include <string_view>

namespace prio {

// `value` with `places` decimals, e.g. decimal(0.617, 2, "nl") == "0,62".
std::string decimal(double value, int places, std::string_view language);

}  // namespace prio
