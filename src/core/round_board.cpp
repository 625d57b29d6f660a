#include "core/round_board.h"

namespace prio {
namespace {

// The next ranked lane after `lane` that has room, or kPile.
int next_with_room(const Board& board, int lane)
{
    const int lanes = static_cast<int>(board.lanes.size());
    while (lane != kPile && (!board.lanes[static_cast<std::size_t>(lane)].ranked || is_full(board.lanes[static_cast<std::size_t>(lane)]))) {
        ++lane;
        if (lane >= lanes)
            lane = kPile;
    }
    return lane;
}

int majority_lane(const Board& board, const CardConsensus& figures)
{
    int best = kPile, best_count = 0;
    for (std::size_t l = 0; l < board.lanes.size(); ++l)
        for (const auto& [id, count] : figures.lanes)
            if (id == board.lanes[l].id && count > best_count)
                best = static_cast<int>(l), best_count = count;
    for (const auto& [id, count] : figures.lanes)
        if (id.empty() && count > best_count)
            best = kPile;
    return best;
}

}  // namespace

Board consensus_board(const Comparison& c, const Round& round, const Board& current, const Deck& deck)
{
    Board board = current;
    for (Lane& lane : board.lanes) lane.cards.clear();
    board.pile.clear();
    // The comparison's cards are its deck's; the board's are `deck`'s.
    auto board_card = [&](int card) { return find_card(deck, c.deck.cards[static_cast<std::size_t>(card)].id); };
    std::vector<bool> placed(deck.cards.size(), false);
    auto put = [&](int card, int lane) {
        int b = board_card(card);
        if (b < 0 || placed[static_cast<std::size_t>(b)])
            return;
        placed[static_cast<std::size_t>(b)] = true;
        if (lane != kPile && is_full(board.lanes[static_cast<std::size_t>(lane)]))
            lane = board.lanes[static_cast<std::size_t>(lane)].ranked ? next_with_room(board, lane) : kPile;
        cards_in(board, lane).push_back(b);
    };
    for (int card : c.all.borda_order) {
        const CardConsensus& figures = c.all.cards[static_cast<std::size_t>(card)];
        if (round.shape.form == BallotForm::Lanes) {
            put(card, majority_lane(board, figures));
            continue;
        }
        bool ranked_by_someone = false;
        for (const CouncilBoard& p : c.councils)
            ranked_by_someone = ranked_by_someone || !p.board.lanes[static_cast<std::size_t>(card)].empty();
        put(card, ranked_by_someone ? next_with_room(board, board.lanes.empty() ? kPile : 0) : kPile);
    }
    for (std::size_t b = 0; b < deck.cards.size(); ++b)  // a card the round's deck lacks keeps to the pile
        if (!placed[b])
            board.pile.push_back(static_cast<int>(b));
    return board;
}

Batch moves_to(const Deck& deck, const Board& from, const Board& to)
{
    Batch batch;
    if (from == to)
        return batch;
    int pile = static_cast<int>(from.pile.size());
    for (const Lane& lane : from.lanes)
        for (int card : lane.cards) batch.edits.push_back(Move{deck.cards[static_cast<std::size_t>(card)].id, "", pile++});
    // Now every card is on the pile: take each to its place, lanes first.
    for (const Lane& lane : to.lanes)
        for (std::size_t i = 0; i < lane.cards.size(); ++i)
            batch.edits.push_back(Move{deck.cards[static_cast<std::size_t>(lane.cards[i])].id, lane.id, static_cast<int>(i)});
    for (std::size_t i = 0; i < to.pile.size(); ++i)
        batch.edits.push_back(Move{deck.cards[static_cast<std::size_t>(to.pile[i])].id, "", static_cast<int>(i)});
    return batch;
}

}  // namespace prio
