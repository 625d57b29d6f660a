#include "io/export/export_language.h"

#include <optional>

#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"

namespace prio {
namespace {

// The bundled deck in `language` when it is the session's deck in another
// language: the same deck id and every card's code.
std::optional<Deck> translation(const Session& session, const std::string& language)
{
    if (session.deck.language == language)
        return session.deck;
    for (const BundledDeck& b : bundled_decks()) {
        if (b.language != language)
            continue;
        DeckLoad load = parse_deck(b.text, std::string(b.name));
        if (!load.deck || load.deck->id != session.deck.id)
            return std::nullopt;
        for (const Card& card : session.deck.cards)
            if (find_card(*load.deck, card.id) < 0)
                return std::nullopt;
        return load.deck;
    }
    return std::nullopt;
}

}  // namespace

bool deck_has_language(const Session& session, const std::string& language)
{
    return translation(session, language).has_value();
}

Session session_in_language(const Session& session, const std::string& language)
{
    Session out = session;
    out.language = language;
    std::optional<Deck> other = translation(session, language);
    if (!other || session.deck.language == language)
        return out;
    for (Card& card : out.deck.cards) {
        const Card& text = other->cards[static_cast<std::size_t>(find_card(*other, card.id))];
        card.title = text.title;
        card.summary = text.summary;
        card.body = text.body;
        card.source = text.source;
    }
    for (Theme& theme : out.deck.themes)
        if (const Theme* t = find_theme(*other, theme.id))
            theme.title = t->title;
    out.deck.title = other->title;
    out.deck.language = language;
    return out;
}

}  // namespace prio
