#pragma once
// From priorities to a plan: the actions that carry out a principle, and
// the frame of the plan they belong to (its period and its version trail).
// They live on the Board, beside the notes, because undo, redo and the
// decision log work on the board: every change to them is an edit.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prio {

// A point in a plan: a year and a quarter (K1..K4). 0 means not given; a
// quarter is only given with a year.
struct Term {
    int year = 0;
    int quarter = 0;
    bool operator==(const Term&) const = default;
};

enum class ActionStatus { Planned, Running, Done };

// Budgets are whole euros: a multi-year plan budgets in euros, not cents,
// and whole numbers sum exactly in every writer and in a spreadsheet.
inline constexpr long long kMaxBudget = 1000000000000LL;  // a trillion euros
inline constexpr int kMinPlanYear = 1900;
inline constexpr int kMaxPlanYear = 2200;
inline constexpr int kMaxPlanYears = 30;

struct PlanAction {
    std::string id;    // stable within the session: "a1", "a2", ...
    std::string card;  // the principle it carries out
    std::string what;
    std::string owner;  // a role or a service; "" is shown as work to do
    Term start, end;
    std::optional<long long> operating, investment;  // whole euros
    ActionStatus status = ActionStatus::Planned;
    bool operator==(const PlanAction&) const = default;
};

// The steps a plan goes through before the council adopts it.
enum class PlanStatus { Draft, Discussed, Approved, Adopted };

struct PlanVersion {
    std::string number;  // "0.1", "1.0"
    std::string date;    // ISO 8601 date
    PlanStatus status = PlanStatus::Draft;
    std::string remark;
    bool operator==(const PlanVersion&) const = default;
};

struct Plan {
    int from_year = 0, to_year = 0;     // the plan period; 0: not set
    std::vector<PlanVersion> versions;  // oldest first; only ever grows
    std::vector<PlanAction> actions;        // grouped by nothing: a card's are in this order
    bool operator==(const Plan&) const = default;
};

// A deck lane's default term, in years of the plan (1 = its first year).
struct LaneTerm {
    int first = 0, last = 0;  // 0: none
    bool operator==(const LaneTerm&) const = default;
};

// Words used in files (never shown: the strings tables word them).
std::string_view action_status_name(ActionStatus status);
std::optional<ActionStatus> action_status_from(std::string_view name);
std::string_view plan_status_name(PlanStatus status);
std::optional<PlanStatus> plan_status_from(std::string_view name);

// "2026-K1", "2026" (no quarter), "" (none); and back. Nullopt when the
// text is not a term.
std::string term_text(Term term);
std::optional<Term> parse_term(std::string_view text);
// "1", "1-2" for a lane's term; and back.
std::string lane_term_text(LaneTerm term);
std::optional<LaneTerm> parse_lane_term(std::string_view text);

// What is wrong with a term, an action's values or a version row; "" when
// nothing is.
bool valid_term(Term term);
bool valid_action_values(const PlanAction& action);

// The term a new action takes in a lane with `term` in a plan running from
// `from_year`: its first year's K1 to its last year's K4. None without both.
void default_term(LaneTerm term, int from_year, PlanAction& action);

// A fresh id: "a" and one more than the highest number in use.
std::string fresh_action_id(const Plan& plan);
int find_action(const Plan& plan, std::string_view id);
// The actions of one card, in plan order.
std::vector<const PlanAction*> actions_of(const Plan& plan, std::string_view card);

// The fields of an action that are typed, and the names that a draft's
// target gives them: "a3/owner" is action a3's owner being typed.
enum class ActionText { What, Owner, Start, End, Operating, Investment, Card };
inline constexpr std::string_view kActionTextNames[] = {"what", "owner", "start", "end", "operating", "investment", "card"};
std::string action_text_key(std::string_view action, ActionText field);
struct ActionTextRef {
    int action = -1;  // index in the plan's actions
    ActionText field = ActionText::What;
};
// Nullopt when the plan has no such action or an action no such field.
std::optional<ActionTextRef> find_action_text(const Plan& plan, std::string_view key);

// The years an action covers, clamped to nothing: start year to end year,
// either alone when the other is missing, none when both are.
struct YearSpan {
    int first = 0, last = 0;  // 0, 0: none
};
YearSpan action_years(const PlanAction& action);

}  // namespace prio
