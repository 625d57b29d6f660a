#pragma once
// The comparison of councils in the window (Screen::Compare): the consensus
// ranking beside a heatmap of every council's lanes, the agreement in
// numbers and words, the contested principles marked, and a card's detail
// (its lanes and every council's note). The Comparison is a second model,
// loaded by the app beside the session, which stays as it was.
#include <string>
#include <vector>

#include <imgui.h>

namespace prio {

struct CouncilRow {
    int card = 0;      // index into the comparison's deck
    std::string code;  // its id
    ImVec2 min, max;
};

// A heatmap cell as drawn: which council (index into the comparison's
// councils) and card, and the fill of the lane it chose.
struct CouncilCell {
    int card = 0;
    int council = 0;
    unsigned int fill = 0;
};

// View state of the comparison screen only.
struct CouncilsView {
    int row = 0;      // the selected row, in consensus order
    int detail = -1;  // the card whose detail is open; -1 for none
    int round = -1;   // the round of the session whose participants are compared; -1: councils' sessions
    bool scroll_to_row = false;
    std::vector<std::string> warnings;  // what loading warned about (another deck version, retired cards)
    // Per frame, filled while drawing, for the geometry file and tests: where
    // each row was, and each cell in the order drawn (row by row, the
    // councils left to right).
    std::vector<CouncilRow> rows;
    std::vector<CouncilCell> cells;
    std::vector<std::string> contested_shown;  // codes of the rows marked contested
};

}  // namespace prio
