#include "io/session/session_autosave.h"

#include <algorithm>

#include "core/placeholders.h"
#include "core/strings.h"
#include "io/session/session_yaml.h"

namespace prio {
namespace {

bool changed(const AutosaveState& state, const Session& session)
{
    return state.pending || session.revision != state.written;
}

bool file_behind(const AutosaveState& state)
{
    return !state.session_path.empty() && !state.in_file;
}

// Writes the session to its own file unless someone else changed that file
// since this program last wrote or read it.
WriteResult write_own_file(AutosaveState& state, const std::string& path, const Session& session, const WriteOptions& options)
{
    if (path == state.session_path && (state.conflict || compare_with_disk(path, state.stamp) == DiskState::Changed)) {
        state.conflict = true;
        WriteResult refused;
        refused.failure.fault = Fault::ChangedElsewhere;
        refused.failure.step = FileStep::Save;
        refused.failure.path = path;
        return refused;
    }
    std::string yaml = session_to_yaml(session, &state.log_cache);
    WriteResult r = write_file_atomic(path, yaml, options);
    if (r.ok)
        state.stamp = stamp_written(path, yaml);
    return r;
}

void forget_adopted(AutosaveState& state)
{
    for (const Recovery& r : state.adopted)
        discard_recovery(r);
    state.adopted.clear();
}

}  // namespace

void autosave_start(AutosaveState& state, const std::string& recovery_folder)
{
    state.slot_error = open_slot(state.slot, recovery_folder);
}

void autosave_follow(AutosaveState& state, const Session& session, const std::string& session_path)
{
    state.session_path = session_path;
    state.written = session.revision;
    state.in_file = !session_path.empty();
    state.pending = false;
    state.backup_made = false;
    state.errors.clear();
    state.warning.reset();
    state.adopted.clear();
    state.nowhere = false;
    state.log_on_disk = session.log.size();
    state.conflict = false;
    state.stamp = session_path.empty() ? FileStamp{} : stamp_file(session_path);
    // The path first: a crash in between still leaves a pointer to the work.
    if (state.slot.open()) {
        FileFailure error = record_session_path(state.slot, session_path);
        if (error.failed() && !state.slot_error.failed())
            state.slot_error = error;
    }
    drop_session_copy(state.slot);
}

void autosave_adopt(AutosaveState& state, const Recovery& recovery)
{
    state.adopted.push_back(recovery);
    state.pending = true;
}

WriteResult autosave_save_as(AutosaveState& state, const Session& session, const std::string& path)
{
    WriteResult r = write_own_file(state, path, session, {});
    if (!r.ok)
        return r;
    std::vector<Recovery> adopted = std::move(state.adopted);
    autosave_follow(state, session, path);
    state.warning = r.warning;
    state.adopted = std::move(adopted);
    forget_adopted(state);
    return r;
}

AutosaveResult autosave_tick(AutosaveState& state, const Session& session, double now)
{
    AutosaveResult result;
    bool retry_file = file_behind(state) && !state.conflict && now - state.last_write >= kAutosaveRetry;
    if (!retry_file && !(changed(state, session) && now - state.last_write >= kAutosaveInterval))
        return result;
    state.last_write = now;
    result.wrote = true;

    if (!state.session_path.empty()) {
        WriteResult r = write_own_file(state, state.session_path, session, WriteOptions{!state.backup_made, system_file_ops()});
        if (r.ok) {
            state.backup_made = true;
            state.written = session.revision;
            state.in_file = true;
            state.pending = false;
            state.errors.clear();
            state.warning = r.warning;
            state.nowhere = false;
            state.log_on_disk = session.log.size();
            drop_session_copy(state.slot);
            forget_adopted(state);
            result.where = state.session_path;
            return result;
        }
        state.errors = {r.failure};
        // Not in its file: keep it in the slot below, and try the file again later.
        state.in_file = false;
        if (!changed(state, session))
            return result;  // the slot has this revision already
    }

    if (!state.slot.open()) {
        result.ok = false;
        state.nowhere = true;
        if (state.session_path.empty())
            state.errors = {state.slot_error};
        return result;
    }
    WriteResult r = save_session_file(state.slot.session_copy(), session, WriteOptions{false, system_file_ops()}, &state.log_cache);
    if (!r.ok) {
        result.ok = false;
        state.nowhere = true;
        if (state.session_path.empty())
            state.errors = {r.failure};
        else
            state.errors.push_back(r.failure);
        return result;
    }
    state.written = session.revision;
    state.pending = false;
    state.nowhere = false;
    state.log_on_disk = session.log.size();
    if (state.session_path.empty())
        state.errors.clear();
    forget_adopted(state);
    result.where = state.slot.session_copy();
    return result;
}

double autosave_due_in(const AutosaveState& state, const Session& session, double now)
{
    double due = 1e9;
    if (changed(state, session))
        due = state.last_write + kAutosaveInterval - now;
    if (file_behind(state))
        due = std::min(due, state.last_write + kAutosaveRetry - now);
    return due < 0 ? 0 : due;
}

std::size_t autosave_changes_nowhere(const AutosaveState& state, const Session& session)
{
    if (!state.nowhere)
        return 0;
    // At least one: an edit that left the log as long (a note set back) is still unwritten.
    return std::max<std::size_t>(1, session.log.size() > state.log_on_disk ? session.log.size() - state.log_on_disk : 0);
}

bool autosave_in_file(const AutosaveState& state, const Session& session)
{
    return !state.session_path.empty() && state.in_file && !changed(state, session);
}

std::string autosave_error(const AutosaveState& state, std::string_view language)
{
    std::string text;
    for (const FileFailure& f : state.errors) {
        if (!text.empty())
            text += "; ";
        // Without a slot there was no write at all: say that it did not autosave.
        text += f.step == FileStep::Recovery || f.step == FileStep::MakeFolder
                    ? fill(tr("fmt.file.cannot_autosave", language), {{"reason", failure_text(f, language)}})
                    : failure_text(f, language);
    }
    return text;
}

void autosave_stop(AutosaveState& state)
{
    close_slot(state.slot);
}

}  // namespace prio
