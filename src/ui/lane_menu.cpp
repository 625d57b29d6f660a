// Editing lanes: the lane's menu (right-click its title, its "…" button,
// Shift+F10, or Edit > Lanes) and the two small dialogs it opens. Every
// change is an edit value, so all of it can be undone.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/text.h"

namespace prio {
namespace {

constexpr const char* kRenamePopup = "##rename_lane";
constexpr const char* kCapacityPopup = "##lane_capacity";


void close_dialog(const Session& session, WindowView& view)
{
    view.lane_popup = LanePopup::None;
    drop_draft(session, view);
    ImGui::CloseCurrentPopup();
}

void begin_dialog_at_centre()
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28.0f, 0.0f));
}

void rename_dialog(const Session& session, WindowView& view, const Lane& lane)
{
    const std::string& lang = session.language;
    begin_dialog_at_centre();
    if (!ImGui::BeginPopupModal(kRenamePopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings))
        return;
    if (escape_pressed()) {
        close_dialog(session, view);
        ImGui::EndPopup();
        return;
    }
    ImGui::TextUnformatted(fill(tr("fmt.lane.rename_title", lang), {{"lane", lane.title}}).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    // The name is selected, so typing replaces it (a new lane's "New lane").
    bool enter = ImGui::InputText("##title", &view.lane_title_draft, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemActive())
        keep_draft(session, view, "lane", lane.id, view.lane_title_draft, lane.title);
    bool ok = noted(ImGui::Button(s(tr("common.ok", lang)).c_str()));
    ImGui::SameLine();
    bool cancel = noted(ImGui::Button(s(tr("common.cancel", lang)).c_str()));
    if (enter || ok) {
        wish(view, Edit{RenameLane{lane.id, view.lane_title_draft}});
        close_dialog(session, view);
    } else if (cancel) {
        close_dialog(session, view);
    }
    ImGui::EndPopup();
}

void capacity_dialog(const Session& session, WindowView& view, const Lane& lane)
{
    const std::string& lang = session.language;
    begin_dialog_at_centre();
    if (!ImGui::BeginPopupModal(kCapacityPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings))
        return;
    if (escape_pressed()) {
        close_dialog(session, view);
        ImGui::EndPopup();
        return;
    }
    ImGui::TextUnformatted(fill(tr("fmt.lane.capacity_title", lang), {{"lane", lane.title}}).c_str());
    ImGui::TextUnformatted(s(tr("lane.capacity_label", lang)).c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    // InputInt also returns true for its +/- buttons: only Enter applies.
    ImGui::InputInt("##capacity", &view.capacity_draft, 1, 5);
    bool enter = any_enter_pressed();
    view.capacity_draft = std::max(0, view.capacity_draft);
    bool ok = noted(ImGui::Button(s(tr("common.ok", lang)).c_str()));
    ImGui::SameLine();
    bool no_limit = noted(ImGui::Button(s(tr("lane.no_limit", lang)).c_str()));
    ImGui::SameLine();
    bool cancel = noted(ImGui::Button(s(tr("common.cancel", lang)).c_str()));
    if (enter || ok || no_limit) {
        wish(view, Edit{SetCapacity{lane.id, no_limit ? 0 : view.capacity_draft}});
        close_dialog(session, view);
    } else if (cancel) {
        close_dialog(session, view);
    }
    ImGui::EndPopup();
}

}  // namespace

void open_lane_popup(const Session& session, WindowView& view, int lane, LanePopup popup)
{
    const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
    view.lane_popup = popup;
    view.popup_lane = l.id;
    view.lane_title_draft = l.title;
    view.capacity_draft = l.capacity;
}

void add_lane_after(const Session& session, WindowView& view, int lane)
{
    std::string id = fresh_lane_id(session.board);
    std::string title(tr("lane.new_title", session.language));
    wish(view, Edit{AddLane{id, title, lane + 1, 0, true, {}}});
    // Ask for its name straight away; the dialog opens once the lane exists.
    view.lane_popup = LanePopup::Rename;
    view.popup_lane = id;
    view.lane_title_draft = title;
}

void draw_lane_menu_items(const Session& session, WindowView& view, int lane)
{
    const std::string& lang = session.language;
    const Board& board = session.board;
    const Lane& l = board.lanes[static_cast<std::size_t>(lane)];
    int lanes = static_cast<int>(board.lanes.size());
    if (noted(ImGui::MenuItem(s(tr("lane.rename", lang)).c_str(), "F2")))
        open_lane_popup(session, view, lane, LanePopup::Rename);
    if (noted(ImGui::MenuItem(s(tr("lane.capacity", lang)).c_str())))
        open_lane_popup(session, view, lane, LanePopup::Capacity);
    ImGui::Separator();
    if (noted(ImGui::MenuItem(s(tr("lane.move_left", lang)).c_str(), nullptr, false, lane > 0)))
        wish(view, Edit{MoveLane{l.id, lane - 1}});
    if (noted(ImGui::MenuItem(s(tr("lane.move_right", lang)).c_str(), nullptr, false, lane + 1 < lanes)))
        wish(view, Edit{MoveLane{l.id, lane + 1}});
    ImGui::Separator();
    if (noted(ImGui::MenuItem(s(tr("lane.add_after", lang)).c_str())))
        add_lane_after(session, view, lane);
    if (noted(ImGui::MenuItem(s(tr("lane.remove", lang)).c_str())))
        wish(view, Edit{RemoveLane{l.id}});
}

void draw_lane_dialogs(const Session& session, WindowView& view)
{
    if (view.lane_popup == LanePopup::None)
        return;
    int lane = find_lane(session.board, view.popup_lane);
    if (lane < 0)
        return;  // a lane being added exists from the next frame on
    const char* name = view.lane_popup == LanePopup::Rename ? kRenamePopup : kCapacityPopup;
    if (!ImGui::IsPopupOpen(name))
        ImGui::OpenPopup(name);
    const Lane& l = session.board.lanes[static_cast<std::size_t>(lane)];
    if (view.lane_popup == LanePopup::Rename)
        rename_dialog(session, view, l);
    else
        capacity_dialog(session, view, l);
}

}  // namespace prio
