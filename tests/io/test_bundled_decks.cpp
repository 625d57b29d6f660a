// The decks that ship with the program: the 18 principles of
// ../shared/design/principles.md in Dutch and English, and the small example
// that docs/deck-format.md shows.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/colour.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"

using namespace prio;

namespace {

const std::string kSource = PRIO_SOURCE_DIR;

// What principles.md says about each principle, in its order: the card's
// code, its theme and the source article it must name.
struct Expected {
    const char* code;
    const char* theme;
    const char* source;
};

const char* const k002 = "002_e780ba764a989933.txt";
const std::vector<Expected> kPrinciples = {
    {"K1", "klant", k002},        {"K2", "klant", k002},        {"K3", "klant", k002},
    {"K4", "klant", k002},        {"O1", "organisatie", k002},  {"O2", "organisatie", k002},
    {"O3", "organisatie", k002},  {"I1", "intern", k002},       {"I2", "intern", k002},
    {"I3", "intern", k002},       {"I4", "intern", k002},       {"I5", "intern", k002},
    {"I6", "intern", k002},       {"I7", "intern", k002},
    {"S1", "samenwerking", "001_309bff2b1e161afb.txt"},
    {"S2", "samenwerking", "000_1d26bd350a32c982.txt"},
    {"S3", "samenwerking", "004_a9052cecb95fad13.txt"},
    {"S4", "samenwerking", "004_a9052cecb95fad13.txt"},
};

// How a card cites its seed article: publisher, title, date.
std::string citation(const std::string& file)
{
    if (file == k002)
        return "V-ICT-OR, Voor welke strategische beleidsprincipes kiest uw bestuur?, 24/11/2016";
    if (file == "000_1d26bd350a32c982.txt")
        return "V-ICT-OR, Manage IT 2012 | dienstverlening in crisistijden, 18/07/2012";
    if (file == "001_309bff2b1e161afb.txt")
        return "V-ICT-OR en VERA, De Vlaamse ICT Organisatie en VERA gaan samen ICT-samenwerking bij lokale besturen bevorderen, 22/12/2011";
    return "iBestuur Magazine 23, De techniek voorbij: investeren in mensen en regie is ook een keuze, 07/07/2017";
}

std::string diagnostics_text(const DeckLoad& load)
{
    std::string out;
    for (const Diagnostic& d : load.diagnostics)
        out += format(d, "en") + "\n";
    return out;
}

// Loads and asserts a clean load: no error and no warning either.
Deck load_clean(const DeckLoad& load, const std::string& name)
{
    INFO(name, "\n", diagnostics_text(load));
    REQUIRE(load.diagnostics.empty());
    REQUIRE(load.deck.has_value());
    return *load.deck;
}

// Both bundled decks, parsed from the copies embedded in the binary.
std::vector<Deck> embedded_decks()
{
    std::vector<Deck> decks;
    for (const BundledDeck& b : bundled_decks())
        decks.push_back(load_clean(parse_deck(b.text, std::string(b.name)), std::string(b.name)));
    return decks;
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool has_line_break(const std::string& s)
{
    return s.find('\n') != std::string::npos || s.find('\r') != std::string::npos;
}

}  // namespace

TEST_CASE("both bundled decks load without errors or warnings, 18 cards each")
{
    REQUIRE(bundled_decks().size() == 2);
    for (const BundledDeck& b : bundled_decks()) {
        CAPTURE(b.name);
        Deck deck = load_clean(parse_deck(b.text, std::string(b.name)), std::string(b.name));
        CHECK(deck.cards.size() == 18);
        CHECK(deck.language == b.language);
    }
    CHECK(bundled_deck().language == "nl");
    CHECK(bundled_deck("en").language == "en");
}

TEST_CASE("the deck files in cards/ load cleanly and match the embedded copies")
{
    for (const BundledDeck& b : bundled_decks()) {
        std::string path = kSource + "/cards/" + std::string(b.name);
        CAPTURE(path);
        Deck from_file = load_clean(load_deck_file(path), path);
        CHECK(from_file.cards.size() == 18);
        // A stale embed would show a different deck than the file people edit.
        Deck embedded = load_clean(parse_deck(b.text, std::string(b.name)), std::string(b.name));
        CHECK(from_file == embedded);
    }
}

TEST_CASE("the Dutch and English decks share codes, themes and lanes in the same order")
{
    std::vector<Deck> decks = embedded_decks();
    const Deck& nl = decks[0];
    const Deck& en = decks[1];
    REQUIRE(nl.language == "nl");
    REQUIRE(en.language == "en");
    CHECK(nl.id == en.id);

    REQUIRE(nl.cards.size() == en.cards.size());
    for (std::size_t i = 0; i < nl.cards.size(); ++i) {
        CAPTURE(nl.cards[i].id);
        CHECK(nl.cards[i].id == en.cards[i].id);
        CHECK(nl.cards[i].theme == en.cards[i].theme);
        CHECK(nl.cards[i].source == en.cards[i].source);
        CHECK(nl.cards[i].source_file == en.cards[i].source_file);
        CHECK(nl.cards[i].title != en.cards[i].title);  // translated, not copied
    }
    REQUIRE(nl.themes.size() == en.themes.size());
    for (std::size_t i = 0; i < nl.themes.size(); ++i) {
        CHECK(nl.themes[i].id == en.themes[i].id);
        CHECK(nl.themes[i].colour == en.themes[i].colour);
        // Walking the board theme by theme shows each theme's description.
        CHECK_FALSE(nl.themes[i].description.empty());
        CHECK(nl.themes[i].description != en.themes[i].description);
    }
    REQUIRE(nl.lanes.size() == en.lanes.size());
    for (std::size_t i = 0; i < nl.lanes.size(); ++i) {
        CHECK(nl.lanes[i].id == en.lanes[i].id);
        CHECK(nl.lanes[i].capacity == en.lanes[i].capacity);
        CHECK(nl.lanes[i].ranked == en.lanes[i].ranked);
    }
}

TEST_CASE("every card is the principle, theme and source that principles.md lists")
{
    for (const Deck& deck : embedded_decks()) {
        CAPTURE(deck.language);
        REQUIRE(deck.cards.size() == kPrinciples.size());
        for (std::size_t i = 0; i < kPrinciples.size(); ++i) {
            const Card& card = deck.cards[i];
            CAPTURE(card.id);
            CHECK(card.id == kPrinciples[i].code);
            CHECK(card.theme == kPrinciples[i].theme);
            CHECK(card.source_file == kPrinciples[i].source);
            CHECK(card.source == citation(card.source_file));
            CHECK(find_theme(deck, card.theme) != nullptr);
        }
        std::vector<std::string> themes;
        for (const Theme& t : deck.themes)
            themes.push_back(t.id);
        CHECK(themes == std::vector<std::string>{"klant", "organisatie", "intern", "samenwerking"});
    }
}

TEST_CASE("every card's source is an existing seed article")
{
    // The articles live beside the repository (../shared/seeds); a clone on its
    // own does not have them. PRIO_SEEDS_DIR points elsewhere, e.g. from a worktree.
    const char* env = std::getenv("PRIO_SEEDS_DIR");
    std::filesystem::path seeds = env && *env ? std::filesystem::path(env) : std::filesystem::path(kSource) / ".." / "shared" / "seeds";
    if (!std::filesystem::is_directory(seeds)) {
        MESSAGE("skipped: no seed articles at " << seeds.string() << " (set PRIO_SEEDS_DIR to check them)");
        return;
    }
    for (const Deck& deck : embedded_decks())
        for (const Card& card : deck.cards) {
            CAPTURE(card.id);
            CAPTURE(card.source_file);
            REQUIRE(std::filesystem::is_regular_file(seeds / card.source_file));
            // The citation's title and date are the article's own.
            std::ifstream in(seeds / card.source_file);
            std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::string article;  // line breaks and runs of spaces as one space: titles wrap
            for (char c : raw)
                if (!(std::isspace(static_cast<unsigned char>(c)) && !article.empty() && article.back() == ' '))
                    article += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
            std::string cited = card.source;
            std::size_t first = cited.find(", "), last = cited.rfind(", ");
            REQUIRE(first != std::string::npos);
            std::string title = cited.substr(first + 2, last - first - 2);
            std::string date = cited.substr(last + 2);
            CHECK(article.find(title) != std::string::npos);
            bool dated = article.find(date) != std::string::npos || (date == "07/07/2017" && article.find("7 juli 2017") != std::string::npos);
            CHECK(dated);
        }
}

TEST_CASE("the default lanes: now, next 2-3 years, later, and an unranked 'not a priority'")
{
    std::vector<Deck> decks = embedded_decks();
    struct Lane {
        const char* id;
        const char* nl;
        const char* en;
        int capacity;
        bool ranked;
    };
    const std::vector<Lane> expected = {
        {"nu", "Nu — jaar 1", "Now — year 1", 6, true},
        {"komend", "Komende 2–3 jaar", "Next 2–3 years", 6, true},
        {"later", "Later", "Later", 0, true},
        {"niet", "Niet prioritair", "Not a priority", 0, false},
    };
    for (const Deck& deck : decks) {
        CAPTURE(deck.language);
        REQUIRE(deck.lanes.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const LaneSpec& lane = deck.lanes[i];
            CHECK(lane.id == expected[i].id);
            CHECK(lane.title == (deck.language == "nl" ? expected[i].nl : expected[i].en));
            CHECK(lane.capacity == expected[i].capacity);
            CHECK(lane.ranked == expected[i].ranked);
        }
    }
}

TEST_CASE("every theme colour reaches 4.5:1 contrast with the text drawn on it")
{
    for (const Deck& deck : embedded_decks())
        for (const Theme& theme : deck.themes) {
            CAPTURE(theme.id);
            double ratio = contrast_ratio(theme.colour, text_colour_on(theme.colour));
            CAPTURE(ratio);
            CHECK(ratio >= 4.5);
            for (const Theme& other : deck.themes)
                if (&other != &theme)
                    CHECK(other.colour != theme.colour);
        }
}

TEST_CASE("no field of a bundled deck is empty, summaries are one line, bodies one paragraph")
{
    for (const Deck& deck : embedded_decks()) {
        CAPTURE(deck.language);
        CHECK(!deck.id.empty());
        CHECK(!deck.title.empty());
        CHECK(!deck.version.empty());
        CHECK(!deck.description.empty());
        for (const Theme& t : deck.themes) {
            CHECK(!t.id.empty());
            CHECK(!t.title.empty());
        }
        for (const LaneSpec& l : deck.lanes) {
            CHECK(!l.id.empty());
            CHECK(!l.title.empty());
        }
        for (const Card& c : deck.cards) {
            CAPTURE(c.id);
            CHECK(!c.id.empty());
            CHECK(!c.title.empty());
            CHECK(!c.theme.empty());
            CHECK(!c.summary.empty());
            CHECK(!c.body.empty());
            CHECK(!c.source.empty());
            CHECK(!has_line_break(c.title));
            CHECK(!has_line_break(c.summary));
            CHECK(!has_line_break(c.body));
        }
    }
}

TEST_CASE("bundled texts use typographic quotes and dashes")
{
    // Straight quotes and a spaced hyphen read as typewriter text on a
    // projector; the decks use ‘ ’ “ ” and – —.
    for (const Deck& deck : embedded_decks()) {
        std::vector<std::string> texts = {deck.title, deck.description};
        for (const Theme& t : deck.themes)
            texts.push_back(t.title);
        for (const LaneSpec& l : deck.lanes)
            texts.push_back(l.title);
        for (const Card& c : deck.cards) {
            texts.push_back(c.title);
            texts.push_back(c.summary);
            texts.push_back(c.body);
        }
        for (const std::string& text : texts) {
            CAPTURE(text);
            CHECK(text.find('\'') == std::string::npos);
            CHECK(text.find('"') == std::string::npos);
            CHECK(text.find(" - ") == std::string::npos);
        }
    }
}

TEST_CASE("the example deck loads cleanly and is the one docs/deck-format.md shows")
{
    std::string path = kSource + "/cards/example-minimal.yaml";
    Deck deck = load_clean(load_deck_file(path), path);
    CHECK(deck.language == "en");
    CHECK(deck.cards.size() == 3);

    // The first ```yaml block of the documentation is the file, byte for byte.
    std::string doc = read_file(kSource + "/docs/deck-format.md");
    const std::string open = "```yaml\n";
    std::size_t start = doc.find(open);
    REQUIRE(start != std::string::npos);
    start += open.size();
    std::size_t end = doc.find("```", start);
    REQUIRE(end != std::string::npos);
    CHECK(doc.substr(start, end - start) == read_file(path));
}
