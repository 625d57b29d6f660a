#include "ui/card.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include <imgui_internal.h>

#include "core/colour.h"

namespace prio {
namespace {

ImU32 to_u32(Colour c, int alpha = 255)
{
    return IM_COL32(c.r, c.g, c.b, alpha);
}

ImFont* or_default(ImFont* font)
{
    return font ? font : ImGui::GetFont();
}

// Text that ends in "…" when it does not fit before max_x. Drawn straight into
// the draw list with the font given, without pushing fonts or clip rects,
// which would split the draw list's commands for every card.
void text_in(ImDrawList* draw, ImFont* font, ImVec2 pos, float max_x, ImU32 colour, std::string_view text)
{
    float avail = max_x - pos.x;
    if (avail <= 0.0f || text.empty())
        return;
    const char* begin = text.data();
    const char* end = begin + text.size();
    float size = font->FontSize;
    if (font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x <= avail) {
        draw->AddText(font, size, pos, colour, begin, end);
        return;
    }
    static const char* const kDots = "\u2026";
    float dots = font->CalcTextSizeA(size, FLT_MAX, 0.0f, kDots).x;
    const char* fits = begin;
    float width = font->CalcTextSizeA(size, std::max(0.0f, avail - dots), 0.0f, begin, end, &fits).x;
    const char* cut = fits;
    while (cut > begin && cut[-1] == ' ')
        --cut;
    if (cut != fits)
        width = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, cut).x;
    draw->AddText(font, size, pos, colour, begin, cut);
    draw->AddText(font, size, ImVec2(pos.x + width, pos.y), colour, kDots);
}

}  // namespace

Colour card_background(const Deck& deck, int card)
{
    const Theme* theme = find_theme(deck, deck.cards[static_cast<std::size_t>(card)].theme);
    return theme ? theme->colour : Colour{200, 200, 200};
}

namespace {

float card_rounding()
{
    return ImGui::GetStyle().FrameRounding + 2.0f;
}

// Under the mouse the background moves away from the text colour, so the
// text's contrast only grows (a wash over the text lowered it).
Colour hovered_background(Colour bg)
{
    bool light_text = text_colour_on(bg).r > 128;
    auto shade = [&](std::uint8_t c) {
        return static_cast<std::uint8_t>(light_text ? c * 0.82f : c + (255 - c) * 0.3f);
    };
    return Colour{shade(bg.r), shade(bg.g), shade(bg.b)};
}

// The background and the text: everything that does not change with
// selection, so it can be kept as a mesh (a hovered card is drawn afresh).
void draw_content(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card_index, ImVec2 min, ImVec2 max, CardSize size,
                  bool hovered = false)
{
    const Card& card = deck.cards[static_cast<std::size_t>(card_index)];
    const Theme* theme = find_theme(deck, card.theme);
    const ImGuiStyle& style = ImGui::GetStyle();
    Colour bg = card_background(deck, card_index);
    Colour fg = text_colour_on(bg);
    draw->AddRectFilled(min, max, to_u32(hovered ? hovered_background(bg) : bg), card_rounding());

    ImFont* bold = or_default(fonts.bold);
    ImFont* regular = or_default(fonts.regular);
    float pad_x = style.FramePadding.x * 2.0f;
    float pad_y = style.FramePadding.y;
    ImU32 text = to_u32(fg);
    std::string_view theme_name = theme ? std::string_view(theme->title) : std::string_view(card.theme);
    float x = min.x + pad_x;
    float right = max.x - pad_x;

    if (size == CardSize::Compact) {
        float y = min.y + (max.y - min.y - bold->FontSize) * 0.5f;
        // The theme's name takes at most 30% of the width, at the right.
        float theme_width = std::min(regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0.0f, theme_name.data(), theme_name.data() + theme_name.size()).x,
                                     (right - x) * 0.3f);
        float theme_x = right - theme_width;
        text_in(draw, regular, ImVec2(theme_x, y), right, text, theme_name);
        float code_width = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, card.id.c_str()).x;
        text_in(draw, bold, ImVec2(x, y), theme_x - pad_x, text, card.id);
        text_in(draw, regular, ImVec2(x + code_width + pad_x, y), theme_x - pad_x, text, card.title);
        return;
    }
    float line = bold->FontSize * 1.2f;
    int title_lines = size == CardSize::Tall ? 2 : 1;
    float y = min.y + pad_y + std::max(0.0f, (max.y - min.y - 2.0f * pad_y - static_cast<float>(title_lines + 1) * line) * 0.5f);
    float code_width = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, card.id.c_str()).x;
    float title_x = x + code_width + pad_x;
    text_in(draw, bold, ImVec2(x, y), right, text, card.id);
    std::string_view first = card.title;
    std::string_view rest;
    if (title_lines == 2) {
        // Break at a word that fits; what does not fit on the second line ends in "...".
        const char* begin = card.title.c_str();
        const char* end = begin + card.title.size();
        const char* wrap = bold->CalcWordWrapPositionA(1.0f, begin, end, right - title_x);
        if (wrap < end && wrap > begin) {
            first = std::string_view(begin, static_cast<std::size_t>(wrap - begin));
            while (wrap < end && *wrap == ' ')
                ++wrap;
            rest = std::string_view(wrap, static_cast<std::size_t>(end - wrap));
        }
    }
    text_in(draw, bold, ImVec2(title_x, y), right, text, first);
    if (!rest.empty())
        text_in(draw, bold, ImVec2(title_x, y + line), right, text, rest);
    text_in(draw, regular, ImVec2(x, y + line * static_cast<float>(title_lines)), right, text, theme_name);
}

