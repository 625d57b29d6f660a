#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace prio {

float card_height(CardSize size, float font, float frame_padding)
{
    float lines = size == CardSize::Tall ? 3.6f : size == CardSize::Full ? 2.4f : 1.3f;
    return std::ceil(font * lines + frame_padding * 2.0f);
}

Layout layout_board(const LayoutInput& in)
{
    Layout out;
    out.header_height = std::ceil(in.heading * 1.3f + in.spacing * 2.0f + 1.0f);
    // Above the first card: room for the selection's outline.
    float inset = std::max(3.0f, in.font * 0.18f) + 2.0f;

    // Lanes share the width; below a readable minimum they scroll sideways.
    float min_lane = in.font * 12.0f;
    if (in.lanes > 0) {
        float share = (in.width - in.gap * static_cast<float>(in.lanes - 1)) / static_cast<float>(in.lanes);
        out.lane_width = std::floor(std::max(min_lane, share));
    }

    // The pile is a grid of cards as wide as the window.
    float inner = in.width - in.padding * 2.0f;
    float want_width = std::floor(in.font * 16.0f);
    out.pile_per_row = std::max(1, static_cast<int>((inner + in.gap) / (want_width + in.gap)));
    // Spread the spare width over the cards, so the grid fills its row.
    out.pile_card_width = std::floor((inner - in.gap * static_cast<float>(out.pile_per_row - 1)) / static_cast<float>(out.pile_per_row));
    out.pile_card_width = std::min(out.pile_card_width, std::floor(in.font * 22.0f));

    int pile_rows = std::max(1, (in.pile + out.pile_per_row - 1) / out.pile_per_row);
    auto height = [&](CardSize size) { return card_height(size, in.font, in.frame_padding); };
    auto pile_need = [&](CardSize size, int rows) {
        return out.header_height + inset + in.padding * 2.0f + static_cast<float>(rows) * (height(size) + in.spacing);
    };
    auto lanes_need = [&](CardSize size, int cards) {
        return out.header_height + inset + in.padding * 2.0f + static_cast<float>(std::max(cards, 1)) * (height(size) + in.spacing);
    };
    float available = in.height - in.spacing;

    // The largest cards with which nothing scrolls, the lanes first.
    const CardSize order[][2] = {
        {CardSize::Tall, CardSize::Tall},    {CardSize::Tall, CardSize::Full},    {CardSize::Full, CardSize::Tall},
        {CardSize::Full, CardSize::Full},    {CardSize::Compact, CardSize::Tall}, {CardSize::Compact, CardSize::Full},
    };
    bool fits = false;
    for (const auto& sizes : order) {
        if (lanes_need(sizes[0], in.fullest_lane) + pile_need(sizes[1], pile_rows) <= available) {
            out.lane_cards = sizes[0];
            out.pile_cards = sizes[1];
            out.pile_height = pile_need(sizes[1], pile_rows);
            fits = true;
            break;
        }
    }
    if (!fits) {
        // Something scrolls. The lanes, where the result is, keep at least
        // 60% of the height; the pile at least one row.
        out.pile_cards = CardSize::Full;
        out.pile_height = std::max(pile_need(CardSize::Full, 1), std::min(pile_need(CardSize::Full, pile_rows), available * 0.4f));
        float lanes_height = available - out.pile_height;
        // One-line cards only when that spares the lanes a scrollbar; when
        // they scroll anyway, full cards read better.
        bool compact_fits = lanes_need(CardSize::Compact, in.fullest_lane) <= lanes_height;
        bool full_fits = lanes_need(CardSize::Full, in.fullest_lane) <= lanes_height;
        out.lane_cards = !full_fits && compact_fits ? CardSize::Compact : CardSize::Full;
    }
    out.lanes_height = std::floor(std::max(lanes_need(CardSize::Compact, 1), available - out.pile_height));
    out.pile_height = std::floor(out.pile_height);
    out.card_height = height(out.lane_cards);
    out.pile_card_height = height(out.pile_cards);
    return out;
}

}  // namespace prio
