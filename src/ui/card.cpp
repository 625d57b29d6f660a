#include "ui/card.h"

#include <algorithm>
#include <string>

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

// Text clipped to [x, max_x) with an ellipsis when it does not fit.
void text_in(ImDrawList* draw, ImFont* font, ImVec2 pos, float max_x, ImU32 colour, const std::string& text)
{
    ImGui::PushFont(font);
    draw->PushClipRect(ImVec2(pos.x, pos.y), ImVec2(max_x, pos.y + font->FontSize * 1.5f), true);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::RenderTextEllipsis(draw, pos, ImVec2(max_x, pos.y + font->FontSize * 1.5f), max_x, max_x,
                              text.c_str(), text.c_str() + text.size(), nullptr);
    ImGui::PopStyleColor();
    draw->PopClipRect();
    ImGui::PopFont();
}

}  // namespace

Colour card_background(const Deck& deck, int card)
{
    const Theme* theme = find_theme(deck, deck.cards[static_cast<std::size_t>(card)].theme);
    return theme ? theme->colour : Colour{200, 200, 200};
}

void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card_index,
                    ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered)
{
    const Card& card = deck.cards[static_cast<std::size_t>(card_index)];
    const Theme* theme = find_theme(deck, card.theme);
    const ImGuiStyle& style = ImGui::GetStyle();
    float rounding = style.FrameRounding + 2.0f;
    Colour bg = card_background(deck, card_index);
    Colour fg = text_colour_on(bg);

    if (look == CardLook::Ghost) {
        // An outline where the card was, so the eye knows where it returns to.
        draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_TextDisabled), rounding, 0, std::max(1.0f, style.FrameBorderSize * 2.0f));
        return;
    }
    draw->AddRectFilled(min, max, to_u32(bg), rounding);
    if (hovered)
        draw->AddRectFilled(min, max, fg.r > 128 ? IM_COL32(255, 255, 255, 40) : IM_COL32(0, 0, 0, 25), rounding);
    if (look == CardLook::Selected) {
        float thickness = std::max(3.0f, ImGui::GetFontSize() * 0.18f);
        ImVec2 out(thickness * 0.5f + 1.0f, thickness * 0.5f + 1.0f);
        draw->AddRect(ImVec2(min.x - out.x, min.y - out.y), ImVec2(max.x + out.x, max.y + out.y),
                      ImGui::GetColorU32(ImGuiCol_NavHighlight), rounding + 2.0f, 0, thickness);
    }

    ImFont* bold = or_default(fonts.bold);
    ImFont* regular = or_default(fonts.regular);
    float pad_x = style.FramePadding.x * 2.0f;
    float pad_y = style.FramePadding.y;
    ImU32 text = to_u32(fg);
    std::string theme_name = theme ? theme->title : card.theme;
    float x = min.x + pad_x;
    float right = max.x - pad_x;

    if (size == CardSize::Compact) {
        float y = min.y + (max.y - min.y - bold->FontSize) * 0.5f;
        // The theme's name takes at most 40% of the width, at the right.
        float theme_width = std::min(regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0.0f, theme_name.c_str()).x,
                                     (right - x) * 0.4f);
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
    std::string first = card.title;
    std::string rest;
    if (title_lines == 2) {
        // Break at a word that fits; what does not fit on the second line ends in "...".
        const char* begin = card.title.c_str();
        const char* end = begin + card.title.size();
        const char* wrap = bold->CalcWordWrapPositionA(1.0f, begin, end, right - title_x);
        if (wrap < end && wrap > begin) {
            first.assign(begin, wrap);
            while (wrap < end && *wrap == ' ')
                ++wrap;
            rest.assign(wrap, end);
        }
    }
    text_in(draw, bold, ImVec2(title_x, y), right, text, first);
    if (!rest.empty())
        text_in(draw, bold, ImVec2(title_x, y + line), right, text, rest);
    text_in(draw, regular, ImVec2(x, y + line * static_cast<float>(title_lines)), right, text, theme_name);
}

}  // namespace prio
