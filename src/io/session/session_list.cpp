#include "io/session/session_list.h"

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>

#include "io/session/session_yaml.h"

namespace prio {

std::vector<ListedSession> list_sessions(const std::string& folder)
{
    std::vector<ListedSession> out;
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
        ListedSession s;
        if (load.session) {
            static_cast<SessionSummary&>(s) = summarize(*load.session);
        } else {
            for (Diagnostic& d : load.diagnostics)
                if (d.severity == Severity::Error)
                    s.errors.push_back(std::move(d));
        }
        s.path = path;
        s.modified = static_cast<std::int64_t>(st.st_mtime);
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const ListedSession& a, const ListedSession& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    });
    return out;
}

}  // namespace prio
