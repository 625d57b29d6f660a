#pragma once
// A council's session for the comparison tests: written to a folder as a
// real session file, as the window or the CLI would find it.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/session/session_deck.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

namespace prio::test {

// NAME.yaml in `dir`, on the bundled deck of `language`, organisation NAME:
// each (card, lane) of `moves` put at the end of that lane in turn, the
// rest on the pile; `k1_note`, when given, is its note on K1.
inline std::string council_session(const TempDir& dir, const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& moves,
                                   const std::string& language = "nl", const std::string& k1_note = "")
{
    Session s = *start_session(bundled_source(language)).session;
    s.meta.organisation = name;
    s.board.notes[static_cast<std::size_t>(find_card(s.deck, "K1"))] = k1_note;
    for (const auto& [card, lane] : moves) {
        int at = static_cast<int>(s.board.lanes[static_cast<std::size_t>(find_lane(s.board, lane))].cards.size());
        REQUIRE(perform(s, Move{card, lane, at}, "2026-01-01T00:00:00Z") == Refusal::None);
    }
    std::string path = dir / (name + ".yaml");
    REQUIRE(save_session_file(path, s).ok);
    return path;
}

}  // namespace prio::test
