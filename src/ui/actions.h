#pragma once
// The window's commands, each declared once: its id, the string key of its
// label, its shortcut, when it can be done and what it does. The menus show
// their items from this table (greyed out while an action cannot be done),
// the key handler runs the action whose chord was pressed (and does nothing
// while it cannot be done), and F1 lists them. The keys are characters, not
// places (see ui/keys.h), so "Ctrl+Z" is right on every keyboard layout.
#include <initializer_list>
#include <string>
#include <vector>

#include "ui/keys.h"

namespace prio {

struct Session;
struct WindowView;

enum class Action {
    New, Open, Save, SaveAs, Export, CompareSessions, Quit,
    RegionalBoard, BackToBoard,
    Undo, Redo,
    ZoomIn, ZoomOut, ZoomReset, FullScreen, Present,
    RoundNew, RoundPaper, RoundTurns, RoundPhones, RoundClose, RoundReveal, RoundApply,
    Help,
    Count
};

struct Chord {
    int key = -1;  // a GLFW key number; -1 for none
    bool ctrl = false, shift = false;
};

// Where an action's shortcut works.
enum class KeysWork {
    Anywhere,   // also while typing and in dialogs (zoom, full screen, quit)
    NotTyping,  // not while a text field has the keys: it has its own (undo)
    NoDialog,   // not while a menu, dialog or the focus view is open (files, export)
    OnBoard,    // only on the board itself: nothing open, nothing typed, not in the menu bar
};

struct ActionInfo {
    Action id;
    const char* label;  // the string key of the menu item, which F1 lists too
    Chord chords[3];    // the first is the one shown
    const char* shown;  // how the chords are written, for the menus and F1
    KeysWork keys;
    // When it can be done; nullptr for always. While it cannot, the menu
    // item is greyed out and the shortcut does nothing but show `refused`
    // (a string key, nullptr for silence) above the board.
    bool (*enabled)(const Session&, const WindowView&);
    const char* refused;
    void (*run)(const Session&, WindowView&);
    // Whether the menu item shows a check mark; nullptr for none.
    bool (*checked)(const WindowView&);
};

const ActionInfo& action_info(Action id);
// "Ctrl+Z": the first chord, as the menus show it.
std::string shortcut_label(Action id);
bool action_enabled(const Session& session, const WindowView& view, Action id);
// One of the action's chords was pressed this frame. Shift must match,
// except for a chord whose key is typed with Shift on some layouts ("+").
bool action_pressed(Action id);

// The menu item of an action, from the table; runs it when chosen.
void action_menu_item(const Session& session, WindowView& view, Action id);
// Runs every action whose chord was pressed, where its keys work and while
// it can be done. The window calls it once a frame (ui/main_window.cpp).
void run_shortcuts(const Session& session, WindowView& view);
// The same for the actions `only` (a turn on this screen keeps its keys to a few).
void run_shortcuts(const Session& session, WindowView& view, std::initializer_list<Action> only);
// The keys for the board itself are free: nothing open, nothing typed, not in the menu bar.
bool board_has_keys(const WindowView& view);

// What F1 shows: the board's own keys, then every action of the table.
struct HelpRow {
    std::string keys, what;
};
std::vector<HelpRow> help_rows(const std::string& lang);

}  // namespace prio
