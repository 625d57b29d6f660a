// Rounds in the session file (format 4): written, read back, and each kind
// of bad round refused with its place and nothing opened.
#include <doctest/doctest.h>

#include "core/session_rounds.h"
#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using test::replaced;
using test::lines;

namespace {

Session with_rounds()
{
    Deck d;
    d.id = "x";
    d.language = "nl";
    d.themes = {{"t", "T", {1, 2, 3}}};
    d.lanes = {{"nu", "Nu", 1, true}, {"later", "Later", 0, true}};
    for (const char* id : {"A", "B", "C"}) d.cards.push_back({id, id, "t", "", "", "", ""});
    Session s = make_session(d);
    Round lanes;
    lanes.question = "Rangschik de principes";
    lanes.shape.form = BallotForm::Lanes;
    lanes.shape.lanes = d.lanes;
    start_round(s, lanes, "2026-12-03T10:00:00Z");
    REQUIRE(give_ballot(s, 0, {{"A"}, {"C", "B"}}, "", BallotSource::Paper, "2026-12-03T10:01:00Z").clean());
    reveal_round(s, 0, "2026-12-03T10:05:00Z");
    Round top;
    top.question = "Top";
    top.shape.form = BallotForm::Top;
    top.shape.top = 2;
    top.anonymous = false;
    start_round(s, top, "2026-12-03T11:00:00Z");
    REQUIRE(give_ballot(s, 1, {{"B", "A"}}, "An", BallotSource::Phone, "2026-12-03T11:01:00Z").clean());
    // The same phone gives the same ballot again: it replaces itself.
    REQUIRE(give_ballot(s, 1, {{"B", "A"}}, "An", BallotSource::Phone, "2026-12-03T11:01:00Z", 1).clean());
    return s;
}

}  // namespace

TEST_CASE("rounds and their log entries are written as docs/session-format.md shows and read back the same")
{
    Session s = with_rounds();
    std::string text = session_to_yaml(s);
    CHECK(text.find("rounds:\n  - question: Rangschik de principes\n    form: lanes\n    lanes:\n"
                    "      - {id: nu, title: Nu, capacity: 1, ranked: true}\n") != std::string::npos);
    CHECK(text.find("      - {time: \"2026-12-03T10:01:00Z\", source: paper, cards: [[A], [C, B]]}\n") != std::string::npos);
    CHECK(text.find("      - {time: \"2026-12-03T11:01:00Z\", source: phone, voter: An, cards: [[B, A]]}\n") != std::string::npos);
    CHECK(text.find("    round: {step: ballot, number: 2, ballot: 1}\n") != std::string::npos);
    // A phone that gave again replaced its ballot: logged as such, read back the same.
    CHECK(text.find("    round: {step: ballot, number: 2, ballot: 1, replaces: true}\n") != std::string::npos);
    SessionLoad load = parse_session(text, "s.yaml");
    INFO(lines(load.diagnostics));
    REQUIRE(load.session);
    CHECK(load.session->rounds == s.rounds);
    CHECK(load.session->log == s.log);
    // A session without rounds writes no rounds: key, so format 3 readers' files stay as they were.
    CHECK(session_to_yaml(make_session(s.deck)).find("rounds:") == std::string::npos);
}

TEST_CASE("every kind of bad round is refused with its place, and the session does not open")
{
    std::string good = session_to_yaml(with_rounds());
    struct Bad {
        const char* what;
        std::string text;
        std::string message;
    };
    const Bad bad[] = {
        {"an unknown form", replaced(good, "form: top\n", "form: best\n"), "error: form of round 2 must be full, top or lanes, found 'best'"},
        {"a top beyond the deck", replaced(good, "top: 2\n", "top: 9\n"), "error: top of round 2 must be"},
        {"a name in an anonymous round", replaced(good, "source: paper,", "source: paper, voter: Piet,"),
         "error: ballot 1 of round 1 names a voter, but the round is anonymous"},
        {"an unknown source", replaced(good, "source: paper,", "source: fax,"), "error: source of ballot 1 of round 1 must be turn, paper or phone, found 'fax'"},
        {"a card the deck does not have", replaced(good, "[[B, A]]", "[[B, Z]]"), "error: cards of ballot 1 of round 2: Z is not a card of this deck"},
        {"a card twice", replaced(good, "[[B, A]]", "[[B, B]]"), "error: cards of ballot 1 of round 2: B is there twice"},
        {"a lane over its capacity", replaced(good, "[[A], [C, B]]", "[[A, C], [B]]"),
         "error: cards of ballot 1 of round 1: C does not fit in lane 1 (Nu), which holds 1 cards"},
        {"two rounds open", replaced(good, "    open: false\n    revealed: true\n", "    open: true\n    revealed: false\n"),
         "error: round 2 is open while another round is: at most one round is open"},
        {"open and revealed", replaced(good, "    open: true\n    revealed: false\n", "    open: true\n    revealed: true\n"),
         "error: round 2 is open and revealed: a round is revealed only once it is closed"},
        {"an unknown step in the log", replaced(good, "step: ballot, number: 2", "step: vote, number: 2"),
         "error: step of round of log entry 6 must be started, ballot, closed or revealed, found 'vote'"},
        {"a ballot entry without its number", replaced(good, "step: ballot, number: 2, ballot: 1}", "step: ballot, number: 2}"),
         "error: missing required field 'ballot' in round of log entry 6"},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.what);
        SessionLoad load = parse_session(b.text, "s.yaml");
        CHECK_FALSE(load.session);
        CHECK_MESSAGE(lines(load.diagnostics).find(b.message) != std::string::npos, lines(load.diagnostics));
    }
}
