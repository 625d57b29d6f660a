#include "app/compare_command.h"

#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/export_command.h"
#include "io/compare_load.h"
#include "io/export_compare.h"
#include "io/export_session.h"

namespace prio {

CLI::App* add_compare_command(CLI::App& app, CompareCommand& command) {
    CLI::App* sub = app.add_subcommand(
        "compare", "Compare several councils' sessions of one deck: consensus, agreement (Kendall's W), contested principles");
    sub->add_option("sessions", command.files, "Two to 500 session files (.yaml)")->required();
    sub->add_option("--weights", command.weights,
                    "equal (default), or a file of COUNCIL;WEIGHT[;SEGMENT] lines naming councils or files")
        ->check([](const std::string& value) -> std::string {
            return value == "equal" || CLI::ExistingFile(value).empty() ? "" : "expected equal or an existing file";
        });
    sub->add_option("--format,-f", command.formats, "With -o: csv, json, comma-separated; default: both")
        ->delimiter(',')
        ->check(CLI::IsMember({"csv", "json"}));
    sub->add_option("-o,--output", command.dir, "Write the files into this folder (it must exist) instead of printing a table");
    sub->add_flag("--force", command.force, "Replace files that exist");
    sub->add_option("--separator", command.separator, "The CSV separator: ';' (default) or ','")->check(CLI::IsMember({";", ","}));
    return sub;
}

int run_compare(const CompareCommand& command) {
    ComparisonLoad load = load_comparison(command.files);
    if (load.ok && command.weights != "equal") {
        std::vector<Diagnostic> errors = apply_weights_file(command.weights, load.councils);
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
