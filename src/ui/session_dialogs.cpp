// The session's questions and messages: its details, unsaved changes, work
// left behind by a crash, a changed deck, and errors. Also the File menu's
// shortcuts and the autosave status in the menu bar.
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

// One line of the details form. Returns true on Enter.
bool field(const char* label, const char* id, std::string& value, bool focus = false, const char* hint = nullptr)
{
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * 9.0f);
    ImGui::SetNextItemWidth(-1.0f);
    if (focus)
        ImGui::SetKeyboardFocusHere();
    return ImGui::InputTextWithHint(id, hint ? hint : "", &value, ImGuiInputTextFlags_EnterReturnsTrue);
}

// A whole number of 0 or more; 0 shows as an empty field, meaning "not given".
bool count_field(const char* label, const char* id, long long& value, long long max)
{
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * 9.0f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    std::string text = value > 0 ? std::to_string(value) : std::string();
    bool enter = ImGui::InputText(id, &text, ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) {
        long long parsed = 0;
        for (char ch : text)
            if (ch >= '0' && ch <= '9' && parsed <= max / 10)
                parsed = parsed * 10 + (ch - '0');
        value = std::min(parsed, max);
    }
    return enter;
}

void details_dialog(const Session& session, WindowView& view)
{
    SessionView& files = view.files;
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Details, s(tr("session.details_title", lang)), 40.0f))
        return;
    SessionMeta& m = files.meta;
    if (ImGui::IsWindowAppearing() && m.date.empty())
        m.date = files.today;
    // Enter in a one-line field is OK, as in most forms; the remarks take new lines.
    bool enter = field(s(tr("session.meta.organisation", lang)).c_str(), "##organisation", m.organisation, ImGui::IsWindowAppearing());
    enter |= field(s(tr("session.meta.title", lang)).c_str(), "##title", m.title);
    enter |= field(s(tr("session.meta.facilitator", lang)).c_str(), "##facilitator", m.facilitator);
    enter |= field(s(tr("session.meta.participants", lang)).c_str(), "##participants", m.participants);
    enter |= field(s(tr("session.meta.date", lang)).c_str(), "##date", m.date, false, "2024-05-02");
    enter |= count_field(s(tr("session.meta.inhabitants", lang)).c_str(), "##inhabitants", m.inhabitants, 100000000);
    enter |= field(s(tr("session.meta.segment", lang)).c_str(), "##segment", m.segment, false,
                   s(tr("session.meta.segment_hint", lang)).c_str());
    ImGui::TextUnformatted(s(tr("session.meta.remarks", lang)).c_str());
    ImGui::InputTextMultiline("##remarks", &m.remarks, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 5.0f));
    draw_plan_details(session, view);
    ImGui::Spacing();
    DialogButtons buttons;
    bool ok = buttons.button(s(tr("common.ok", lang))) || enter;
    bool cancel = buttons.cancel(lang);
    if (ok || buttons.enter_default()) {
        if (m != session.meta)
            wish(view, SetMeta{m});
        take_plan_details(session, view);
        close_session_dialog(files);
    } else if (cancel || escape_pressed()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

void unsaved_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Unsaved, s(tr("session.unsaved_title", lang)), 34.0f))
        return;
    dialog_text(fill(tr("fmt.session.unsaved", lang), {{"name", files.name}}));
    if (!files.lost.empty())
        dialog_error_text(files.lost);
    int answer = two_answers_and_cancel(s(tr("session.save", lang)), s(tr("session.discard", lang)), lang);
    if (answer == 1) {
        close_session_dialog(files);
        if (files.has_file)
            ask(files, SaveRequest{});  // the app goes on once it is saved
        else
            file_save_as(files);
    } else if (answer == 2) {
        close_session_dialog(files);
        saved_go_on(files);
    } else if (answer == 0) {
        save_failed(files);
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

void recovery_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (files.dialog == SessionDialog::Recovery && files.recovery.empty()) {
        files.dialog = SessionDialog::None;  // nothing (left) to offer
        return;
    }
    if (!begin_session_dialog(files, SessionDialog::Recovery, s(tr("session.recovery_title", lang)), 50.0f))
        return;
    dialog_text(s(tr("session.recovery_intro", lang)));
    bool done = false;
    DialogButtons buttons;
    for (std::size_t i = 0; i < files.recovery.size() && !done; ++i) {
        std::string n = "##" + std::to_string(i);
        ImGui::Separator();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(files.recovery[i].c_str());
        ImGui::PopTextWrapPos();
        if (buttons.button(s(tr("session.restore", lang)) + n)) {
            ask(files, RestoreRequest{static_cast<int>(i)});
            done = true;
        }
        if (i == 0)
            DialogButtons::make_default();
        ImGui::SameLine();
        if (buttons.button(s(tr("session.discard_recovery", lang)) + n))
            ask(files, DiscardRecoveryRequest{static_cast<int>(i)});
    }
    ImGui::Separator();
    ImGui::Spacing();
    // Later: the work stays where it is and is offered again at the next start.
    if (buttons.button(s(tr("session.recovery_later", lang))) || escape_pressed())
        done = true;
    // Enter with no button chosen restores the newest.
    if (!done && buttons.enter_default() && !files.recovery.empty()) {
        ask(files, RestoreRequest{0});
        done = true;
    }
    if (done)
        close_session_dialog(files);
    ImGui::EndPopup();
}

