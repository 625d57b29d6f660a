// The menu bar: File, Edit, View, Help. Alt
// reaches it from the keyboard; the shortcuts shown are handled in
// keyboard.cpp, so they work with the menus closed.
#include <string>

#include "core/strings.h"
#include "ui/actions.h"
#include "ui/board_parts.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

void edit_menu(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    action_menu_item(session, view, Action::Undo);
    action_menu_item(session, view, Action::Redo);
    ImGui::Separator();
    if (noted(ImGui::BeginMenu(s(tr("menu.lanes", lang)).c_str()))) {
        const Board& board = session.board;
        for (std::size_t l = 0; l < board.lanes.size(); ++l) {
            ImGui::PushID(static_cast<int>(l));
            if (noted(ImGui::BeginMenu((std::to_string(l + 1) + "  " + board.lanes[l].title).c_str()))) {
                draw_lane_menu_items(session, view, static_cast<int>(l));
                ImGui::EndMenu();
            }
            ImGui::PopID();
        }
        ImGui::Separator();
        if (noted(ImGui::MenuItem(s(tr("menu.add_lane", lang)).c_str())))
            add_lane_after(session, view, static_cast<int>(board.lanes.size()) - 1);
        ImGui::EndMenu();
    }
}

void view_menu(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    action_menu_item(session, view, Action::ZoomIn);
    action_menu_item(session, view, Action::ZoomOut);
    action_menu_item(session, view, Action::ZoomReset);
    ImGui::TextDisabled("%s", fill(tr("fmt.menu.zoom", lang), {{"percent", std::to_string(static_cast<int>(view.zoom * 100.0f + 0.5f))}}).c_str());
    ImGui::Separator();
    action_menu_item(session, view, Action::FullScreen);
    action_menu_item(session, view, Action::Present);
    if (noted(ImGui::MenuItem(s(tr("menu.theme_walk", lang)).c_str(), "PgDn", view.theme_walk >= 0)))
        view.theme_walk = view.theme_walk >= 0 ? -1 : 0;
    if (noted(ImGui::MenuItem(s(tr("menu.dark", lang)).c_str(), nullptr, view.dark)))
        view.dark = !view.dark;
    if (noted(ImGui::BeginMenu(s(tr("menu.language", lang)).c_str()))) {
        for (const char* code : {"nl", "en"}) {
            std::string key = std::string("language.") + code;
            if (noted(ImGui::MenuItem(s(tr(key, lang)).c_str(), nullptr, lang == code)))
                wish(view, SetLanguage{code});
        }
        ImGui::EndMenu();
    }
}

}  // namespace

void draw_menu_bar(const Session& session, WindowView& view)
{
    const std::string& lang = session.language;
    if (!ImGui::BeginMenuBar())
        return;
    if (noted(ImGui::BeginMenu(s(tr("menu.file", lang)).c_str()))) {
        draw_file_menu(session, view);
        ImGui::EndMenu();
    }
    if (noted(ImGui::BeginMenu(s(tr("menu.edit", lang)).c_str()))) {
        edit_menu(session, view);
        ImGui::EndMenu();
    }
    if (noted(ImGui::BeginMenu(s(tr("menu.view", lang)).c_str()))) {
        view_menu(session, view);
        ImGui::EndMenu();
    }
    if (noted(ImGui::BeginMenu(s(tr("menu.round", lang)).c_str()))) {
        for (Action a : {Action::RoundNew, Action::RoundPaper, Action::RoundTurns, Action::RoundPhones, Action::RoundClose, Action::RoundReveal, Action::RoundApply}) action_menu_item(session, view, a);
        ImGui::EndMenu();
    }
    if (noted(ImGui::BeginMenu(s(tr("menu.help", lang)).c_str()))) {
        action_menu_item(session, view, Action::Help);
        ImGui::EndMenu();
    }
    // Messages that belong to no lane (nothing to undo, no lane 7) show here.
    if (!view.notice.text.empty() && view.notice.global && view.now < view.notice.until) {
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(view.notice.text.c_str());
        ImGui::PopStyleColor();
    }
    draw_round_status(session);
    draw_session_status(view);
    // The deck's title at the right end.
    const std::string& title = session.deck.title;
    float width = ImGui::CalcTextSize(title.c_str()).x;
    float right = window_content_right();
    if (ImGui::GetCursorPosX() + width + ImGui::GetStyle().ItemSpacing.x < right) {
        ImGui::SetCursorPosX(right - width);
        ImGui::TextDisabled("%s", title.c_str());
        mark_item("deck_title");
    }
    ImGui::EndMenuBar();
}

}  // namespace prio
