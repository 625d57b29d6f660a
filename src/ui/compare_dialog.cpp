// The two boards of a session whose file someone else changed, side by side:
// lane by lane, each card's place in our version and in theirs, the
// differences marked in words and colour. Read only; keep mine and keep
// theirs stay one key away, and Esc goes back to the question.
#include <string>

#include <imgui.h>

#include "core/strings.h"
#include "ui/dialog.h"
#include "ui/marks.h"
#include "ui/session_view.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {


void place_cell(const std::string& place, const std::string& language)
{
    ImGui::TextUnformatted(place.empty() ? s(tr("session.compare_missing", language)).c_str() : place.c_str());
}

void rows_table(const BoardComparison& compare, const std::string& language)
{
    const float height = ImGui::GetMainViewport()->WorkSize.y * 0.55f;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##compare", 4, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(s(tr("session.compare_card", language)).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(s(tr("session.compare_mine", language)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(s(tr("session.compare_theirs", language)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableHeadersRow();
    for (const LaneRows& lane : compare.lanes) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        const std::string name = lane.lane.empty() ? s(tr("session.compare_only_theirs", language)) : lane.lane;
        ImGui::TextDisabled("%s", name.c_str());
        for (const PlaceRow& row : lane.rows) {
            ImGui::TableNextRow();
            if (row.differs)
                ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
            ImGui::TableSetColumnIndex(0);
            const std::string card = row.card + "  " + row.title;
            ImGui::TextUnformatted(card.c_str());
            ImGui::TableSetColumnIndex(1);
            place_cell(row.ours, language);
            ImGui::TableSetColumnIndex(2);
            place_cell(row.theirs, language);
            ImGui::TableSetColumnIndex(3);
            // A word beside the colour: the difference is seen without it.
            if (row.differs)
                ImGui::TextUnformatted(("\xE2\x89\xA0 " + s(tr("session.compare_differs", language))).c_str());
            if (row.differs)
                ImGui::PopStyleColor();
        }
    }
    ImGui::EndTable();
}

}  // namespace

void compare_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Compare, s(tr("session.compare_title", lang)), 64.0f))
        return;
    dialog_text(fill(tr("fmt.session.compare_count", lang), {{"count", std::to_string(files.compare.differences)}}));
    rows_table(files.compare, lang);
    mark_item("compare table");
    ImGui::Spacing();
    DialogButtons buttons;
    const bool mine = buttons.button(s(tr("session.keep_mine", lang)));
    DialogButtons::make_default();
    ImGui::SameLine();
    const bool theirs = buttons.button(s(tr("session.keep_theirs", lang)));
    ImGui::SameLine();
    const bool back = buttons.button(s(tr("common.back", lang)));
    if (mine || buttons.enter_default()) {
        close_session_dialog(files);
        ask(files, KeepMineRequest{});
    } else if (theirs) {
        close_session_dialog(files);
        ask(files, KeepTheirsRequest{});
    } else if (back || escape_pressed()) {
        close_session_dialog(files);
        show_dialog(files, SessionDialog::Conflict);
    }
    ImGui::EndPopup();
}

}  // namespace prio
