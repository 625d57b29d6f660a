// Actions and the plan's frame as edits: each field is undone and redone
// through the session's one path, and every change is in the decision log.
#include <doctest/doctest.h>

#include "card_deck.h"
#include "core/session.h"

using namespace prio;

namespace {

Session plan_session()
{
    Deck deck = test::card_deck({"K1", "K2", "K3"}, {{"nu", "Nu — jaar 1", 0, true, {1, 1}}, {"later", "Later", 0, true}});
    Session s = make_session(std::move(deck));
    REQUIRE(perform(s, SetPlanPeriod{2026, 2031}, "t0") == Refusal::None);
    return s;
}

PlanAction first_action()
{
    return PlanAction{"a1", "K1", "Laadpalen plaatsen", "Dienst mobiliteit", {2026, 1}, {2027, 4}, 50000, std::nullopt, ActionStatus::Planned};
}

const EditRecord& last_record(const Session& s)
{
    return std::get<EditRecord>(s.log.back().what);
}

}  // namespace

TEST_CASE("an action is added, undone and redone, and each step is logged")
{
    Session s = plan_session();
    REQUIRE(perform(s, AddAction{first_action(), 0}, "t1") == Refusal::None);
    CHECK(s.board.plan.actions == std::vector<PlanAction>{first_action()});
    CHECK(last_record(s).kind == LogKind::Do);
    CHECK(std::get<AddAction>(last_record(s).applied).action == first_action());
    CHECK(std::get<RemoveAction>(last_record(s).reverse).action == "a1");
    REQUIRE(undo(s, "t2") == Replay::Done);
    CHECK(s.board.plan.actions.empty());
    CHECK(last_record(s).kind == LogKind::Undo);
    REQUIRE(redo(s, "t3") == Replay::Done);
    CHECK(s.board.plan.actions == std::vector<PlanAction>{first_action()});
    CHECK(s.log.size() == 4);
}

TEST_CASE("every field of an action is one edit, undone and redone on its own")
{
    Session s = plan_session();
    REQUIRE(perform(s, AddAction{first_action(), 0}, "t1") == Refusal::None);
    std::vector<std::pair<const char*, void (*)(PlanAction&)>> changes = {
        {"what", [](PlanAction& a) { a.what = "Laadpalen en deelwagens"; }},
        {"owner", [](PlanAction& a) { a.owner = "Omgeving"; }},
        {"start", [](PlanAction& a) { a.start = {2027, 2}; }},
        {"end", [](PlanAction& a) { a.end = {2029, 0}; }},
        {"operating", [](PlanAction& a) { a.operating = std::nullopt; }},
        {"investment", [](PlanAction& a) { a.investment = 1250000; }},
        {"status", [](PlanAction& a) { a.status = ActionStatus::Running; }},
        {"card", [](PlanAction& a) { a.card = "K2"; }},  // moved to another principle
    };
    for (const auto& entry : changes) {
        // Named, not a structured binding: clang 14's lambdas (CAPTURE) cannot capture one.
        const char* field = entry.first;
        const auto change = entry.second;
        CAPTURE(field);
        const PlanAction before = s.board.plan.actions[0];
        PlanAction after = before;
        change(after);
        REQUIRE(after != before);
        const std::size_t logged = s.log.size();
        REQUIRE(perform(s, SetAction{after}, "t") == Refusal::None);
        CHECK(s.board.plan.actions[0] == after);
        CHECK(std::get<SetAction>(last_record(s).reverse).action == before);
        REQUIRE(undo(s, "t") == Replay::Done);
        CHECK(s.board.plan.actions[0] == before);
        REQUIRE(redo(s, "t") == Replay::Done);
        CHECK(s.board.plan.actions[0] == after);
        CHECK(s.log.size() == logged + 3);
    }
}

TEST_CASE("an action is removed and the undo puts it back in its place")
{
    Session s = plan_session();
    PlanAction second = first_action();
    second.id = "a2";
    second.card = "K2";
    REQUIRE(perform(s, AddAction{first_action(), 0}, "t") == Refusal::None);
    REQUIRE(perform(s, AddAction{second, 1}, "t") == Refusal::None);
    REQUIRE(perform(s, RemoveAction{"a1"}, "t") == Refusal::None);
    CHECK(s.board.plan.actions == std::vector<PlanAction>{second});
    REQUIRE(undo(s, "t") == Replay::Done);
    CHECK(s.board.plan.actions == std::vector<PlanAction>{first_action(), second});
}

TEST_CASE("bad action values are refused and change nothing")
{
    Session s = plan_session();
    REQUIRE(perform(s, AddAction{first_action(), 0}, "t") == Refusal::None);
    const Board before = s.board;
    PlanAction bad = first_action();
    bad.start = {2026, 5};
    CHECK(perform(s, SetAction{bad}, "t") == Refusal::BadValue);
    bad = first_action();
    bad.operating = -1;
    CHECK(perform(s, SetAction{bad}, "t") == Refusal::BadValue);
    bad = first_action();
    bad.card = "K9";  // it may move, but only to a principle of the deck
    CHECK(perform(s, SetAction{bad}, "t") == Refusal::UnknownCard);
    CHECK(perform(s, AddAction{first_action(), 0}, "t") == Refusal::BadValue);  // its id is in use
    bad = first_action();
    bad.id = "a9";
    bad.card = "K9";
    CHECK(perform(s, AddAction{bad, 0}, "t") == Refusal::UnknownCard);
    CHECK(perform(s, SetAction{first_action()}, "t") == Refusal::NoChange);
    CHECK(s.board == before);
}

