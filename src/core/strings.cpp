#include "core/strings.h"

#include <algorithm>
#include <array>

namespace prio {
namespace {

struct Entry {
    std::string_view key;
    std::string_view nl;
    std::string_view en;
};

// Keys are grouped by the part of the program that shows them; "fmt."
// entries take std::format-style placeholders filled in by the caller.
constexpr Entry kTable[] = {
    // --- board and window
    {"board.pile", "Stapel", "Pile"},
    // --- sessions
    // --- exports
};

}  // namespace

std::string_view tr(std::string_view key, std::string_view language)
{
    for (const Entry& e : kTable)
        if (e.key == key)
            return language == "nl" ? e.nl : e.en;
    return key;
}

}  // namespace prio
