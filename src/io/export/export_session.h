#pragma once
// Exporting to files, without a window: what the command line's
// `prioriteer export` and the Export dialog both call. A subject (a session
// today) is composed into a report and a list; the writers turn those into
// bytes and each file is written on its own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/session.h"
#include "io/files/atomic_file.h"
#include "io/export/export_document.h"
#include "io/export/report.h"
#include "io/export/sheet.h"

namespace prio {

// PNG is not here: it needs the window's renderer (src/app).
// Ods and PlanCsv are the action plan as a spreadsheet: the ODS is every
// subject's (a subject without a plan gives an empty sheet), the plan's CSV
// a session's alone, since its extension is the list's.
enum class ExportFormat { Markdown, Odt, Pdf, Csv, Json, Ods, PlanCsv };

// md, odt, pdf, csv, json, ods: what every subject writes.
const std::vector<ExportFormat>& all_export_formats();
// The same and plan-csv: what a session writes.
const std::vector<ExportFormat>& session_export_formats();
// "md", "odt", "pdf", "csv", "json", "ods", "plan-csv": the names the command line takes.
std::string_view format_name(ExportFormat format);
// The file's extension: the name, but "csv" for plan-csv.
std::string_view format_extension(ExportFormat format);
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
    // The board as a PNG for the masterplan's summary (ODT, PDF), rendered
    // by the app; "" : none. The Markdown links the picture file only when
    // it is written beside it.
    std::string board_picture;
    bool board_picture_written = false;
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

// The words an export's file names are made of: "<stem>-<kind>.<extension>".
struct ExportNames {
    std::string stem;     // already safe for file names (slug); "" : the kind alone
    std::string report;   // md, odt, pdf: "masterplan"
    std::string list;     // csv, json: "prioriteiten" / "priorities"
    std::string picture;  // png: "bord" / "board"
    std::string plan = {};  // ods, plan-csv: "actieplan" / "action-plan"; "" : as the report
};

// What an export writes, composed once from its subject: a session's
// masterplan and priority list today, a comparison of councils or a round
// next. Writing it knows nothing of the subject.
struct ExportSubject {
    ExportNames names;
    std::string language;  // of the messages when the options name none
    Report report;         // the document: md, odt, pdf
    std::string csv;       // the list, with the options' separator
    std::string json;
    Sheet sheet;           // ods, plan-csv: the action plan (io/export/sheet.h)
    std::string sheet_csv;
};

// A session's subject: the masterplan and the priority list, named after
// `options.base_name` or else the session's title.
ExportSubject session_subject(const Session& session, const ExportOptions& options);
ExportNames session_names(const Session& session, const ExportOptions& options);

// Writes each format on its own: one that fails does not stop the others,
// and leaves no file behind.
ExportResult export_subject(const ExportSubject& subject, const ExportOptions& options);
ExportResult export_session(const Session& session, const ExportOptions& options);

// Writes one export file with write_file_atomic: no backup, and an existing
// file is kept unless `force`. `error` is worded in `language`.
struct WrittenExport {
    ExportProblem problem = ExportProblem::None;
    std::string error;
};
WrittenExport write_export(const std::string& path, std::string_view bytes, bool force, const std::string& language,
                           const FileOps& ops = system_file_ops());

// The file name (no folder) a format gets, e.g. "raadsessie-masterplan.odt".
std::string export_file_name(const ExportNames& names, ExportFormat format);
// The picture of the board (written by the app, which has the renderer):
// e.g. "raadsessie-bord.png".
std::string export_picture_name(const ExportNames& names);
// `file` in the options' folder.
std::string export_path(const ExportOptions& options, const std::string& file);

// The same for a session's names.
std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format);
std::string export_path(const Session& session, const ExportOptions& options, ExportFormat format);
std::string export_picture_path(const Session& session, const ExportOptions& options);

// The bytes of one format, in memory.
Rendered render_export(const ExportSubject& subject, ExportFormat format);

}  // namespace prio
