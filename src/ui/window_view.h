#pragma once
// The window's view state and the board's pieces: the priority lanes side
// by side and the unsorted pile below them (board_view.cpp), inside the
// window's shell (ui/main_window.h).
//
// Drawing only reads the session. What the user asks for (a drop, a key, a
// menu item) is recorded as a Command in the view; apply_commands() then
// applies them through core perform/undo/redo after the frame is drawn, the
// one path that undo, the decision log, the autosave and the tests share.
// Whatever else the app must do is a Request (ui/requests.h).
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>

#include "core/session.h"
#include "ui/card.h"
#include "ui/compare_view.h"
#include "ui/export_dialog.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/kept_mesh.h"
#include "ui/layout.h"
#include "ui/presentation.h"
#include "ui/requests.h"
#include "ui/round_view.h"
#include "ui/session_view.h"

namespace prio {

struct UndoCommand {};
struct RedoCommand {};
struct SetLanguage {
    std::string language;
};
// The session details dialog: not a board edit, but a change to autosave.
struct SetMeta {
    SessionMeta meta;
};
// What is being typed into a field (ui/drafts.cpp); an empty draft for none.
struct SetDraft {
    Draft draft;
};
using Command = std::variant<Edit, UndoCommand, RedoCommand, SetLanguage, SetMeta, SetDraft, StartRound, GiveBallot, CloseRound, RevealRound>;

// How long a notice, or a message in the menu bar, stays: long enough to
// read twice, short enough not to linger over the next gesture.
inline constexpr double kNoticeSeconds = 6.0;

// A short message shown near a lane (or the pile) after a refused gesture.
struct Notice {
    std::string lane;       // lane id; "" is the pile
    bool global = false;    // not about one lane: shown above the board
    std::string text;
    double until = 0.0;     // ImGui time after which it is no longer shown
    float near_y = -1.0f;   // screen height where the user looks (the drop, the card); -1: the lane's foot
};

// Where the gesture behind the frame's edits happened, so that a refusal
// shows there: the lane (or "" for the pile) and the screen height.
struct GestureSpot {
    std::string lane;
    float y = -1.0f;
};

// Where a card was drawn in the last frame, for the keyboard (scrolling the
// selection into view) and for tests that aim the mouse at it.
struct CardRect {
    int card = 0;
    ImVec2 min, max;
};

struct LaneRect {
    std::string lane;  // "" for the pile
    ImVec2 min, max;
};

enum class LanePopup { None, Rename, Capacity };

// All that a lane's or the pile's box shows around its cards (background,
// border, title line, separator) depends on; while it stays the same, the
// box is drawn from a kept mesh.
struct BoxKey {
    float width = 0.0f, height = 0.0f;
    float header = 0.0f;                  // the title line's height
    float button_x = 0.0f, button_y = 0.0f, button_width = 0.0f;  // the "…" button from the box's corner; 0 wide for none
    float clip_left = 0.0f, clip_right = 0.0f;
    ImU32 button_colour = 0, count_colour = 0;
    int lane = 0;
    std::string title;         // the lane's
    int count = 0, capacity = 0;
    int placed = 0, cards = 0;  // the pile's progress
    std::string language;
    int fonts_generation = -1;
    ImU32 colours[6] = {};
    float style[8] = {};
    bool operator==(const BoxKey&) const = default;
};

struct BoxMesh {
    BoxKey key;
    KeptMesh mesh;
    ImVec2 count_min, count_max;  // where its face shows the count, from its corner
};

// Which view the window shows: the board, a comparison of councils'
// sessions or of a round's ballots (ui/compare_view.h), or a round's turns
// on this screen (ui/turn_view.h).
enum class Screen { Board, Compare, Turns };

struct TurnDraft;

// The focus view's action fields while they are typed: each field's text by
// "ACTION/FIELD", so a field Tab leaves keeps its text until its edit is taken.
struct PlanDrafts {
    std::map<std::string, std::string> fields;
    std::string focus_field;  // "ACTION/FIELD" that takes the keys next (a new action's first, a draft's)
    ImVec2 add_min, add_max;   // where "Add action" was drawn last (for --geometry-out)
};

// The window's view state, for the shell (main_window.cpp) and every view
// it shows: the board, a comparison, a round's turns, and their dialogs.
// View state only: nothing here is the truth about the board.
struct WindowView {
    WindowView();
    ~WindowView();  // where TurnDraft is whole
    WindowView(const WindowView&) = delete;  // `files` refers to `requests`
    WindowView& operator=(const WindowView&) = delete;

