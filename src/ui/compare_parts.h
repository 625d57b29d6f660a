#pragma once
// The pieces of the comparison screen (ui/compare_view.h), one file each.
// Internal to src/ui.
#include <string>
#include <vector>

#include <imgui.h>

#include "core/comparison.h"
#include "core/comparison_lanes.h"
#include "ui/window_view.h"

namespace prio {

// The lanes' colours, keys and names are core/comparison_lanes', shared with
// the report. A legend entry as the window paints it: its fill, the text
// colour that reads on it, and its name ("" for the pile, whose name is
// the report's).
ImU32 lane_fill(const LaneKey& key);
ImU32 lane_text_colour(const LaneKey& key);
std::string lane_name(const LaneKey& key, const std::string& language);
// The legend: one swatch with its key and name per lane the councils used.
void draw_lane_legend(const std::vector<LaneKey>& legend, const std::string& language);

// What a card's detail lists: per legend entry, how many councils put the
// card there; per council, in cluster order, its legend entry, its cell's
// text ("A3") and its note ("" for none).
struct LaneCount {
    std::size_t key = 0;  // into the legend
    int councils = 0;
};
std::vector<LaneCount> lane_counts(const std::vector<LaneKey>& legend, const CardConsensus& figures);
struct CouncilNote {
    std::string council;
    std::size_t key = 0;  // into the legend
    std::string cell;     // as the heatmap says it
    std::string note;
};
std::vector<CouncilNote> council_notes(const Comparison& comparison, const std::vector<LaneKey>& legend, int card);

// The head's lines beside the whole's W (compare_screen.cpp): Kemeny
// beside Borda, and each segment's W and first three principles.
std::string kemeny_line(const Comparison& comparison, const std::string& language);
std::vector<std::string> segment_lines(const Comparison& comparison, const std::string& language);

// The ranking and the heatmap, one row per card in consensus order
// (compare_heatmap.cpp). A click selects a row and opens its detail.
void draw_compare_table(const Comparison& comparison, const std::vector<LaneKey>& legend, const std::string& language, WindowView& view,
                        float height);

}  // namespace prio
