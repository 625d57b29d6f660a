#include "app/export_command.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/clock.h"
#include "app/board_png.h"
#include "app/paths.h"
#include "core/strings.h"
#include "io/files/diagnostic.h"
#include "io/export/export_language.h"
#include "io/export/export_session.h"
#include "io/export/local_time.h"
#include "io/export/round_report.h"
#include "io/session/session_yaml.h"
#include "io/files/text_safety.h"
#include "ui/text.h"

extern char** environ;

namespace prio {
namespace {

constexpr const char* kPng = "png";

}  // namespace

std::string generated_now()
{
    std::time_t t = std::time(nullptr);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long value = std::strtoll(epoch, &end, 10);
        if (end != epoch && *end == '\0' && value >= 0)
            t = static_cast<std::time_t>(value);
    }
    return utc_stamp(t);
}

namespace {

// The documents' time zone: the system's TZ when it names one, else
// Europe/Brussels (the workshops are Flemish; a server's UTC is no reader's).
std::string time_zone()
{
    const char* tz = std::getenv("TZ");
    std::string zone = tz ? tz : "";
    if (!zone.empty() && zone[0] == ':')
        zone.erase(0, 1);  // ":Europe/Brussels" is the same zone
    return zone.empty() ? std::string(kDefaultTimeZone) : zone;
}

std::string folder_of(const std::string& path)
{
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

bool parse_picture_size(const std::string& text, int& width, int& height)
{
    std::size_t x = text.find_first_of("xX");
    if (x == std::string::npos || x == 0 || x + 1 >= text.size())
        return false;
    auto number = [](const std::string& digits, int& out) {
        if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
            return false;
        out = std::stoi(digits);
        return out > 0;
    };
    return number(text.substr(0, x), width) && number(text.substr(x + 1), height);
}

namespace {

// The masterplan's summary shows the board at this size, light as on paper.
constexpr BoardPicture kSummaryPicture{1600, 900, false};

bool wants_summary_picture(const ExportOptions& options)
{
    return std::any_of(options.formats.begin(), options.formats.end(),
                       [](ExportFormat f) { return f == ExportFormat::Odt || f == ExportFormat::Pdf; });
}

}  // namespace

std::vector<ExportReport> export_all(const Session& session, const ExportRequest& request, bool dark,
                                     const std::string& generated, const std::string& no_gl, const std::string& lang)
{
    // The documents in the language asked for; the picture shows the board as it is.
    Session in_language = session_in_language(session, request.language.empty() ? session.language : request.language);
    ExportOptions options;
    options.message_language = lang;
    options.formats.clear();
    options.dir = request.folder;
    options.force = request.force;
    options.csv_separator = request.separator;
    options.generated = generated;
    options.time_zone = time_zone();
    bool png = false;
    for (const std::string& name : request.formats) {
        if (name == kPng)
            png = true;
        else if (std::optional<ExportFormat> format = format_from_name(name))
            options.formats.push_back(*format);
    }

    std::vector<ExportReport> reports;
    // The picture file first, so the Markdown links it only once it is there.
    if (png) {
        ExportReport report{kPng, export_picture_path(session, options), {}, false};
        if (!no_gl.empty()) {
            report.error = s(tr("export.error.no_display", lang)) + " (" + no_gl + ")";
        } else {
            PictureResult picture = render_board_png(session, BoardPicture{request.width, request.height, dark});
            if (!picture.error.empty()) {
                report.error = fill(tr("fmt.export.error.picture", lang), {{"error", picture.error}});
            } else {
                WrittenExport written = write_export(report.path, picture.png, request.force, lang);
                report.error = std::move(written.error);
                report.exists = written.problem == ExportProblem::Exists;
                options.board_picture_written = report.error.empty();
            }
        }
        reports.push_back(std::move(report));
    }
    // Without a display the documents go without the picture; the caller says so.
    if (no_gl.empty() && wants_summary_picture(options)) {
        PictureResult picture = render_board_png(session, kSummaryPicture);
        options.board_picture = std::move(picture.png);
    }
    std::vector<ExportReport> documents;
    for (ExportOutcome& file : export_session(in_language, options).files) {
        bool exists = file.problem == ExportProblem::Exists;
        documents.push_back({s(format_name(file.format)), std::move(file.path), std::move(file.error), exists});
    }
    // Reported in the order asked: the documents, then the picture.
    documents.insert(documents.end(), reports.begin(), reports.end());
    return documents;
}

// ---- the command line

std::vector<std::string> export_format_names()
{
    std::vector<std::string> names;
    for (ExportFormat format : session_export_formats())
        names.emplace_back(format_name(format));
    names.emplace_back(kPng);
    return names;
}

std::string check_picture_size(const std::string& text)
{
    int w = 0, h = 0;
    if (!parse_picture_size(text, w, h))
        return "expected WIDTHxHEIGHT, e.g. 1920x1080";
    if (w < 64 || h < 64 || w > kMaxPictureSide || h > kMaxPictureSide)
        return "each side between 64 and " + std::to_string(kMaxPictureSide) + " pixels";
    return {};
}

namespace {

// `prioriteer export SESSION --round N`: the round report and its list.
int run_round_export(const Session& session, const ExportCommand& command)
{
    if (command.round > static_cast<int>(session.rounds.size())) {
        std::fprintf(stderr, "prioriteer: the session has %zu rounds: there is no round %d\n", session.rounds.size(),
                     command.round);
        return 1;
    }
    ExportOptions options;
    options.message_language = "en";
    options.dir = command.dir;
    options.force = command.force;
    options.csv_separator = command.separator == "," ? ',' : ';';
    options.generated = generated_now();
    options.time_zone = time_zone();
    // A round report has no action plan: no spreadsheet unless asked for.
    options.formats = {ExportFormat::Markdown, ExportFormat::Odt, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Json};
    if (!command.formats.empty()) {
        options.formats.clear();
        for (const std::string& name : command.formats) {
            if (std::optional<ExportFormat> format = format_from_name(name))
                options.formats.push_back(*format);
            else
                std::fprintf(stderr, "prioriteer: %s: a round report has no picture; left out\n", name.c_str());
        }
    }
    std::string lang = command.language.empty() ? session.language : command.language;
    Session in_language = session_in_language(session, lang);
    ComparisonReportOptions report{lang, options.generated, options.time_zone};
    ExportSubject subject = round_subject(in_language, command.round - 1, report, options.csv_separator,
                                          session_names(session, options).stem);
    int exit_code = 0;
    for (const ExportOutcome& file : export_subject(subject, options).files) {
        if (file.error.empty()) {
            std::printf("%s: %s\n", std::string(format_name(file.format)).c_str(), file.path.c_str());
            continue;
        }
        exit_code = 1;
        std::fprintf(stderr, "prioriteer: %s: %s: %s%s\n", std::string(format_name(file.format)).c_str(), file.path.c_str(),
                     file.error.c_str(), file.problem == ExportProblem::Exists ? " (--force replaces it)" : "");
    }
    std::fflush(stdout);
    return exit_code;
}

}  // namespace

int run_export(const ExportCommand& command)
{
    SessionLoad load = load_session_file(command.session_file);
    for (const Diagnostic& d : load.diagnostics)
        std::fprintf(stderr, "%s\n", terminal_safe(format(d, "en")).c_str());
    if (!load.session)
        return 1;
    const Session& session = *load.session;
    if (command.round > 0)
        return run_round_export(session, command);

    ExportRequest request;
    request.formats = command.formats;
    if (request.formats.empty())
        request.formats.assign(std::begin(kExportFormatNames), std::end(kExportFormatNames));
    request.folder = command.dir;
    request.separator = command.separator == "," ? ',' : ';';
    request.force = command.force;
    request.language = command.language;
    parse_picture_size(command.size, request.width, request.height);

    // The picture file and the summary's picture in the ODT and PDF need OpenGL.
    auto asked = [&](const char* name) {
        return std::find(request.formats.begin(), request.formats.end(), name) != request.formats.end();
    };
    bool png = asked(kPng);
    bool gl = png || asked("odt") || asked("pdf");
    GLFWwindow* window = nullptr;
    std::string no_gl = gl ? open_hidden_gl(window) : std::string();
    std::vector<ExportReport> reports = export_all(session, request, false, generated_now(), no_gl, "en");
    if (gl && no_gl.empty())
        close_hidden_gl(window);

    // One line per file: where it went on stdout, why not on stderr.
    int exit_code = 0;
    for (const ExportReport& report : reports) {
        if (report.error.empty()) {
            std::printf("%s: %s\n", report.format.c_str(), report.path.c_str());
            continue;
        }
        exit_code = 1;
        std::string hint;
        if (report.format == kPng && !no_gl.empty())
            hint = "; the other formats do not need one";
        else if (report.exists)
            hint = " (--force replaces it)";
        std::fprintf(stderr, "prioriteer: %s: %s: %s%s\n", report.format.c_str(), report.path.c_str(), report.error.c_str(),
                     hint.c_str());
    }
    if (!no_gl.empty() && (asked("odt") || asked("pdf")))
        std::fprintf(stderr, "prioriteer: no display (%s): the summary of the ODT and PDF has no picture of the board\n",
                     no_gl.c_str());
    std::fflush(stdout);
    return exit_code;
}

// ---- the window

namespace {

// xdg-open runs on its own; it is reaped here, not waited for.
std::vector<pid_t> g_openers;

void reap_openers(ExportDialog& dialog, const std::string& lang)
{
    for (auto it = g_openers.begin(); it != g_openers.end();) {
        int status = 0;
        pid_t done = waitpid(*it, &status, WNOHANG);
        if (done == 0) {
            ++it;
            continue;
        }
        if (done == *it && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
            dialog.message = fill(tr("fmt.export.open_failed", lang),
                                  {{"error", "xdg-open " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1)}});
        it = g_openers.erase(it);
    }
}

void open_folder(ExportDialog& dialog, const std::string& lang)
{
    std::string folder = dialog.folder;
    char program[] = "xdg-open";
    char* argv[] = {program, folder.data(), nullptr};
    pid_t pid = 0;
    int err = posix_spawnp(&pid, program, nullptr, nullptr, argv, environ);
    if (err == 0)
        g_openers.push_back(pid);
    else if (err == ENOENT)
        dialog.message = fill(tr("fmt.export.no_xdg_open", lang), {{"folder", folder}});
    else
        dialog.message = fill(tr("fmt.export.open_failed", lang), {{"error", std::strerror(err)}});
}

}  // namespace

namespace {

// Read once: the user's folders do not move while the program runs.
const std::string& export_documents()
{
    static const std::string documents = sessions_folder();
    return documents;
}

}  // namespace

void refresh_export_dialog(const Session& session, WindowView& view, const std::string& session_path)
{
    ExportDialog& dialog = view.export_dialog;
    if (!g_openers.empty())
        reap_openers(dialog, session.language);
    // Whether the principle texts exist in each export language: looked up
    // again only when the deck changes (it parses the bundled decks).
    std::string deck_key = session.deck.id + "/" + session.deck.language + "/" + std::to_string(session.deck.cards.size());
    if (dialog.languages_for != deck_key) {
        dialog.languages_for = deck_key;
        for (int i = 0; i < 2; ++i)
            dialog.texts_in[i] = deck_has_language(session, kExportLanguages[i]);
    }
    std::string default_folder = session_path.empty() ? export_documents() : folder_of(session_path);
    if (dialog.default_folder != default_folder) {
        // A session saved elsewhere moves the default, unless the user typed a folder.
        if (dialog.folder == dialog.default_folder)
            dialog.folder.clear();
        dialog.default_folder = default_folder;
    }
}

void export_from_dialog(const Session& session, WindowView& view, const ExportRequest& request)
{
    // The documents folder is ours to create; any other must exist.
    if (request.folder == export_documents())
        (void)make_folders(request.folder);
    view.export_dialog.reports = export_all(session, request, view.dark, generated_now(), {}, session.language);
}

void open_export_folder(const Session& session, WindowView& view)
{
    open_folder(view.export_dialog, session.language);
}

}  // namespace prio
