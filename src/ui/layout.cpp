#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace prio {

float full_card_height(float font, float frame_padding)
{
    // Two lines of text: code and title, then the theme's name.
    return std::ceil(font * 2.4f + frame_padding * 2.0f);
}

float compact_card_height(float font, float frame_padding)
{
    return std::ceil(font * 1.3f + frame_padding * 2.0f);
}

Layout layout_board(const LayoutInput& in)
{
    Layout out;
    out.card_height = full_card_height(in.font, in.frame_padding);
    out.pile_card_height = out.card_height;
    out.header_height = std::ceil(in.heading * 1.3f + in.spacing * 2.0f + 1.0f);

    // Lanes share the width; below a readable minimum they scroll sideways.
    float min_lane = in.font * 14.0f;
    if (in.lanes > 0) {
        float share = (in.width - in.gap * static_cast<float>(in.lanes - 1)) / static_cast<float>(in.lanes);
        out.lane_width = std::floor(std::max(min_lane, share));
    }

    // The pile is a grid of cards as wide as the window.
    out.pile_card_width = std::floor(in.font * 16.0f);
    float inner = in.width - in.padding * 2.0f;
    out.pile_per_row = std::max(1, static_cast<int>((inner + in.gap) / (out.pile_card_width + in.gap)));
    // Spread the spare width over the cards, so the grid fills its row.
    out.pile_card_width = std::floor((inner - in.gap * static_cast<float>(out.pile_per_row - 1)) / static_cast<float>(out.pile_per_row));
    out.pile_card_width = std::min(out.pile_card_width, std::floor(in.font * 22.0f));

    int pile_rows = std::max(1, (in.pile + out.pile_per_row - 1) / out.pile_per_row);
    auto pile_need = [&](int rows) {
        return out.header_height + in.padding * 2.0f + static_cast<float>(rows) * (out.pile_card_height + in.spacing);
    };
    auto lanes_need = [&](float card_height, int cards) {
        return out.header_height + in.padding * 2.0f + static_cast<float>(std::max(cards, 1)) * (card_height + in.spacing);
    };
    float compact_height = compact_card_height(in.font, in.frame_padding);
    float available = in.height - in.spacing;
    float pile_want = pile_need(pile_rows);

    if (pile_want + lanes_need(out.card_height, in.fullest_lane) <= available) {
        out.pile_height = pile_want;
    } else if (pile_want + lanes_need(compact_height, in.fullest_lane) <= available) {
        out.pile_height = pile_want;
        out.compact = true;
    } else {
        // Something scrolls. The lanes keep at least three full cards'
        // height, the pile at least one row; the pile gives way first.
        float lanes_min = lanes_need(out.card_height, 3);
        out.pile_height = std::max(pile_need(1), std::min(pile_want, available - lanes_min));
        float lanes_height = available - out.pile_height;
        out.compact = lanes_need(out.card_height, in.fullest_lane) > lanes_height;
    }
    out.lanes_height = std::floor(std::max(lanes_need(out.card_height, 1), available - out.pile_height));
    out.pile_height = std::floor(out.pile_height);
    if (out.compact)
        out.card_height = compact_height;
    return out;
}

}  // namespace prio
