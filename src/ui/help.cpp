// Help > Keyboard and mouse: every control of the board in one table.
#include <string>

#include "core/strings.h"
#include "ui/board_parts.h"

namespace prio {

void draw_help(const Session& session, BoardView& view)
{
    constexpr const char* kHelpPopup = "##help";
    const std::string& lang = session.language;
    if (view.show_help && !ImGui::IsPopupOpen(kHelpPopup))
        ImGui::OpenPopup(kHelpPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(viewport->WorkSize.x * 0.9f, ImGui::GetFontSize() * 50.0f), 0.0f), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(kHelpPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove))
        return;
    ImGui::PushFont(view.fonts.heading ? view.fonts.heading : ImGui::GetFont());
    ImGui::TextUnformatted(std::string(tr("help.title", lang)).c_str());
    ImGui::PopFont();
    struct Row {
        const char* keys;  // a key of the string table, or the keys themselves
        const char* what;
    };
    const Row rows[] = {
        {"help.drag_key", "help.drag"},
        {"help.click_key", "help.click"},
        {"help.select_key", "help.select"},
        {"1 … 9, 0", "help.digits"},
        {"help.reorder_key", "help.reorder"},
        {"help.sideways_key", "help.sideways"},
        {"Enter", "help.open"},
        {"Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z", "help.undo"},
        {"Shift+F10", "help.lane_menu"},
        {"F2", "help.rename"},
        {"Ctrl++, Ctrl+-, Ctrl+0", "help.zoom"},
        {"F11", "help.fullscreen"},
        {"F5", "help.present"},
        {"PageDown, PageUp", "help.theme_walk"},
        {"Ctrl+N, Ctrl+O", "help.new_open"},
        {"Ctrl+S, Ctrl+Shift+S", "help.save"},
        {"Alt", "help.menu"},
        {"F1", "help.help"},
    };
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("##k", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 14.0f);
        ImGui::TableSetupColumn("##w", ImGuiTableColumnFlags_WidthStretch);
        for (const Row& row : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(std::string(tr(row.keys, lang)).c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(std::string(tr(row.what, lang)).c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(std::string(tr("common.close", lang)).c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        view.show_help = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace prio
