#include "ui/presentation.h"

#include <algorithm>
#include <cmath>

#include "ui/fonts.h"

namespace prio {
namespace {

constexpr float kFramePaddingX = 4.0f, kFramePaddingY = 3.0f;  // Dear ImGui's, scaled by apply_style
// What rounding and the glyphs' own advance may take beyond the sum of widths.
constexpr float kWrapSlack = 0.97f;
constexpr int kMaxLines = 3;
// Noto Sans at 35 px has capitals 18 px tall: 16' of arc at 5 m from a 2.5 m wide image of 1920 px.
constexpr float kReadableFont = 35.0f;

struct Metrics {
    float font, padding, spacing, gap, pad_x, inset, header;
};

Metrics metrics(float font)
{
    float s = present_scale(font);
    Metrics m{};
    m.font = font;
    m.padding = kPresentPadding * s;
    m.spacing = kPresentSpacingY * s;
    m.gap = kPresentSpacingX * s;
    m.pad_x = kFramePaddingX * s * 2.0f;
    m.inset = std::max(3.0f, font * 0.18f) + 2.0f;
    m.header = std::ceil(font * kPresentHeading * 1.3f + m.spacing * 2.0f + 1.0f);
    return m;
}

// Whether a card's title is drawn whole on a card `width` wide, as draw_content lays it out.
bool title_fits(const PresentInput& in, const Metrics& m, const TitleMeasure& t, float width, int lines, bool ranked)
{
    float inner = (width - m.pad_x * 2.0f) * kWrapSlack;
    float lead = t.code * m.font + m.pad_x + (ranked ? in.rank * m.font + m.pad_x : 0.0f);
    std::vector<float> words(t.words.size());
    std::transform(t.words.begin(), t.words.end(), words.begin(), [&](float w) { return w * m.font; });
    return wrapped_lines(words, in.space * m.font, inner - lead, inner) <= lines;
}

bool all_fit(const PresentInput& in, const Metrics& m, const std::vector<int>& cards, float width, int lines, bool ranked)
{
    return std::all_of(cards.begin(), cards.end(), [&](int c) {
        return title_fits(in, m, in.titles[static_cast<std::size_t>(c)], width, lines, ranked);
    });
}

float column_need(const Metrics& m, std::size_t cards, float card)
{
    return m.header + m.inset * 2.0f + m.padding * 2.0f + static_cast<float>(cards) * (card + m.spacing);
}

// The pile's grid that leaves the most height to the lanes; false when no card width holds its titles.
bool fit_pile(const PresentInput& in, const Metrics& m, float width, float card, int lines, Layout& out)
{
    int n = static_cast<int>(in.pile.size());
    out.pile_card_height = card;
    if (n == 0) {  // its title line, to drop cards on
        out.pile_height = std::ceil(m.header + m.padding * 2.0f + m.inset);
        out.pile_per_row = 1;
        out.pile_card_width = width;
        return true;
    }
    float inner = width - m.padding * 2.0f - m.inset * 2.0f;
    for (int per_row = n; per_row >= 1; --per_row) {  // the widest row first: the lowest pile
        float card_w = std::floor((inner - m.gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
        if (card_w <= 0.0f || !all_fit(in, m, in.pile, card_w, lines, false))
            continue;
        int rows = (n + per_row - 1) / per_row;
        out.pile_height = std::ceil(m.header + m.inset * 2.0f + m.padding * 2.0f + static_cast<float>(rows) * (card + m.spacing));
        out.pile_per_row = per_row;
        out.pile_card_width = card_w;
        return true;
    }
    return false;
}

// The room a lane's title line needs: "N  title", its count, the spacing.
float header_width(const PresentInput& in, const Metrics& m, std::size_t lane)
{
    float title = lane < in.lane_titles.size() ? in.lane_titles[lane] : 6.0f;
    return std::ceil(title * kPresentHeading * m.font + m.font * 2.5f + m.gap * 2.0f + m.padding * 2.0f);
}

// The lanes in `rows` rows within `height`, each row as tall as its fullest lane needs.
bool fit_lanes(const PresentInput& in, const Metrics& m, float width, float height, int rows, float card, int lines, PresentLayout& out)
{
    std::size_t lanes = in.lanes.size();
    std::size_t per_row = (lanes + static_cast<std::size_t>(rows) - 1) / static_cast<std::size_t>(rows);
    std::vector<LaneBox> boxes(lanes);
    std::vector<float> needs;
    for (std::size_t first = 0; first < lanes; first += per_row) {
        std::size_t last = std::min(lanes, first + per_row);
        float gaps = m.gap * static_cast<float>(last - first - 1);
        float empty_width = 0.0f;
        std::size_t filled = 0, fullest = 0;
        for (std::size_t l = first; l < last; ++l) {
            std::size_t n = in.lanes[l].size();
            fullest = std::max(fullest, n);
            if (n == 0)
                empty_width += header_width(in, m, l);
            else
                ++filled;
        }
        float equal = std::floor((width - gaps) / static_cast<float>(last - first));
        float share = filled > 0 ? std::floor((width - gaps - empty_width) / static_cast<float>(filled)) : equal;
        float x = 0.0f;
        for (std::size_t l = first; l < last; ++l) {
            float w = filled == 0 ? equal : in.lanes[l].empty() ? header_width(in, m, l) : share;
            if (w < header_width(in, m, l))
                return false;
            const std::vector<int>& cards = in.lanes[l];
            if (!all_fit(in, m, cards, w - m.padding * 2.0f - m.inset * 2.0f, lines, true))
                return false;
            boxes[l] = LaneBox{x, 0.0f, w, 0.0f};
            x += w + m.gap;
        }
        needs.push_back(fullest == 0 ? m.header + m.padding * 2.0f + m.inset : column_need(m, fullest, card));
    }
    float total = m.spacing * static_cast<float>(needs.size() - 1);
    for (float need : needs)
        total += need;
    if (total > height)
        return false;
    // The height to spare goes to the rows that hold cards.
    std::size_t with_cards = static_cast<std::size_t>(std::count_if(needs.begin(), needs.end(), [&](float n) { return n > m.header + m.padding * 2.0f + m.inset; }));
    float extra = with_cards > 0 ? std::floor((height - total) / static_cast<float>(with_cards)) : 0.0f;
    float y = 0.0f;
    for (std::size_t r = 0; r < needs.size(); ++r) {
        float h = std::floor(needs[r] + (needs[r] > m.header + m.padding * 2.0f + m.inset ? extra : 0.0f));
        for (std::size_t l = r * per_row; l < std::min(lanes, (r + 1) * per_row); ++l) {
            boxes[l].y = y;
            boxes[l].height = h;
        }
        y += h + m.spacing;
    }
    out.lanes = boxes;
    out.board.card_height = card;
    out.board.lane_width = boxes.empty() ? 0.0f : boxes[0].width;
    return true;
}

bool fit_at(const PresentInput& in, float font, bool summary, PresentLayout& out)
{
    Metrics m = metrics(font);
    float width = in.width - m.padding * 2.0f;
    float height = in.height - m.padding * 2.0f;
    int banner_lines = 0;
    if (in.banner) {
        std::vector<float> words(in.banner_words.size());
        std::transform(in.banner_words.begin(), in.banner_words.end(), words.begin(), [&](float w) { return w * font * 1.35f; });
        float room = (width - m.padding * 4.0f) * kWrapSlack;
        banner_lines = words.empty() ? 0 : wrapped_lines(words, in.banner_space * font * 1.35f, room, room);
        height -= theme_banner_height(font, banner_lines) + m.spacing;
    }
    for (int lines = 1; lines <= kMaxLines; ++lines) {
        float card = present_card_height(font, lines, summary);
        out = PresentLayout{};
        out.font = font;
        out.summary = summary;
        out.lines = lines;
        out.banner_lines = banner_lines;
        out.board.header_height = m.header;
        if (!fit_pile(in, m, width, card, lines, out.board))
            continue;
        float lanes_height = std::floor(height - m.spacing - out.board.pile_height);
        int max_rows = in.lanes.size() >= 4 ? 3 : in.lanes.size() >= 2 ? 2 : 1;
        for (int rows = 1; rows <= max_rows; ++rows) {
            if (fit_lanes(in, m, width, lanes_height, rows, card, lines, out)) {
                out.board.lanes_height = lanes_height;
                out.fits = true;
                return true;
            }
        }
    }
    return false;
}

float largest_font(const PresentInput& in, bool summary, PresentLayout& out)
{
    for (float font = in.max_font; font >= in.min_font; font -= 1.0f)
        if (fit_at(in, font, summary, out))
            return font;
    return 0.0f;
}

}  // namespace

float present_scale(float font)
{
    return font / kBaseFontPixels;
}

float theme_banner_height(float font, int lines)
{
    // Padding, the title (1.8 times the text, fonts.h), the description (1.35 times).
    float pad = kPresentPadding * present_scale(font) * 2.0f;
    return std::ceil(pad * 2.0f + font * 1.8f * 1.25f + font * 1.35f * 1.25f * static_cast<float>(lines));
}

float present_card_height(float font, int lines, bool summary)
{
    float line = std::ceil(font * 1.2f);
    return line * static_cast<float>(lines + (summary ? 1 : 0)) + std::ceil(kFramePaddingY * present_scale(font)) * 2.0f;
}

int wrapped_lines(const std::vector<float>& words, float space, float first, float width)
{
    int lines = 1;
    float room = first;
    float used = 0.0f;
    for (float w : words) {
        float next = used > 0.0f ? used + space + w : w;
        if (next <= room) {
            used = next;
            continue;
        }
        if (w > width)
            return 1 << 20;  // wider than any line
        ++lines;  // a first line too narrow for the first word stays empty
        room = width;
        used = w;
    }
    return lines;
}

PresentLayout layout_presentation(const PresentInput& in)
{
    PresentLayout plain;
    float font = largest_font(in, false, plain);
    // The summary when it costs the titles little of their size, and never
    // below the size read from the back of the room (kReadableFont).
    PresentLayout with_summary;
    float summary_font = largest_font(in, true, with_summary);
    // Walking the themes, the theme's cards carry their summary whatever it costs.
    if (summary_font > 0.0f && (in.banner || summary_font >= std::max(kReadableFont, std::floor(font * 0.85f))))
        return with_summary;
    if (font > 0.0f)
        return plain;
    PresentLayout none;  // nothing fits: the board's own layout at the smallest size, which scrolls
    none.font = in.min_font;
    return none;
}

}  // namespace prio
