#include "app/compare_command.h"

#include <cstdio>

#include "app/export_command.h"
#include "io/session/compare_load.h"
#include "io/export/export_compare.h"
#include "io/export/export_session.h"

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
    for (const Diagnostic& d : load.diagnostics) std::fprintf(stderr, "%s\n", format(d).c_str());
    if (!load.ok) return 1;
    const std::string language = load.deck.language == "nl" ? "nl" : "en";
    Comparison comparison = compare(load.deck, load.councils);
    if (command.dir.empty()) {
        std::fputs(comparison_table(comparison).c_str(), stdout);
        return 0;
    }
    std::vector<std::string> formats = command.formats.empty() ? std::vector<std::string>{"csv", "json"} : command.formats;
    const std::string stem = command.dir + "/" + (language == "nl" ? "vergelijking" : "comparison");
    int exit_code = 0;
    for (const std::string& name : formats) {
        std::string bytes = name == "csv" ? comparison_csv(comparison, command.separator == "," ? ',' : ';', language)
                                          : comparison_json(comparison, generated_now());
        std::string path = stem + "." + name;
        WrittenExport written = write_export(path, bytes, command.force, "en");
        if (written.error.empty()) {
            std::printf("%s: %s\n", name.c_str(), path.c_str());
        } else {
            exit_code = 1;
            std::fprintf(stderr, "prioriteer: %s: %s: %s%s\n", name.c_str(), path.c_str(), written.error.c_str(),
                         written.problem == ExportProblem::Exists ? " (--force replaces it)" : "");
        }
    }
    return exit_code;
}

}  // namespace prio
