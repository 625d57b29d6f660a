#include "ui/dialog.h"

#include <algorithm>

#include "ui/imgui_compat.h"

#include "core/strings.h"

namespace prio {

bool begin_session_dialog(SessionView& files, SessionDialog which, const std::string& title, float width_in_em)
{
    if (files.dialog != which)
        return false;
    // The visible title may change with the language; the id after ### does not.
    std::string name = title + "###session_dialog_" + std::to_string(static_cast<int>(which));
    if (!ImGui::IsPopupOpen(name.c_str())) {
        if (files.closed_this_frame)
            return false;
        // Another popup (a lane dialog, the focus view, a menu) goes first.
        if (any_popup_open())
            return false;
        ImGui::OpenPopup(name.c_str());
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float width = std::min(viewport->WorkSize.x * 0.95f, ImGui::GetFontSize() * width_in_em);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(FLT_MAX, viewport->WorkSize.y * 0.9f));
    return ImGui::BeginPopupModal(name.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
}

void close_session_dialog(SessionView& files)
{
    ImGui::CloseCurrentPopup();
    files.closed_this_frame = true;
    files.dialog = SessionDialog::None;
    if (!files.queued.empty()) {
        files.dialog = files.queued.front();
        files.queued.erase(files.queued.begin());
    }
}

bool DialogButtons::button(const char* label)
{
    bool pressed = noted(ImGui::Button(label));
    if (ImGui::IsItemFocused()) {
        focused = true;
        pressed = pressed || enter_pressed();
    }
    return pressed;
}

bool DialogButtons::button(const std::string& label, bool enabled)
{
    ImGui::BeginDisabled(!enabled);
    bool pressed = button(label);
    ImGui::EndDisabled();
    return pressed;
}

bool DialogButtons::cancel(const std::string& language)
{
    ImGui::SameLine();
    return button(std::string(tr("common.cancel", language)));
}

void dialog_text(const std::string& text)
{
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
}

int two_answers_and_cancel(const std::string& first, const std::string& second, const std::string& language)
{
    DialogButtons buttons;
    bool one = buttons.button(first);
    DialogButtons::make_default();
    ImGui::SameLine();
    bool two = buttons.button(second);
    bool cancel = buttons.cancel(language);
    if (one || buttons.enter_default())
        return 1;
    if (two)
        return 2;
    if (cancel || escape_pressed())
        return 0;
    return -1;
}

void dialog_error_text(const std::string& text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(230, 60, 40, 255));
    dialog_text(text);
    ImGui::PopStyleColor();
}

void DialogButtons::make_default()
{
    ImGui::SetItemDefaultFocus();
    focus_item_on_appearing();
}

bool DialogButtons::enter_default() const
{
    return !focused && enter_pressed();
}

bool enter_pressed()
{
    if (ImGui::GetIO().WantTextInput)
        return false;
    return any_enter_pressed();
}

}  // namespace prio
