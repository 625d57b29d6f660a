#pragma once
// The pieces of the comparison screen (ui/compare_view.h), one file each.
// Internal to src/ui.
#include <string>
#include <vector>

#include <imgui.h>

#include "core/comparison.h"
#include "ui/board_view.h"

namespace prio {

// How the heatmap shows a lane a council chose: a fill, a text colour that
// reads on it, a symbol in the cell (so that colour is not the only cue)
// and the lane's name for the legend and the detail.
struct LaneLook {
    ImU32 fill = 0;
    ImU32 text = 0;
    std::string symbol;
    std::string title;
};
// `lane` is a lane id of a council's board; "" is the pile. The deck's
// ranked lanes go from dark to light in their order; its unranked lanes,
// a lane a council made itself and the pile each have a colour of their own.
LaneLook lane_look(const Deck& deck, const std::string& lane, const std::string& language);
// The legend: one swatch with its symbol and name per look the heatmap uses.
void draw_lane_legend(const Deck& deck, const std::string& language);

// What a card's detail lists: per lane (the deck's, the councils' own, the
// pile last) how many councils chose it; per council, in cluster order, its
// lane and its note ("" for none).
struct LaneCount {
    std::string lane;  // "" for the pile
    int councils = 0;
};
std::vector<LaneCount> lane_counts(const Deck& deck, const CardConsensus& figures);
struct CouncilNote {
    std::string council;
    std::string lane;
    std::string note;
};
std::vector<CouncilNote> council_notes(const Comparison& comparison, int card);

// The ranking and the heatmap, one row per card in consensus order
// (compare_heatmap.cpp). A click selects a row and opens its detail.
void draw_compare_table(const Comparison& comparison, const std::string& language, BoardView& view, float height);

}  // namespace prio
