// Help > Keyboard and mouse: every control of the board in one table.
#include <string>

#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/imgui_compat.h"

namespace prio {

std::vector<HelpRow> help_rows(const std::string& lang)
{
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
        {"Shift+F10", "help.lane_menu"},
        {"F2", "help.rename"},
        {"PageDown, PageUp", "help.theme_walk"},
        {"Alt", "help.menu"},
        {"Esc", "help.escape"},
    };
    std::vector<HelpRow> out;
    for (const Row& r : rows)
        out.push_back({std::string(tr(r.keys, lang)), std::string(tr(r.what, lang))});
    // Every command with a shortcut, from the table the menus read too.
    for (int a = 0; a < static_cast<int>(Action::Count); ++a) {
        const ActionInfo& info = action_info(static_cast<Action>(a));
        std::string what(tr(info.label, lang));
        if (what.size() >= 3 && what.compare(what.size() - 3, 3, "\u2026") == 0)
            what.resize(what.size() - 3);  // "Open…" is a menu's way of saying a dialog follows
        out.push_back({info.shown, what});
    }
    return out;
}

void draw_help(const Session& session, WindowView& view)
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
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("##k", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 14.0f);
        ImGui::TableSetupColumn("##w", ImGuiTableColumnFlags_WidthStretch);
        for (const HelpRow& r : help_rows(lang)) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(r.keys.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(r.what.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    if (noted(ImGui::Button(std::string(tr("common.close", lang)).c_str())) || escape_pressed()) {
        view.show_help = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace prio
