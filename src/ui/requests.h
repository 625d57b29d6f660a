#pragma once
// The one channel from the window to the app. Edits of the board are
// Commands (window_view.h), applied through the history; everything else the
// app must do for the window (files, exports, quitting, full screen) is a
// Request, recorded while a frame is drawn and carried out by the app after
// it, in order (app/gui.cpp). Views never touch files or the window.
#include <string>
#include <variant>
#include <vector>

namespace prio {

// --- The session's file (ui/session_view.h has the dialogs that ask).
struct NewRequest {
    std::string bundled;    // "nl" or "en": a bundled deck; empty: deck_path
    std::string deck_path;  // a deck file
};
struct OpenRequest {
    std::string path;
};
struct SaveRequest {};  // into the session's own file
struct SaveAsRequest {
    std::string path;
    bool replace = false;  // the user agreed to replace an existing file
};
// List the sessions of the default folder, then show Open, or the picker of
// sessions to compare (File > Compare sessions).
struct ListRequest {
    bool to_compare = false;
};
struct RestoreRequest {
    int index = 0;  // into SessionView::recovery
};
struct DiscardRecoveryRequest {
    int index = 0;
};
struct SwitchDeckRequest {};
// Someone else changed the session's file: take their version (reload it),
// or keep ours as a copy beside it, which the session then follows.
struct KeepTheirsRequest {};
struct KeepMineRequest {};
// ...or first see the two boards side by side (the app reads theirs).
struct CompareRequest {};
struct QuitRequest {};  // the user settled the unsaved question: end now

// --- Councils compared (ui/compare_view.h). Load these sessions as a
// comparison beside the board; a refusal goes back to the picker.
struct CompareSessionsRequest {
    std::vector<std::string> paths;
};
// Replace the session (after the unsaved question) by a new one whose board
// is the comparison's regional starting board.
struct RegionalBoardRequest {};
// Show a round's results on the comparison screen, its participants as the
// councils (ui/round_view.h).
struct ShowRoundRequest {
    int round = 0;  // index into session.rounds
};
// Serve the open round to phones (app/phone_round.h), on the address the
// facilitator picked ("" for the default: the default route's).
struct ServePhonesRequest {
    int round = 0;
    std::string address;
};

// --- Exports (ui/export_dialog.h).
struct ExportRequest {
    std::vector<std::string> formats;  // names from kExportFormatNames
    std::string folder;
    char separator = ';';
    int width = 1920, height = 1080;  // of the PNG
    bool force = false;                // replace existing files
    std::string language;              // of the documents: "nl" or "en"
};
struct OpenExportFolderRequest {};  // show the export folder in the file manager

// --- The window.
struct CloseRequest {};  // File > Quit, Ctrl+Q: end, asking first when work would be lost
struct FullScreenRequest {
    bool on = false;
};

using Request = std::variant<NewRequest, OpenRequest, SaveRequest, SaveAsRequest, ListRequest, RestoreRequest, DiscardRecoveryRequest,
                             SwitchDeckRequest, KeepTheirsRequest, KeepMineRequest, CompareRequest, QuitRequest, CompareSessionsRequest,
                             RegionalBoardRequest, ShowRoundRequest, ServePhonesRequest, ExportRequest, OpenExportFolderRequest,
                             CloseRequest, FullScreenRequest>;
using Requests = std::vector<Request>;

}  // namespace prio
