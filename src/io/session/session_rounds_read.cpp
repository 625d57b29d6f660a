// The rounds of a session file (format 4): each ballot is checked against
// the session's deck as the program checked it when it was given, so a
// file that was edited by hand cannot smuggle in a ballot the window would
// have refused. Only a card missing from a full ranking is let pass: the
// deck may have gained it since (a deck switch), and it counts as unranked.
#include <string>

#include "core/ballot.h"
#include "io/session/session_extras.h"
#include "io/session/session_yaml.h"

namespace prio {
namespace {

using yaml::Node;

template <class E, std::size_t N>
std::optional<E> named(std::string_view word, const E (&all)[N], std::string_view (*name)(E))
{
    for (E e : all)
        if (name(e) == word)
            return e;
    return std::nullopt;
}

class RoundsReader {
public:
    RoundsReader(yaml::Reader& r, Session& s) : r_(r), s_(s) {}

    void read(const Node& root)
    {
        const Node* list = r_.field(root, "rounds", false, "the session");
        if (!list || list->kind == Node::Kind::Null || !r_.expect(*list, Node::Kind::Sequence, "rounds"))
            return;
        int open = 0;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Node& map = list->items[i];
            std::string where = "round " + std::to_string(i + 1);
            if (!r_.expect(map, Node::Kind::Map, where))
                continue;
            Round round = read_round(map, where);
            if (round.open && ++open == 2)
                r_.error(map, where + " is open while another round is: at most one round is open");
            s_.rounds.push_back(std::move(round));
        }
    }

private:
    Round read_round(const Node& map, const std::string& where)
    {
        r_.unknown_keys(map, {"question", "form", "top", "lanes", "anonymous", "open", "revealed", "opened", "closed", "ballots"}, where);
        Round round;
        round.question = required_text(r_, map, "question", where);
        if (const Node* form = r_.field(map, "form", true, where)) {
            static constexpr BallotForm kForms[] = {BallotForm::Full, BallotForm::Top, BallotForm::Lanes};
            auto found = form->kind == Node::Kind::Scalar ? named(form->scalar, kForms, ballot_form_name) : std::nullopt;
            if (found)
                round.shape.form = *found;
            else
                r_.error(*form, "form of " + where + " must be full, top or lanes, found " + yaml::describe(*form));
        }
        if (round.shape.form == BallotForm::Top) {
            if (const Node* top = r_.field(map, "top", true, where))
                round.shape.top = static_cast<int>(
                    r_.integer(*top, "top of " + where, 1, static_cast<long long>(s_.deck.cards.size())).value_or(1));
        }
        if (round.shape.form == BallotForm::Lanes)
            read_lanes(map, where, round.shape.lanes);
        round.anonymous = flag(map, "anonymous", where);
        round.open = flag(map, "open", where);
        round.revealed = flag(map, "revealed", where);
        if (round.open && round.revealed)
            r_.error(map, where + " is open and revealed: a round is revealed only once it is closed");
        round.opened = required_text(r_, map, "opened", where);
        round.closed = optional_field(r_, map, "closed", where);
        read_ballots(map, where, round);
        return round;
    }

    void read_lanes(const Node& map, const std::string& where, std::vector<LaneSpec>& lanes)
    {
        const Node* list = r_.field(map, "lanes", true, where);
        if (!list || !r_.expect(*list, Node::Kind::Sequence, "lanes of " + where))
            return;
        if (list->items.empty() || list->items.size() > kMaxLanes)
            r_.error(*list, "lanes of " + where + " must hold 1 to " + std::to_string(kMaxLanes) + " lanes");
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            std::string lane_where = "lane " + std::to_string(i + 1) + " of " + where;
            const Node& item = list->items[i];
            if (!r_.expect(item, Node::Kind::Map, lane_where))
                continue;
            r_.unknown_keys(item, {"id", "title", "capacity", "ranked"}, lane_where);
            LaneSpec lane{required_text(r_, item, "id", lane_where), required_text(r_, item, "title", lane_where), 0, true};
            if (const Node* capacity = r_.field(item, "capacity", true, lane_where))
                lane.capacity = static_cast<int>(r_.integer(*capacity, "capacity of " + lane_where, 0, kMaxSessionCapacity).value_or(0));
            lane.ranked = flag(item, "ranked", lane_where);
            lanes.push_back(std::move(lane));
        }
    }

    void read_ballots(const Node& map, const std::string& where, Round& round)
    {
        const Node* list = r_.field(map, "ballots", true, where);
        if (!list || !r_.expect(*list, Node::Kind::Sequence, "ballots of " + where))
            return;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            std::string ballot_where = "ballot " + std::to_string(i + 1) + " of " + where;
            const Node& item = list->items[i];
            if (!r_.expect(item, Node::Kind::Map, ballot_where))
                continue;
            r_.unknown_keys(item, {"time", "source", "voter", "cards"}, ballot_where);
            Ballot ballot;
            ballot.time = required_text(r_, item, "time", ballot_where);
            if (const Node* source = r_.field(item, "source", true, ballot_where)) {
                static constexpr BallotSource kSources[] = {BallotSource::Turn, BallotSource::Paper, BallotSource::Phone};
                auto found = source->kind == Node::Kind::Scalar ? named(source->scalar, kSources, ballot_source_name) : std::nullopt;
                if (found)
                    ballot.source = *found;
                else
                    r_.error(*source, "source of " + ballot_where + " must be turn, paper or phone, found " + yaml::describe(*source));
            }
            if (const Node* voter = yaml::find(item, "voter")) {
                if (round.anonymous)
                    r_.error(*voter, ballot_where + " names a voter, but the round is anonymous");
                ballot.voter = optional_text(r_, *voter, "voter of " + ballot_where);
            }
            if (const Node* cards = r_.field(item, "cards", true, ballot_where); cards && r_.expect(*cards, Node::Kind::Sequence, "cards of " + ballot_where)) {
                for (const Node& group : cards->items) {
                    ballot.groups.emplace_back();
                    if (!r_.expect(group, Node::Kind::Sequence, "a lane in cards of " + ballot_where))
                        continue;
                    for (const Node& code : group.items)
                        ballot.groups.back().push_back(r_.text(code, "a card id in cards of " + ballot_where).value_or(""));
                }
                for (const BallotProblem& problem : check_ballot(s_.deck, round.shape, ballot.groups).problems)
                    if (problem.fault != BallotFault::Missing)  // a card the deck gained since: unranked in that ballot
                        r_.error(*cards, "cards of " + ballot_where + ": " + ballot_problem_text(problem, "en"));
            }
            round.ballots.push_back(std::move(ballot));
        }
    }

    bool flag(const Node& map, const char* key, const std::string& where)
    {
        const Node* node = r_.field(map, key, true, where);
        return node && r_.boolean(*node, std::string(key) + " of " + where).value_or(false);
    }

    yaml::Reader& r_;
    Session& s_;
};

}  // namespace

void read_rounds(yaml::Reader& r, const Node& root, Session& session)
{
    RoundsReader(r, session).read(root);
}

}  // namespace prio
