#include "io/session/session_deck.h"

#include <algorithm>

#include "io/files/atomic_file.h"
#include "io/deck/bundled.h"
#include "io/deck/deck_yaml.h"
#include "io/files/sha256.h"

namespace prio {
namespace {

constexpr std::string_view kBundledPrefix = "bundled:";

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
            out.diagnostics.push_back({Severity::Error, where, 0, 0, phrase("fmt.diag.no_bundled_deck", {{"language", std::string(language)}})});
            return out;
        }
    } else {
        // The deck reader refuses files over its own limit with its own
        // message; this limit only keeps an absurd file out of memory.
        ReadResult read = read_file(where, std::size_t(64) << 20);
        if (!read.bytes) {
            out.missing = read.failure.fault == Fault::Missing;
            out.diagnostics.push_back({Severity::Error, where, 0, 0, cannot_read(read.failure)});
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

}  // namespace prio
