// File > Compare sessions: the sessions of the default folder with a tick
// box each, any other session added by its path, and Compare once two are
// ticked. The app loads them (CompareSessionsRequest); when it refuses, it
// opens this dialog again with the reasons, each naming its file.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/placeholders.h"
#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/dialog.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

bool picked(const SessionView& files, const std::string& path)
{
    return std::find(files.councils_picked.begin(), files.councils_picked.end(), path) != files.councils_picked.end();
}

void set_picked(SessionView& files, const std::string& path, bool on)
{
    auto it = std::find(files.councils_picked.begin(), files.councils_picked.end(), path);
    if (on && it == files.councils_picked.end())
        files.councils_picked.push_back(path);
    else if (!on && it != files.councils_picked.end())
        files.councils_picked.erase(it);
}

bool listed(const SessionView& files, const std::string& path)
{
    return std::any_of(files.listed.begin(), files.listed.end(), [&](const SessionRow& r) { return r.path == path; });
}

// One row: the tick box (Space or a click toggles it, arrows move between
// rows, as Dear ImGui's navigation does), then what the folder's list says.
void picker_row(const std::string& lang, SessionView& files, const SessionRow& row, int index)
{
    ImGui::PushID(index);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // The keyboard starts on the first row, also when the picker comes back
    // with a refusal: then Dear ImGui would give it back to the table as a
    // whole (the last focus), so it is asked for again in the second frame.
    if (index == 0 && files.councils_frames <= 1)
        ImGui::SetKeyboardFocusHere();
    bool on = picked(files, row.path);
    if (noted(ImGui::Checkbox(row.name.c_str(), &on)))
        set_picked(files, row.path, on);
    mark_item("council " + row.path);
    session_row_path_and_organisation(lang, row);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.progress.c_str());
    ImGui::PopID();
}

void picker_table(const std::string& lang, SessionView& files)
{
    std::vector<SessionRow> rows = files.listed;
    for (const std::string& path : files.councils_added) {
        SessionRow row;
        row.path = path;
        row.name = path;
        rows.push_back(std::move(row));
    }
    if (rows.empty()) {
        ImGui::TextUnformatted(s(tr("session.none_listed", lang)).c_str());
        return;
    }
    std::size_t shown = std::min<std::size_t>(rows.size(), 14) + 1;
    float height = (ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2.0f) * static_cast<float>(shown);
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##councils", 3, flags, ImVec2(0.0f, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(s(tr("session.col.name", lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(s(tr("session.col.organisation", lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(s(tr("session.col.progress", lang)).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < rows.size(); ++i)
        picker_row(lang, files, rows[i], static_cast<int>(i));
    ImGui::EndTable();
}

void add_path(SessionView& files)
{
    std::string path = files.councils_path;
    if (path.empty())
        return;
    if (!listed(files, path) && std::find(files.councils_added.begin(), files.councils_added.end(), path) == files.councils_added.end())
        files.councils_added.push_back(path);
    set_picked(files, path, true);
    files.councils_path.clear();
}

}  // namespace

void compare_picker(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Councils, s(tr("compare.picker.title", lang)), 56.0f))
        return;
    files.councils_frames = ImGui::IsWindowAppearing() ? 0 : files.councils_frames + 1;
    ImGui::TextUnformatted(s(tr("compare.picker.intro", lang)).c_str());
    ImGui::TextDisabled("%s", fill(tr("fmt.session.in_folder", lang), {{"folder", files.folder}}).c_str());
    picker_table(lang, files);

    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("compare.picker.add_path", lang)).c_str());
    float add_width = ImGui::CalcTextSize(s(tr("compare.picker.add", lang)).c_str()).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SetNextItemWidth(-(add_width + ImGui::GetStyle().ItemSpacing.x));
    bool enter = ImGui::InputTextWithHint("##council_path", "/…/sessie.yaml", &files.councils_path, ImGuiInputTextFlags_EnterReturnsTrue);
    mark_item("council_path");
    ImGui::SameLine();
    ImGui::BeginDisabled(files.councils_path.empty());
    bool add = noted(ImGui::Button(s(tr("compare.picker.add", lang)).c_str()));
    ImGui::EndDisabled();
    if (add || enter)
        add_path(files);

    if (!files.councils_errors.empty()) {
        ImGui::Spacing();
        dialog_error_text(s(tr("compare.picker.refused", lang)));
        // Told once it shows (a popup is hidden in its first frame) and has the keys.
        files.councils_errors_drawn = files.councils_frames >= 2;
        for (const std::string& line : files.councils_errors) {
            dialog_error_text(line);
            mark_item("refusal");
        }
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", fill(tr("fmt.compare.picker.picked", lang), {{"count", std::to_string(files.councils_picked.size())}}).c_str());
    bool ready = files.councils_picked.size() >= 2;
    DialogButtons buttons;
    bool compare = buttons.button(s(tr("compare.picker.compare", lang)), ready);
    bool cancel = buttons.cancel(lang);
    if ((compare || buttons.enter_default()) && ready) {
        files.councils_errors.clear();
        ask(files, CompareSessionsRequest{files.councils_picked});
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

}  // namespace prio
