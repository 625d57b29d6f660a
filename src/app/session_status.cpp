#include "app/session_status.h"

#include <filesystem>

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {

SessionStatus session_status(const SessionDocument& doc)
{
    SessionStatus out;
    const std::string& lang = doc.session.language;
    const std::string error = autosave_error(doc.autosave, lang);
    const std::string& path = doc.autosave.session_path;
    const std::string file = std::filesystem::path(path).filename().string();
    if (std::size_t count = autosave_changes_nowhere(doc.autosave, doc.session); count > 0) {
        // Not "safe in a recovery file": that could not be written either.
        out.error = true;
        out.text = fill(tr("fmt.session.nowhere", lang), {{"count", std::to_string(count)}});
        // The tooltip holds the whole sentence (the bar may cut it) and the system's reason.
        out.detail = out.text + "\n" + fill(tr("fmt.session.nowhere_detail", lang), {{"error", error}});
        out.lost = fill(tr("fmt.session.quit_loses", lang), {{"count", std::to_string(count)}});
    } else if (doc.autosave.conflict) {
        out.error = true;
        out.text = fill(tr("fmt.session.conflict_status", lang), {{"file", file}});
        out.detail = error;
    } else if (!error.empty()) {
        out.error = true;
        if (path.empty()) {
            out.text = error;
        } else {
            // Short in the menu bar; the system's whole reason in the tooltip.
            out.text = fill(tr("fmt.session.autosave_failed", lang), {{"file", file}});
            out.detail = fill(tr("fmt.session.autosave_elsewhere", lang), {{"error", error}, {"recovery", doc.autosave.slot.session_copy()}});
        }
    } else if (doc.autosave.slot_error.failed() && path.empty()) {
        out.error = true;
        out.text = fill(tr("fmt.session.no_recovery", lang), {{"error", failure_text(doc.autosave.slot_error, lang)}});
    } else if (doc.autosave.warning) {
        out.text = failure_text(*doc.autosave.warning, lang);
    }
    return out;
}

}  // namespace prio
