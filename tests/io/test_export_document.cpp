#include <doctest/doctest.h>

#include <cstdio>

#include "core/ranking.h"
#include "core/session_rounds.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "io/export/export_document.h"
#include "io/export/export_language.h"
#include "io/export/local_time.h"
#include "export_fixture.h"

using namespace prio;

TEST_CASE("clean_text keeps valid UTF-8 and drops what XML and spreadsheets cannot carry")
{
    CHECK(clean_text("caf\u00e9 \u201ezo\u201d") == "caf\u00e9 \u201ezo\u201d");
    CHECK(clean_text("a\r\nb\rc\n") == "a\nb\nc\n");
    CHECK(clean_text("tab\there") == "tab\there");
    CHECK(clean_text(std::string("nul\0bell\a", 10)) == "nulbell");
    CHECK(clean_text("bad \xC3 byte") == "bad \uFFFD byte");
    CHECK(clean_text("overlong \xC0\xAF") == "overlong \uFFFD\uFFFD");
    CHECK(clean_text("surrogate \xED\xA0\x80") == "surrogate \uFFFD\uFFFD\uFFFD");
    CHECK(clean_text("cut \xE2\x82") == "cut \uFFFD\uFFFD");
    CHECK(clean_text("emoji \xF0\x9F\x98\x80") == "emoji \xF0\x9F\x98\x80");
}

TEST_CASE("fill, long_date and slug")
{
    CHECK(fill("{a} and {b}, {unknown} {a}", {{"a", "x"}, {"b", "{a}"}}) == "x and {a}, {unknown} x");
    CHECK(long_date("2024-05-14", "nl") == "14 mei 2024");
    CHECK(long_date("2024-12-01", "en") == "1 December 2024");
    CHECK(long_date("14/05/2024", "nl") == "14/05/2024");
    CHECK(long_date("2024-13-01", "nl") == "2024-13-01");
    CHECK(slug("Prioriteiten masterplan 2025\u20132030") == "prioriteiten-masterplan-2025-2030");
    CHECK(slug("  Caf\u00e9-overleg Zo\u00eb / \u00c9\u00e9n  ") == "cafe-overleg-zoe-een");
    CHECK(slug("\u201e\u201d") == "");
}

TEST_CASE("the document lists every card once, in the order the board means")
{
    Session s = fixture::export_session_fixture();
    Document doc = make_document(s, fixture::kGenerated);
    REQUIRE(doc.rows.size() == 18);
    std::vector<RankedCard> order = ranking(s.board);
    for (std::size_t i = 0; i < order.size(); ++i) {
        CHECK(doc.rows[i].code == s.deck.cards[static_cast<std::size_t>(order[i].card)].id);
        CHECK(doc.rows[i].rank == order[i].rank);
    }
    CHECK(doc.rows[0].code == "K3");
    CHECK(doc.rows[0].lane == "Nu \u2014 jaar 1");
    CHECK(doc.rows[13].rank == 14);
    CHECK(doc.rows[13].lane == "Op langere termijn");  // renamed during the session
    CHECK(doc.ranked_count == 14);

    REQUIRE(doc.lanes.size() == 3);
    CHECK(doc.lanes[0].cards.size() == 6);
    REQUIRE(doc.annex.size() == 2);
    CHECK(doc.annex[0].title == "Niet prioritair");
    CHECK(doc.annex[0].cards.size() == 2);
    CHECK(doc.annex[1].id.empty());
    CHECK(doc.annex[1].title == "Niet geplaatst");
    CHECK(doc.annex[1].cards[0].code == "I2");
    CHECK(doc.board_lanes.size() == 4);
    CHECK(doc.rows[0].theme == "De klant");
    CHECK(doc.rows[0].theme_colour == Colour{0xF2, 0xB1, 0x34});
}

TEST_CASE("the title block leaves out what the group did not fill in")
{
    Session s = fixture::export_session_fixture();
    s.meta.facilitator.clear();
    s.meta.remarks.clear();
    Document doc = make_document(s, "");
    std::vector<std::string> labels;
    for (const DocField& f : doc.fields)
        labels.push_back(f.label);
    CHECK(labels == std::vector<std::string>{"Organisatie", "Sessie", "Datum", "Deelnemers", "Kaartenset"});
    CHECK(doc.fields[2].value == "14 mei 2024");
    CHECK(doc.fields[4].value == "Strategische beleidsprincipes (versie 1.0)");
}

