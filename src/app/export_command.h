#pragma once
// Exports outside the io layer's reach: the board's PNG needs the renderer.
// `prioriteer export` on the command line, and the Export dialog's requests
// in the window, both end up in export_all().
#include <string>
#include <vector>

#include "core/session.h"
#include "ui/window_view.h"

namespace prio {

struct ExportCommand {
    std::string session_file;
    std::vector<std::string> formats;  // names; empty: every format
    std::string dir = ".";
    bool force = false;
    std::string separator = ";";
    std::string size = "1920x1080";
    std::string language;  // "nl" or "en"; "": the session's
    int round = 0;         // > 0: the report of this round (1-based) instead of the masterplan
};

// What the `export` subcommand takes (main.cpp declares it to CLI11): the
// format names, png included, and the check of --size ("" when it is good).
std::vector<std::string> export_format_names();
std::string check_picture_size(const std::string& text);

// Exit codes: 0 when every requested file was written; 1 when the session
// cannot be read (nothing is written) or any file was not written (exists
// without --force, a write error, no display for png); 2 for usage errors.
int run_export(const ExportCommand& command);

// The time stamp in the documents: SOURCE_DATE_EPOCH when set, for
// reproducible files, else now; ISO 8601, UTC.
std::string generated_now();

// "1920x1080" -> width and height; false for anything else.
bool parse_picture_size(const std::string& text, int& width, int& height);

// Writes what `request` asks for. The PNG needs a current OpenGL context:
// `no_gl` says why there is none ("" when there is one).
// Errors are worded in `language`.
std::vector<ExportReport> export_all(const Session& session, const ExportRequest& request, bool dark,
                                     const std::string& generated, const std::string& no_gl, const std::string& language);

// In the window, after each frame: what the Export dialog shows (the
// default folder, which languages the deck has, an ended xdg-open).
void refresh_export_dialog(const Session& session, WindowView& view, const std::string& session_path);
// The dialog's Export: writes the files and lists them in the dialog.
void export_from_dialog(const Session& session, WindowView& view, const ExportRequest& request);
// The dialog's "Open folder" (xdg-open, not waited for).
void open_export_folder(const Session& session, WindowView& view);

}  // namespace prio
