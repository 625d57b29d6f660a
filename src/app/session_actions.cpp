#include "app/session_actions.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "app/clock.h"
#include "app/paths.h"
#include "app/session_status.h"
#include "core/strings.h"
#include "core/visit.h"
#include "io/export/export_document.h"
#include "io/session/compare_load.h"
#include "io/session/session_check.h"
#include "io/session/session_list.h"
#include "io/session/session_recent.h"
#include "io/session/session_text.h"
#include "io/session/session_yaml.h"
#include "io/files/text_safety.h"
#include "ui/text.h"

namespace prio {
namespace {

std::string t(const SessionActions& app, std::string_view key)
{
    return std::string(tr(key, app.doc.session.language));
}

std::string local_time(std::int64_t seconds, const char* pattern)
{
    std::time_t when = static_cast<std::time_t>(seconds);
    std::tm tm{};
    localtime_r(&when, &tm);
    char text[64];
    std::strftime(text, sizeof text, pattern, &tm);
    return text;
}

std::string today() { return local_time(static_cast<std::int64_t>(std::time(nullptr)), "%Y-%m-%d"); }

bool exists(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

// Errors reach the terminal too, for whoever started the program from one (and the tests).
void report(const std::vector<std::string>& errors)
{
    for (const std::string& e : errors)
        std::fprintf(stderr, "prioriteer: %s\n", terminal_safe(e).c_str());
}

void show_failure(SessionActions& app, WindowView& view, std::string_view title_key, const Outcome& outcome, bool bundled = false)
{
    report(outcome.terminal.empty() ? outcome.errors : outcome.terminal);
    show_errors(view.files, t(app, title_key), outcome.errors, bundled);
}

// A file name from the session's title, else its organisation, else "sessie-DATE".
std::string suggested_name(const Session& session)
{
    std::string name = !session.meta.title.empty() ? session.meta.title : session.meta.organisation;
    if (name.empty())
        name = std::string(tr("session.file_stem", session.language)) + "-" + (session.meta.date.empty() ? today() : session.meta.date);
    for (char& c : name)
        if (c == '/' || static_cast<unsigned char>(c) < 0x20)
            c = '-';
    if (name.front() == '.')
        name.insert(name.begin(), '_');  // not a hidden file
    return name;
}

void refresh_recent(SessionActions& app, WindowView& view)
{
    view.files.recent = load_recent(app.doc.recent_file);
}

void refresh_list(SessionActions& app, WindowView& view)
{
    const std::string& lang = app.doc.session.language;
    view.files.listed.clear();
    for (const ListedSession& s : list_sessions(app.doc.sessions_folder)) {
        SessionRow row;
        row.path = s.path;
        std::string file = std::filesystem::path(s.path).stem().string();
        row.name = s.title.empty() ? file : s.title;
        row.organisation = s.organisation;
        row.date = s.date.empty() ? local_time(s.modified, "%Y-%m-%d") : s.date;
        if (s.errors.empty())
            row.progress = progress_text(s, lang);
        else
            row.error = format(s.errors.front(), lang);
        view.files.listed.push_back(std::move(row));
    }
    // Files that do not open go last: the first row is the one Enter opens,
    // chosen now, so a Return typed before the row has the keyboard opens it too.
    std::stable_partition(view.files.listed.begin(), view.files.listed.end(), [](const SessionRow& r) { return r.error.empty(); });
    const bool first_opens = !view.files.listed.empty() && view.files.listed.front().error.empty();
    view.files.open_path = first_opens ? view.files.listed.front().path : std::string();
}

void offer_recovery(SessionActions& app, WindowView& view)
{
    const std::string& lang = app.doc.session.language;
    view.files.recovery.clear();
    for (const Recovery& r : app.left_behind) {
        const std::string& from = r.recovery_file.empty() ? r.session_file : r.recovery_file;
        SessionLoad load = load_session_file(from);
        SessionSummary summary = load.session ? summarize(*load.session) : SessionSummary{};
        if (summary.title.empty() && !r.session_file.empty())
            summary.title = std::filesystem::path(r.session_file).stem().string();  // its name, as in the title bar
        std::string line = recovery_line(r, summary, local_time(r.modified, "%Y-%m-%d %H:%M"), lang);
        if (!load.session && !load.diagnostics.empty())
            line += "\n" + format(load.diagnostics.front(), lang);
        view.files.recovery.push_back(std::move(line));
    }
    if (!app.left_behind.empty())
        show_dialog(view.files, SessionDialog::Recovery);
}

// After a session is opened: say what differs in its deck, if anything.
void tell_deck_changes(SessionActions& app, WindowView& view)
{
    std::vector<std::string> lines = deck_check_lines(app.deck_check, app.doc.session, app.doc.session.language);
    if (lines.empty())
        return;
    view.files.deck_lines = std::move(lines);
    view.files.can_switch_deck = app.deck_check.status == DeckStatus::Changed && app.deck_check.deck.has_value();
    show_dialog(view.files, SessionDialog::DeckChanged);
}

// A line in the menu bar for a few seconds: done, no answer needed.
void inform(WindowView& view, std::string text)
{
    view.files.info = std::move(text);
    view.files.info_until = view.now + kNoticeSeconds;
}

// A new session replaces the board: what the view held about the old one goes.
void forget_board_view(WindowView& view)
{
    view.selected.clear();
    view.open_card.clear();
    view.lane_popup = LanePopup::None;
    view.notice = Notice{};
    view.commands.clear();
    view.screen = Screen::Board;  // a turn, a comparison: of the old session
}

void open(SessionActions& app, WindowView& view, const std::string& path)
{
    Opened opened = document_open(app.doc, path);
    if (!opened.outcome.ok) {
        show_failure(app, view, "session.error_open", opened.outcome);
        return;
    }
    forget_board_view(view);
    app.deck_check = std::move(opened.deck);
    refresh_recent(app, view);
    tell_deck_changes(app, view);
}

void start_new(SessionActions& app, WindowView& view, const std::string& where)
{
    Outcome out = document_new(app.doc, where);
    if (!out.ok) {
        show_failure(app, view, "session.error_deck", out, true);
        return;
    }
    forget_board_view(view);
    app.deck_check = DeckCheck{};
}

// Returns true when saved.
bool save_as(SessionActions& app, WindowView& view, const std::string& path, bool replace)
{
    std::string target = absolute_path(path);
    if (!replace && target != app.doc.autosave.session_path && exists(target)) {
        view.files.replace_path = target;
        show_dialog(view.files, SessionDialog::Replace);
        return false;
    }
    Outcome out = document_save_as(app.doc, target);
    if (!out.ok) {
        save_failed(view.files);
        show_failure(app, view, "session.error_save", out);
        return false;
    }
    if (!out.warning.empty())
        report({out.warning});
    refresh_recent(app, view);
    inform(view, fill(tr("fmt.session.saved", app.doc.session.language), {{"path", target}}));
    return true;
}

}  // namespace

void start_sessions(SessionActions& app, WindowView& view, const StartOptions& options)
{
    app.autosave = options.autosave;
    app.doc.recovery_folder = recovery_folder();
    app.doc.recent_file = state_folder() + "/recent-sessions.txt";
    app.doc.sessions_folder = sessions_folder();
    if (options.autosave)
        document_start(app.doc, app.doc.recovery_folder, app.doc.recent_file, app.doc.sessions_folder);
    view.files.folder = app.doc.sessions_folder;
    view.files.today = today();

    // Something to stand on whatever happens below: the bundled deck.
    Outcome bundled = document_new(app.doc, bundled_source("nl"));
    if (!bundled.ok)
        report(bundled.errors);  // cannot happen with a correct build; say so if it does

    // Work left behind comes first: it may be hours of a workshop.
    if (options.autosave) {
        if (app.doc.autosave.slot_error.failed())
            report({failure_text(app.doc.autosave.slot_error, "en")});
        app.left_behind = document_left_behind(app.doc);
        offer_recovery(app, view);
        if (options.restore && !app.left_behind.empty()) {
            view.files.dialog = SessionDialog::None;
            ask(view.files, RestoreRequest{0});
        }
    }
    if (!options.file.empty()) {
        if (looks_like_session(options.file))
            open(app, view, options.file);
        else
            start_new(app, view, absolute_path(options.file));
    }
    refresh_recent(app, view);
}

namespace {

// Someone else changed the file: take their version, or keep ours as a copy.
bool keep_version(SessionActions& app, WindowView& view, bool theirs)
{
    Outcome out = theirs ? document_reload(app.doc) : document_keep_mine(app.doc);
    if (!out.ok) {
        show_failure(app, view, theirs ? "session.error_open" : "session.error_save", out);
        return false;
    }
    if (theirs)
        forget_board_view(view);
    refresh_recent(app, view);
    if (!theirs)
        inform(view, fill(tr("fmt.session.saved", app.doc.session.language), {{"path", app.doc.autosave.session_path}}));
    return false;
}

bool valid_slot(const SessionActions& app, int index)
{
    return index >= 0 && static_cast<std::size_t>(index) < app.left_behind.size();
}

// Loads the councils' sessions beside the board; a refusal goes back to
// the picker with its reasons, and nothing changes.
void compare_sessions(SessionActions& app, WindowView& view, const std::vector<std::string>& paths)
{
    ComparisonLoad load = load_comparison(paths);
    // In the window's language; the terminal gets them in English.
    std::vector<std::string> errors, warnings, terminal;
    for (const Diagnostic& d : load.diagnostics) {
        (d.severity == Severity::Error ? errors : warnings).push_back(format(d, app.doc.session.language));
        if (d.severity == Severity::Error) terminal.push_back(format(d, "en"));
    }
    if (!load.ok) {
        report(terminal);
        view.files.councils_errors = std::move(errors);
        show_dialog(view.files, SessionDialog::Councils);
        return;
    }
    app.comparison = compare(std::move(load.deck), std::move(load.councils));
    view.councils = CouncilsView{};
    view.councils.warnings = std::move(warnings);
    view.screen = Screen::Compare;
}

}  // namespace

// One overload per request: a new kind of request that is not placed here,
// even as the window's own, does not compile.
bool carry_out_request(SessionActions& app, WindowView& view, const Request& request)
{
    return std::visit(overloaded{
        [&](const NewRequest& r) -> bool {
            start_new(app, view, r.bundled.empty() ? absolute_path(r.deck_path) : bundled_source(r.bundled));
            return false;
        },
        [&](const OpenRequest& r) -> bool {
            open(app, view, r.path);
            return false;
        },
        [&](const SaveRequest&) -> bool {
            if (app.doc.autosave.conflict) {
                show_dialog(view.files, SessionDialog::Conflict);  // which version, before anything is written
                return false;
            }
            Outcome out = document_save(app.doc);
            if (out.ok) {
                refresh_recent(app, view);
                saved_go_on(view.files);
            } else {
                save_failed(view.files);
                show_failure(app, view, "session.error_save", out);
            }
            return false;
        },
        [&](const SaveAsRequest& r) -> bool {
            if (save_as(app, view, r.path, r.replace))
                saved_go_on(view.files);
            return false;
        },
        [&](const ListRequest& r) -> bool {
            // The dialog's first frame has its rows: the keyboard starts on the
            // first one, never on the path field of a still empty list.
            refresh_list(app, view);
            show_dialog(view.files, r.to_compare ? SessionDialog::Councils : SessionDialog::Open);
            return false;
        },
        [&](const RestoreRequest& r) -> bool {
            if (!valid_slot(app, r.index))
                return false;
            std::size_t i = static_cast<std::size_t>(r.index);
            Outcome out = document_restore(app.doc, app.left_behind[i]);
            if (!out.ok) {
                show_failure(app, view, "session.error_restore", out);
                return false;
            }
            forget_board_view(view);
            app.deck_check = DeckCheck{};
            // The others stay left behind, offered again at the next start.
            app.left_behind.erase(app.left_behind.begin() + static_cast<std::ptrdiff_t>(i));
            view.files.recovery.erase(view.files.recovery.begin() + static_cast<std::ptrdiff_t>(i));
            refresh_recent(app, view);
            return false;
        },
        [&](const DiscardRecoveryRequest& r) -> bool {
            if (!valid_slot(app, r.index))
                return false;
            std::size_t i = static_cast<std::size_t>(r.index);
            discard_recovery(app.left_behind[i]);
            app.left_behind.erase(app.left_behind.begin() + static_cast<std::ptrdiff_t>(i));
            view.files.recovery.erase(view.files.recovery.begin() + static_cast<std::ptrdiff_t>(i));
            return false;
        },
        [&](const SwitchDeckRequest&) -> bool {
            DeckSwitch done = document_switch_deck(app.doc, app.deck_check, utc_now());
            app.deck_check = DeckCheck{};
            inform(view, fill(tr("fmt.session.deck_switched", app.doc.session.language),
                              {{"added", std::to_string(done.added.size())}, {"retired", std::to_string(done.retired.size())}}));
            return false;
        },
        [&](const KeepTheirsRequest&) -> bool { return keep_version(app, view, true); },
        [&](const KeepMineRequest&) -> bool { return keep_version(app, view, false); },
        [&](const CompareRequest&) -> bool {
            // Theirs as it is on disk now, beside ours in memory; nothing is written.
            SessionLoad load = load_session_file(app.doc.autosave.session_path);
            if (!load.session) {
                show_failure(app, view, "session.error_open", unreadable(load.diagnostics, app.doc.session.language));
                return false;
            }
            const std::string& lang = app.doc.session.language;
            view.files.compare = compare_boards(app.doc.session, *load.session, std::string(tr("board.pile", lang)));
            show_dialog(view.files, SessionDialog::Compare);
            return false;
        },
        [&](const CompareSessionsRequest& r) -> bool {
            compare_sessions(app, view, r.paths);
            return false;
        },
        [&](const RegionalBoardRequest&) -> bool {
            if (!app.comparison)
                return false;
            Outcome out = document_new_regional(app.doc, *app.comparison, app.doc.session.language, utc_now());
            if (!out.ok) {
                show_failure(app, view, "session.error_deck", out);
                return false;
            }
            int councils = static_cast<int>(app.comparison->councils.size());
            app.comparison.reset();
            forget_board_view(view);
            app.deck_check = DeckCheck{};
            view.screen = Screen::Board;
            inform(view, fill(tr("fmt.compare.window.regional_made", app.doc.session.language), {{"count", std::to_string(councils)}}));
            return false;
        },
        [&](const ShowRoundRequest& r) -> bool {
            const Session& session = app.doc.session;
            if (r.round >= 0 && static_cast<std::size_t>(r.round) < session.rounds.size()) {
                app.comparison = round_comparison(session.deck, session.rounds[static_cast<std::size_t>(r.round)], session.language);
                view.councils = CouncilsView{};
                view.councils.round = r.round;
                view.screen = Screen::Compare;
            }
            return false;
        },
        [&](const QuitRequest&) -> bool { return true; },
        // The window's own, carried out by app/gui.cpp.
        [](const ExportRequest&) -> bool { return false; }, [](const OpenExportFolderRequest&) -> bool { return false; },
        [](const CloseRequest&) -> bool { return false; }, [](const FullScreenRequest&) -> bool { return false; },
        [](const ServePhonesRequest&) -> bool { return false; },
    }, request);
}

bool quit_or_ask(SessionActions& app, WindowView& view, double now, bool always_ask)
{
    // What is still waiting for the autosave interval goes to disk now.
    // (The earliest moment it may write: a cancelled quit must not delay the next autosave.)
    if (app.autosave)
        autosave_tick(app.doc.autosave, app.doc.session, std::max(now, app.doc.autosave.last_write + kAutosaveInterval));
    std::size_t nowhere = autosave_changes_nowhere(app.doc.autosave, app.doc.session);
    view.files.unsaved = document_unsaved(app.doc) || always_ask || nowhere > 0;
    view.files.lost = nowhere > 0 ? fill(tr("fmt.session.quit_loses", app.doc.session.language), {{"count", std::to_string(nowhere)}})
                                  : std::string();
    if (!view.files.unsaved)
        return true;
    file_quit(view.files);
    return false;
}

void tick_sessions(SessionActions& app, WindowView& view, double now)
{
    SessionDocument& doc = app.doc;
    if (app.autosave) {
        autosave_tick(doc.autosave, doc.session, now);
        // On the terminal in English, as the command line speaks.
        if (std::string error = autosave_error(doc.autosave, "en"); error != app.reported) {
            app.reported = error;
            if (!app.reported.empty())
                report({app.reported});
        }
    }
    SessionView& files = view.files;
    const std::string& lang = doc.session.language;
    const std::string& path = doc.autosave.session_path;
    files.has_file = !path.empty();
    files.file = path;
    files.unsaved = document_unsaved(doc);
    files.name = session_name(doc.session, path, lang);
    files.suggestion = path.empty() ? suggested_name(doc.session) : std::filesystem::path(path).stem().string();
    files.status.clear();
    files.status_detail.clear();
    files.status_is_error = false;
    files.lost.clear();
    if (!app.autosave)
        return;
    files.conflict = doc.autosave.conflict;
    if (!files.conflict)
        files.conflict_asked = false;
    if (files.conflict && !files.conflict_asked) {
        files.conflict_asked = true;
        show_dialog(files, SessionDialog::Conflict);
    }
    SessionStatus status = session_status(doc);
    files.status = std::move(status.text);
    files.status_detail = std::move(status.detail);
    files.status_is_error = status.error;
    files.lost = std::move(status.lost);
}

double sessions_due_in(const SessionActions& app, double now)
{
    return app.autosave ? autosave_due_in(app.doc.autosave, app.doc.session, now) : 1e9;
}

void stop_sessions(SessionActions& app)
{
    if (app.autosave)
        document_stop(app.doc);
}

}  // namespace prio