TEST_CASE("the plan period is an edit; a bad period is refused")
{
    Session s = plan_session();
    CHECK(s.board.plan.from_year == 2026);
    CHECK(perform(s, SetPlanPeriod{2031, 2026}, "t") == Refusal::BadValue);
    CHECK(perform(s, SetPlanPeriod{2026, 2080}, "t") == Refusal::BadValue);
    REQUIRE(perform(s, SetPlanPeriod{2025, 2030}, "t") == Refusal::None);
    CHECK(std::get<SetPlanPeriod>(last_record(s).reverse) == SetPlanPeriod{2026, 2031});
    REQUIRE(undo(s, "t") == Replay::Done);
    CHECK(s.board.plan.to_year == 2031);
    REQUIRE(redo(s, "t") == Replay::Done);
    CHECK(s.board.plan.to_year == 2030);
}

TEST_CASE("the version trail only grows: a row is added and undone, never rewritten")
{
    Session s = plan_session();
    PlanVersion v01{"0.1", "2026-01-10", PlanStatus::Draft, "voor de kerngroep"};
    PlanVersion v02{"0.2", "2026-02-03", PlanStatus::Discussed, ""};
    REQUIRE(perform(s, AddVersion{v01}, "t") == Refusal::None);
    REQUIRE(perform(s, AddVersion{v02}, "t") == Refusal::None);
    PlanVersion again = v01;
    again.remark = "anders";
    CHECK(perform(s, AddVersion{again}, "t") == Refusal::BadValue);  // its number is in use
    CHECK(perform(s, DropVersion{v01}, "t") == Refusal::BadValue);  // only the last row, and only as an undo
    CHECK(perform(s, AddVersion{PlanVersion{}}, "t") == Refusal::BadValue);
    CHECK(s.board.plan.versions == std::vector<PlanVersion>{v01, v02});
    REQUIRE(undo(s, "t") == Replay::Done);
    CHECK(s.board.plan.versions == std::vector<PlanVersion>{v01});
    CHECK(last_record(s).kind == LogKind::Undo);
    REQUIRE(redo(s, "t") == Replay::Done);
    CHECK(s.board.plan.versions == std::vector<PlanVersion>{v01, v02});
}

TEST_CASE("a new action takes its lane's default term in years of the plan")
{
    PlanAction a;
    default_term(LaneTerm{1, 1}, 2026, a);
    CHECK(a.start == Term{2026, 1});
    CHECK(a.end == Term{2026, 4});
    default_term(LaneTerm{2, 3}, 2026, a);
    CHECK(a.start == Term{2027, 1});
    CHECK(a.end == Term{2028, 4});
    PlanAction none;
    default_term(LaneTerm{1, 1}, 0, none);  // no plan period: no term
    CHECK(none.start == Term{});
}

TEST_CASE("terms and lane terms read and write as text")
{
    CHECK(term_text({2026, 1}) == "2026-K1");
    CHECK(term_text({2026, 0}) == "2026");
    CHECK(term_text({}) == "");
    CHECK(parse_term("2026-K3") == Term{2026, 3});
    CHECK(parse_term("2026-q2") == Term{2026, 2});
    CHECK(parse_term("2026") == Term{2026, 0});
    CHECK(parse_term("") == Term{});
    CHECK_FALSE(parse_term("2026-K5"));
    CHECK_FALSE(parse_term("26x"));
    CHECK_FALSE(parse_term("1200"));
    CHECK(parse_lane_term("1") == LaneTerm{1, 1});
    CHECK(parse_lane_term("2-6") == LaneTerm{2, 6});
    CHECK_FALSE(parse_lane_term("3-2"));
    CHECK_FALSE(parse_lane_term("0"));
    CHECK(lane_term_text({2, 6}) == "2-6");
    Plan plan;
    plan.actions = {first_action()};
    plan.actions[0].id = "a7";
    CHECK(fresh_action_id(plan) == "a8");
}

TEST_CASE("an action's typed field is named ACTION/FIELD, and found back only for an action and field there are")
{
    Plan plan;
    plan.actions.push_back(PlanAction{"a1", "K1", "", "", {}, {}, {}, {}, ActionStatus::Planned});
    plan.actions.push_back(PlanAction{"a12", "K2", "", "", {}, {}, {}, {}, ActionStatus::Planned});
    for (int f = 0; f < 6; ++f) {
        const ActionText field = static_cast<ActionText>(f);
        std::string key = action_text_key("a12", field);
        CAPTURE(key);
        std::optional<ActionTextRef> found = find_action_text(plan, key);
        REQUIRE(found);
        CHECK(found->action == 1);
        CHECK(found->field == field);
    }
    CHECK(action_text_key("a1", ActionText::Investment) == "a1/investment");
    CHECK_FALSE(find_action_text(plan, "a2/owner"));
    CHECK_FALSE(find_action_text(plan, "a1/status"));
    CHECK_FALSE(find_action_text(plan, "a1"));
    CHECK_FALSE(find_action_text(plan, "/owner"));
    CHECK_FALSE(find_action_text(plan, "a1/owner/x"));
}
