#include "io/export_session.h"

#include "core/strings.h"
#include "io/export_csv.h"
#include "io/export_file.h"
#include "io/export_json.h"
#include "io/export_markdown.h"
#include "io/export_odt.h"
#include "io/export_pdf.h"

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

std::string export_file_name(const Session& session, const ExportOptions& options, ExportFormat format)
{
    std::string lang = session.language == "nl" ? "nl" : "en";
    std::string base = slug(options.base_name);
    if (base.empty())
        base = slug(session.meta.title);
    bool list = format == ExportFormat::Csv || format == ExportFormat::Json;
    std::string kind(tr(list ? "export.file.priorities" : "export.file.masterplan", lang));
    return (base.empty() ? kind : base + "-" + kind) + "." + std::string(format_name(format));
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
    Document doc = make_document(session, options.generated);
    const std::string& lang = doc.language;
    std::string dir = options.dir.empty() ? "." : options.dir;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    ExportResult result;
    for (ExportFormat format : options.formats) {
        ExportOutcome outcome;
        outcome.format = format;
        outcome.path = (dir == "/" ? dir : dir + "/") + export_file_name(session, options, format);
        Rendered rendered = render_export(doc, format, options.csv_separator);
        if (!rendered.error.empty()) {
            outcome.error = fill(tr("fmt.export.error.render", lang), {{"reason", rendered.error}});
        } else {
            WriteOutcome written = write_export_file(outcome.path, rendered.bytes, options.force);
            switch (written.status) {
            case WriteStatus::Ok: break;
            case WriteStatus::Exists: outcome.error = tr("export.error.exists", lang); break;
            case WriteStatus::NoFolder: outcome.error = tr("export.error.no_folder", lang); break;
            case WriteStatus::Failed:
                outcome.error = fill(tr("fmt.export.error.write", lang), {{"reason", written.reason}});
                break;
            }
        }
        result.files.push_back(std::move(outcome));
    }
    return result;
}

}  // namespace prio
