#pragma once
// Exporting a session to files, without a window: what the command line's
// `prioriteer export` and the Export dialog both call.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/export/export_document.h"

namespace prio {

// PNG is not here: it needs the window's renderer (src/app).
enum class ExportFormat { Markdown, Odt, Pdf, Csv, Json };

const std::vector<ExportFormat>& all_export_formats();
// "md", "odt", "pdf", "csv", "json": the names the command line takes.
std::string_view format_name(ExportFormat format);
std::optional<ExportFormat> format_from_name(std::string_view name);

struct ExportOptions {
    std::vector<ExportFormat> formats = all_export_formats();
    std::string dir = ".";
    bool force = false;          // replace existing files
    char csv_separator = ';';    // or ','
    std::string generated;       // ISO 8601 time stamp from the caller's clock
    std::string time_zone;       // of the times in the documents; "" : Europe/Brussels
    std::string base_name;       // "" : made from the session's title
    std::string message_language;  // of the errors; "" : the session's (the command line speaks English)
};

// What went wrong with one file, for callers that add advice (the command
// line suggests --force for Exists).
enum class ExportProblem { None, Exists, NoFolder, Write, Render };

struct ExportOutcome {
    ExportFormat format = ExportFormat::Markdown;
    std::string path;   // where the file is (or would have been)
    std::string error;  // "" when written; else a sentence in the message language
    ExportProblem problem = ExportProblem::None;
};

struct ExportResult {
    std::vector<ExportOutcome> files;  // in the order of ExportOptions::formats
    bool ok() const;
};

// Writes each format on its own: one that fails does not stop the others,
// and leaves no file behind.
ExportResult export_session(const Session& session, const ExportOptions& options);

// Writes one export file with write_file_atomic: no backup, and an existing
// file is kept unless `force`. `error` is worded in `language`.
struct WrittenExport {
    ExportProblem problem = ExportProblem::None;
    std::string error;
};
WrittenExport write_export(const std::string& path, std::string_view bytes, bool force, const std::string& language,
                           const FileOps& ops = system_file_ops());

// Where a format's file goes: `dir` joined with export_file_name.
std::string export_path(const Session& session, const ExportOptions& options, ExportFormat format);
// The picture of the board (written by the app, which has the renderer):
// e.g. "raadsessie-bord.png".
std::string export_picture_name(const Session& session, const ExportOptions& options);
std::string export_picture_path(const Session& session, const ExportOptions& options);

// The file name (no folder) a format gets, e.g. "raadsessie-masterplan.odt".
std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format);

// The bytes of one format, in memory.
Rendered render_export(const Document& doc, ExportFormat format, char csv_separator = ';');

}  // namespace prio
