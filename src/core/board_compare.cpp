#include "core/board_compare.h"

namespace prio {
namespace {

// Where `card_id` lies in `s`: lane id ("" for the pile), the place shown,
// and false when the deck lacks the card.
struct Where {
    bool found = false;
    std::string lane;
    std::string shown;
};

Where where_is(const Session& s, const std::string& card_id, const std::string& pile_name)
{
    const int card = find_card(s.deck, card_id);
    if (card < 0)
        return {};
    for (const Lane& lane : s.board.lanes)
        for (std::size_t i = 0; i < lane.cards.size(); ++i)
            if (lane.cards[i] == card)
                return {true, lane.id, lane.ranked ? lane.title + ", " + std::to_string(i + 1) : lane.title};
    return {true, "", pile_name};
}

PlaceRow row(const Session& ours, const Session& theirs, const std::string& card_id, const std::string& title,
             const std::string& pile_name)
{
    const Where a = where_is(ours, card_id, pile_name), b = where_is(theirs, card_id, pile_name);
    return {card_id, title, a.shown, b.shown, a.found != b.found || a.lane != b.lane || a.shown != b.shown};
}

}  // namespace

BoardComparison compare_boards(const Session& ours, const Session& theirs, const std::string& pile_name)
{
    BoardComparison out;
    auto add_lane = [&](const std::string& name, const std::vector<int>& cards) {
        LaneRows lane{name, {}};
        for (int card : cards) {
            const Card& c = ours.deck.cards[static_cast<std::size_t>(card)];
            lane.rows.push_back(row(ours, theirs, c.id, c.title, pile_name));
        }
        out.lanes.push_back(std::move(lane));
    };
    for (const Lane& lane : ours.board.lanes)
        add_lane(lane.title, lane.cards);
    add_lane(pile_name, ours.board.pile);
    LaneRows only_theirs{"", {}};
    for (const Card& c : theirs.deck.cards)
        if (find_card(ours.deck, c.id) < 0)
            only_theirs.rows.push_back(row(ours, theirs, c.id, c.title, pile_name));
    if (!only_theirs.rows.empty())
        out.lanes.push_back(std::move(only_theirs));
    for (const LaneRows& lane : out.lanes)
        for (const PlaceRow& r : lane.rows)
            out.differences += r.differs;
    return out;
}

}  // namespace prio
