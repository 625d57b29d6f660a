#include "app/document.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/files/atomic_file.h"
#include "io/session/session_recent.h"
#include "io/session/session_text.h"
#include "io/session/session_yaml.h"

namespace prio {
namespace {

Outcome failed(std::string line)
{
    Outcome out;
    out.errors.push_back(std::move(line));
    return out;
}

}  // namespace

Outcome unreadable(const std::vector<Diagnostic>& diagnostics, std::string_view language)
{
    Outcome out;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error) {
            out.errors.push_back(format(d, language));
            out.terminal.push_back(format(d, "en"));
        }
    return out;
}

namespace {

std::string folder_of(const std::string& path)
{
    return std::filesystem::path(path).parent_path().string();
}

// A file open in another running Prioriteer: both would autosave into it
// and undo each other's work.
std::string busy_elsewhere(const SessionDocument& doc, const std::string& path)
{
    if (open_elsewhere(doc.recovery_folder, path, doc.autosave.slot).empty())
        return {};
    return fill(tr("fmt.session.open_elsewhere", doc.session.language), {{"path", path}});
}

void remember(const SessionDocument& doc, const std::string& path)
{
    // Losing an entry of this list loses no work: say it, carry on.
    if (FileFailure error = remember_recent(doc.recent_file, path); error.failed())
        std::fprintf(stderr, "prioriteer: %s\n", failure_text(error, "en").c_str());
}

}  // namespace

std::string absolute_path(const std::string& path)
{
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec);
    if (ec)
        return path;
    return p.lexically_normal().string();
}

void document_start(SessionDocument& doc, const std::string& recovery_folder, const std::string& recent_file,
                    const std::string& sessions_folder)
{
    doc.recovery_folder = recovery_folder;
    doc.recent_file = recent_file;
    doc.sessions_folder = sessions_folder;
    autosave_start(doc.autosave, recovery_folder);
}

Outcome document_new(SessionDocument& doc, const std::string& where)
{
    SessionStart start = start_session(where);
    if (!start.session)
        return unreadable(start.diagnostics, doc.session.language);
    doc.session = std::move(*start.session);
    autosave_follow(doc.autosave, doc.session, "");
    doc.pristine = doc.session.revision;
    return Outcome{true, {}, {}, {}};
}

Outcome document_new_regional(SessionDocument& doc, const Comparison& comparison, const std::string& language, const std::string& time)
{
    if (comparison.councils.empty())
        return failed(std::string("no councils to start from"));
    Session session = make_session(comparison.deck);
    session.language = language;
    // The deck copy is the first council's: so is where it came from, for
    // the check of a changed deck when the new session is opened again.
    if (SessionLoad first = load_session_file(comparison.councils.front().file); first.session) {
        session.deck_path = first.session->deck_path;
        session.deck_hash = first.session->deck_hash;
    }
    doc.session = std::move(session);
    autosave_follow(doc.autosave, doc.session, "");
    doc.pristine = doc.session.revision;
    // After following: the board and its log entry are a change to autosave.
    ComparisonOrigin origin;
    for (const CouncilBoard& council : comparison.councils)
        origin.councils.push_back(council.name);
    origin.kendall_w = comparison.all.concordance.w;
    start_from_comparison(doc.session, regional_board(comparison), std::move(origin), time);
    return Outcome{true, {}, {}, {}};
}

Opened document_open(SessionDocument& doc, const std::string& given)
{
    Opened out;
    std::string path = absolute_path(given);
    if (path == doc.autosave.session_path) {
        out.outcome.ok = true;  // already open here
        return out;
    }
    if (std::string busy = busy_elsewhere(doc, path); !busy.empty()) {
        out.outcome = failed(busy);
        return out;
    }
    SessionLoad load = load_session_file(path);
    if (!load.session) {
        out.outcome = unreadable(load.diagnostics, doc.session.language);
        return out;
    }
    out.deck = check_session_deck(*load.session);
    doc.session = std::move(*load.session);
    autosave_follow(doc.autosave, doc.session, path);
    doc.pristine = std::numeric_limits<std::uint64_t>::max();
    remember(doc, path);
    out.outcome.ok = true;
    return out;
}

Outcome document_save(SessionDocument& doc)
{
    if (doc.autosave.session_path.empty())
        return failed(std::string(tr("session.no_file", doc.session.language)));
    return document_save_as(doc, doc.autosave.session_path);
}

