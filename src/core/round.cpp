#include "core/round.h"

#include "core/placeholders.h"
#include "core/strings.h"

namespace prio {

std::string default_question(std::string_view language) { return std::string(tr("round.question.default", language)); }

Board ballot_board(const Deck& deck, const Round& round, const Ballot& ballot)
{
    Board board;
    board.notes.assign(deck.cards.size(), "");
    std::vector<bool> placed(deck.cards.size(), false);
    auto lay = [&](Lane& lane, const std::vector<std::string>& codes) {
        for (const std::string& code : codes) {
            int card = find_card(deck, code);
            if (card < 0 || placed[static_cast<std::size_t>(card)])
                continue;  // a card the deck has lost since the ballot: unranked
            placed[static_cast<std::size_t>(card)] = true;
            lane.cards.push_back(card);
        }
    };
    if (round.shape.form == BallotForm::Lanes) {
        for (std::size_t l = 0; l < round.shape.lanes.size(); ++l) {
            const LaneSpec& spec = round.shape.lanes[l];
            Lane lane{spec.id, spec.title, spec.capacity, spec.ranked, {}};
            if (l < ballot.groups.size())
                lay(lane, ballot.groups[l]);
            board.lanes.push_back(std::move(lane));
        }
    } else {
        Lane order{"ballot", std::string(tr("round.lane.ranking", deck.language)), 0, true, {}};
        for (const std::vector<std::string>& group : ballot.groups) lay(order, group);
        board.lanes.push_back(std::move(order));
    }
    for (std::size_t c = 0; c < deck.cards.size(); ++c)
        if (!placed[c])
            board.pile.push_back(static_cast<int>(c));
    return board;
}

Comparison round_comparison(const Deck& deck, const Round& round, std::string_view language)
{
    // The comparison's lanes are the round's, so its legend names them: the
    // one ranking of a full or top-k ballot, or the round's own lanes.
    Deck common = deck;
    common.lanes.clear();
    if (round.shape.form == BallotForm::Lanes)
        common.lanes = round.shape.lanes;
    else
        common.lanes.push_back(LaneSpec{"ballot", std::string(tr("round.lane.ranking", language)), 0, true});
    std::vector<CouncilBoard> participants;
    for (std::size_t b = 0; b < round.ballots.size(); ++b) {
        const Ballot& ballot = round.ballots[b];
        CouncilBoard p;
        p.name = round.anonymous || ballot.voter.empty()
                     ? fill(tr("fmt.round.participant", language), {{"number", std::to_string(b + 1)}})
                     : ballot.voter;
        p.board = rank_board(deck, deck, ballot_board(deck, round, ballot), {});
        p.notes.assign(deck.cards.size(), "");
        participants.push_back(std::move(p));
    }
    return compare(std::move(common), std::move(participants));
}

}  // namespace prio
