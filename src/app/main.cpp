// prioriteer: the board for a workshop, and headless subcommands for scripts.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/check_command.h"
#include "app/compare_command.h"
#include "app/export_command.h"
#include "app/gui.h"

namespace {

// CLI11 is compiled in this file alone: it costs a minute and a half per file.

CLI::App* add_export_command(CLI::App& app, prio::ExportCommand& command)
{
    CLI::App* sub = app.add_subcommand(
        "export", "Write a session's masterplan draft (md, odt, pdf), priority list (csv, json) and board picture (png)");
    sub->add_option("session", command.session_file, "The session file (.yaml)")->required();
    sub->add_option("--format,-f", command.formats, "Formats, comma-separated; default: all (png needs a display)")
        ->delimiter(',')
        ->check(CLI::IsMember(prio::export_format_names()));
    sub->add_option("-o,--output", command.dir, "The folder to write into (it must exist); default: the current folder");
    sub->add_flag("--force", command.force, "Replace files that exist");
    sub->add_option("--lang", command.language, "The documents' language: nl or en (default: the session's)")
        ->check(CLI::IsMember({"nl", "en"}));
    sub->add_option("--separator", command.separator, "The CSV separator: ';' (default, Excel in Dutch) or ','")
        ->check(CLI::IsMember({";", ","}));
    sub->add_option("--size", command.size, "The PNG's size in pixels, WxH (default 1920x1080)")->check(prio::check_picture_size);
    sub->add_option("--round", command.round,
                    "Instead: the report of round N (1 = the first) in md, odt, pdf, csv, json; no png")
        ->check(CLI::Range(1, 1000000));
    return sub;
}

// The compare subcommand's options.
CLI::App* add_compare_command(CLI::App& app, prio::CompareCommand& command)
{
    CLI::App* sub = app.add_subcommand(
        "compare", "Compare several councils' sessions of one deck: consensus, agreement (Kendall's W), contested principles");
    sub->add_option("sessions", command.files, "Two to 500 session files (.yaml)")->required();
    sub->add_option("--weights", command.weights,
                    "equal (default), inhabitants (from each session's details), or a file of COUNCIL;WEIGHT[;SEGMENT] lines")
        ->check([](const std::string& value) -> std::string {
            return value == "equal" || value == "inhabitants" || CLI::ExistingFile(value).empty()
                       ? ""
                       : "expected equal, inhabitants or an existing file";
        });
    sub->add_option("--format,-f", command.formats,
                    "With -o: md, odt, pdf (the report), csv, json (the list), comma-separated; default: csv,json")
        ->delimiter(',')
        ->check(CLI::IsMember({"md", "odt", "pdf", "csv", "json"}));
    sub->add_option("-o,--output", command.dir, "Write the files into this folder (it must exist) instead of printing a table");
    sub->add_flag("--force", command.force, "Replace files that exist");
    sub->add_option("--separator", command.separator, "The CSV separator: ';' (default) or ','")->check(CLI::IsMember({";", ","}));
    return sub;
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Prioriteer: sort the strategic policy principles into priority lanes and draft the information masterplan."};
    app.set_version_flag("--version", std::string("prioriteer ") + PRIORITEER_VERSION);

    prio::GuiOptions gui;
    app.add_option("file", gui.file, "A session or a deck (.yaml) to open; without it, a new session on the bundled deck of 18 principles");
    app.add_option("--screenshot", gui.screenshot, "Render the board once, write it to this PNG file and exit");
    // Hidden: for end-to-end tests and screenshots.
    app.add_option("--state-out", gui.state_out, "Write the board as plain text to this file on exit")->group("");
    app.add_option("--state-log", gui.state_log, "Append the board to this file after every change")->group("");
    app.add_option("--geometry-out", gui.geometry_out, "Keep where cards, lanes and dialogs are drawn in this file")->group("");
    app.add_flag("--restore", gui.restore, "Restore left-behind work without asking")->group("");
    app.add_option("--zoom", gui.zoom, "Start at this zoom, in percent")->check(CLI::Range(100, 300))->group("");
    app.add_flag("--dark", gui.dark, "Start in the dark style")->group("");
    app.add_flag("--present", gui.present, "Start in presentation mode")->group("");
    app.add_option("--snapshots", gui.snapshots, "On SIGUSR1, write the window and its marks into this folder")->group("");
    app.add_option("--serve-round", gui.serve_round, "Open a round with phones at start-up, listening on ADDR:PORT (0: a free port)")->group("");
    app.add_option("--url-out", gui.url_out, "With --serve-round: write the join link and code to this file")->group("");
    app.add_option("--serve-form", gui.serve_form, "With --serve-round: the ballot form, full, top:K or lanes")->group("");
    app.add_flag("--serve-named", gui.serve_named, "With --serve-round: a named round")->group("");
    app.add_flag("--marks", gui.marks, "With --screenshot, also write where named things are drawn")->group("");
    app.add_option("--width", gui.width, "Window width in screen units")->check(CLI::Range(320, 10000));
    app.add_option("--height", gui.height, "Window height in screen units")->check(CLI::Range(240, 10000));

    std::vector<std::string> check_files;
    CLI::App* check = app.add_subcommand("check", "Validate decks and sessions; print a summary line per valid file or its errors");
    check->add_option("files", check_files, "Deck or session files to check")->required();

    prio::ExportCommand export_command;
    CLI::App* exporter = add_export_command(app, export_command);

    prio::CompareCommand compare_command;
    CLI::App* comparer = add_compare_command(app, compare_command);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }

    // A word that is no file and looks like no file name is a mistyped
    // command, not a deck that failed to load.
    if (!gui.file.empty() && gui.file.find('/') == std::string::npos && gui.file.find('.') == std::string::npos &&
        !std::filesystem::exists(gui.file)) {
        std::fprintf(stderr, "prioriteer: unknown command '%s' (commands: check, export; or give a .yaml file)\n"
                     "Run with --help for more information.\n", gui.file.c_str());
        return 2;
    }
    if (check->parsed())
        return prio::run_check(check_files);
    if (exporter->parsed())
        return prio::run_export(export_command);
    if (comparer->parsed())
        return prio::run_compare(compare_command);
    return prio::run_gui(gui);
}
