#pragma once
// What a round with phones offers: a copy of the deck and the round's form,
// taken on the UI thread when the server starts. The server thread reads
// only this copy, never the session.
#include <string>

#include "core/ballot.h"
#include "core/deck.h"

namespace prio {

struct RoundOffer {
    Deck deck;
    BallotShape shape;
    bool anonymous = true;
    std::string language;  // of the page: the session's
    std::string question;
};

// A phone's ballot as its JSON body says: {"phone": "<16-64 hex>",
// "groups": [["K1", "K2"], ...], "name": "..."}; "name" is read only in a
// round that is not anonymous, where it is required.
struct PhoneBallot {
    std::string phone;
    BallotGroups groups;
    std::string name;
};

// A phone's id as the page makes it: 16 to 64 lower-case hex digits.
bool is_phone_id(const std::string& id);

// Strict: an object with exactly those keys and types, at most 50 groups of
// at most 500 codes each of at most 64 bytes; a name of 1 to 80 bytes.
// The error in words ("" when it parsed), in `language`.
std::string parse_phone_ballot(const std::string& body, bool anonymous, std::string_view language, PhoneBallot& out);

// The page's deck.json: the cards in the round's language, the form, the
// question, anonymity, and the page's texts.
std::string offer_json(const RoundOffer& offer, bool open);

// {"error": message}
std::string error_json(const std::string& message);

}  // namespace prio
