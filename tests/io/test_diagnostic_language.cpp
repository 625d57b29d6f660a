// Problems found in files are worded where they are shown: in the session's
// language in the window, in English on the command line. The readers give
// a strings key and its fields; these tests hold the two ends together.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "app/document.h"
#include "core/strings.h"
#include "io/deck/deck_yaml.h"
#include "io/session/session_yaml.h"
#include "report.h"
#include "test_support.h"

using namespace prio;
using prio::test::TempDir;

namespace {

const std::string kBadDeck = PRIO_SOURCE_DIR "/tests/io/decks/several_problems.yaml";

// The names of a text's "{name}" fields, as fill() fills them.
std::set<std::string> field_names(std::string_view text)
{
    std::set<std::string> out;
    static const std::regex field(R"(\{([a-z_]+)\})");
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), field); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

// A phrase's key is in the table, and the fields it gives are the ones its
// text names in both languages: none left unfilled, none given in vain.
void check_phrase(const Phrase& p, int& checked)
{
    if (p.key.empty())
        return;
    CAPTURE(p.key);
    CHECK(tr(p.key, "en") != p.key);
    CHECK(tr(p.key, "nl") != p.key);
    std::set<std::string> given;
    for (const auto& [name, value] : p.fields) {
        given.insert(name);
        check_phrase(value, checked);
    }
    CHECK(field_names(tr(p.key, "en")) == given);
    CHECK(field_names(tr(p.key, "nl")) == given);
    ++checked;
}

// The readers' problems with a wide spread of messages: a bad deck, YAML
// syntax, and bad sessions.
std::vector<Diagnostic> many_problems()
{
    std::vector<Diagnostic> all = load_deck_file(kBadDeck).diagnostics;
    auto add = [&](const std::vector<Diagnostic>& more) { all.insert(all.end(), more.begin(), more.end()); };
    for (const char* text : {"", "- a\n", "a: [1, 2\n", "a: {b: 1\n", "a: \"open\n", "a:\tb\n", "a: &x 1\nb: *x\n",
                             "a: 1\na: 2\n", "deck: x\n---\nb: 1\n", "a: \"\\q\"\n", "a: !!binary x\n", "title\nid: x\n",
                             "deck:\n  id: d\n  title: T\n  language: nl\nthemes: []\nlanes:\n  - id: nu\n    title: Nu\n    ranked: maybe\n"
                             "cards:\n  - id: K1\n    title: T\n    theme: x\n    summary: S\n    body: \"\xD7\x90\"\n"})
        add(parse_deck(text, "d.yaml").diagnostics);
    for (const char* text : {"", "- a\n", "format: many\n", "format: 99\n", "format: 1\nlanguage: nl\n",
                             "format: 1\ndeck:\n  id: d\n  copy:\n    cards: [1]\nlanes: x\npile: [K9]\nretired: [K9, K9]\nnotes:\n  K9: x\n"
                             "log:\n  - time: t\n    kind: decks\n  - kind: do\n    edit: {}\n"})
        add(parse_session(text, "s.yaml").diagnostics);
    return all;
}

}  // namespace

TEST_CASE("a bad deck's problems read in Dutch for a Dutch window and in English for the command line")
{
    DeckLoad load = load_deck_file(kBadDeck);
    REQUIRE(load.diagnostics.size() == 11);
    const Diagnostic& id = load.diagnostics[0];
    CHECK(format(id, "nl") == kBadDeck + ":2:7: fout: id van de kaartenset moet 1 tot 64 van de tekens A-Z a-z 0-9 _ . - zijn, gevonden: 'bad deck'");
    CHECK(format(id, "en") == kBadDeck + ":2:7: error: id of the deck must be 1 to 64 of the characters A-Z a-z 0-9 _ . -, found 'bad deck'");
    CHECK(format(load.diagnostics[2], "nl") ==
          kBadDeck + ":5:3: waarschuwing: onbekend veld 'colour' in de kaartenset wordt genegeerd (bekend: id, title, language, version, description)");
    CHECK(message_text(load.diagnostics[6], "nl") == "capacity van baan 'nu' moet een geheel getal van 0 tot 2000 zijn, gevonden: 'many'");
    CHECK(message_text(load.diagnostics[10], "nl") == "title van kaart 'K1' moet tekst zijn, gevonden: een mapping");
    // One finding, two wordings: the fields are the same data.
    for (const Diagnostic& d : load.diagnostics) {
        CAPTURE(format(d, "en"));
        CHECK(format(d, "nl") != format(d, "en"));
    }
}

