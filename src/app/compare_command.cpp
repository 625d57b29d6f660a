#include "app/compare_command.h"

#include <cstdio>

#include "app/export_command.h"
#include "io/export/comparison_report.h"
#include "io/export/export_compare.h"
#include "io/export/export_session.h"
#include "io/files/text_safety.h"
#include "io/session/compare_load.h"

namespace prio {

int run_compare(const CompareCommand& command)
{
    ComparisonLoad load = load_comparison(command.files);
    if (load.ok && command.weights != "equal") {
        std::vector<Diagnostic> errors = command.weights == "inhabitants" ? weigh_by_inhabitants(load.councils)
                                                                          : apply_weights_file(command.weights, load.councils);
        load.diagnostics.insert(load.diagnostics.end(), errors.begin(), errors.end());
        load.ok = errors.empty();
    }
    for (const Diagnostic& d : load.diagnostics) std::fprintf(stderr, "%s\n", terminal_safe(format(d, "en")).c_str());
    if (!load.ok) return 1;
    Comparison comparison = compare(load.deck, load.councils);
    comparison.weighting = command.weights == "equal"         ? Weighting::Equal
                           : command.weights == "inhabitants" ? Weighting::Inhabitants
                                                              : Weighting::Given;
    if (command.dir.empty()) {
        std::fputs(comparison_table(comparison).c_str(), stdout);
        return 0;
    }

    ComparisonReportOptions report;
    report.language = load.deck.language == "nl" ? "nl" : "en";
    report.generated = generated_now();
    ExportOptions options;
    options.formats.clear();
    for (const std::string& name : command.formats.empty() ? std::vector<std::string>{"csv", "json"} : command.formats)
        if (std::optional<ExportFormat> format = format_from_name(name))
            options.formats.push_back(*format);
    options.dir = command.dir;
    options.force = command.force;
    options.generated = report.generated;
    options.message_language = "en";  // the command line speaks English
    ExportResult result = export_subject(comparison_subject(comparison, report, command.separator == "," ? ',' : ';'), options);

    // As `export`: one line per file, where it went on stdout, why not on stderr.
    for (const ExportOutcome& file : result.files) {
        std::string name(format_name(file.format));
        if (file.error.empty())
            std::printf("%s: %s\n", name.c_str(), file.path.c_str());
        else
            std::fprintf(stderr, "prioriteer: %s: %s: %s%s\n", name.c_str(), file.path.c_str(), file.error.c_str(),
                         file.problem == ExportProblem::Exists ? " (--force replaces it)" : "");
    }
    std::fflush(stdout);
    return result.ok() ? 0 : 1;
}

}  // namespace prio
