#pragma once
// What a list of sessions, the check command and the recovery offer say
// about one session: its details and its progress.
#include <cstddef>
#include <string>

#include "core/session.h"

namespace prio {

struct SessionSummary {
    std::string title;         // the session's title; empty when it has none
    std::string organisation;
    std::string date;
    std::string deck;          // the deck's title
    int placed = 0;            // cards in lanes
    int cards = 0;             // cards in the deck
    int lanes = 0;
    std::size_t log_entries = 0;
    std::size_t retired = 0;
};

SessionSummary summarize(const Session& session);

}  // namespace prio
