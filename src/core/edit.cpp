#include "core/edit.h"

#include <algorithm>

#include "core/visit.h"

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

Applied apply_edit(const Deck& deck, Board& board, const Edit& edit);

Applied apply_batch(const Deck& deck, Board& board, const Batch& batch)
{
    Board trial = board;
    Batch inverse;
    bool changed = false;
    for (const Edit& edit : batch.edits) {
        if (std::holds_alternative<Batch>(edit))
            return refuse(Refusal::BadValue);
        Applied applied = apply_edit(deck, trial, edit);
        // An edit that changes nothing is its own inverse, so that the
        // inverse pairs with the batch edit for edit.
        if (applied.refusal == Refusal::NoChange) {
            inverse.edits.push_back(edit);
            continue;
        }
        if (applied.refusal != Refusal::None)
            return applied;
        changed = true;
        inverse.edits.push_back(std::move(applied.inverse));
    }
    if (!changed)
        return refuse(Refusal::NoChange);
    std::reverse(inverse.edits.begin(), inverse.edits.end());
    board = std::move(trial);
    return done(std::move(inverse));
}

Applied apply_edit(const Deck& deck, Board& board, const Edit& edit)
{
    return std::visit(overloaded{
        [&](const Move& e) { return apply_move(deck, board, e); },
        [&](const SetNote& e) { return apply_note(deck, board, e); },
        [&](const AddLane& e) { return apply_add_lane(deck, board, e); },
        [&](const RemoveLane& e) { return apply_remove_lane(deck, board, e); },
        [&](const RenameLane& e) { return apply_rename(board, e); },
        [&](const MoveLane& e) { return apply_move_lane(board, e); },
        [&](const SetCapacity& e) { return apply_capacity(board, e); },
        [&](const AddAction& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const RemoveAction& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const SetAction& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const SetPlanPeriod& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const AddVersion& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const DropVersion& e) { return apply_plan_edit(deck, board.plan, e); },
        [&](const Batch& e) { return apply_batch(deck, board, e); },
    }, edit);
}

}  // namespace

// Checked after every edit, not only in debug builds: an edit is one user
// action, and a board that lost a card would be autosaved and not open again.
Applied apply(const Deck& deck, Board& board, const Edit& edit)
{
    Board before = board;
    Applied applied = apply_edit(deck, board, edit);
    if (applied.refusal == Refusal::None && !check_board(deck, board).empty()) {
        board = std::move(before);
        return refuse(Refusal::Broken);
    }
    return applied;
}

std::string check_board(const Deck& deck, const Board& board)
{
    const std::size_t n = deck.cards.size();
    std::vector<int> seen(n, 0);
    auto count = [&](const std::vector<int>& cards, const std::string& where) -> std::string {
        for (int card : cards) {
            if (card < 0 || static_cast<std::size_t>(card) >= n)
                return "card index " + std::to_string(card) + " in " + where + " is not in the deck";
            if (++seen[static_cast<std::size_t>(card)] > 1)
                return "card " + deck.cards[static_cast<std::size_t>(card)].id + " lies twice (again in " + where + ")";
        }
        return {};
    };
    if (std::string wrong = count(board.pile, "the pile"); !wrong.empty())
        return wrong;
    for (std::size_t l = 0; l < board.lanes.size(); ++l) {
        const Lane& lane = board.lanes[l];
        if (lane.id.empty())
            return "lane " + std::to_string(l + 1) + " has no id";
        for (std::size_t other = 0; other < l; ++other)
            if (board.lanes[other].id == lane.id)
                return "lane id " + lane.id + " is used twice";
        if (lane.capacity < 0 || (lane.capacity > 0 && static_cast<int>(lane.cards.size()) > lane.capacity))
            return "lane " + lane.id + " holds " + std::to_string(lane.cards.size()) + " cards, its capacity is " + std::to_string(lane.capacity);
        if (std::string wrong = count(lane.cards, "lane " + lane.id); !wrong.empty())
            return wrong;
    }
    for (std::size_t c = 0; c < n; ++c)
        if (seen[c] == 0)
            return "card " + deck.cards[c].id + " lies nowhere";
    if (board.notes.size() != n)
        return std::to_string(board.notes.size()) + " notes for " + std::to_string(n) + " cards";
    return {};
}

}  // namespace prio
