#pragma once
// --geometry-out FILE: where the window drew what, rewritten whenever it
// changes, so that an end-to-end test aims the mouse at a card by its code
// and waits for a dialog by its name instead of searching a screenshot for
// a colour and sleeping. One thing per line, in window pixels:
//   screen board|present
//   dialog NAME        the session dialog that is open and has the keyboard (save_as, unsaved, ...)
//   popup              some other popup (a menu, the Export dialog) is open
//   card CODE X0 Y0 X1 Y1
//   lane ID X0 Y0 X1 Y1   (the pile's id is "-")
//   selected CODE      the selected card
//   open CODE          the card shown large in the focus view
//   typing             a text field has the keyboard: typed characters go into it
// The file is replaced by a rename, so a reader never sees half of it.
#include <string>

#include "ui/window_view.h"

namespace prio {

std::string geometry_text(const Session& session, const WindowView& view, bool popup_open, bool dialog_has_keys, bool typing);

struct GeometryLog {
    std::string path;  // empty: off
    std::string last;
    SessionDialog dialog = SessionDialog::None;
    int dialog_frames = 0;  // frames the open popup has been drawn
    // Writes the file when the text changed since the last write.
    void write(const Session& session, const WindowView& view, bool popup_open, bool typing);
};

}  // namespace prio
