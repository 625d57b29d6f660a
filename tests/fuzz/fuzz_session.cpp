// libFuzzer target: the session reader on any bytes. A session it accepts
// must hold every card exactly once and write back to a text that reads
// again to the same board; a refused one must say why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "io/session/session_yaml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    prio::SessionLoad load = prio::parse_session(text, "fuzz.yaml");
    if (!load.session) {
        if (load.diagnostics.empty())
            std::abort();
        return 0;
    }
    const prio::Session& s = *load.session;
    std::vector<int> seen(s.deck.cards.size(), 0);
    for (int card : s.board.pile)
        ++seen.at(static_cast<std::size_t>(card));
    for (const prio::Lane& lane : s.board.lanes)
        for (int card : lane.cards)
            ++seen.at(static_cast<std::size_t>(card));
    for (int n : seen)
        if (n != 1)
            std::abort();
    prio::SessionLoad again = prio::parse_session(prio::session_to_yaml(s), "again.yaml");
    if (!again.session || !(again.session->board == s.board) || !(again.session->deck == s.deck))
        std::abort();
    return 0;
}
