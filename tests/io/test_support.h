#pragma once
// What the io tests share: a temporary folder, whole files read and written,
// a folder's listing, counting matches, diagnostics as text and a small deck.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <stdlib.h>

#include "core/deck.h"
#include "io/files/diagnostic.h"

namespace prio::test {

// How the fast reading of plain YAML (io/yaml_fast.cpp) did on a text:
// whether it read it, and where its tree or messages differ from yaml-cpp's
// ("" when they do not).
struct PlainReading {
    bool taken = false;
    std::string difference;
};
PlainReading plain_reading(std::string_view text);

// A fresh folder under /tmp, removed with all it holds, also when a test
// took away its permissions.
struct TempDir {
    std::string path;
    TempDir()
    {
        char pattern[] = "/tmp/prio-test-XXXXXX";
        REQUIRE(::mkdtemp(pattern) != nullptr);
        path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string operator/(const std::string& name) const { return path + "/" + name; }
};

// The whole file, byte for byte ("" when it cannot be read).
inline std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void spit(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// The names in a folder (none when it does not exist).
inline std::set<std::string> listing(const std::string& dir)
{
    std::set<std::string> names;
    if (std::filesystem::exists(dir))
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            names.insert(entry.path().filename().string());
    return names;
}

// How often `what` occurs in `text`, overlaps included.
inline int count(const std::string& text, const std::string& what)
{
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// `text` with the first `from` (which must be there) replaced by `to`.
inline std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Every diagnostic as "path:line:col: error: message", a line each.
inline std::string lines(const std::vector<Diagnostic>& diagnostics)
{
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += format(d, "en") + "\n";
    return out;
}

// A deck "proef", titled "Proef", in Dutch, made of the given parts.
inline Deck proef_deck(std::string version, std::vector<Theme> themes, std::vector<LaneSpec> lanes,
                       std::vector<Card> cards = {})
{
    return Deck{"proef", "Proef", "nl", std::move(version), "", std::move(themes), std::move(lanes), std::move(cards)};
}

}  // namespace prio::test
