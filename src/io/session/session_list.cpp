#include "io/session/session_list.h"

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>

#include "io/session/session_yaml.h"

namespace prio {

SessionSummary summarize(const Session& session)
{
    SessionSummary s;
    s.title = session.meta.title;
    s.organisation = session.meta.organisation;
    s.date = session.meta.date;
    s.deck = session.deck.title;
    s.placed = placed_count(session.board);
    s.cards = static_cast<int>(session.deck.cards.size());
    s.lanes = static_cast<int>(session.board.lanes.size());
    s.log_entries = session.log.size();
    s.retired = session.retired.size();
    return s;
}

std::vector<SessionSummary> list_sessions(const std::string& folder)
{
    std::vector<SessionSummary> out;
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return out;
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(dir)) {
        std::string name = e->d_name;
        if (name.size() > 5 && name[0] != '.' && name.compare(name.size() - 5, 5, ".yaml") == 0)
            names.push_back(name);
    }
    ::closedir(dir);

    for (const std::string& name : names) {
        std::string path = folder + "/" + name;
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        SessionLoad load = load_session_file(path);
        SessionSummary s;
        if (load.session) {
            s = summarize(*load.session);
        } else {
            for (Diagnostic& d : load.diagnostics)
                if (d.severity == Severity::Error)
                    s.errors.push_back(std::move(d));
        }
        s.path = path;
        s.modified = static_cast<std::int64_t>(st.st_mtime);
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const SessionSummary& a, const SessionSummary& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    });
    return out;
}

}  // namespace prio
