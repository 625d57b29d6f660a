#pragma once
// File > Export… (Ctrl+E): which formats, where, and how. The dialog only
// records what was asked as an ExportRequest (ui/requests.h); the app writes
// the files after the frame and hands back where each went.
#include <string>
#include <vector>

#include "core/session.h"
#include "ui/requests.h"

namespace prio {

// The formats in the dialog's order, by their command-line names.
// The action plan's (ods, plan-csv) come last, so the others keep their places.
inline constexpr const char* kExportFormatNames[] = {"md", "odt", "pdf", "csv", "json", "png", "ods", "plan-csv"};
inline constexpr int kExportFormatCount = 8;

inline constexpr const char* kExportLanguages[] = {"nl", "en"};

// One file of the last export: where it went, or why not.
struct ExportReport {
    std::string format;
    std::string path;
    std::string error;  // "" when written
    bool exists = false;  // not written because a file has that name (and no force)
};

struct ExportDialog {
    bool want_open = false;  // File > Export… or Ctrl+E: opens next time it is drawn
    bool formats[kExportFormatCount] = {true, true, true, true, true, true, true, true};
    std::string folder;          // the field; filled from default_folder on opening when empty
    std::string default_folder;  // the app's choice: the session file's folder or the documents folder
    bool comma = false;          // CSV separator: ',' instead of ';'
    int size[2] = {1920, 1080};
    bool force = false;
    // Chosen here, not by View > Language: the session's language when the
    // dialog first opens, then the user's choice.
    std::string language;
    bool texts_in[2] = {true, true};  // the principle texts exist in kExportLanguages[i] (the app's lookup)
    std::string languages_for;        // the deck texts_in was looked up for

    std::vector<ExportReport> reports;     // from the app, after an export
    std::string message;                   // from the app: e.g. xdg-open is missing
};

// The popup's name, for tests.
inline constexpr const char* kExportPopup = "##export";

// Draws the dialog when it is open (want_open opens it); its Export and
// Open folder buttons go to `requests`.
void draw_export_dialog(const Session& session, ExportDialog& dialog, Requests& requests);

// The request the dialog's current choices make.
ExportRequest export_request(const ExportDialog& dialog);

}  // namespace prio
