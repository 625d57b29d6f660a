#pragma once
// Exporting a session to files, without a window: what the command line's
// `prioriteer export` and the Export dialog both call.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/session.h"
#include "io/export_document.h"

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
    std::string base_name;       // "" : made from the session's title
};

struct ExportOutcome {
    ExportFormat format = ExportFormat::Markdown;
    std::string path;   // where the file is (or would have been)
    std::string error;  // "" when written; else a sentence in the session's language
};

struct ExportResult {
    std::vector<ExportOutcome> files;  // in the order of ExportOptions::formats
    bool ok() const;
};

// Writes each format on its own: one that fails does not stop the others,
// and leaves no file behind.
ExportResult export_session(const Session& session, const ExportOptions& options);

// The file name (no folder) a format gets, e.g. "raadsessie-masterplan.odt".
std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format);

// The bytes of one format, in memory.
Rendered render_export(const Document& doc, ExportFormat format, char csv_separator = ';');

}  // namespace prio