// Hover, selection and the outline of a card being dragged, over the content.
// Returns false when the content is not to be drawn (a dragged card's place).
bool draw_look(ImDrawList* draw, ImVec2 min, ImVec2 max, CardLook look)
{
    float rounding = card_rounding();
    if (look == CardLook::Ghost) {
        // An outline where the card was, so the eye knows where it returns to.
        float thickness = std::max(1.0f, ImGui::GetStyle().FrameBorderSize * 2.0f);
        draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_TextDisabled), rounding, 0, thickness);
        return false;
    }
    return true;
}

void draw_overlay(ImDrawList* draw, ImVec2 min, ImVec2 max, Colour bg, CardLook look)
{
    float rounding = card_rounding();
    Colour fg = text_colour_on(bg);
    if (look == CardLook::Selected) {
        // Two bands, seen from the back of the room on any card and lane: outside,
        // the theme's text colour against the lane; inside the card's edge, the
        // card's own text colour against the card.
        float thickness = std::max(3.0f, ImGui::GetFontSize() * 0.18f);
        ImVec2 out(thickness * 0.5f + 1.0f, thickness * 0.5f + 1.0f);
        draw->AddRect(ImVec2(min.x - out.x, min.y - out.y), ImVec2(max.x + out.x, max.y + out.y),
                      ImGui::GetColorU32(ImGuiCol_Text), rounding + 2.0f, 0, thickness);
        float inner = std::max(2.0f, std::floor(thickness * 0.6f));
        ImVec2 in(inner * 0.5f, inner * 0.5f);
        draw->AddRect(ImVec2(min.x + in.x, min.y + in.y), ImVec2(max.x - in.x, max.y - in.y), to_u32(fg), rounding, 0, inner);
    }
}

}  // namespace

void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card,
                    ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered)
{
    Colour bg = card_background(deck, card);
    if (!draw_look(draw, min, max, look))
        return;
    draw_content(draw, fonts, deck, card, min, max, size, hovered);
    draw_overlay(draw, min, max, bg, look);
}

void draw_card_cached(ImDrawList* draw, CardMeshCache& cache, const Fonts& fonts, const Deck& deck, int card,
                      ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered)
{
    Colour bg = card_background(deck, card);
    if (!draw_look(draw, min, max, look))
        return;
    if (hovered) {
        draw_card_face(draw, fonts, deck, card, min, max, size, look, hovered);
        return;
    }
    if (cache.meshes.size() < deck.cards.size())
        cache.meshes.resize(deck.cards.size());
    CardMesh& mesh = cache.meshes[static_cast<std::size_t>(card)];
    const Card& c = deck.cards[static_cast<std::size_t>(card)];
    ImVec2 extent(max.x - min.x, max.y - min.y);
    bool fresh = mesh.extent.x == extent.x && mesh.extent.y == extent.y && mesh.size == size &&
                 mesh.fonts_generation == fonts.generation && mesh.background == bg && mesh.rounding == card_rounding() &&
                 mesh.id == c.id && mesh.title == c.title && mesh.theme == c.theme;
    if (!fresh) {
        // Draw the card once at the origin into a scratch list and keep its
        // vertices; later frames only copy them to where the card is.
        ImDrawList& scratch = begin_keep(cache.scratch);
        draw_content(&scratch, fonts, deck, card, ImVec2(0.0f, 0.0f), extent, size);
        end_keep(mesh.kept, scratch);
        mesh.extent = extent;
        mesh.size = size;
        mesh.fonts_generation = fonts.generation;
        mesh.background = bg;
        mesh.rounding = card_rounding();
        mesh.id = c.id;
        mesh.title = c.title;
        mesh.theme = c.theme;
    }
    draw_kept(draw, mesh.kept, min);
    draw_overlay(draw, min, max, bg, look);
}

}  // namespace prio
