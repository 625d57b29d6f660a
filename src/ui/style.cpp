#include "ui/style.h"

#include <imgui.h>

#include "ui/presentation.h"

namespace prio {
namespace {

// Dear ImGui's own greys for secondary text and borders are too faint to
// read on a projector (2.1 to 2.9:1); these reach WCAG AA on the window,
// the lanes, the menu bar and the dialogs.
void legible_light(ImGuiStyle& style)
{
    ImVec4* c = style.Colors;
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.36f, 0.36f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.88f, 0.88f, 0.88f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.45f, 0.45f, 0.45f, 1.0f);
    // White fields on white dialogs vanished: a grey fill and the border.
    c[ImGuiCol_FrameBg] = ImVec4(0.96f, 0.96f, 0.96f, 1.0f);
}

void legible_dark(ImGuiStyle& style)
{
    ImVec4* c = style.Colors;
    c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.62f, 0.62f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.50f, 0.50f, 0.55f, 1.0f);
}

}  // namespace

void apply_style(bool dark, float scale, bool presenting)
{
    ImGuiStyle style;
    if (dark) {
        ImGui::StyleColorsDark(&style);
        legible_dark(style);
    } else {
        ImGui::StyleColorsLight(&style);
        legible_light(style);
    }
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 4.0f;
    // Fields and radio buttons show their edge; a 1 px circle is anti-aliased
    // to half its colour, too faint for 3:1.
    style.FrameBorderSize = 2.0f;
    style.WindowPadding = presenting ? ImVec2(kPresentPadding, kPresentPadding) : ImVec2(10, 10);
    style.ItemSpacing = presenting ? ImVec2(kPresentSpacingX, kPresentSpacingY) : ImVec2(10, 8);
    // Dialogs and the focus view hide the board behind them completely.
    style.Colors[ImGuiCol_PopupBg].w = 1.0f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImU32 warning_colour()
{
    // Dark red on the light theme's greys (5.6:1 and more), light red on the dark one's.
    const ImVec4& bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    bool dark = bg.x + bg.y + bg.z < 1.5f;
    return dark ? IM_COL32(255, 110, 100, 255) : IM_COL32(170, 20, 20, 255);
}

}  // namespace prio
