#pragma once
// Two versions of one session's board side by side: ours (in memory) and
// theirs (the file someone else changed), for the question which to keep.
#include <string>
#include <vector>

#include "core/session.h"

namespace prio {

// One card: where it lies on each side, "Nu, 2" (a ranked lane and the
// rank), "Later" (unranked), the pile's name, or "" when that side's deck
// lacks the card.
struct PlaceRow {
    std::string card;   // id
    std::string title;
    std::string ours;
    std::string theirs;
    bool differs = false;
};

// Our lanes in order, then the pile, each with its cards in our order;
// then the cards only theirs has, under the lane or pile they have them in.
struct LaneRows {
    std::string lane;  // the lane's title, or the pile's name
    std::vector<PlaceRow> rows;
};

struct BoardComparison {
    std::vector<LaneRows> lanes;
    int differences = 0;
};

BoardComparison compare_boards(const Session& ours, const Session& theirs, const std::string& pile_name);

}  // namespace prio
