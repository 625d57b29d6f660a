#include "io/export/export_session.h"

#include "core/strings.h"
#include "io/export/export_csv.h"
#include "io/export/export_json.h"
#include "io/export/export_markdown.h"
#include "io/export/export_odt.h"
#include "io/export/export_pdf.h"

namespace prio {

const std::vector<ExportFormat>& all_export_formats()
{
    static const std::vector<ExportFormat> formats = {ExportFormat::Markdown, ExportFormat::Odt, ExportFormat::Pdf,
                                                      ExportFormat::Csv, ExportFormat::Json};
    return formats;
}

std::string_view format_name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return "md";
    case ExportFormat::Odt: return "odt";
    case ExportFormat::Pdf: return "pdf";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::Json: return "json";
    }
    return "";
}

std::optional<ExportFormat> format_from_name(std::string_view name)
{
    for (ExportFormat format : all_export_formats())
        if (format_name(format) == name)
            return format;
    if (name == "markdown")
        return ExportFormat::Markdown;
    return std::nullopt;
}

bool ExportResult::ok() const
{
    for (const ExportOutcome& file : files)
        if (!file.error.empty())
            return false;
    return true;
}

namespace {

std::string export_base(const Session& session, const ExportOptions& options)
{
    std::string base = slug(options.base_name);
    return base.empty() ? slug(session.meta.title) : base;
}

std::string export_dir(const ExportOptions& options)
{
    std::string dir = options.dir.empty() ? "." : options.dir;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir == "/" ? dir : dir + "/";
}

std::string with_base(const std::string& base, std::string_view kind, std::string_view extension)
{
    return (base.empty() ? std::string(kind) : base + "-" + std::string(kind)) + "." + std::string(extension);
}

}  // namespace

std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format)
{
    std::string lang = session.language == "nl" ? "nl" : "en";
    bool list = format == ExportFormat::Csv || format == ExportFormat::Json;
    return with_base(export_base(session, options), tr(list ? "export.file.priorities" : "export.file.masterplan", lang),
                     format_name(format));
}

std::string export_path(const Session& session, const ExportOptions& options, ExportFormat format)
{
    return export_dir(options) + export_file_name(session, options, format);
}

std::string export_picture_name(const Session& session, const ExportOptions& options)
{
    std::string lang = session.language == "nl" ? "nl" : "en";
    return with_base(export_base(session, options), tr("export.file.board", lang), "png");
}

std::string export_picture_path(const Session& session, const ExportOptions& options)
{
    return export_dir(options) + export_picture_name(session, options);
}

WrittenExport write_export(const std::string& path, std::string_view bytes, bool force, const std::string& language,
                           const FileOps& ops)
{
    WriteOptions write;
    write.keep_backup = false;  // an export folder is no place for name~ files
    write.replace = force;
    write.ops = ops;
    WriteResult written = write_file_atomic(path, bytes, write);
    switch (written.failure) {
    case WriteFailure::None: return {};
    case WriteFailure::Exists: return {ExportProblem::Exists, std::string(tr("export.error.exists", language))};
    case WriteFailure::NoFolder: return {ExportProblem::NoFolder, std::string(tr("export.error.no_folder", language))};
    case WriteFailure::Other: break;
    }
    return {ExportProblem::Write, fill(tr("fmt.export.error.write", language), {{"reason", written.reason}})};
}

Rendered render_export(const Document& doc, ExportFormat format, char csv_separator)
{
    switch (format) {
    case ExportFormat::Markdown: return {masterplan_markdown(doc), {}};
    case ExportFormat::Odt: return masterplan_odt(doc);
    case ExportFormat::Pdf: return masterplan_pdf(doc);
    case ExportFormat::Csv: return {priority_csv(doc, csv_separator), {}};
    case ExportFormat::Json: return {priority_json(doc), {}};
    }
    return {{}, "unknown format"};
}

ExportResult export_session(const Session& session, const ExportOptions& options)
{
    Document doc = make_document(session, options.generated, options.time_zone);
    const std::string& lang = options.message_language.empty() ? doc.language : options.message_language;
    ExportResult result;
    for (ExportFormat format : options.formats) {
        ExportOutcome outcome;
        outcome.format = format;
        outcome.path = export_path(session, options, format);
        Rendered rendered = render_export(doc, format, options.csv_separator);
        if (!rendered.error.empty()) {
            outcome.problem = ExportProblem::Render;
            outcome.error = fill(tr("fmt.export.error.render", lang), {{"reason", rendered.error}});
        } else {
            WrittenExport written = write_export(outcome.path, rendered.bytes, options.force, lang);
            outcome.problem = written.problem;
            outcome.error = std::move(written.error);
        }
        result.files.push_back(std::move(outcome));
    }
    return result;
}

}  // namespace prio
