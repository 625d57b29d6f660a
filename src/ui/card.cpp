#include "ui/card.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/colour.h"
#include "ui/marks.h"

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

void mark_lead(const Deck& deck, int card, ImVec2 min, ImVec4 lead)
{
    if (marks_enabled())
        mark("lead:" + deck.cards[static_cast<std::size_t>(card)].id, ImVec2(min.x + lead.x, min.y + lead.y), ImVec2(min.x + lead.z, min.y + lead.w));
}

// The words of `text` that fit in `room`: a prefix ending at a space, maybe empty.
std::string_view fitting_words(ImFont* font, std::string_view text, float room)
{
    std::size_t end = 0;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t next = std::min(text.find(' ', at), text.size());
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + next).x > room)
            break;
        end = next;
        at = next + 1;
    }
    return text.substr(0, end);
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

Colour mix(Colour a, Colour b, float t)
{
    auto m = [&](std::uint8_t x, std::uint8_t y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * t)); };
    return Colour{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

// A style colour as a Colour, for the contrast arithmetic.
Colour style_colour(ImGuiCol which)
{
    ImVec4 c = ImGui::GetStyle().Colors[which];
    return Colour{static_cast<std::uint8_t>(c.x * 255.0f), static_cast<std::uint8_t>(c.y * 255.0f), static_cast<std::uint8_t>(c.z * 255.0f)};
}

// A dimmed card keeps a trace of its theme's colour on the lane's `ground`;
// its text is the secondary `grey`, or black or white where the grey would
// fall below 4.5:1.
void dimmed_colours(Colour& bg, Colour& fg, Colour ground, Colour grey)
{
    bg = mix(bg, ground, 0.85f);
    fg = grey;
    if (contrast_ratio(bg, fg) < 4.5)
        fg = text_colour_on(bg);
}

// The background and the text: everything that does not change with
// selection, so it can be kept as a mesh (a hovered card is drawn afresh).
// Returns the box of the first word on the first line (the rank or the
// code), from the card's corner, for tests that measure the rendered text.
ImVec4 draw_content(ImDrawList* draw, const Fonts& fonts, const CardFace& face, ImVec2 min, bool hovered)
{
    ImVec2 max(min.x + face.width, min.y + face.height);
    const CardShow& show = face.show;
    const CardSize size = face.size;
    Colour bg = face.background;
    Colour fg = text_colour_on(bg);
    if (show.dimmed)
        dimmed_colours(bg, fg, face.ground, face.grey);
    draw->AddRectFilled(min, max, to_u32(hovered ? hovered_background(bg) : bg), face.rounding);

    ImFont* bold = or_default(fonts.bold);
    ImFont* regular = or_default(fonts.regular);
    float pad_x = face.pad_x * 2.0f;
    float pad_y = face.pad_y;
    ImU32 text = to_u32(fg);
    const CardFace& card = face;
    std::string_view theme_name = face.theme;
    // On the board, a card with its summary shows it where the theme's name
    // goes: walking the themes, that name is shown large above the board.
    std::string_view theme_line = show.summary && show.lines == 0 && !card.summary.empty() ? std::string_view(card.summary) : theme_name;
    float x = min.x + pad_x;
    float right = max.x - pad_x;
    float line = bold->FontSize * 1.2f;
    float summary_lines = show.summary && show.lines > 0 && !card.summary.empty() ? 1.0f : 0.0f;
    // The rank, in presentation mode, before everything else on the first line.
    ImVec4 lead(-1.0f, 0.0f, 0.0f, 0.0f);
    auto note_lead = [&](float at_x, float at_y, std::string_view word) {
        if (lead.x < 0.0f)
            lead = ImVec4(at_x - min.x, at_y - min.y, at_x - min.x + bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, word.data(), word.data() + word.size()).x,
                          at_y - min.y + bold->FontSize);
    };
    auto draw_rank = [&](float y) {
        if (show.rank <= 0)
            return;
        std::string rank = std::to_string(show.rank) + ".";
        note_lead(x, y, rank);
        text_in(draw, bold, ImVec2(x, y), right, text, rank);
        x += bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, rank.c_str()).x + pad_x;
    };
    auto draw_summary = [&](float y) {
        if (summary_lines > 0.0f)
            text_in(draw, regular, ImVec2(min.x + pad_x, y), right, text, card.summary);
    };

    if (show.lines > 0) {
        // Presenting: rank, code and the title over `lines` lines, those after
        // the first at the card's whole width (ui/presentation.h); the summary.
        float top = min.y + std::max(pad_y, (max.y - min.y - line * (static_cast<float>(show.lines) + summary_lines)) * 0.5f);
        draw_rank(top);
        note_lead(x, top, card.code);
        text_in(draw, bold, ImVec2(x, top), right, text, card.code);
        float at = x + bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, card.code.data(), card.code.data() + card.code.size()).x + pad_x;
        std::string_view rest = card.title;
        // The theme's name goes on a title line left free, or after the
        // title's last line when there is room: colour is not the only cue.
        float last_end = at, last_y = top;
        int used = 0;
        for (int l = 0; l < show.lines && !rest.empty(); ++l) {
            std::string_view piece = l + 1 == show.lines ? rest : fitting_words(bold, rest, right - at);
            last_y = top + line * static_cast<float>(l);
            text_in(draw, bold, ImVec2(at, last_y), right, text, piece);
            last_end = at + bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, piece.data(), piece.data() + piece.size()).x;
            used = l + 1;
            rest.remove_prefix(piece.size());
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            at = min.x + pad_x;
        }
        draw_summary(top + line * static_cast<float>(show.lines));
        const float theme_width =
            regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0.0f, theme_name.data(), theme_name.data() + theme_name.size()).x;
        const float lower = bold->FontSize - regular->FontSize;  // on the bold line's baseline, near enough
        if (theme_name.empty()) {
        } else if (used < show.lines && min.x + pad_x + theme_width <= right) {
            text_in(draw, regular, ImVec2(min.x + pad_x, top + line * static_cast<float>(used) + lower), right, text, theme_name);
        } else if (last_end + pad_x * 2.0f + theme_width <= right) {
            text_in(draw, regular, ImVec2(right - theme_width, last_y + lower), right, text, theme_name);
        }
        return lead;
    }
    if (size == CardSize::Compact) {
        float y = min.y + (max.y - min.y - bold->FontSize) * 0.5f;
        draw_rank(y);
        // The theme's name takes at most 30% of the width, at the right.
        float theme_width = std::min(regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0.0f, theme_name.data(), theme_name.data() + theme_name.size()).x,
                                     (right - x) * 0.3f);
        float theme_x = right - theme_width;
        text_in(draw, regular, ImVec2(theme_x, y), right, text, theme_name);
        float code_width = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, card.code.data(), card.code.data() + card.code.size()).x;
        note_lead(x, y, card.code);
        text_in(draw, bold, ImVec2(x, y), theme_x - pad_x, text, card.code);
        text_in(draw, regular, ImVec2(x + code_width + pad_x, y), theme_x - pad_x, text, card.title);
        return lead;
    }
    int title_lines = size == CardSize::Tall ? 2 : 1;
    float y = min.y + pad_y + std::max(0.0f, (max.y - min.y - 2.0f * pad_y - static_cast<float>(title_lines + 1) * line) * 0.5f);
    draw_rank(y);
    float code_width = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0.0f, card.code.data(), card.code.data() + card.code.size()).x;
    float title_x = x + code_width + pad_x;
    note_lead(x, y, card.code);
    text_in(draw, bold, ImVec2(x, y), right, text, card.code);
    std::string_view first = card.title;
    std::string_view rest;
    if (title_lines == 2) {
        // Break at a word that fits; what does not fit on the second line ends in "...".
        const char* begin = card.title.data();
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
    text_in(draw, regular, ImVec2(min.x + pad_x, y + line * static_cast<float>(title_lines)), right, text, theme_line);
    return lead;
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
    if (look == CardLook::Selected) {
        float rounding = card_rounding();
        Colour fg = text_colour_on(bg);
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

CardFace card_face(const Deck& deck, int card, ImVec2 extent, CardSize size, const Fonts& fonts, CardShow show)
{
    const Card& c = deck.cards[static_cast<std::size_t>(card)];
    const Theme* theme = find_theme(deck, c.theme);
    CardFace face;
    face.code = c.id;
    face.title = c.title;
    face.theme = theme ? std::string_view(theme->title) : std::string_view(c.theme);
    face.summary = c.summary;
    face.background = card_background(deck, card);
    if (show.dimmed) {
        face.ground = style_colour(ImGuiCol_WindowBg);
        face.grey = style_colour(ImGuiCol_TextDisabled);
    }
    face.width = extent.x;
    face.height = extent.y;
    face.size = size;
    face.show = show;
    face.fonts_generation = fonts.generation;
    face.rounding = card_rounding();
    face.pad_x = ImGui::GetStyle().FramePadding.x;
    face.pad_y = ImGui::GetStyle().FramePadding.y;
    return face;
}

void draw_card_face(ImDrawList* draw, const Fonts& fonts, const Deck& deck, int card,
                    ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered, CardShow show)
{
    Colour bg = card_background(deck, card);
    if (!draw_look(draw, min, max, look))
        return;
    ImVec4 lead = draw_content(draw, fonts, card_face(deck, card, ImVec2(max.x - min.x, max.y - min.y), size, fonts, show), min, hovered);
    mark_lead(deck, card, min, lead);
    draw_overlay(draw, min, max, bg, look);
}

void draw_card_cached(ImDrawList* draw, CardMeshCache& cache, const Fonts& fonts, const Deck& deck, int card,
                      ImVec2 min, ImVec2 max, CardSize size, CardLook look, bool hovered, CardShow show)
{
    Colour bg = card_background(deck, card);
    if (!draw_look(draw, min, max, look))
        return;
    if (hovered) {
        draw_card_face(draw, fonts, deck, card, min, max, size, look, hovered, show);
        return;
    }
    if (cache.meshes.size() < deck.cards.size())
        cache.meshes.resize(deck.cards.size());
    CardMesh& mesh = cache.meshes[static_cast<std::size_t>(card)];
    // The mesh is kept under what draws it: nothing that changes it is left out of the key.
    CardFace face = card_face(deck, card, ImVec2(max.x - min.x, max.y - min.y), size, fonts, show);
    if (!mesh.drawn || !(CardFace(mesh.face) == face)) {
        // Draw the card once at the origin into a scratch list and keep its
        // vertices; later frames only copy them to where the card is.
        ImDrawList& scratch = begin_keep(cache.scratch);
        mesh.lead = draw_content(&scratch, fonts, face, ImVec2(0.0f, 0.0f), false);
        end_keep(mesh.kept, scratch);
        mesh.face = KeptFace(face);
        mesh.drawn = true;
    }
    draw_kept(draw, mesh.kept, min);
    mark_lead(deck, card, min, mesh.lead);
    draw_overlay(draw, min, max, bg, look);
}

}  // namespace prio
