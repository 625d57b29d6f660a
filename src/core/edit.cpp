#include "core/edit.h"

#include <algorithm>

namespace prio {
namespace {

Applied refuse(Refusal why) { return Applied{why, {}}; }
Applied done(Edit inverse) { return Applied{Refusal::None, std::move(inverse)}; }

const std::string& lane_id(const Board& board, int lane)
{
    static const std::string pile_id;
    return lane == kPile ? pile_id : board.lanes[static_cast<std::size_t>(lane)].id;
}

Applied apply_move(const Deck& deck, Board& board, const Move& m)
{
    int card = find_card(deck, m.card);
    if (card < 0)
        return refuse(Refusal::UnknownCard);
    int to = find_lane(board, m.lane);
    if (to == kNoLane)
        return refuse(Refusal::UnknownLane);
    Place from = locate(board, card);
    if (from.index < 0)
        return refuse(Refusal::UnknownCard);

    int size_after_removal = static_cast<int>(cards_in(board, to).size()) - (from.lane == to ? 1 : 0);
    if (m.index < 0 || m.index > size_after_removal)
        return refuse(Refusal::BadIndex);
    if (from.lane == to && from.index == m.index)
        return refuse(Refusal::NoChange);
    if (to != kPile && from.lane != to && is_full(board.lanes[static_cast<std::size_t>(to)]))
        return refuse(Refusal::LaneFull);

    std::vector<int>& source = cards_in(board, from.lane);
    source.erase(source.begin() + from.index);
    std::vector<int>& target = cards_in(board, to);
    target.insert(target.begin() + m.index, card);
    return done(Move{m.card, lane_id(board, from.lane), from.index});
}

Applied apply_note(const Deck& deck, Board& board, const SetNote& n)
{
    int card = find_card(deck, n.card);
    if (card < 0 || static_cast<std::size_t>(card) >= board.notes.size())
        return refuse(Refusal::UnknownCard);
    std::string& note = board.notes[static_cast<std::size_t>(card)];
    if (note == n.text)
        return refuse(Refusal::NoChange);
    SetNote inverse{n.card, note};
    note = n.text;
    return done(std::move(inverse));
}

Applied apply_add_lane(const Deck& deck, Board& board, const AddLane& a)
{
    if (a.lane.empty() || find_lane(board, a.lane) != kNoLane)
        return refuse(Refusal::DuplicateLane);
    if (board.lanes.size() >= kMaxLanes)
        return refuse(Refusal::TooManyLanes);
    if (a.index < 0 || a.index > static_cast<int>(board.lanes.size()))
        return refuse(Refusal::BadIndex);
    if (a.capacity < 0 || (a.capacity > 0 && static_cast<int>(a.cards.size()) > a.capacity))
        return refuse(Refusal::BadValue);

    Lane lane{a.lane, a.title, a.capacity, a.ranked, {}};
    std::vector<int> pile = board.pile;
    for (const std::string& id : a.cards) {
        int card = find_card(deck, id);
        auto at = std::find(pile.begin(), pile.end(), card);
        if (card < 0 || at == pile.end())
            return refuse(Refusal::UnknownCard);
        pile.erase(at);
        lane.cards.push_back(card);
    }
    board.pile = std::move(pile);
    board.lanes.insert(board.lanes.begin() + a.index, std::move(lane));
    return done(RemoveLane{a.lane});
}

Applied apply_remove_lane(const Deck& deck, Board& board, const RemoveLane& r)
{
    int l = find_lane(board, r.lane);
    if (l < 0)
        return refuse(Refusal::UnknownLane);
    Lane lane = board.lanes[static_cast<std::size_t>(l)];
    AddLane inverse{lane.id, lane.title, l, lane.capacity, lane.ranked, {}};
    for (int card : lane.cards) {
        inverse.cards.push_back(deck.cards[static_cast<std::size_t>(card)].id);
        board.pile.push_back(card);
    }
    board.lanes.erase(board.lanes.begin() + l);
    return done(std::move(inverse));
}

Applied apply_rename(Board& board, const RenameLane& r)
{
    int l = find_lane(board, r.lane);
    if (l < 0)
        return refuse(Refusal::UnknownLane);
    if (r.title.empty())
        return refuse(Refusal::BadValue);
    std::string& title = board.lanes[static_cast<std::size_t>(l)].title;
    if (title == r.title)
        return refuse(Refusal::NoChange);
    RenameLane inverse{r.lane, title};
    title = r.title;
    return done(std::move(inverse));
}

Applied apply_move_lane(Board& board, const MoveLane& m)
{
    int l = find_lane(board, m.lane);
    if (l < 0)
        return refuse(Refusal::UnknownLane);
    if (m.index < 0 || m.index >= static_cast<int>(board.lanes.size()))
        return refuse(Refusal::BadIndex);
    if (m.index == l)
        return refuse(Refusal::NoChange);
    Lane lane = std::move(board.lanes[static_cast<std::size_t>(l)]);
    board.lanes.erase(board.lanes.begin() + l);
    board.lanes.insert(board.lanes.begin() + m.index, std::move(lane));
    return done(MoveLane{m.lane, l});
}

Applied apply_capacity(Board& board, const SetCapacity& c)
{
    int l = find_lane(board, c.lane);
    if (l < 0)
        return refuse(Refusal::UnknownLane);
    if (c.capacity < 0)
        return refuse(Refusal::BadValue);
    Lane& lane = board.lanes[static_cast<std::size_t>(l)];
    if (c.capacity > 0 && c.capacity < static_cast<int>(lane.cards.size()))
        return refuse(Refusal::CapacityBelowCount);
    if (lane.capacity == c.capacity)
        return refuse(Refusal::NoChange);
    SetCapacity inverse{c.lane, lane.capacity};
    lane.capacity = c.capacity;
    return done(std::move(inverse));
}

}  // namespace

Applied apply(const Deck& deck, Board& board, const Edit& edit)
{
    if (const auto* e = std::get_if<Move>(&edit))
        return apply_move(deck, board, *e);
    if (const auto* e = std::get_if<SetNote>(&edit))
        return apply_note(deck, board, *e);
    if (const auto* e = std::get_if<AddLane>(&edit))
        return apply_add_lane(deck, board, *e);
    if (const auto* e = std::get_if<RemoveLane>(&edit))
        return apply_remove_lane(deck, board, *e);
    if (const auto* e = std::get_if<RenameLane>(&edit))
        return apply_rename(board, *e);
    if (const auto* e = std::get_if<MoveLane>(&edit))
        return apply_move_lane(board, *e);
    return apply_capacity(board, std::get<SetCapacity>(edit));
}

}  // namespace prio
