#include "ui/style.h"

#include <imgui.h>

namespace prio {

void apply_style(bool dark, float scale)
{
    ImGuiStyle style;
    if (dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 4.0f;
    style.WindowPadding = ImVec2(10, 10);
    style.ItemSpacing = ImVec2(10, 8);
    // Dialogs and the focus view hide the board behind them completely.
    style.Colors[ImGuiCol_PopupBg].w = 1.0f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace prio