    Screen screen = Screen::Board;
    Fonts fonts;
    Keys keys;
    CardMeshCache meshes;
    std::vector<BoxMesh> boxes;  // the lanes' by index, then the pile's
    float zoom = 1.0f;  // 1.0 to 3.0; the app rebuilds fonts when it changes
    bool dark = false;
    bool fullscreen = false;  // set by the app, which makes the window follow (FullScreenRequest)
    bool picture = false;     // drawn for an exported picture: no menu bar, no dialogs, no keys
    bool presenting = false;  // F5: the board alone, full screen, its text as large as fits
    bool fixed_lanes = false; // a turn's private board: the round's lanes, no lane menu
    float present_font = 0.0f;  // the font size presentation mode wants; the app rasterises it
    std::string present_key;    // what `present` was laid out for
    PresentLayout present;
    std::vector<int> ranks;     // by card index, while presenting: 0 for none
    int theme_walk = -1;        // View > Per theme: the index of the theme discussed; -1 for all cards

    std::string selected;   // card id, "" for none
    std::string open_card;  // the card shown in the focus view, "" for none
    std::string note_draft;  // the focus view's notes field while it is open
    bool note_cursor_to_end = false;  // a draft came back: type on after it
    PlanDrafts plan;  // the focus view's action fields
    bool popup_before = false;  // a menu or popup was open when the last frame ended
    bool show_help = false;
    std::string open_lane_menu;  // lane id whose context menu opens next frame

    // Lane editing: which lane the pending dialog is about, and its drafts.
    LanePopup lane_popup = LanePopup::None;
    std::string popup_lane;
    std::string lane_title_draft;
    int capacity_draft = 0;

    ExportDialog export_dialog;
    RoundView rounds;
    CouncilsView councils;  // Screen::Compare
    std::unique_ptr<TurnDraft> turn;  // Screen::Turns: the participant's private board during a turn

    Notice notice;
    std::string confirm;  // said as the notice once this frame's edits are done, if one was
    Requests requests;  // filled while drawing, carried out and emptied by the app
    SessionView files{requests};  // the File menu and the session dialogs
    std::vector<Command> commands;  // filled while drawing, emptied by apply_commands
    std::optional<GestureSpot> gesture;  // set with a drop or a key's move, used and cleared by apply_commands

    // Per frame, filled while drawing.
    double now = 0.0;
    std::vector<CardRect> card_rects;
    std::vector<LaneRect> lane_rects;
    bool scroll_to_selected = false;
    bool drag_cancelled = false;  // Esc during a drag: ignore the button until it is released
    int pile_per_row = 1;
    CardSize lane_cards = CardSize::Full;
};

// Draws the lanes and the pile into the current window (ui/main_window.cpp
// draws the window around them).
void draw_board(const Session& session, WindowView& view);

// Applies the view's commands in order. Refusals become a notice near the
// lane concerned. Returns how many commands changed the session.
// Records a wish for apply_commands (out of line, like ask(): GCC 12 warns
// wrongly about a variant built in place from a temporary).
void wish(WindowView& view, Command command);
int apply_commands(Session& session, WindowView& view, const std::string& time);
// There are wishes to apply: the view's, or a turn's private board's.
bool has_commands(const WindowView& view);

// Shows `text` for a few seconds near lane `lane` ("" the pile), or above
// the board when `global`.
void notify(WindowView& view, std::string lane, bool global, std::string text);

// Closes the focus view; a note being typed in it becomes its SetNote edit
// in view.commands. True when there was one (the quit then asks first).
bool take_open_note(const Session& session, WindowView& view);

// The id of the card being dragged, "" when none is (for tests and the app).
std::string dragged_card_for_tests();

// Zoom steps between 100% and 300%.
float zoom_in(float zoom);
float zoom_out(float zoom);

}  // namespace prio
