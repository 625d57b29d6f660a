#include "io/export/export_session.h"

#include "core/strings.h"
#include "io/export/action_sheet.h"
#include "io/export/export_csv.h"
#include "io/export/export_json.h"
#include "io/export/markdown_writer.h"
#include "io/export/masterplan.h"
#include "io/export/odt_writer.h"
#include "io/export/pdf_writer.h"

namespace prio {

const std::vector<ExportFormat>& all_export_formats()
{
    static const std::vector<ExportFormat> formats = {ExportFormat::Markdown, ExportFormat::Odt, ExportFormat::Pdf,
                                                      ExportFormat::Csv, ExportFormat::Json, ExportFormat::Ods};
    return formats;
}

const std::vector<ExportFormat>& session_export_formats()
{
    static const std::vector<ExportFormat> formats = [] {
        std::vector<ExportFormat> all = all_export_formats();
        all.push_back(ExportFormat::PlanCsv);
        return all;
    }();
    return formats;
}

std::string_view format_extension(ExportFormat format)
{
    return format == ExportFormat::PlanCsv ? "csv" : format_name(format);
}

std::string_view format_name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return "md";
    case ExportFormat::Odt: return "odt";
    case ExportFormat::Pdf: return "pdf";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::Json: return "json";
    case ExportFormat::Ods: return "ods";
    case ExportFormat::PlanCsv: return "plan-csv";
    }
    return "";
}

std::optional<ExportFormat> format_from_name(std::string_view name)
{
    for (ExportFormat format : session_export_formats())
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

std::string export_dir(const ExportOptions& options)
{
    std::string dir = options.dir.empty() ? "." : options.dir;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir == "/" ? dir : dir + "/";
}

std::string with_stem(const std::string& stem, std::string_view kind, std::string_view extension)
{
    return (stem.empty() ? std::string(kind) : stem + "-" + std::string(kind)) + "." + std::string(extension);
}

}  // namespace

ExportNames session_names(const Session& session, const ExportOptions& options)
{
    std::string lang = session.language == "nl" ? "nl" : "en";
    std::string stem = slug(options.base_name);
    return {stem.empty() ? slug(session.meta.title) : stem, std::string(tr("export.file.masterplan", lang)),
            std::string(tr("export.file.priorities", lang)), std::string(tr("export.file.board", lang)),
            std::string(tr("export.file.plan", lang))};
}

ExportSubject session_subject(const Session& session, const ExportOptions& options)
{
    Document doc = make_document(session, options.generated, options.time_zone);
    ExportSubject subject;
    subject.names = session_names(session, options);
    doc.board_picture = options.board_picture;
    if (options.board_picture_written)
        doc.board_picture_file = export_picture_name(subject.names);
    subject.language = doc.language;
    subject.report = compose_masterplan(doc);
    subject.csv = priority_csv(doc, options.csv_separator);
    subject.json = priority_json(doc);
    subject.sheet = action_plan_sheet(doc);
    subject.sheet_csv = sheet_csv(subject.sheet, options.csv_separator);
    return subject;
}

std::string export_file_name(const ExportNames& names, ExportFormat format)
{
    bool list = format == ExportFormat::Csv || format == ExportFormat::Json;
    bool plan = (format == ExportFormat::Ods || format == ExportFormat::PlanCsv) && !names.plan.empty();
    return with_stem(names.stem, list ? names.list : plan ? names.plan : names.report, format_extension(format));
}

std::string export_picture_name(const ExportNames& names)
{
    return with_stem(names.stem, names.picture, "png");
}

std::string export_path(const ExportOptions& options, const std::string& file)
{
    return export_dir(options) + file;
}

std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format)
{
    return export_file_name(session_names(session, options), format);
}

std::string export_path(const Session& session, const ExportOptions& options, ExportFormat format)
{
    return export_path(options, export_file_name(session, options, format));
}

std::string export_picture_path(const Session& session, const ExportOptions& options)
{
    return export_path(options, export_picture_name(session_names(session, options)));
}

WrittenExport write_export(const std::string& path, std::string_view bytes, bool force, const std::string& language,
                           const FileOps& ops)
{
    WriteOptions write;
    write.keep_backup = false;  // an export folder is no place for name~ files
    write.replace = force;
    write.ops = ops;
    WriteResult written = write_file_atomic(path, bytes, write);
    if (written.ok)
        return {};
    switch (written.failure.fault) {
    case Fault::Exists: return {ExportProblem::Exists, std::string(tr("export.error.exists", language))};
    case Fault::NoFolder: return {ExportProblem::NoFolder, std::string(tr("export.error.no_folder", language))};
    default: break;
    }
    return {ExportProblem::Write, fill(tr("fmt.export.error.write", language), {{"reason", step_text(written.failure, language)}})};
}

Rendered render_export(const ExportSubject& subject, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return {report_markdown(subject.report), {}};
    case ExportFormat::Odt: return report_odt(subject.report);
    case ExportFormat::Pdf: return report_pdf(subject.report);
    case ExportFormat::Csv: return {subject.csv, {}};
    case ExportFormat::Json: return {subject.json, {}};
    case ExportFormat::Ods: return sheet_ods(subject.sheet, subject.report);
    case ExportFormat::PlanCsv: return {subject.sheet_csv, {}};
    }
    return {{}, "unknown format"};
}

ExportResult export_subject(const ExportSubject& subject, const ExportOptions& options)
{
    const std::string& lang = options.message_language.empty() ? subject.language : options.message_language;
    ExportResult result;
    for (ExportFormat format : options.formats) {
        ExportOutcome outcome;
        outcome.format = format;
        outcome.path = export_path(options, export_file_name(subject.names, format));
        Rendered rendered = render_export(subject, format);
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

ExportResult export_session(const Session& session, const ExportOptions& options)
{
    return export_subject(session_subject(session, options), options);
}

}  // namespace prio
