// The rounds of a session file (format 4): each ballot is checked against
// the session's deck as the program checked it when it was given, so a
// file that was edited by hand cannot smuggle in a ballot the window would
// have refused. Only a card missing from a full ranking is let pass: the
// deck may have gained it since (a deck switch), and it counts as unranked.
#include <string>

#include "core/ballot.h"
#include "io/deck/deck_checks.h"
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
        const Node* list = r_.field(root, "rounds", false, phrase("diag.where.session"));
        if (!list || list->kind == Node::Kind::Null || !r_.expect(*list, Node::Kind::Sequence, verbatim("rounds")))
            return;
        int open = 0;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Node& map = list->items[i];
            const Phrase where = numbered("round", static_cast<int>(i) + 1);
            if (!r_.expect(map, Node::Kind::Map, where))
                continue;
            Round round = read_round(map, where);
            if (round.open && ++open == 2)
                r_.error(map, phrase("fmt.diag.round.two_open", {{"where", where}}));
            s_.rounds.push_back(std::move(round));
        }
    }

private:
    Round read_round(const Node& map, const Phrase& where)
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
                r_.error(*form, phrase("fmt.diag.round.form", {{"what", field_of("form", where)}, {"found", yaml::describe(*form)}}));
        }
        if (round.shape.form == BallotForm::Top) {
            if (const Node* top = r_.field(map, "top", true, where))
                round.shape.top = static_cast<int>(
                    r_.integer(*top, field_of("top", where), 1, static_cast<long long>(s_.deck.cards.size())).value_or(1));
        }
        if (round.shape.form == BallotForm::Lanes)
            read_lanes(map, where, round.shape.lanes);
        round.anonymous = flag(map, "anonymous", where);
        round.open = flag(map, "open", where);
        round.revealed = flag(map, "revealed", where);
        if (round.open && round.revealed)
            r_.error(map, phrase("fmt.diag.round.open_revealed", {{"where", where}}));
        round.opened = required_text(r_, map, "opened", where);
        round.closed = optional_field(r_, map, "closed", where);
        read_ballots(map, where, round);
        return round;
    }

    void read_lanes(const Node& map, const Phrase& where, std::vector<LaneSpec>& lanes)
    {
        const Node* list = r_.field(map, "lanes", true, where);
        if (!list || !r_.expect(*list, Node::Kind::Sequence, field_of("lanes", where)))
            return;
        if (list->items.empty() || list->items.size() > kMaxLanes)
            r_.error(*list, phrase("fmt.diag.round.lanes", {{"what", field_of("lanes", where)}, {"max", number(static_cast<long long>(kMaxLanes))}}));
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase lane_where = part_of(numbered("lane", static_cast<int>(i) + 1), where);
            const Node& item = list->items[i];
            if (!r_.expect(item, Node::Kind::Map, lane_where))
                continue;
            r_.unknown_keys(item, {"id", "title", "capacity", "ranked"}, lane_where);
            LaneSpec lane{required_text(r_, item, "id", lane_where), required_text(r_, item, "title", lane_where), 0, true};
            if (const Node* capacity = r_.field(item, "capacity", true, lane_where))
                lane.capacity = static_cast<int>(r_.integer(*capacity, field_of("capacity", lane_where), 0, kMaxSessionCapacity).value_or(0));
            lane.ranked = flag(item, "ranked", lane_where);
            lanes.push_back(std::move(lane));
        }
    }

    void read_ballots(const Node& map, const Phrase& where, Round& round)
    {
        const Node* list = r_.field(map, "ballots", true, where);
        if (!list || !r_.expect(*list, Node::Kind::Sequence, field_of("ballots", where)))
            return;
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const Phrase ballot_where = part_of(numbered("ballot", static_cast<int>(i) + 1), where);
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
                    r_.error(*source, phrase("fmt.diag.round.source", {{"what", field_of("source", ballot_where)}, {"found", yaml::describe(*source)}}));
            }
            if (const Node* voter = yaml::find(item, "voter")) {
                if (round.anonymous)
                    r_.error(*voter, phrase("fmt.diag.round.voter", {{"where", ballot_where}}));
                ballot.voter = optional_text(r_, *voter, field_of("voter", ballot_where));
            }
            const Phrase cards_where = field_of("cards", ballot_where);
            if (const Node* cards = r_.field(item, "cards", true, ballot_where); cards && r_.expect(*cards, Node::Kind::Sequence, cards_where)) {
                for (const Node& group : cards->items) {
                    ballot.groups.emplace_back();
                    if (!r_.expect(group, Node::Kind::Sequence, phrase("fmt.diag.round.lane_in", {{"where", cards_where}})))
                        continue;
                    for (const Node& code : group.items)
                        ballot.groups.back().push_back(r_.text(code, card_id_in(cards_where)).value_or(""));
                }
                for (const BallotProblem& problem : check_ballot(s_.deck, round.shape, ballot.groups).problems)
                    if (problem.fault != BallotFault::Missing)  // a card the deck gained since: unranked in that ballot
                        r_.error(*cards, phrase("fmt.diag.round.ballot_problem",
                                                {{"what", cards_where},
                                                 {"problem", worded(ballot_problem_text(problem, "nl"), ballot_problem_text(problem, "en"))}}));
            }
            round.ballots.push_back(std::move(ballot));
        }
    }

    bool flag(const Node& map, const char* key, const Phrase& where)
    {
        const Node* node = r_.field(map, key, true, where);
        return node && r_.boolean(*node, field_of(key, where)).value_or(false);
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
