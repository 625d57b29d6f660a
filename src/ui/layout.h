#pragma once
// How the board divides the window: pure arithmetic over sizes, so it can be
// tested without drawing. Every length scales with the font size, so zoom
// and the screen's content scale change the layout with the text.
namespace prio {

// How much of a card shows: the largest that lets everything fit is used.
enum class CardSize {
    Compact,  // one line: code, title, theme name at the right
    Full,     // code and title, then the theme's name
    Tall,     // code and a title of up to two lines, then the theme's name
};

struct LayoutInput {
    float width = 0.0f;   // space inside the board window, below the menu bar
    float height = 0.0f;
    float font = 18.0f;   // pixel size of the regular font
    float heading = 24.0f;
    float padding = 8.0f;   // window padding inside lanes and the pile
    float spacing = 8.0f;   // between cards, down
    float gap = 10.0f;      // between lanes and between the pile's columns
    float frame_padding = 4.0f;
    int lanes = 0;
    int fullest_lane = 0;  // cards in the lane that holds the most
    int pile = 0;
};

struct Layout {
    CardSize lane_cards = CardSize::Full;
    CardSize pile_cards = CardSize::Full;
    float card_height = 0.0f;       // in lanes
    float pile_card_height = 0.0f;
    float pile_card_width = 0.0f;
    float header_height = 0.0f;     // lane and pile headers, separator included
    float lane_width = 0.0f;
    float lanes_height = 0.0f;      // the row of lanes
    float pile_height = 0.0f;
    int pile_per_row = 1;
};

float card_height(CardSize size, float font, float frame_padding);
Layout layout_board(const LayoutInput& in);

}  // namespace prio
