#include "app/paths.h"

#include <cstdlib>
#include <sstream>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/files/file_read.h"

namespace prio {
namespace {

std::string home(const EnvLookup& env)
{
    if (std::optional<std::string> h = env("HOME"); h && !h->empty())
        return *h;
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_dir)
        return pw->pw_dir;
    return "/tmp";
}

// An absolute path from the environment, or nullopt: the XDG spec says a
// relative one is invalid and must be ignored.
std::optional<std::string> absolute(const EnvLookup& env, std::string_view name)
{
    std::optional<std::string> v = env(name);
    if (v && !v->empty() && v->front() == '/')
        return v;
    return std::nullopt;
}

bool is_folder(const std::string& path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The value of XDG_DOCUMENTS_DIR in user-dirs.dirs: a shell assignment of a
// quoted "$HOME/relative" or "/absolute" path.
std::optional<std::string> from_user_dirs(const std::string& file, const std::string& home_dir)
{
    // Through read_file: a FIFO in its place must not stop the program.
    std::istringstream in(read_file(file, 64 << 10).bytes.value_or(""));
    std::string line;
    std::optional<std::string> found;
    while (std::getline(in, line)) {
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, 18, "XDG_DOCUMENTS_DIR=") != 0)
            continue;
        std::string value = line.substr(start + 18);
        if (value.size() < 2 || value.front() != '"')
            continue;
        std::size_t close = value.find('"', 1);
        if (close == std::string::npos)
            continue;
        value = value.substr(1, close - 1);
        std::string unescaped;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '\\' && i + 1 < value.size())
                ++i;
            unescaped += value[i];
        }
        if (unescaped.rfind("$HOME", 0) == 0)
            unescaped = home_dir + unescaped.substr(5);
        while (unescaped.size() > 1 && unescaped.back() == '/')
            unescaped.pop_back();
        // "$HOME/" means the folder is switched off: the home folder itself.
        if (!unescaped.empty() && unescaped.front() == '/')
            found = unescaped;
    }
    return found;
}

}  // namespace

EnvLookup process_environment()
{
    return [](std::string_view name) -> std::optional<std::string> {
        const char* v = std::getenv(std::string(name).c_str());
        return v ? std::optional<std::string>(v) : std::nullopt;
    };
}

std::string documents_folder(const EnvLookup& env)
{
    std::string home_dir = home(env);
    std::string config = absolute(env, "XDG_CONFIG_HOME").value_or(home_dir + "/.config");
    if (std::optional<std::string> dir = from_user_dirs(config + "/user-dirs.dirs", home_dir))
        return *dir;
    if (std::optional<std::string> dir = absolute(env, "XDG_DOCUMENTS_DIR"))
        return *dir;
    if (is_folder(home_dir + "/Documents"))
        return home_dir + "/Documents";
    return home_dir;
}

std::string sessions_folder(const EnvLookup& env)
{
    return documents_folder(env) + "/Prioriteer";
}

std::string state_folder(const EnvLookup& env)
{
    return absolute(env, "XDG_STATE_HOME").value_or(home(env) + "/.local/state") + "/prioriteer";
}

std::string recovery_folder(const EnvLookup& env)
{
    return state_folder(env) + "/recovery";
}

}  // namespace prio
