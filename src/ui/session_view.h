#pragma once
// The session side of the window: the File menu's items, its shortcuts and
// dialogs (new, open, save as, session details, the unsaved-changes
// question, the recovery offer, a changed deck, errors). Like the board,
// they only read what they show and record what the user asks for as
// Requests (ui/requests.h); the app carries those out after the frame (it
// owns the files) and fills in what the dialogs show.
#include <string>
#include <variant>
#include <vector>

#include "core/board_compare.h"
#include "core/session.h"
#include "ui/requests.h"

namespace prio {

// Compare: ours beside theirs after a conflict; Councils: the sessions to
// compare (File > Compare sessions); Round: begin a round of individual
// rankings; Paper: type a ballot from the paper deck.
enum class SessionDialog { None, New, Open, SaveAs, Replace, Details, Unsaved, Recovery, DeckChanged, Errors, Conflict, Compare, Councils, Round, Paper };

// What waits for the unsaved-changes question (and the save it may ask for).
enum class Then { Nothing, New, Open, OpenPath, Quit, Regional };

// One session file in the Open dialog.
struct SessionRow {
    std::string path;
    std::string name;
    std::string organisation;
    std::string date;
    std::string progress;  // "12/18 placed"
    std::string error;     // the file does not open: the first error
};

struct SessionView {
    // The window's one request channel, which the board view owns.
    explicit SessionView(Requests& out) : requests(out) {}

    // --- Filled in by the app.
    bool has_file = false;  // the session has a file of its own
    bool unsaved = false;   // closing it now would lose something
    std::string name;       // the session's name, for questions
    std::string suggestion; // a file name for Save as, without ".yaml"
    std::string file;       // its file, if any
    std::string folder;     // the default sessions folder
    std::string today;      // "2024-05-02", for a new date in the details
    std::vector<std::string> recent;
    std::vector<SessionRow> listed;        // the default folder, for Open
    std::vector<std::string> recovery;     // one line per left-behind session
    std::vector<std::string> deck_lines;   // what differs in a changed deck
    bool can_switch_deck = false;
    std::string errors_title;              // the Errors dialog
    std::vector<std::string> errors;
    bool offer_bundled = false;            // ...with a button for the bundled deck
    std::string replace_path;              // Save as found this file: ask first
    std::string status;                    // autosave trouble, shown in the menu bar
    std::string status_detail;             // ...and in full in its tooltip
    bool status_is_error = false;
    // When the latest changes are on disk nowhere: what closing now would
    // lose, said in the unsaved-changes question. Empty otherwise.
    std::string lost;
    // The session's file was changed by someone else; the question about it
    // is asked once per conflict (the menu bar keeps saying it).
    bool conflict = false;
    bool conflict_asked = false;
    BoardComparison compare;               // ours beside theirs, for the Compare dialog
    std::string info;                      // "Saved to ...", shown there until info_until (ImGui time)
    double info_until = 0.0;

    // --- The dialogs' own state.
    SessionDialog dialog = SessionDialog::None;
    std::vector<SessionDialog> queued;  // shown in turn when the open one closes
    bool closed_this_frame = false;     // the next one waits a frame: the closing key is still down
    Then then = Then::Nothing;
    std::string then_path;              // for Then::OpenPath
    int new_deck = 0;                   // 0: bundled Dutch, 1: bundled English, 2: a file
    std::string new_deck_path;
    std::string open_path;
    std::string save_name;
    std::string save_folder;
    SessionMeta meta;                   // the details dialog's draft
    // The details dialog's plan: the period as typed, and the version row
    // being filled in (ui/plan_details.cpp).
    int plan_from = 0, plan_to = 0;
    PlanVersion version;
    // The sessions picker (ui/compare_picker.cpp): the paths ticked, in the
    // order ticked; those added by path that the folder's list lacks; the
    // path field; why the app refused the last choice, one line a problem.
    std::vector<std::string> councils_picked;
    std::vector<std::string> councils_added;
    std::string councils_path;
    std::vector<std::string> councils_errors;
    bool councils_errors_drawn = false;  // this frame, in the picker (for --geometry-out)
    int councils_frames = 0;             // drawn since the picker appeared

    Requests& requests;  // filled while drawing, emptied by the app
};

// Records a request for the app (out of line: GCC 12 warns wrongly about
// a variant built in place from a temporary).
void ask(SessionView& files, Request request);

// Shows `dialog` now, or after the ones already waiting.
void show_dialog(SessionView& files, SessionDialog dialog);
// Shows the errors of a failed action; `bundled` adds "use the bundled deck".
void show_errors(SessionView& files, std::string title, std::vector<std::string> errors, bool bundled = false);

// The File menu's actions, shared by the menu, the shortcuts and the app.
// Each asks first when closing the session would lose unsaved work.
void file_new(SessionView& files);
void file_open(SessionView& files);
void file_open_path(SessionView& files, const std::string& path);
void file_save(SessionView& files);
void file_save_as(SessionView& files);
void file_quit(SessionView& files);  // the app calls it when the window is closed
// File > Compare sessions: the picker, over a fresh list of the folder.
void file_compare_sessions(SessionView& files);
// "Open as new board" on the comparison: a new session, asking first.
void file_regional_board(SessionView& files);

// After the save the unsaved question asked for succeeded: carry on with
// what was waiting (New, Open, Quit). After a failed save: forget it.
void saved_go_on(SessionView& files);
void save_failed(SessionView& files);

}  // namespace prio
