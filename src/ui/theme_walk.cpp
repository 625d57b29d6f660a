// View > Per theme: the board discussed theme by theme, as the source
// article suggests. PageDown and PageUp step through the themes (a
// presenter's remote sends those); the current theme's cards keep their
// colour and show their summary, the others are dimmed in place, and a band
// above the board shows the theme's name and description large.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/colour.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/marks.h"
#include "ui/presentation.h"
#include "ui/text.h"

namespace prio {

void step_theme_walk(const Session& session, WindowView& view, int step)
{
    int n = static_cast<int>(session.deck.themes.size());
    if (n == 0)
        return;
    // Off, then the first theme (the last going back), ..., then off again: all cards.
    int at = view.theme_walk < 0 ? (step > 0 ? 0 : n - 1) : view.theme_walk + step;
    view.theme_walk = at < 0 || at >= n ? -1 : at;
}

const Theme* walked_theme(const Session& session, const WindowView& view)
{
    if (view.theme_walk < 0 || view.theme_walk >= static_cast<int>(session.deck.themes.size()))
        return nullptr;
    return &session.deck.themes[static_cast<std::size_t>(view.theme_walk)];
}

void draw_theme_banner(const Session& session, WindowView& view, int lines)
{
    const Theme* theme = walked_theme(session, view);
    if (!theme)
        return;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImFont* title = view.fonts.title ? view.fonts.title : ImGui::GetFont();
    ImFont* large = view.fonts.large ? view.fonts.large : ImGui::GetFont();
    ImFont* regular = view.fonts.regular ? view.fonts.regular : ImGui::GetFont();
    float width = ImGui::GetContentRegionAvail().x;
    float pad = style.WindowPadding.x * 2.0f;
    float wrap = width - pad * 2.0f;
    const std::string& text = theme->description;
    if (lines == 0 && !text.empty())  // on the board: as the text wraps here
        lines = std::max(1, static_cast<int>(std::lround(large->CalcTextSizeA(large->FontSize, FLT_MAX, wrap, text.c_str()).y / large->FontSize)));
    float height = theme_banner_height(ImGui::GetFontSize(), lines);
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImVec2 end(at.x + width, at.y + height);
    Colour fg = text_colour_on(theme->colour);
    ImU32 ink = IM_COL32(fg.r, fg.g, fg.b, 255);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, end, IM_COL32(theme->colour.r, theme->colour.g, theme->colour.b, 255), style.ChildRounding);
    draw->AddText(title, title->FontSize, ImVec2(at.x + pad, at.y + pad), ink, theme->title.c_str());
    // Where the walk is and how it goes on, at the right of the name.
    const std::string& lang = session.language;
    std::string where = fill(tr("fmt.walk.where", lang), {{"theme", std::to_string(view.theme_walk + 1)}, {"themes", std::to_string(session.deck.themes.size())}});
    ImVec2 where_size = regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0.0f, where.c_str());
    draw->AddText(regular, regular->FontSize, ImVec2(end.x - pad - where_size.x, at.y + pad + (title->FontSize - regular->FontSize) * 0.5f), ink, where.c_str());
    draw->AddText(large, large->FontSize, ImVec2(at.x + pad, at.y + pad + title->FontSize * 1.25f), ink, text.c_str(), nullptr, wrap);
    mark("theme_banner", at, end);
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace prio