TEST_CASE("the window words a bad deck in the session's language")
{
    TempDir dir;
    SessionDocument doc;
    document_start(doc, dir / "state/recovery", dir / "state/recent-sessions.txt", dir / "Documents/Prioriteer");
    doc.session.language = "nl";
    Outcome dutch = document_new(doc, kBadDeck);
    CHECK_FALSE(dutch.ok);
    REQUIRE(dutch.errors.size() == 10);  // the errors; the warning is not shown as a failure
    CHECK(dutch.errors[0] == kBadDeck + ":2:7: fout: id van de kaartenset moet 1 tot 64 van de tekens A-Z a-z 0-9 _ . - zijn, gevonden: 'bad deck'");
    CHECK(dutch.errors[9] == kBadDeck + ":23:7: fout: title van kaart 'K1' moet tekst zijn, gevonden: een mapping");
    // The terminal speaks English, as the command line does.
    REQUIRE(dutch.terminal.size() == 10);
    CHECK(dutch.terminal[9] == kBadDeck + ":23:7: error: title of card 'K1' must be text, found a map");

    doc.session.language = "en";
    Outcome english = document_new(doc, kBadDeck);
    REQUIRE(english.errors.size() == 10);
    CHECK(english.errors[9] == kBadDeck + ":23:7: error: title of card 'K1' must be text, found a map");

    // A deck file that cannot be read at all: the reason in Dutch too.
    doc.session.language = "nl";
    Outcome missing = document_new(doc, dir / "nowhere.yaml");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0] == dir / "nowhere.yaml" + ": fout: kan het bestand niet lezen: het bestand bestaat niet");
}

TEST_CASE("every problem a reader gives has its key in the table and the fields its Dutch and English texts name")
{
    std::vector<Diagnostic> all = many_problems();
    int checked = 0;
    std::set<std::string> keys;
    for (const Diagnostic& d : all) {
        CAPTURE(format(d, "en"));
        check_phrase(d.message, checked);
        keys.insert(d.message.key);
        const std::string nl = format(d, "nl");
        CHECK((nl.find(": fout: ") != std::string::npos || nl.find(": waarschuwing: ") != std::string::npos));
    }
    MESSAGE(all.size() << " problems, " << keys.size() << " different keys, " << checked << " phrases checked");
    CHECK(keys.size() > 25);
}

TEST_CASE("every diagnostic key in the sources is in the table, and every one in the table is used")
{
    std::set<std::string> used;
    static const std::regex literal(R"re("((?:fmt\.)?diag\.[a-z0-9_.]+)")re");
    for (const auto& entry : std::filesystem::recursive_directory_iterator(PRIO_SOURCE_DIR "/src")) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "strings_diagnostics.cpp")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (auto it = std::sregex_iterator(s.begin(), s.end(), literal); it != std::sregex_iterator(); ++it)
            used.insert((*it)[1].str());
    }
    for (const std::string& key : used) {
        CAPTURE(key);
        CHECK(tr(key, "en") != key);
        CHECK(tr(key, "nl") != key);
    }
    int in_table = 0;
    for (std::string_view key : text_keys()) {
        if (!key.starts_with("diag.") && !key.starts_with("fmt.diag."))
            continue;
        CAPTURE(key);
        CHECK(used.count(std::string(key)) == 1);
        ++in_table;
    }
    CHECK(in_table == static_cast<int>(used.size()));
    CHECK(in_table > 100);
}
