// Recent sessions: newest first, no duplicates, at most kMaxRecent.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "io/session/session_recent.h"

using namespace prio;

TEST_CASE("recent sessions: newest first, each once, at most kMaxRecent, kept in a state file")
{
    char pattern[] = "/tmp/prio-recent-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    std::string dir = pattern;
    std::string list = dir + "/state/prioriteer/recent-sessions.txt";

    CHECK(load_recent(list).empty());
    CHECK_FALSE(remember_recent(list, "/docs/a.yaml").failed());
    CHECK_FALSE(remember_recent(list, "/docs/b yaml with spaces.yaml").failed());
    CHECK_FALSE(remember_recent(list, "/docs/a.yaml").failed());
    CHECK(load_recent(list) == std::vector<std::string>{"/docs/a.yaml", "/docs/b yaml with spaces.yaml"});

    for (int i = 0; i < 15; ++i)
        REQUIRE_FALSE(remember_recent(list, "/docs/s" + std::to_string(i) + ".yaml").failed());
    std::vector<std::string> recent = load_recent(list);
    REQUIRE(recent.size() == kMaxRecent);
    CHECK(recent.front() == "/docs/s14.yaml");
    CHECK(recent.back() == "/docs/s5.yaml");

    CHECK_FALSE(forget_recent(list, "/docs/s14.yaml").failed());
    CHECK(load_recent(list).front() == "/docs/s13.yaml");

    // A hand-edited list with CRLF, blank lines and repeats still reads.
    std::ofstream(list) << "/x.yaml\r\n\r\n/y.yaml\n/x.yaml\n";
    CHECK(load_recent(list) == std::vector<std::string>{"/x.yaml", "/y.yaml"});

    // A list that cannot be written says why.
    std::ofstream(dir + "/blocker") << "x";
    CHECK(failure_text(remember_recent(dir + "/blocker/recent.txt", "/a.yaml"), "en") == "cannot create the folder " + dir + "/blocker: a file of that name is in the way");
    std::filesystem::remove_all(dir);
}
