#include <doctest/doctest.h>

#include <string>

#include "core/colour.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "report.h"

using namespace prio;

namespace {

// A valid deck; the bad ones below each change a line or two of it, so the
// expected positions can be read off these line numbers.
const std::string kBase =
    "deck:\n"                          // 1
    "  id: test\n"                     // 2
    "  title: Test\n"                  // 3
    "  language: nl\n"                 // 4
    "themes:\n"                        // 5
    "  - id: klant\n"                  // 6
    "    title: De klant\n"            // 7
    "    colour: \"#F2B134\"\n"        // 8
    "  - id: bestuur\n"                // 9
    "    title: Bestuur\n"             // 10
    "    colour: \"#1F4E79\"\n"        // 11
    "lanes:\n"                         // 12
    "  - id: nu\n"                     // 13
    "    title: Nu\n"                  // 14
    "    capacity: 3\n"                // 15
    "  - id: niet\n"                   // 16
    "    title: Niet prioritair\n"     // 17
    "    ranked: false\n"              // 18
    "cards:\n"                         // 19
    "  - id: K1\n"                     // 20
    "    title: De klant centraal\n"   // 21
    "    theme: klant\n"               // 22
    "    summary: Eén lijn.\n"         // 23
    "  - id: B1\n"                     // 24
    "    title: Bestuur\n"             // 25
    "    theme: bestuur\n"             // 26
    "    summary: Nog een.\n";         // 27

// kBase with one exact piece of text replaced.
std::string with(std::string_view from, std::string_view to)
{
    std::string text = kBase;
    const std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, from);
    text.replace(at, from.size(), to);
    return text;
}

// Every diagnostic of a deck that must not load.
std::string errors_in(std::string_view text)
{
    DeckLoad load = parse_deck(text, "deck.yaml");
    CHECK_FALSE(load.deck);
    return report(load.diagnostics);
}

std::string cards_section(int count)
{
    std::string text = "cards:\n";
    for (int i = 0; i < count; ++i)
        text += "  - {id: C" + std::to_string(i) + ", title: T, theme: klant, summary: S}\n";
    return text;
}

}  // namespace

// ---- good decks

