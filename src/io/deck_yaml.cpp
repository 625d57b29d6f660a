#include "io/deck_yaml.h"

#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

// First version: reads well-formed decks. Full validation comes with the
// checker in this same file.
namespace prio {
namespace {

std::string text(const YAML::Node& map, const char* key)
{
    YAML::Node n = map[key];
    return n && n.IsScalar() ? n.as<std::string>() : std::string();
}

Colour parse_colour(const std::string& s)
{
    Colour c;
    if (s.size() == 7 && s[0] == '#') {
        unsigned v = static_cast<unsigned>(std::stoul(s.substr(1), nullptr, 16));
        c.r = static_cast<std::uint8_t>(v >> 16);
        c.g = static_cast<std::uint8_t>(v >> 8);
        c.b = static_cast<std::uint8_t>(v);
    }
    return c;
}

}  // namespace

DeckLoad parse_deck(std::string_view source, const std::string& path)
{
    DeckLoad out;
    try {
        YAML::Node root = YAML::Load(std::string(source));
        Deck deck;
        YAML::Node head = root["deck"];
        deck.id = text(head, "id");
        deck.title = text(head, "title");
        deck.language = text(head, "language");
        deck.version = text(head, "version");
        deck.description = text(head, "description");
        for (const YAML::Node& t : root["themes"])
            deck.themes.push_back({text(t, "id"), text(t, "title"), parse_colour(text(t, "colour"))});
        for (const YAML::Node& l : root["lanes"]) {
            LaneSpec lane{text(l, "id"), text(l, "title"), 0, true};
            if (l["capacity"])
                lane.capacity = l["capacity"].as<int>();
            if (l["ranked"])
                lane.ranked = l["ranked"].as<bool>();
            deck.lanes.push_back(lane);
        }
        for (const YAML::Node& c : root["cards"])
            deck.cards.push_back({text(c, "id"), text(c, "title"), text(c, "theme"), text(c, "summary"), text(c, "body"), text(c, "source")});
        out.deck = std::move(deck);
    } catch (const YAML::Exception& e) {
        out.diagnostics.push_back({Severity::Error, path, e.mark.line + 1, e.mark.column + 1, e.msg});
    }
    return out;
}

DeckLoad load_deck_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        DeckLoad out;
        out.diagnostics.push_back({Severity::Error, path, 0, 0, "cannot open the file"});
        return out;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_deck(buffer.str(), path);
}

}  // namespace prio