Outcome document_save_as(SessionDocument& doc, const std::string& given)
{
    std::string path = absolute_path(given);
    if (path != doc.autosave.session_path)
        if (std::string busy = busy_elsewhere(doc, path); !busy.empty())
            return failed(busy);
    // The default folder is ours to make; another one the user named must
    // exist, or the save says so (a typo should not grow folders).
    if (folder_of(path) == absolute_path(doc.sessions_folder))
        if (FileFailure error = make_folders(doc.sessions_folder); error.failed())
            return failed(failure_text(error, doc.session.language));
    WriteResult r = autosave_save_as(doc.autosave, doc.session, path);
    if (!r.ok)
        return failed(failure_text(r.failure, doc.session.language));
    doc.pristine = std::numeric_limits<std::uint64_t>::max();
    remember(doc, path);
    return Outcome{true, {}, r.warning ? failure_text(*r.warning, doc.session.language) : std::string(), {}};
}

std::vector<Recovery> document_left_behind(const SessionDocument& doc)
{
    return find_recovery(doc.recovery_folder);
}

Outcome document_restore(SessionDocument& doc, const Recovery& recovery)
{
    // The slot's copy exists only while the session's own file is behind
    // (or it has none): then it is the newest version.
    const std::string& from = recovery.recovery_file.empty() ? recovery.session_file : recovery.recovery_file;
    if (!recovery.session_file.empty())
        if (std::string busy = busy_elsewhere(doc, recovery.session_file); !busy.empty())
            return failed(busy);
    SessionLoad load = load_session_file(from);
    if (!load.session)
        return unreadable(load.diagnostics, doc.session.language);
    doc.session = std::move(*load.session);
    autosave_follow(doc.autosave, doc.session, recovery.session_file);
    autosave_adopt(doc.autosave, recovery);
    doc.pristine = std::numeric_limits<std::uint64_t>::max();
    if (!recovery.session_file.empty())
        remember(doc, recovery.session_file);
    return Outcome{true, {}, {}, {}};
}

Outcome document_reload(SessionDocument& doc)
{
    const std::string path = doc.autosave.session_path;
    SessionLoad load = load_session_file(path);
    if (!load.session)
        return unreadable(load.diagnostics, doc.session.language);
    doc.session = std::move(*load.session);
    autosave_follow(doc.autosave, doc.session, path);
    doc.pristine = std::numeric_limits<std::uint64_t>::max();
    return Outcome{true, {}, {}, {}};
}

Outcome document_keep_mine(SessionDocument& doc)
{
    const std::filesystem::path own(doc.autosave.session_path);
    const std::string stem = fill(tr("fmt.session.mine_name", doc.session.language), {{"name", own.stem().string()}});
    for (int n = 1; n < 100; ++n) {
        std::filesystem::path copy = own.parent_path() / (stem + (n == 1 ? "" : " " + std::to_string(n)) + own.extension().string());
        if (!std::filesystem::exists(copy))
            return document_save_as(doc, copy.string());
    }
    return failed(fill(tr("fmt.session.no_free_name", doc.session.language), {{"path", own.string()}}));
}

DeckSwitch document_switch_deck(SessionDocument& doc, const DeckCheck& check, const std::string& time)
{
    if (!check.deck)
        return {};
    const std::string from = doc.session.deck.version;
    const std::vector<std::string> was_retired = doc.session.retired;
    DeckSwitch done = switch_deck(doc.session, *check.deck, doc.session.deck_path, check.hash);
    DeckChange change{from, doc.session.deck.version, done.added, {}};
    for (const std::string& id : done.retired)
        if (std::find(was_retired.begin(), was_retired.end(), id) == was_retired.end())
            change.retired.push_back(id);
    log_deck_change(doc.session, std::move(change), time);
    return done;
}

bool document_unsaved(const SessionDocument& doc)
{
    if (doc.autosave.session_path.empty() && doc.session.revision == doc.pristine)
        return false;
    return !autosave_in_file(doc.autosave, doc.session);
}

std::string document_title(const SessionDocument& doc)
{
    return window_title(doc.session, doc.autosave.session_path, !document_unsaved(doc), doc.session.language);
}

void document_stop(SessionDocument& doc)
{
    autosave_stop(doc.autosave);
}

}  // namespace prio