TEST_CASE("the decision log is summed up: counts, time span, most moved, lane changes")
{
    Session s = fixture::export_session_fixture("en");
    Document doc = make_document(s, fixture::kGenerated);
    REQUIRE(doc.log_paragraphs.size() == 2);
    // The log is in UTC; the document speaks Brussels time (summer: UTC+2) and says so.
    CHECK(doc.log_paragraphs[0] ==
          "Changes recorded between 14 May 2024 11:00 and 11:44 (time zone Europe/Brussels): 45 \u2014 done: 42 "
          "(moves: 19, notes: 8, lane changes: 2, to the plan: 13), undone: 2, redone: 1.");
    // K3 was moved three times by the group; I2's undo and redo do not count.
    CHECK(doc.log_paragraphs[1] == "Moved most often: K3 (3\u00d7).");
    REQUIRE(doc.log_list.size() == 2);
    CHECK(doc.log_list[0] == "2024-05-14 11:22: lane \u201cLater\u201d renamed to \u201cOp langere termijn\u201d");
    CHECK(doc.log_list[1] == "2024-05-14 11:23: capacity of lane \u201cBinnen drie jaar\u201d set to 5");

    Session empty = make_session(fixture::export_deck());
    empty.language = "en";
    Document blank = make_document(empty, "");
    CHECK(blank.log_paragraphs == std::vector<std::string>{"No changes were recorded."});
    CHECK(blank.log_list.empty());
    CHECK(blank.ranked_count == 0);
    CHECK(blank.annex.size() == 1);  // everything on the pile
    CHECK(blank.annex[0].cards.size() == 18);
}

TEST_CASE("the document follows the session's language, not the deck's")
{
    Session s = fixture::export_session_fixture("en");
    Document doc = make_document(s, "");
    CHECK(doc.language == "en");
    CHECK(doc.title == "Information masterplan \u2014 draft");
    CHECK(doc.action_columns == std::vector<std::string>{"Action", "Owner", "Deadline"});
    CHECK(doc.rows[0].title == "Slechts \u00e9\u00e9n keer vragen");  // the deck's own text
    s.language = "fr";
    CHECK(make_document(s, "").language == "en");
}

