#pragma once
// The export fixture's session with three rounds, for the round exports:
//   1. anonymous, the cards in the board's lanes, 5 ballots, revealed: three
//      in deck order, one reversed, one with its halves swapped;
//   2. named, a full ranking, 4 ballots, revealed: nearly one order;
//   3. anonymous, a top 5, 2 ballots, closed but not revealed.
// The anonymous rounds' ballots carry names anyway (as a tampered file
// could): no export may show them.
#include <algorithm>
#include <string>
#include <vector>

#include "core/session_rounds.h"
#include "export_fixture.h"

namespace prio::fixture {

inline const std::vector<std::string> kHiddenVoters = {"Xaveria Geheimnaam", "Quirijn Verborgen", "Zefanja Onzichtbaar",
                                                       "Wendelmoet Stil", "Ysaline Anoniem"};
inline const std::vector<std::string> kNamedVoters = {"Annelies Vermeulen", "Bart Peeters", "Chris Janssens", "Dirk Maes"};

inline Session rounds_session_fixture(const std::string& language = "nl")
{
    Session s = export_session_fixture(language);
    std::vector<std::string> ids;
    for (const Card& c : s.deck.cards) ids.push_back(c.id);
    int minute = 300;

    Round lanes;
    lanes.question = "Wat eerst?";
    lanes.shape.form = BallotForm::Lanes;
    lanes.shape.lanes = {s.deck.lanes[0], s.deck.lanes[1], s.deck.lanes[2]};
    int first = start_round(s, lanes, log_time(minute++));
    for (std::size_t b = 0; b < kHiddenVoters.size(); ++b) {
        // Three in deck order, one the other way round, one with its halves swapped.
        std::vector<std::string> order = ids;
        if (b == 3)
            std::reverse(order.begin(), order.end());
        if (b == 4)
            std::rotate(order.begin(), order.begin() + 9, order.end());
        BallotGroups groups = {{order.begin(), order.begin() + 6}, {order.begin() + 6, order.begin() + 12}, {order.begin() + 12, order.end()}};
        give_ballot(s, first, groups, "", BallotSource::Paper, log_time(minute++));
    }
    reveal_round(s, first, log_time(minute++));

    Round full;
    full.question = "Rangschik de principes";
    full.anonymous = false;
    int second = start_round(s, full, log_time(minute++));
    for (std::size_t b = 0; b < kNamedVoters.size(); ++b) {
        std::vector<std::string> order = ids;
        std::swap(order[2 * b], order[2 * b + 1]);  // each swaps one pair of neighbours
        give_ballot(s, second, {order}, kNamedVoters[b], BallotSource::Turn, log_time(minute++));
    }
    reveal_round(s, second, log_time(minute++));

    Round top;
    top.question = "De vijf belangrijkste";
    top.shape.form = BallotForm::Top;
    top.shape.top = 5;
    int third = start_round(s, top, log_time(minute++));
    give_ballot(s, third, {{ids.begin(), ids.begin() + 5}}, "", BallotSource::Paper, log_time(minute++));
    give_ballot(s, third, {{ids.rbegin(), ids.rbegin() + 5}}, "", BallotSource::Paper, log_time(minute++));
    close_round(s, third, log_time(minute++));

    for (int r : {first, third}) {
        std::vector<Ballot>& ballots = s.rounds[static_cast<std::size_t>(r)].ballots;
        for (std::size_t b = 0; b < ballots.size(); ++b) ballots[b].voter = kHiddenVoters[b];
    }
    return s;
}

}  // namespace prio::fixture
