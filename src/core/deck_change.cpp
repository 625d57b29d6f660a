#include "core/deck_change.h"

#include <algorithm>
#include <string_view>

namespace prio {
namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string> differing_fields(const Card& a, const Card& b)
{
    std::vector<std::string> fields;
    if (a.title != b.title)
        fields.push_back("title");
    if (a.theme != b.theme)
        fields.push_back("theme");
    if (a.summary != b.summary)
        fields.push_back("summary");
    if (a.body != b.body)
        fields.push_back("body");
    if (a.source != b.source)
        fields.push_back("source");
    if (a.source_file != b.source_file)
        fields.push_back("source_file");
    return fields;
}

// The copy's themes without those only kept for retired cards.
std::vector<Theme> themes_in_use(const Deck& copy, const std::vector<std::string>& retired, const Deck& now)
{
    std::vector<Theme> out;
    for (const Theme& theme : copy.themes) {
        bool used = find_theme(now, theme.id) != nullptr;
        for (const Card& card : copy.cards)
            used = used || (card.theme == theme.id && !contains(retired, card.id));
        if (used)
            out.push_back(theme);
    }
    return out;
}

}  // namespace

bool DeckDiff::empty() const
{
    return added.empty() && removed.empty() && returned.empty() && changed.empty() && !details_changed && !themes_changed &&
           !lanes_changed;
}

DeckDiff compare_decks(const Deck& copy, const std::vector<std::string>& retired, const Deck& now)
{
    DeckDiff diff;
    for (const Card& card : now.cards) {
        int old = find_card(copy, card.id);
        if (old < 0) {
            diff.added.push_back(card.id);
            continue;
        }
        const Card& before = copy.cards[static_cast<std::size_t>(old)];
        if (contains(retired, card.id))
            diff.returned.push_back(card.id);
        std::vector<std::string> fields = differing_fields(before, card);
        if (!fields.empty())
            diff.changed.push_back({card.id, before.title, card.title, std::move(fields)});
    }
    for (const Card& card : copy.cards)
        if (find_card(now, card.id) < 0 && !contains(retired, card.id))
            diff.removed.push_back(card.id);
    diff.details_changed = copy.id != now.id || copy.title != now.title || copy.language != now.language ||
                           copy.version != now.version || copy.description != now.description;
    diff.themes_changed = themes_in_use(copy, retired, now) != now.themes;
    diff.lanes_changed = copy.lanes != now.lanes;
    return diff;
}

DeckSwitch switch_deck(Session& session, const Deck& deck, const std::string& path, const std::string& hash)
{
    DeckSwitch result;
    const Deck& old = session.deck;
    Deck next = deck;
    for (const Card& card : old.cards) {
        if (find_card(next, card.id) >= 0)
            continue;
        if (!find_theme(next, card.theme))
            if (const Theme* theme = find_theme(old, card.theme))
                next.themes.push_back(*theme);
        next.cards.push_back(card);
        result.retired.push_back(card.id);
    }

    auto remap = [&](const std::vector<int>& cards) {
        std::vector<int> out;
        for (int card : cards)
            out.push_back(find_card(next, old.cards[static_cast<std::size_t>(card)].id));
        return out;
    };
    Board board;
    for (const Lane& lane : session.board.lanes) {
        board.lanes.push_back(lane);
        board.lanes.back().cards = remap(lane.cards);
    }
    board.pile = remap(session.board.pile);
    for (std::size_t i = 0; i < next.cards.size(); ++i)
        if (find_card(old, next.cards[i].id) < 0) {
            board.pile.push_back(static_cast<int>(i));
            result.added.push_back(next.cards[i].id);
        }
    board.plan = session.board.plan;  // by card ids, which a newer deck keeps (retired cards stay)
    board.notes.resize(next.cards.size());
    for (std::size_t i = 0; i < old.cards.size() && i < session.board.notes.size(); ++i)
        board.notes[static_cast<std::size_t>(find_card(next, old.cards[i].id))] = session.board.notes[i];

    session.deck = std::move(next);
    session.board = std::move(board);
    session.retired = result.retired;
    session.deck_path = path;
    session.deck_hash = hash;
    touch(session);
    return result;
}

}  // namespace prio
