#include "io/session/session_deck.h"

#include <algorithm>
#include <cerrno>

#include "io/files/atomic_file.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "io/files/sha256.h"

namespace prio {
namespace {

constexpr std::string_view kBundledPrefix = "bundled:";

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

std::string bundled_source(std::string_view language)
{
    return std::string(kBundledPrefix) + std::string(language);
}

bool is_bundled_source(std::string_view where)
{
    return where.substr(0, kBundledPrefix.size()) == kBundledPrefix;
}

DeckSource read_deck_source(const std::string& where)
{
    DeckSource out;
    std::string bytes;
    std::string name = where;
    if (is_bundled_source(where)) {
        std::string_view language = std::string_view(where).substr(kBundledPrefix.size());
        bool found = false;
        for (const BundledDeck& deck : bundled_decks())
            if (deck.language == language) {
                bytes = std::string(deck.text);
                name = std::string(deck.name);
                found = true;
            }
        if (!found) {
            out.missing = true;
            out.diagnostics.push_back({Severity::Error, where, 0, 0, "this version of Prioriteer has no bundled deck in '" + std::string(language) + "'"});
            return out;
        }
    } else {
        // The deck reader refuses files over its own limit with its own
        // message; this limit only keeps an absurd file out of memory.
        ReadResult read = read_file(where, std::size_t(64) << 20);
        if (!read.bytes) {
            out.missing = read.error_number == ENOENT;
            out.diagnostics.push_back({Severity::Error, where, 0, 0, "cannot read the file: " + read.reason});
            return out;
        }
        bytes = std::move(*read.bytes);
    }
    out.hash = sha256_hex(bytes);
    DeckLoad load = parse_deck(bytes, name);
    out.deck = std::move(load.deck);
    out.diagnostics = std::move(load.diagnostics);
    return out;
}

SessionStart start_session(const std::string& where)
{
    SessionStart out;
    DeckSource source = read_deck_source(where);
    out.diagnostics = std::move(source.diagnostics);
    if (!source.deck)
        return out;
    Session session = make_session(std::move(*source.deck));
    session.deck_path = where;
    session.deck_hash = source.hash;
    out.session = std::move(session);
    return out;
}

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

DeckCheck check_session_deck(const Session& session)
{
    DeckCheck out;
    if (session.deck_path.empty())
        return out;
    DeckSource source = read_deck_source(session.deck_path);
    out.hash = source.hash;
    out.diagnostics = std::move(source.diagnostics);
    if (source.missing) {
        out.status = DeckStatus::Missing;
        return out;
    }
    if (!source.deck) {
        out.status = DeckStatus::Unreadable;
        return out;
    }
    out.deck = std::move(source.deck);
    if (!session.deck_hash.empty() && source.hash == session.deck_hash && session.retired.empty()) {
        out.status = DeckStatus::Same;
        return out;
    }
    out.diff = compare_decks(session.deck, session.retired, *out.deck);
    out.status = out.diff.empty() ? DeckStatus::Same : DeckStatus::Changed;
    return out;
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