void deck_changed_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::DeckChanged, s(tr("session.deck_changed_title", lang)), 46.0f))
        return;
    ImGui::BeginChild("##lines", ImVec2(0.0f, std::min(ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(files.deck_lines.size() + 1),
                                                      ImGui::GetMainViewport()->WorkSize.y * 0.5f)),
                      false);
    ImGui::PushTextWrapPos(0.0f);
    for (const std::string& line : files.deck_lines)
        ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::Spacing();
    DialogButtons buttons;
    bool keep = buttons.button(s(tr("session.keep_copy", lang)));
    DialogButtons::make_default();
    bool change = false;
    if (files.can_switch_deck) {
        ImGui::SameLine();
        change = buttons.button(s(tr("session.switch_deck", lang)));
    }
    if (change) {
        ask(files, SwitchDeckRequest{});
        close_session_dialog(files);
    } else if (keep || escape_pressed() || buttons.enter_default()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

void errors_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Errors, files.errors_title, 56.0f))
        return;
    float height = std::min(ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(files.errors.size() * 2 + 1),
                            ImGui::GetMainViewport()->WorkSize.y * 0.5f);
    ImGui::BeginChild("##errors", ImVec2(0.0f, height), true);
    ImGui::PushTextWrapPos(0.0f);
    for (const std::string& line : files.errors)
        ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::Spacing();
    DialogButtons buttons;
    bool bundled = false;
    if (files.offer_bundled) {
        bundled = buttons.button(s(tr("session.use_bundled", lang)));
        DialogButtons::make_default();
        ImGui::SameLine();
    }
    bool close = buttons.button(s(tr("common.close", lang)));
    if (!files.offer_bundled)
        DialogButtons::make_default();
    if (bundled || (files.offer_bundled && buttons.enter_default())) {
        ask(files, NewRequest{lang == "en" ? "en" : "nl", {}});
        close_session_dialog(files);
    } else if (close || escape_pressed() || buttons.enter_default()) {
        close_session_dialog(files);
    }
    ImGui::EndPopup();
}

// Someone else changed the file: nothing is overwritten until the user
// chooses, or first compares the two boards (compare_dialog.cpp).
void conflict_dialog(const Session& session, SessionView& files)
{
    const std::string& lang = session.language;
    if (!begin_session_dialog(files, SessionDialog::Conflict, s(tr("session.conflict_title", lang)), 40.0f))
        return;
    dialog_text(fill(tr("fmt.session.conflict", lang), {{"file", files.file}}));
    DialogButtons buttons;
    const bool mine = buttons.button(s(tr("session.keep_mine", lang)));
    DialogButtons::make_default();
    ImGui::SameLine();
    const bool theirs = buttons.button(s(tr("session.keep_theirs", lang)));
    const bool compare = buttons.button(s(tr("session.compare", lang)));
    const bool cancel = buttons.cancel(lang);
    if (mine || buttons.enter_default() || theirs || compare || cancel || escape_pressed())
        close_session_dialog(files);
    if (mine || buttons.enter_default())
        ask(files, KeepMineRequest{});
    else if (theirs)
        ask(files, KeepTheirsRequest{});
    else if (compare)
        ask(files, CompareRequest{});
    ImGui::EndPopup();
}

}  // namespace

void draw_session_dialogs(const Session& session, WindowView& view)
{
    view.files.closed_this_frame = false;
    view.files.councils_errors_drawn = false;
    // Each dialog looks up its title first: not worth doing every frame for none.
    if (view.files.dialog == SessionDialog::None)
        return;
    draw_file_dialogs(session, view);
    details_dialog(session, view);
    unsaved_dialog(session, view.files);
    recovery_dialog(session, view.files);
    deck_changed_dialog(session, view.files);
    errors_dialog(session, view.files);
    conflict_dialog(session, view.files);
    compare_dialog(session, view.files);
    compare_picker(session, view.files);
}

void draw_session_status(const WindowView& view)
{
    const SessionView& files = view.files;
    bool info = files.status.empty() && !files.info.empty() && view.now < files.info_until;
    if (files.status.empty() && !info)
        return;
    const std::string& text = info ? files.info : files.status;
    ImGui::Separator();
    // Long system messages are cut to the room there is; the whole text is in the tooltip.
    float room = ImGui::GetContentRegionAvail().x * 0.6f;
    ImGui::PushStyleColor(ImGuiCol_Text, info ? ImGui::GetColorU32(ImGuiCol_Text)
                                              : files.status_is_error ? warning_colour() : ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(at, ImVec2(at.x + room, at.y + ImGui::GetFrameHeight()), true);
    ImGui::TextUnformatted(text.c_str());
    mark_item("status");
    ImGui::PopClipRect();
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", info || files.status_detail.empty() ? text.c_str() : files.status_detail.c_str());
}

}  // namespace prio
