// Where sessions and recovery files go: the XDG folders, from a fake environment.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <sys/stat.h>
#include <unistd.h>

#include "app/paths.h"
#include "io/files/atomic_file.h"

using namespace prio;
namespace fs = std::filesystem;

namespace {

struct FakeHome {
    std::string home;
    std::map<std::string, std::string, std::less<>> vars;
    FakeHome()
    {
        char pattern[] = "/tmp/prio-home-XXXXXX";
        REQUIRE(::mkdtemp(pattern) != nullptr);
        home = pattern;
        vars["HOME"] = home;
    }
    ~FakeHome() { fs::remove_all(home); }
    EnvLookup env() const
    {
        return [this](std::string_view name) -> std::optional<std::string> {
            auto it = vars.find(name);
            return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
        };
    }
    void user_dirs(const std::string& text, const std::string& config = "")
    {
        std::string dir = config.empty() ? home + "/.config" : config;
        fs::create_directories(dir);
        std::ofstream(dir + "/user-dirs.dirs") << text;
    }
};

}  // namespace

TEST_CASE("the documents folder comes from user-dirs.dirs, with $HOME expanded")
{
    FakeHome h;
    h.user_dirs("# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n");
    CHECK(documents_folder(h.env()) == h.home + "/Documenten");
    CHECK(sessions_folder(h.env()) == h.home + "/Documenten/Prioriteer");

    h.user_dirs("XDG_DOCUMENTS_DIR=\"/srv/docs/\"\n");
    CHECK(documents_folder(h.env()) == "/srv/docs");

    SUBCASE("XDG_CONFIG_HOME moves the file")
    {
        h.vars["XDG_CONFIG_HOME"] = h.home + "/cfg";
        h.user_dirs("XDG_DOCUMENTS_DIR=\"$HOME/Docs elsewhere\"\n", h.home + "/cfg");
        CHECK(documents_folder(h.env()) == h.home + "/Docs elsewhere");
    }
}

TEST_CASE("without user-dirs.dirs: the environment, ~/Documents, or the home folder")
{
    FakeHome h;
    CHECK(documents_folder(h.env()) == h.home);
    fs::create_directory(h.home + "/Documents");
    CHECK(documents_folder(h.env()) == h.home + "/Documents");
    h.vars["XDG_DOCUMENTS_DIR"] = "/data/docs";
    CHECK(documents_folder(h.env()) == "/data/docs");
    // A relative path is invalid by the XDG spec and ignored.
    h.vars["XDG_DOCUMENTS_DIR"] = "docs";
    CHECK(documents_folder(h.env()) == h.home + "/Documents");
    // "$HOME/" switches the folder off: not a place of its own.
    h.user_dirs("XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
    CHECK(documents_folder(h.env()) == h.home);
}

TEST_CASE("the state and recovery folders follow XDG_STATE_HOME")
{
    FakeHome h;
    CHECK(state_folder(h.env()) == h.home + "/.local/state/prioriteer");
    CHECK(recovery_folder(h.env()) == h.home + "/.local/state/prioriteer/recovery");
    h.vars["XDG_STATE_HOME"] = "/var/tmp/state";
    CHECK(state_folder(h.env()) == "/var/tmp/state/prioriteer");
    h.vars["XDG_STATE_HOME"] = "relative/state";
    CHECK(state_folder(h.env()) == h.home + "/.local/state/prioriteer");
}

TEST_CASE("make_folders creates missing parents and says why it cannot")
{
    FakeHome h;
    std::string deep = h.home + "/a/b/c";
    CHECK_FALSE(make_folders(deep, 0700).failed());
    struct stat st {};
    REQUIRE(::stat(deep.c_str(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK((st.st_mode & 0777) == 0700);
    CHECK_FALSE(make_folders(deep).failed());  // already there: fine

    std::ofstream(h.home + "/file") << "x";
    CHECK(failure_text(make_folders(h.home + "/file"), "en") == "cannot create the folder " + h.home + "/file: a file of that name is in the way");
    CHECK(failure_text(make_folders(h.home + "/file/sub"), "en") == "cannot create the folder " + h.home + "/file/sub: Not a directory");
}
