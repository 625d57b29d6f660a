// The dialogs that pick a file: New (which deck), Open (the sessions in the
// default folder, or any path), Save as (name and folder) and the question
// before replacing a file.
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/strings.h"
#include "ui/board_parts.h"
#include "ui/dialog.h"
#include "ui/marks.h"
#include "ui/style.h"
#include "ui/text.h"

namespace prio {
namespace {

bool ends_with(const std::string& text, std::string_view tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

void new_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::New, s(tr("session.new_title", lang)), 34.0f))
        return;
    ImGui::TextUnformatted(s(tr("session.new_choose", lang)).c_str());
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    noted(ImGui::RadioButton(s(tr("session.deck_bundled_nl", lang)).c_str(), &files.new_deck, 0));
    noted(ImGui::RadioButton(s(tr("session.deck_bundled_en", lang)).c_str(), &files.new_deck, 1));
    mark_item("radio");
    noted(ImGui::RadioButton(s(tr("session.deck_file", lang)).c_str(), &files.new_deck, 2));
    ImGui::Indent();
    ImGui::SetNextItemWidth(-1.0f);
    bool enter = ImGui::InputTextWithHint("##deck_path", "/…/deck.yaml", &files.new_deck_path, ImGuiInputTextFlags_EnterReturnsTrue);
    mark_item("field");
    if (ImGui::IsItemActive())
        files.new_deck = 2;  // typing a path chooses it
    ImGui::Unindent();
    ImGui::Spacing();
    bool ready = files.new_deck != 2 || !files.new_deck_path.empty();
    DialogButtons buttons;
    bool create = buttons.button(s(tr("session.create", lang)), ready);
    bool cancel = buttons.cancel(lang);
    if ((create || enter || buttons.enter_default()) && ready) {
        NewRequest request;
        if (files.new_deck == 2)
            request.deck_path = files.new_deck_path;
        else
            request.bundled = files.new_deck == 0 ? "nl" : "en";
        ask(files, request);
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

void open_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Open, s(tr("session.open_title", lang)), 52.0f))
        return;
    ImGui::TextDisabled("%s", fill(tr("fmt.session.in_folder", lang), {{"folder", files.folder}}).c_str());
    bool open_now = false;
    if (files.listed.empty()) {
        ImGui::TextUnformatted(s(tr("session.none_listed", lang)).c_str());
    } else {
        float rows_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<std::size_t>(files.listed.size(), 12) + 1) +
                            ImGui::GetStyle().CellPadding.y * 2.0f * static_cast<float>(std::min<std::size_t>(files.listed.size(), 12) + 1);
        ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
        if (ImGui::BeginTable("##sessions", 4, flags, ImVec2(0.0f, rows_height))) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(s(tr("session.col.name", lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn(s(tr("session.col.organisation", lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn(s(tr("session.col.date", lang)).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6.0f);
            ImGui::TableSetupColumn(s(tr("session.col.progress", lang)).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.0f);
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < files.listed.size(); ++i) {
                const SessionRow& row = files.listed[i];
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                if (i == 0 && ImGui::IsWindowAppearing())
                    ImGui::SetKeyboardFocusHere();
                bool selected = files.open_path == row.path;
                if (noted(ImGui::Selectable(row.name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick))) {
                    files.open_path = row.path;
                    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
                        open_now = true;
                }
                // Keyboard: the row with the focus is the one Enter opens.
                if (ImGui::IsItemFocused() && !selected)
                    files.open_path = row.path;
                session_row_path_and_organisation(lang, row);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row.date.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row.progress.c_str());
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(s(tr("session.open_path", lang)).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    if (files.listed.empty() && ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputTextWithHint("##open_path", "/…/sessie.yaml", &files.open_path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    DialogButtons buttons;
    bool open = buttons.button(s(tr("session.open", lang)), !files.open_path.empty());
    bool cancel = buttons.cancel(lang);
    if ((open || open_now || enter || buttons.enter_default()) && !files.open_path.empty()) {
        ask(files, OpenRequest{files.open_path});
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

// The file Save as would write: the folder, the name, ".yaml" unless given.
std::string save_target(const SessionView& files)
{
    std::string name = files.save_name;
    if (!ends_with(name, ".yaml") && !ends_with(name, ".yml"))
        name += ".yaml";
    std::string folder = files.save_folder;
    while (folder.size() > 1 && folder.back() == '/')
        folder.pop_back();
    return folder.empty() ? name : folder == "/" ? "/" + name : folder + "/" + name;
}

// A name, not a path: a slash would put the file in another folder than the one shown.
bool usable_name(const std::string& name)
{
    return !name.empty() && name.find('/') == std::string::npos && name != "." && name != "..";
}

void save_as_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::SaveAs, s(tr("session.save_as_title", lang)), 40.0f))
        return;
    ImGui::TextUnformatted(s(tr("session.save_name", lang)).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##save_name", &files.save_name, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TextUnformatted(s(tr("session.save_folder", lang)).c_str());
    ImGui::SetNextItemWidth(-1.0f);
    enter |= ImGui::InputText("##save_folder", &files.save_folder, ImGuiInputTextFlags_EnterReturnsTrue);
    bool ready = usable_name(files.save_name) && !files.save_folder.empty();
    if (!files.save_name.empty() && !usable_name(files.save_name)) {
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextWrapped("%s", s(tr("session.save_bad_name", lang)).c_str());
        ImGui::PopStyleColor();
    } else if (ready) {
        ImGui::TextDisabled("%s", save_target(files).c_str());
    }
    ImGui::Spacing();
    DialogButtons buttons;
    bool save = buttons.button(s(tr("session.save", lang)), ready);
    bool cancel = buttons.cancel(lang);
    if ((save || enter || buttons.enter_default()) && ready) {
        ask(files, SaveAsRequest{save_target(files), false});
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        save_failed(files);  // nothing waits for a save that did not happen
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

void replace_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Replace, s(tr("session.replace_title", lang)), 36.0f))
        return;
    dialog_text(fill(tr("fmt.session.replace", lang), {{"path", files.replace_path}}));
    // Enter alone does not replace a file: Cancel is the default.
    DialogButtons buttons;
    bool replace = buttons.button(s(tr("session.replace", lang)));
    bool cancel = buttons.cancel(lang);
    DialogButtons::make_default();
    cancel |= buttons.enter_default();
    if (replace) {
        ask(files, SaveAsRequest{files.replace_path, true});
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        save_failed(files);
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_file_dialogs(const Session& session, WindowView& view)
{
    SessionView& files = view.files;
    new_dialog(session, files);
    open_dialog(session, files);
    save_as_dialog(session, files);
    replace_dialog(session, files);
}

void session_row_path_and_organisation(const std::string& language, const SessionRow& row)
{
    if (ImGui::IsItemHovered() && ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()))
        ImGui::SetTooltip("%s", (row.path + (row.error.empty() ? "" : "\n" + row.error)).c_str());
    ImGui::TableNextColumn();
    if (!row.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, warning_colour());
        ImGui::TextUnformatted(s(tr("session.broken", language)).c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextUnformatted(row.organisation.c_str());
    }
}

}  // namespace prio
