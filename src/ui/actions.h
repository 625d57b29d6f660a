#pragma once
// The commands that have a shortcut, declared once: what the menus show
// beside an item, what the key handlers check and what the F1 help lists
// all come from this table. The keys are characters, not places (see
// ui/keys.h), so "Ctrl+Z" is right on every keyboard layout.
#include <string>
#include <vector>

#include "ui/keys.h"

namespace prio {

enum class Action {
    New, Open, Save, SaveAs, Export, Quit,
    Undo, Redo,
    ZoomIn, ZoomOut, ZoomReset, FullScreen, Present,
    Help,
    Count
};

struct Chord {
    int key = -1;  // a GLFW key number; -1 for none
    bool ctrl = false, shift = false;
};

struct ActionInfo {
    Action id;
    const char* label;  // the string key of the menu item, which F1 lists too
    Chord chords[3];    // the first is the one shown
    const char* shown;  // how the chords are written, for the menus and F1
};

const ActionInfo& action_info(Action id);
// "Ctrl+Z": the first chord, as the menus show it.
std::string shortcut_label(Action id);
// One of the action's chords was pressed this frame. Shift must match,
// except for a chord whose key is typed with Shift on some layouts ("+").
bool action_pressed(Action id);

// What F1 shows: the board's own keys, then every action of the table.
struct HelpRow {
    std::string keys, what;
};
std::vector<HelpRow> help_rows(const std::string& lang);

}  // namespace prio
