#include "net/offer.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/colour.h"
#include "core/strings.h"

namespace prio {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxGroups = 50;
constexpr std::size_t kMaxCodes = 500;
constexpr std::size_t kMaxCodeBytes = 64;
constexpr std::size_t kMaxNameBytes = 80;

}  // namespace

bool is_phone_id(const std::string& id)
{
    if (id.size() < 16 || id.size() > 64)
        return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

namespace {

std::string hex(Colour c)
{
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", c.r, c.g, c.b);
    return text;
}

const char* form_name(BallotForm form)
{
    switch (form) {
    case BallotForm::Full: return "full";
    case BallotForm::Top: return "top";
    case BallotForm::Lanes: return "lanes";
    }
    return "full";
}

}  // namespace

std::string parse_phone_ballot(const std::string& body, bool anonymous, std::string_view language, PhoneBallot& out)
{
    auto bad = [&](const char* key) { return std::string(tr(key, language)); };
    // Not a parse that guesses: invalid UTF-8, trailing bytes, comments all fail.
    json doc = json::parse(body, nullptr, false, false);
    if (doc.is_discarded() || !doc.is_object())
        return bad("phone.error.json");
    for (const auto& [key, value] : doc.items())
        if (key != "phone" && key != "groups" && key != "name")
            return bad("phone.error.json");
    if (!doc.contains("phone") || !doc["phone"].is_string() || !is_phone_id(doc["phone"].get<std::string>()))
        return bad("phone.error.phone");
    if (!doc.contains("groups") || !doc["groups"].is_array() || doc["groups"].size() > kMaxGroups)
        return bad("phone.error.json");
    PhoneBallot ballot;
    ballot.phone = doc["phone"].get<std::string>();
    for (const json& group : doc["groups"]) {
        if (!group.is_array() || group.size() > kMaxCodes)
            return bad("phone.error.json");
        ballot.groups.emplace_back();
        for (const json& code : group) {
            if (!code.is_string() || code.get_ref<const std::string&>().size() > kMaxCodeBytes)
                return bad("phone.error.json");
            ballot.groups.back().push_back(code.get<std::string>());
        }
    }
    if (doc.contains("name") && !doc["name"].is_string())
        return bad("phone.error.json");
    if (!anonymous) {
        std::string name = doc.value("name", std::string());
        if (name.empty() || name.size() > kMaxNameBytes)
            return bad("phone.error.name");
        ballot.name = std::move(name);
    }
    out = std::move(ballot);
    return {};
}

std::string offer_json(const RoundOffer& offer, bool open)
{
    json cards = json::array();
    for (const Card& card : offer.deck.cards) {
        const Theme* theme = find_theme(offer.deck, card.theme);
        Colour colour = theme ? theme->colour : Colour{0x80, 0x80, 0x80};
        cards.push_back({{"code", card.id}, {"title", card.title}, {"summary", card.summary},
                         {"colour", hex(colour)}, {"text", hex(text_colour_on(colour))},
                         {"theme", theme ? theme->title : std::string()}});
    }
    json lanes = json::array();
    for (const LaneSpec& lane : offer.shape.lanes)
        lanes.push_back({{"title", lane.title}, {"capacity", lane.capacity}});
    json texts = json::object();
    for (std::string_view key : text_keys())
        if (key.substr(0, 5) == "page.")
            texts[std::string(key.substr(5))] = std::string(tr(key, offer.language));
    json doc = {{"language", offer.language}, {"question", offer.question}, {"form", form_name(offer.shape.form)},
                {"top", offer.shape.top}, {"lanes", lanes}, {"anonymous", offer.anonymous}, {"open", open},
                {"cards", cards}, {"texts", texts}};
    // Replaces invalid UTF-8 rather than throwing: deck text was checked on reading.
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_json(const std::string& message)
{
    return json{{"error", message}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace prio
