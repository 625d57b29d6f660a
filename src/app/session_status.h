#pragma once
// What the menu bar says about the autosave, and its tooltip, in the
// session's language: a file that cannot be written, work that is on disk
// nowhere, a file someone else changed. Plain C++ over the document, so the
// wording is tested without a window.
#include <string>

#include "app/document.h"

namespace prio {

struct SessionStatus {
    std::string text;    // the menu bar's line; empty when all is well
    std::string detail;  // the tooltip: the whole sentence and the system's reason
    bool error = false;
    std::string lost;    // what quitting now would lose, for the quit question
};

SessionStatus session_status(const SessionDocument& doc);

}  // namespace prio
