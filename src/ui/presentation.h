#pragma once
// Presentation mode (F5): the board alone on the screen, its text as large
// as lets every card, lane and the pile fit with nothing scrolled and no
// card or lane title cut off. Pure arithmetic over sizes measured in ems
// (widths at a font size of 1), so it can be tested without drawing.
//
// A presented card is its rank, code and title, wrapped over one to three
// lines (the lines after the first use the card's whole width), and its
// one-line summary when there is room. Lanes go in one or two rows, each
// row as tall as its fullest lane needs; an empty lane is as narrow as its
// title line when the others need the room.
#include <vector>

#include "ui/layout.h"

namespace prio {

// Lane titles are only a little larger than the cards' titles: the cards are
// what the room reads, and the lanes' titles must fit whole.
inline constexpr float kPresentHeading = 1.1f;
// The style's lengths at the base font of 18 px while presenting (tighter
// than the board's own: every pixel goes to the text).
inline constexpr float kPresentPadding = 6.0f, kPresentSpacingX = 8.0f, kPresentSpacingY = 5.0f;

// A card's title as words, for wrapping it at any size.
struct TitleMeasure {
    std::vector<float> words;  // bold, in ems
    float code = 0.0f;         // the card's code, bold
};

struct PresentInput {
    float width = 0.0f, height = 0.0f;  // the whole screen
    float space = 0.25f;   // a space, bold, in ems
    float rank = 0.0f;     // the widest rank drawn before a code ("18."), bold
    std::vector<std::vector<int>> lanes;  // cards per lane, as indexes into titles
    std::vector<float> lane_titles;       // each lane's "N  title", bold, in ems
    std::vector<int> pile;
    std::vector<TitleMeasure> titles;     // by card index
    // Walking the themes: the banner above the board, and a summary on the theme's cards.
    bool banner = false;
    std::vector<float> banner_words;      // the theme's description, regular, in ems
    float banner_space = 0.25f;
    float min_font = 12.0f, max_font = 96.0f;
};

struct LaneBox {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

struct PresentLayout {
    float font = 0.0f;      // the regular font's pixel size to draw with
    bool fits = false;      // false when even the smallest font does not fit
    bool summary = false;   // cards carry their one-line summary
    int lines = 1;          // title lines on every card
    Layout board;           // card heights, the pile's grid and height, the lanes' height
    int banner_lines = 0;   // the theme's description, wrapped, when walking the themes
    std::vector<LaneBox> lanes;  // from the board's content corner
};

// The style's scale (apply_style) that goes with a regular font of `font` pixels.
float present_scale(float font);
// The theme banner's height (View > Per theme) for a regular font of `font`
// pixels and a description over `lines` lines.
float theme_banner_height(float font, int lines);
// A presented card's height at `font`.
float present_card_height(float font, int lines, bool summary);

PresentLayout layout_presentation(const PresentInput& in);

// How many lines `words` take wrapped greedily, the first line `first`
// wide and the others `width` (all in the same unit); a huge number when a
// word fits on no line.
int wrapped_lines(const std::vector<float>& words, float space, float first, float width);

}  // namespace prio