TEST_CASE("annex B: what was done, undone and redone adds up to the total, for any log")
{
    // Random sessions of moves, notes, lane changes, undos and redos.
    for (unsigned seed = 1; seed <= 40; ++seed) {
        CAPTURE(seed);
        Session s = fixture::export_session_fixture("en");
        unsigned state = seed;
        auto next = [&](unsigned n) { state = state * 1103515245u + 12345u; return (state >> 16) % n; };
        int outside = 0;
        for (int i = 0; i < 60; ++i) {
            unsigned what = next(8);
            const std::string& card = s.deck.cards[next(static_cast<unsigned>(s.deck.cards.size()))].id;
            const std::string& lane = s.board.lanes[next(static_cast<unsigned>(s.board.lanes.size()))].id;
            if (what == 0) {
                undo(s, "2024-05-14T10:00:00Z");
            } else if (what == 1) {
                redo(s, "2024-05-14T10:00:00Z");
            } else if (what == 2) {
                perform(s, SetNote{card, "n" + std::to_string(i)}, "2024-05-14T10:00:00Z");
            } else if (what == 3) {
                perform(s, Batch{{Move{card, lane, 0}, SetNote{card, "b" + std::to_string(i)}}}, "2024-05-14T10:00:00Z");
            } else if (what == 4) {
                outside += set_language(s, s.language == "en" ? "nl" : "en", "2024-05-14T10:00:00Z");
                s.language = "en";  // the sentence below is read in English
            } else if (what == 5) {
                int open = open_round(s);
                if (open < 0) {
                    Round round;
                    round.shape.form = BallotForm::Top;
                    round.shape.top = 1;
                    start_round(s, round, "2024-05-14T10:00:00Z");
                } else if (next(3) > 0) {
                    give_ballot(s, open, {{card}}, "", BallotSource::Paper, "2024-05-14T10:00:00Z");
                } else {
                    next(2) ? reveal_round(s, open, "2024-05-14T10:00:00Z") : close_round(s, open, "2024-05-14T10:00:00Z");
                }
            } else {
                perform(s, Move{card, lane, 0}, "2024-05-14T10:00:00Z");
            }
        }
        Document doc = make_document(s, "", "UTC");
        int total = 0, done = 0, moves = 0, notes = 0, lanes = 0, plan = 0, undos = 0, redos = 0;
        REQUIRE(std::sscanf(doc.log_paragraphs[0].c_str(),
                            "Changes recorded between %*[^(](time zone UTC): %d \u2014 done: %d (moves: %d, notes: %d, lane changes: %d, "
                            "to the plan: %d), undone: %d, redone: %d.",
                            &total, &done, &moves, &notes, &lanes, &plan, &undos, &redos) == 8);
        CHECK(total == static_cast<int>(s.log.size()));
        CHECK(moves + notes + lanes + plan == done);
        int others = 0;
        if (outside > 0)
            REQUIRE(std::sscanf(doc.log_paragraphs[1].c_str(), "Besides, %d changes outside the board", &others) == 1);
        CHECK(others == outside);
        int round_steps = 0, rounds = 0;
        for (const LogEntry& e : s.log) round_steps += std::holds_alternative<RoundEvent>(e.what);
        if (round_steps > 0) {
            const std::string& last = doc.log_paragraphs[outside > 0 ? 2 : 1];
            int counted = 0;
            REQUIRE(std::sscanf(last.c_str(), "Besides, %d steps in %d rounds", &counted, &rounds) == 2);
            CHECK(counted == round_steps);
            CHECK(rounds == static_cast<int>(s.rounds.size()));
        }
        CHECK(done + undos + redos + others + round_steps == total);
    }
}

TEST_CASE("local_time: a UTC time stamp in a named zone, summer and winter")
{
    CHECK(local_time("2024-05-14T09:12:00Z", "Europe/Brussels") == "2024-05-14T11:12");
    CHECK(local_time("2024-01-14T23:30:00Z", "Europe/Brussels") == "2024-01-15T00:30");
    CHECK(local_time("2024-01-14T23:30:00Z", "UTC") == "2024-01-14T23:30");
    CHECK(local_time("not a time", "Europe/Brussels") == "not a time");
}

TEST_CASE("an export in the other language: the bundled deck's texts in it, the group's board and notes as they are")
{
    DeckLoad nl = parse_deck(bundled_deck("nl").text, "nl");
    REQUIRE(nl.deck);
    Session s = make_session(*nl.deck);
    s.language = "nl";
    perform(s, Move{"K2", s.board.lanes[0].id, 0}, "2024-05-14T09:00:00Z");
    perform(s, SetNote{"K2", "Onze notitie."}, "2024-05-14T09:01:00Z");
    CHECK(deck_has_language(s, "en"));
    CHECK(deck_has_language(s, "nl"));
    Session en = session_in_language(s, "en");
    DeckLoad english = parse_deck(bundled_deck("en").text, "en");
    REQUIRE(english.deck);
    CHECK(en.language == "en");
    CHECK(en.deck.cards[1].title == english.deck->cards[1].title);
    CHECK(en.deck.cards[1].title != s.deck.cards[1].title);
    CHECK(en.deck.themes[0].title == english.deck->themes[0].title);
    CHECK(en.board == s.board);
    Document doc = make_document(en, "");
    CHECK(doc.language == "en");
    CHECK(doc.lanes[0].cards[0].title == english.deck->cards[1].title);
    CHECK(doc.lanes[0].cards[0].note == "Onze notitie.");

    // A deck of its own has no other language: its texts stay.
    Session own = fixture::export_session_fixture("nl");
    own.deck.id = "eigen-stapel";
    CHECK_FALSE(deck_has_language(own, own.deck.language == "nl" ? "en" : "nl"));
    Session same = session_in_language(own, "en");
    CHECK(same.language == "en");
    CHECK(same.deck.cards == own.deck.cards);
}
