#pragma once
// Small helpers shared by the session dialogs. Internal to src/ui.
#include <string>

#include <imgui.h>

#include "ui/imgui_compat.h"
#include "ui/session_view.h"

namespace prio {

// Opens the modal for `which` when it is the dialog to show and no other
// popup is in the way, and begins it. `title` is shown in its title bar.
// Returns true between BeginPopupModal and EndPopup, as ImGui does.
bool begin_session_dialog(SessionView& files, SessionDialog which, const std::string& title, float width_in_em);
// Closes the dialog being drawn; the next waiting one opens in the next frame.
void close_session_dialog(SessionView& files);

// The two boards side by side, when the file was changed by someone else.
void compare_dialog(const Session& session, SessionView& files);
// File > Compare sessions: which sessions (ui/compare_picker.cpp).
void compare_picker(const Session& session, SessionView& files);

// A session row of a list, after its first cell (the item): the full path
// and why the file does not open under the mouse only (a tooltip for the
// keyboard's row would cover the rows below it), then a cell with its
// organisation, or that it is broken.
void session_row_path_and_organisation(const std::string& language, const SessionRow& row);

// A paragraph wrapped to the dialog's width, with room below it.
void dialog_text(const std::string& text);
// The same in the error colour, for what the user must not miss.
void dialog_error_text(const std::string& text);

// Enter, when no text field is being typed in (a field handles its own).
bool enter_pressed();
// A dialog's row of buttons: Enter presses the one with the keyboard focus,
// or, when none has it, the dialog's default action (enter_default).
struct DialogButtons {
    bool focused = false;
    bool button(const char* label);
    bool button(const std::string& label) { return button(label.c_str()); }
    // `label`, greyed out and inert while the action cannot be done.
    bool button(const std::string& label, bool enabled);
    // Cancel, on the line of the button before it.
    bool cancel(const std::string& language);
    bool enter_default() const;
    // Call right after the default button: it takes the keyboard focus when
    // the dialog appears, shown, so arrows start from it.
    static void make_default();
};

// A question with two answers and Cancel, the first answer the default
// (Enter): returns 1 or 2, 0 for Cancel or Escape, -1 while none is chosen.
int two_answers_and_cancel(const std::string& first, const std::string& second, const std::string& language);

}  // namespace prio
