#pragma once
// Presentation mode (F5): the board alone on the screen, its text as large
// as lets every card, lane and the pile fit with nothing scrolled and no
// card title cut off. Pure arithmetic over sizes measured in ems (widths at
// a font size of 1), so it can be tested without drawing.
#include <string>
#include <vector>

#include "ui/layout.h"

namespace prio {

// A card's title as words, for wrapping it at any size.
struct TitleMeasure {
    std::vector<float> words;  // bold, in ems
    float code = 0.0f;         // the card's code, bold
    float theme = 0.0f;        // the theme's name, regular
};

struct PresentInput {
    float width = 0.0f, height = 0.0f;  // the whole screen
    // Style lengths at a font size of 1: they scale with the font.
    float padding = 0.55f, spacing = 0.45f, gap = 0.55f, frame_padding = 0.2f;
    float space = 0.25f;   // a space, bold, in ems
    float rank = 0.0f;     // the widest rank number drawn before a code ("18"), bold
    float heading = 1.35f; // lane titles' size, in ems of the regular font
    std::vector<std::vector<int>> lanes;  // cards per lane, as indexes into titles
    std::vector<float> lane_titles;       // each lane's title line, heading font, in ems of the heading
    std::vector<int> pile;
    std::vector<TitleMeasure> titles;     // by card index
    float min_font = 12.0f, max_font = 96.0f;
};

struct LaneBox {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

struct PresentLayout {
    float font = 0.0f;      // the regular font's pixel size to draw with
    bool fits = false;      // false when even the smallest font does not fit
    bool summary = false;   // cards carry their one-line summary
    Layout board;           // card sizes, heights and the pile's grid
    std::vector<LaneBox> lanes;  // from the screen's corner
    float pile_y = 0.0f;
};

// The sizes (in pixels) of the style at `font`, as apply_style scales them.
float present_scale(float font);

PresentLayout layout_presentation(const PresentInput& in);

// How many lines `words` take wrapped at `width` (all in the same unit).
int wrapped_lines(const std::vector<float>& words, float space, float width);

}  // namespace prio