TEST_CASE("deck: the base deck loads with every field")
{
    DeckLoad load = parse_deck(kBase, "deck.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(load.diagnostics.empty());
    const Deck& deck = *load.deck;
    CHECK(deck.id == "test");
    CHECK(deck.language == "nl");
    CHECK(deck.version.empty());
    REQUIRE(deck.themes.size() == 2);
    CHECK(deck.themes[1].colour == Colour{0x1F, 0x4E, 0x79});
    REQUIRE(deck.lanes.size() == 2);
    CHECK(deck.lanes[0].capacity == 3);
    CHECK(deck.lanes[0].ranked);
    CHECK(deck.lanes[1].capacity == 0);
    CHECK_FALSE(deck.lanes[1].ranked);
    REQUIRE(deck.cards.size() == 2);
    CHECK(deck.cards[0].summary == "Eén lijn.");
    CHECK(deck.cards[1].theme == "bestuur");
}

TEST_CASE("deck: a file with every field, block text and quoting")
{
    DeckLoad load = load_deck_file(PRIO_SOURCE_DIR "/tests/io/decks/good.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(load.diagnostics.empty());
    const Deck& deck = *load.deck;
    CHECK(deck.version == "1.0");
    CHECK(deck.description == "Een kleine stapel om de lader mee te testen, met één thema per kleur.");
    CHECK(deck.themes[1].colour == Colour{0x1F, 0x4E, 0x79});  // lower-case hex digits too
    CHECK(deck.lanes[0].title == "Nu — jaar 1");
    CHECK(deck.lanes[0].capacity == 6);
    CHECK(deck.cards[0].body == "Eerste regel.\nTweede regel.");
    CHECK(deck.cards[0].source == "002_e780ba764a989933.txt");
    CHECK(deck.cards[1].id == "B.2_x-y");
    CHECK(deck.cards[1].title == "Bestuur: één lijn");
    CHECK(deck.cards[1].summary == "Het 'bestuur' beslist.");
}

TEST_CASE("deck: a UTF-8 BOM and CRLF line ends give the same deck")
{
    std::string crlf = "\xEF\xBB\xBF";
    for (char c : kBase)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    DeckLoad plain = parse_deck(kBase, "deck.yaml");
    DeckLoad windows = parse_deck(crlf, "deck.yaml");
    REQUIRE_MESSAGE(windows.deck, report(windows.diagnostics));
    CHECK(*windows.deck == *plain.deck);
}

TEST_CASE("deck: unknown fields are warnings and the deck still loads")
{
    DeckLoad load = parse_deck(with("    capacity: 3\n", "    capacity: 3\n    colour: \"#FFFFFF\"\n") + "extra: 1\n",
                               "deck.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(report(load.diagnostics) ==
          "16:5: warning: unknown field 'colour' in lane 'nu' is ignored (known: id, title, capacity, ranked, term)\n"
          "29:1: warning: unknown field 'extra' in the file is ignored (known: deck, themes, lanes, cards)\n");
}

TEST_CASE("deck: right-to-left text and characters past U+FFFF load, with one warning each at the first place")
{
    // Hebrew in a title, Arabic in a summary, an emoji past U+FFFF in another.
    const std::string text = with("    title: De klant centraal\n", "    title: \"De klant \u05E7\u05D5\u05D3\u05DD \U0001F642\"\n") +
                             "  - id: A1\n    title: Arab\n    theme: klant\n    summary: \u0645\u0631\u062D\u0628\u0627 \U0001F600\n";
    DeckLoad load = parse_deck(text, "deck.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(report(load.diagnostics) ==
          "21:12: warning: title of card 'K1' is Hebrew text, which the window shows unjoined and left to right (it does not shape "
          "right-to-left text); the exports show it right. Other such texts in this deck are not listed\n"
          "21:12: warning: title of card 'K1' has U+1F642, which the window cannot draw (it shows '?'; only characters up to U+FFFF "
          "are drawn); the exports show it. Other such characters in this deck are not listed\n");
    // Latin with accents and curly quotes needs nothing.
    CHECK(parse_deck(kBase, "deck.yaml").diagnostics.empty());
}

TEST_CASE("deck: empty optional fields are the same as missing ones")
{
    DeckLoad load = parse_deck(with("    summary: Nog een.\n", "    summary: Nog een.\n    body:\n    source: ~\n"), "deck.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(load.deck->cards[1].body.empty());
}

TEST_CASE("deck: both bundled decks load without problems")
{
    for (const BundledDeck& bundled : bundled_decks()) {
        DeckLoad load = parse_deck(bundled.text, std::string(bundled.name));
        CHECK_MESSAGE(load.deck, report(load.diagnostics));
        CHECK_MESSAGE(load.diagnostics.empty(), report(load.diagnostics));
        if (load.deck)
            CHECK(load.deck->language == bundled.language);
    }
}

// ---- missing fields: reported at the map that lacks them

TEST_CASE("deck: missing title of the deck")
{
    CHECK(errors_in(with("  title: Test\n", "")) == "2:3: error: missing required field 'title' in the deck\n");
}

TEST_CASE("deck: missing themes section")
{
    const std::string themes = kBase.substr(kBase.find("themes:"), kBase.find("lanes:") - kBase.find("themes:"));
    CHECK(errors_in(with(themes, "")) == "1:1: error: missing required field 'themes' in the file\n");
}

TEST_CASE("deck: missing card summary")
{
    CHECK(errors_in(with("    summary: Nog een.\n", "")) == "24:5: error: missing required field 'summary' in card 'B1'\n");
}

TEST_CASE("deck: missing card id names the card by number")
{
    CHECK(errors_in(with("  - id: B1\n    title: Bestuur\n", "  - title: Bestuur\n")) ==
          "24:5: error: missing required field 'id' in card 2\n");
}

TEST_CASE("deck: missing theme colour")
{
    CHECK(errors_in(with("    colour: \"#1F4E79\"\n", "")) == "9:5: error: missing required field 'colour' in theme 'bestuur'\n");
}

// ---- wrong types and values

TEST_CASE("deck: a map where text is expected")
{
    CHECK(errors_in(with("    title: De klant centraal\n", "    title:\n      nl: x\n")) ==
          "22:7: error: title of card 'K1' must be text, found a map\n");
}

TEST_CASE("deck: a list where a card's theme is expected")
{
    CHECK(errors_in(with("    theme: klant\n", "    theme: [klant]\n")) == "22:12: error: theme of card 'K1' must be text, found a list\n");
}

TEST_CASE("deck: capacity that is not a number")
{
    CHECK(errors_in(with("capacity: 3", "capacity: many")) ==
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found 'many'\n");
}

TEST_CASE("deck: capacity out of range")
{
    CHECK(errors_in(with("capacity: 3", "capacity: 2001")) ==
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found '2001'\n");
    CHECK(errors_in(with("capacity: 3", "capacity: -1")) ==
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found '-1'\n");
}

TEST_CASE("deck: capacity in quotes is text, not a number")
{
    CHECK(errors_in(with("capacity: 3", "capacity: \"3\"")) ==
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found \"3\"\n");
}

TEST_CASE("deck: ranked that is not true or false")
{
    CHECK(errors_in(with("ranked: false", "ranked: nee")) == "18:13: error: ranked of lane 'niet' must be true or false, found 'nee'\n");
}

TEST_CASE("deck: an empty title")
{
    CHECK(errors_in(with("title: De klant centraal", "title: \"\"")) == "21:12: error: title of card 'K1' is empty: expected text\n");
}

TEST_CASE("deck: the deck field is not a map")
{
    const std::string head = "deck:\n  id: test\n  title: Test\n  language: nl\n";
    CHECK(errors_in(with(head, "deck: [test]\n")) == "1:7: error: deck must be a map, found a list\n");
}

TEST_CASE("deck: themes is not a list")
{
    const std::string themes = kBase.substr(kBase.find("themes:"), kBase.find("lanes:") - kBase.find("themes:"));
    CHECK(errors_in(with(themes, "themes:\n  klant: De klant\n")) == "6:3: error: themes must be a list, found a map\n");
}

TEST_CASE("deck: a card that is not a map")
{
    CHECK(errors_in(kBase + "  - K9\n") == "28:5: error: card 3 must be a map, found 'K9'\n");
}

TEST_CASE("deck: the file holds a list, not a deck")
{
    CHECK(errors_in("- a\n- b\n") == "1:1: error: expected a deck (a map with the fields deck, themes, lanes and cards), found a list\n");
}

TEST_CASE("deck: an empty file")
{
    CHECK(errors_in("# nothing yet\n") == "error: the file is empty: expected a deck with the fields deck, themes, lanes and cards\n");
}

// ---- ids, colours, languages

TEST_CASE("deck: duplicate card id names the first one's line")
{
    CHECK(errors_in(with("  - id: B1\n", "  - id: K1\n")) == "24:9: error: duplicate card id 'K1': already used on line 20\n");
}

TEST_CASE("deck: duplicate theme id")
{
    CHECK(errors_in(with("  - id: bestuur\n", "  - id: klant\n")) ==
          "9:9: error: duplicate theme id 'klant': already used on line 6\n"
          "26:12: error: theme 'bestuur' of card 'B1' does not exist: expected one of klant\n");
}

TEST_CASE("deck: duplicate lane id")
{
    CHECK(errors_in(with("  - id: niet\n", "  - id: nu\n")) == "16:9: error: duplicate lane id 'nu': already used on line 13\n");
}

TEST_CASE("deck: a card whose theme does not exist lists the known themes")
{
    CHECK(errors_in(with("    theme: klant\n", "    theme: klnt\n")) ==
          "22:12: error: theme 'klnt' of card 'K1' does not exist: expected one of klant, bestuur\n");
}

TEST_CASE("deck: invalid characters in an id")
{
    CHECK(errors_in(with("  - id: K1\n", "  - id: K 1\n")) ==
          "20:9: error: id of card 1 must be 1 to 64 of the characters A-Z a-z 0-9 _ . -, found 'K 1'\n");
    CHECK(errors_in(with("  - id: nu\n", "  - id: \"nu/nu\"\n")) ==
          "13:9: error: id of lane 1 must be 1 to 64 of the characters A-Z a-z 0-9 _ . -, found \"nu/nu\"\n");
}

TEST_CASE("deck: an id longer than 64 characters")
{
    CHECK(errors_in(with("  id: test\n", "  id: " + std::string(65, 'x') + "\n")) ==
          "2:7: error: id of the deck must be 1 to 64 of the characters A-Z a-z 0-9 _ . -, found '" + std::string(40, 'x') + "...'\n");
}

TEST_CASE("deck: an invalid colour")
{
    CHECK(errors_in(with("\"#F2B134\"", "red")) ==
          "8:13: error: colour of theme 'klant' must be \"#RRGGBB\" with hexadecimal digits, found 'red'\n");
    CHECK(errors_in(with("\"#F2B134\"", "\"#F2B13G\"")) ==
          "8:13: error: colour of theme 'klant' must be \"#RRGGBB\" with hexadecimal digits, found \"#F2B13G\"\n");
}

TEST_CASE("deck: an unquoted colour is a comment, and the message says so")
{
    CHECK(errors_in(with("\"#F2B134\"", "#F2B134")) ==
          "8:5: error: colour of theme 'klant' must be \"#RRGGBB\" in quotes, found nothing (an unquoted # starts a comment)\n");
}

TEST_CASE("deck: a language that is not a 2-letter code")
{
    CHECK(errors_in(with("language: nl", "language: dutch")) ==
          "4:13: error: language of the deck must be a 2-letter code such as nl or en, found 'dutch'\n");
    CHECK(errors_in(with("language: nl", "language: NL")) ==
          "4:13: error: language of the deck must be a 2-letter code such as nl or en, found 'NL'\n");
}

// ---- sizes

TEST_CASE("deck: no cards at all")
{
    const std::string cards = kBase.substr(kBase.find("cards:"));
    CHECK(errors_in(with(cards, "cards: []\n")) == "19:8: error: cards is empty: expected a list with at least one card\n");
    CHECK(errors_in(with(cards, "cards:\n")) == "19:1: error: cards is empty: expected a list with at least one card\n");
}

TEST_CASE("deck: more than 2000 cards")
{
    const std::string cards = kBase.substr(kBase.find("cards:"));
    CHECK(errors_in(with(cards, cards_section(2001))) == "20:3: error: too many cards (2001): at most 2000 are allowed\n");
    CHECK(parse_deck(with(cards, cards_section(2000)), "deck.yaml").deck);
}

TEST_CASE("deck: more than 50 lanes")
{
    std::string lanes = "lanes:\n";
    for (int i = 0; i < 51; ++i)
        lanes += "  - {id: L" + std::to_string(i) + ", title: Lane}\n";
    const std::string old = kBase.substr(kBase.find("lanes:"), kBase.find("cards:") - kBase.find("lanes:"));
    CHECK(errors_in(with(old, lanes)) == "13:3: error: too many lanes (51): at most 50 are allowed\n");
}

TEST_CASE("deck: a text field over 8 KiB")
{
    CHECK(errors_in(with("    summary: Nog een.\n", "    summary: Nog een.\n    body: " + std::string(9000, 'x') + "\n")) ==
          "28:11: error: text is too long (9000 bytes): at most 8 KiB is allowed\n");
}

// ---- YAML-level problems, as the deck loader reports them

TEST_CASE("deck: duplicate key in a card, with the rest still checked")
{
    std::string text = with("    title: De klant centraal\n", "    title: De klant centraal\n    title: Nog eens\n");
    text.replace(text.find("capacity: 3"), 11, "capacity: x");
    CHECK(errors_in(text) ==
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found 'x'\n"
          "22:5: error: duplicate key 'title': already given on line 21\n");
}

TEST_CASE("deck: tab indentation")
{
    CHECK(errors_in(with("    theme: klant\n", "\ttheme: klant\n")) == "22:1: error: tabs are not allowed for indentation: use spaces\n");
}

TEST_CASE("deck: an unclosed bracket")
{
    CHECK(errors_in(with("    theme: klant\n", "    theme: [klant\n")) ==
          "22:12: error: the list opened here with '[' is not closed: expected ',' or ']'\n");
}

TEST_CASE("deck: an unclosed quote at the end")
{
    CHECK(errors_in(with("summary: Nog een.", "summary: 'Nog een.")) ==
          "27:14: error: the quoted text that starts here is not closed: expected a closing '\n");
}

TEST_CASE("deck: a colon in unquoted text")
{
    CHECK(errors_in(with("summary: Eén lijn.", "summary: Let op: dit")) ==
          "23:20: error: unexpected ':': put text that contains ': ' in quotes, or check the indentation\n");
}

TEST_CASE("deck: a field without its colon")
{
    CHECK(errors_in(with("    title: De klant centraal\n", "    title De klant centraal\n")) ==
          "21:5: error: 'title De klant centraal' is not followed by ':': expected 'key: value'\n");
}

TEST_CASE("deck: text after a closing quote")
{
    CHECK(errors_in(with("title: De klant centraal", "title: \"De klant\" centraal")) ==
          "21:23: error: unexpected text after the closing quote: put the whole value in quotes\n");
}

TEST_CASE("deck: anchors and aliases")
{
    std::string text = with("    theme: klant\n", "    theme: &t klant\n");
    text.replace(text.find("theme: bestuur"), 14, "theme: *t");
    CHECK(errors_in(text) ==
          "22:12: error: anchor '&t' is not allowed (anchors serve aliases, which can make a small file huge): remove it, or quote text that starts with '&'\n"
          "26:12: error: alias '*t' is not allowed (aliases can make a small file huge): write the value out, or quote text that starts with '*'\n");
}

TEST_CASE("deck: text that is not UTF-8")
{
    CHECK(errors_in(with("summary: Eén lijn.", "summary: E\xE9n lijn.")) ==
          "23:15: error: invalid UTF-8 (byte 0xE9): save the file as UTF-8\n");
}

TEST_CASE("deck: a second document")
{
    CHECK(errors_in(kBase + "---\ncards: []\n") ==
          "28:1: error: a second document ('---') is not allowed: the file must hold one document\n");
}

// ---- all problems in one run

TEST_CASE("deck: every problem of a file is reported in one run, in file order")
{
    const std::string path = PRIO_SOURCE_DIR "/tests/io/decks/several_problems.yaml";
    DeckLoad load = load_deck_file(path);
    CHECK_FALSE(load.deck);
    REQUIRE_FALSE(load.diagnostics.empty());
    CHECK(load.diagnostics[0].path == path);
    CHECK(report(load.diagnostics) ==
          "2:7: error: id of the deck must be 1 to 64 of the characters A-Z a-z 0-9 _ . -, found 'bad deck'\n"
          "4:13: error: language of the deck must be a 2-letter code such as nl or en, found 'NL'\n"
          "5:3: warning: unknown field 'colour' in the deck is ignored (known: id, title, language, version, description)\n"
          "9:13: error: colour of theme 'klant' must be \"#RRGGBB\" with hexadecimal digits, found \"#F2B13\"\n"
          "10:9: error: duplicate theme id 'klant': already used on line 7\n"
          "14:5: error: missing required field 'title' in lane 'nu'\n"
          "15:15: error: capacity of lane 'nu' must be a whole number from 0 to 2000, found 'many'\n"
          "19:12: error: theme 'klnt' of card 'K1' does not exist: expected one of klant\n"
          "21:5: error: missing required field 'summary' in card 'K1'\n"
          "21:9: error: duplicate card id 'K1': already used on line 17\n"
          "23:7: error: title of card 'K1' must be text, found a map\n");
}

TEST_CASE("deck: load_deck_file on a missing file and a directory")
{
    CHECK(report(load_deck_file("/nonexistent/deck.yaml").diagnostics) == "error: cannot read the file: it does not exist\n");
    CHECK(report(load_deck_file(PRIO_SOURCE_DIR "/tests/io/decks").diagnostics) == "error: cannot read the file: it is a directory\n");
}

TEST_CASE("deck: a theme colour on which neither text colour reaches 4.5:1 is a warning; the deck still loads")
{
    // #808080: 4.41:1 with the dark text, 3.95:1 with white.
    DeckLoad load = parse_deck(with("\"#1F4E79\"", "\"#808080\""), "deck.yaml");
    REQUIRE_MESSAGE(load.deck, report(load.diagnostics));
    CHECK(report(load.diagnostics) ==
          "11:13: warning: colour of theme 'bestuur' gives too little contrast for the cards' text: 4.41:1 with dark text "
          "and 3.95:1 with white, below 4.5:1 (WCAG 2.1 AA); choose a lighter or a darker colour\n");
    // Either text colour reaching 4.5:1 is enough: dark blue with white, yellow with dark.
    CHECK(parse_deck(kBase, "deck.yaml").diagnostics.empty());
    CHECK(contrast_ratio(Colour{0x1F, 0x4E, 0x79}, kLightText) >= 4.5);
}
