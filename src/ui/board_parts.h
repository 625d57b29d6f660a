#pragma once
// The pieces the window and the board are made of, one file each. Internal to src/ui.
#include <string>

#include "core/comparison.h"
#include "ui/window_view.h"
#include "ui/imgui_compat.h"

namespace prio {

inline constexpr const char* kCardPayload = "PRIO_CARD";

// The id of the card being dragged, or "" when no card is.
std::string dragged_card();

void draw_menu_bar(const Session& session, WindowView& view);
// The File menu's items; the sessions work fills it (new, open, save, export).
void draw_file_menu(const Session& session, WindowView& view);
// Items to edit one lane, for its context menu and for Edit > Lanes.
void draw_lane_menu_items(const Session& session, WindowView& view, int lane);
void draw_lane_dialogs(const Session& session, WindowView& view);
void draw_focus_view(const Session& session, WindowView& view);
// The card's actions in the focus view, `height` high (focus_actions.cpp).
void draw_focus_actions(const Session& session, WindowView& view, int card, float height);
// The plan's period and version trail in the session details (plan_details.cpp);
// the period becomes its edit on the dialog's OK.
void draw_plan_details(const Session& session, WindowView& view);
void take_plan_details(const Session& session, WindowView& view);
// An action field being typed when the view closes becomes its edit.
void commit_action_drafts(const Session& session, WindowView& view);
void draw_help(const Session& session, WindowView& view);
// The session dialogs (session_dialogs.cpp, file_dialogs.cpp) and the File menu's shortcuts.
void draw_session_dialogs(const Session& session, WindowView& view);
void draw_file_dialogs(const Session& session, WindowView& view);
// A card the deck file no longer has, kept with its place and note.
bool is_retired(const Session& session, const std::string& card_id);
void draw_retired_mark(ImDrawList* draw, const Session& session, ImVec2 min, ImVec2 max);
// Autosave trouble, in the menu bar.
void draw_session_status(const WindowView& view);
// The board's own keys: selection, moving cards, the theme walk. The
// window calls it after the board is drawn, when the board has the keys.
void handle_keyboard(const Session& session, WindowView& view);

// Drafts (drafts.cpp): a field's text while it is typed goes to the session
// as its draft (dropped again when it is back to `committed`); drop_draft when
// the field closes; reopen_draft shows a session's draft in its field again.
void keep_draft(const Session& session, WindowView& view, const char* field, const std::string& target,
                const std::string& text, const std::string& committed);
void drop_draft(const Session& session, WindowView& view);
void reopen_draft(const Session& session, WindowView& view);
// Presentation mode (present_view.cpp): the layout for the board's spread,
// kept until the spread or the screen changes, and what each card shows.
const PresentLayout& presentation_layout(const Session& session, WindowView& view, ImVec2 screen);
CardShow card_show(const Session& session, const WindowView& view, int card);
// View > Per theme (theme_walk.cpp): PageDown and PageUp, the theme being
// discussed, and the band above the board with its name and description
// (`lines`: the description's, as the presentation layout wrapped it; 0 to
// wrap it here).
void step_theme_walk(const Session& session, WindowView& view, int step);
const Theme* walked_theme(const Session& session, const WindowView& view);
void draw_theme_banner(const Session& session, WindowView& view, int lines);

// What a view forgets at the start of each frame: where things were drawn,
// a notice whose time is up, a drag that Esc cancelled.
void start_view_frame(WindowView& view);
// Screen::Turns (turn_screen.cpp): the screen between turns, and a turn.
void draw_turn_screen(const Session& session, WindowView& view);
// A round with phones (join_panel.cpp): the QR code, the link and code, the counts.
void draw_join_panel(const Session& session, WindowView& view);
// In a named round, who has given a ranking so far ("Gegeven door: An,
// Bart"), each once, in the order given; "" in an anonymous round or before
// the first ballot. What each gave stays hidden until the reveal.
std::string given_names_line(const Round& round, const std::string& language);

// Screen::Compare (compare_screen.cpp): the comparison, and its keys when
// nothing else has them (arrows move the selected row, Enter its detail).
void draw_compare_screen(const Session& session, const Comparison& comparison, WindowView& view);
void handle_compare_keys(const Comparison& comparison, WindowView& view);
void draw_compare_detail(const Comparison& comparison, const std::string& language, WindowView& view);

// Rounds (round_dialogs.cpp): the dialogs that begin one and take ballots
// from paper, and the round's line in the menu bar.
void draw_round_dialogs(const Session& session, WindowView& view);
void draw_round_status(const Session& session);

// Commands shared by the menu and the keyboard.
void add_lane_after(const Session& session, WindowView& view, int lane);
void open_lane_popup(const Session& session, WindowView& view, int lane, LanePopup popup);

}  // namespace prio
