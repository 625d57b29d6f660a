// The plan in a session file (format 5): the plan section and the plan's
// edits in the log are written, read back the same, and checked; a format 4
// file opens with no plan.
#include <doctest/doctest.h>

#include <string>

#include "io/session/session_yaml.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

Session planned_session()
{
    Deck deck = proef_deck("1", {{"a", "A", {16, 32, 48}}}, {{"nu", "Nu — jaar 1", 0, true, {1, 1}}, {"later", "Later", 0, true, {2, 6}}},
                           {{"K1", "Een", "a", "s1", "", ""}, {"K2", "Twee", "a", "s2", "", ""}});
    Session s = make_session(deck);
    const std::string t = "2026-01-10T09:00:00Z";
    REQUIRE(perform(s, SetPlanPeriod{2026, 2031}, t) == Refusal::None);
    REQUIRE(perform(s, AddVersion{{"0.1", "2026-01-10", PlanStatus::Draft, "voor de kerngroep: \"eerste\""}}, t) == Refusal::None);
    REQUIRE(perform(s, AddVersion{{"1.0", "2026-03-02", PlanStatus::Adopted, ""}}, t) == Refusal::None);
    PlanAction a{"a1", "K1", "Laadpalen: 40 stuks", "", {2026, 1}, {2027, 4}, 50000, 1200000, ActionStatus::Planned};
    REQUIRE(perform(s, AddAction{a, 0}, t) == Refusal::None);
    a.owner = "Dienst mobiliteit";
    REQUIRE(perform(s, SetAction{a}, t) == Refusal::None);
    PlanAction b{"a2", "K2", "yes", "no", {2028, 0}, {}, std::nullopt, 0, ActionStatus::Done};
    REQUIRE(perform(s, AddAction{b, 1}, t) == Refusal::None);
    REQUIRE(perform(s, RemoveAction{"a2"}, t) == Refusal::None);
    REQUIRE(undo(s, t) == Replay::Done);
    return s;
}

}  // namespace

TEST_CASE("a session with a plan is written as format 5 and reads back the same, log and all")
{
    Session s = planned_session();
    std::string text = session_to_yaml(s);
    CHECK(text.find("format: 5\n") != std::string::npos);
    CHECK(text.find("plan:\n  from: 2026\n  to: 2031\n  versions:\n") != std::string::npos);
    CHECK(text.find("{number: \"1.0\", date: \"2026-03-02\", status: adopted, remark: \"\"}") != std::string::npos);
    CHECK(text.find("- {id: a2, card: K2, what: \"yes\", owner: \"no\", start: \"2028\", end: \"\", investment: 0, status: done}") !=
          std::string::npos);
    CHECK(text.find("{id: a1, card: K1, what: \"Laadpalen: 40 stuks\", owner: Dienst mobiliteit, start: \"2026-K1\", end: \"2027-K4\", operating: 50000, "
                    "investment: 1200000, status: planned}") != std::string::npos);
    CHECK(text.find("    edit: {plan_period: {from: 2026, to: 2031}, before: {from: 0, to: 0}}\n") != std::string::npos);
    CHECK(text.find("    kind: undo\n    edit: {add_action: a2, at: 1, action: {id: a2,") != std::string::npos);
    CHECK(text.find("term: \"2-6\"") != std::string::npos);  // the deck copy keeps a lane's term

    SessionLoad load = parse_session(text, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.diagnostics.empty());
    CHECK(load.session->board == s.board);
    CHECK(load.session->log == s.log);
    CHECK(load.session->deck == s.deck);
    CHECK(load.session->deck.lanes[1].term == LaneTerm{2, 6});
    CHECK(session_to_yaml(*load.session) == text);
}

TEST_CASE("a format 4 session, written before plans, opens with no plan and is saved as format 5")
{
    Deck deck = proef_deck("1", {{"a", "A", {16, 32, 48}}}, {{"nu", "Nu", 2, true}}, {{"K1", "Een", "a", "s1", "", ""}});
    Session s = make_session(deck);
    REQUIRE(perform(s, Move{"K1", "nu", 0}, "2024-05-02T09:00:00Z") == Refusal::None);
    std::string old = replaced(session_to_yaml(s), "format: 5\n", "format: 4\n");
    CHECK(old.find("plan:") == std::string::npos);
    SessionLoad load = parse_session(old, "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.session->board.plan == Plan{});
    CHECK(session_to_yaml(*load.session).find("format: 5\n") != std::string::npos);
}

TEST_CASE("a bad plan section is refused with its places and opens nothing")
{
    Session s = planned_session();
    const std::string good = session_to_yaml(s);
    struct Bad {
        const char* name;
        std::string from, to, message;
    };
    const Bad bad[] = {
        {"an action of an unknown card", "{id: a1, card: K1,", "{id: a1, card: K7,", "unknown card 'K7' in action 1 of the plan"},
        {"a term that is not one", "start: \"2026-K1\"", "start: \"2026-K5\"", "start of action 1 of the plan must be a year with a quarter"},
        {"a negative budget", "operating: 50000", "operating: -5", "operating of action 1 of the plan"},
        {"an unknown status", "status: planned}", "status: later}", "must be planned, running or done, found 'later'"},
        {"a period the wrong way round", "  from: 2026\n  to: 2031\n", "  from: 2031\n  to: 2026\n", "the plan period 2031-2026 cannot be"},
        {"a version twice", "{number: \"1.0\"", "{number: \"0.1\"", "version '0.1' is in the plan twice"},
        {"a lane term that is not one", "term: \"2-6\"", "term: \"6-2\"", "must be a year of the plan or two"},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.name);
        SessionLoad load = parse_session(replaced(good, b.from, b.to), "s.yaml");
        CHECK_FALSE(load.session);
        CHECK_MESSAGE(lines(load.diagnostics).find(b.message) != std::string::npos, lines(load.diagnostics));
    }
}

TEST_CASE("an action's field being typed is kept as the session's draft; one for no such action or field is left out")
{
    Session s = planned_session();
    s.draft = Draft{"action", "a1/owner", "Dienst mobiliteit en"};
    SessionLoad load = parse_session(session_to_yaml(s), "s.yaml");
    REQUIRE_MESSAGE(load.session, lines(load.diagnostics));
    CHECK(load.diagnostics.empty());
    CHECK(load.session->draft == s.draft);

    for (const char* target : {"a9/owner", "a1/colour", "a1"}) {
        CAPTURE(target);
        s.draft = Draft{"action", target, "x"};
        SessionLoad left = parse_session(session_to_yaml(s), "s.yaml");
        REQUIRE(left.session);
        CHECK(left.session->draft == Draft{});
        REQUIRE(left.diagnostics.size() == 1);
        CHECK(left.diagnostics[0].severity == Severity::Warning);
        CHECK(format(left.diagnostics[0], "en").find("draft for action '" + std::string(target) + "' left out: the session has no such action") !=
              std::string::npos);
    }
}
