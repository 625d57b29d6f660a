#pragma once
// Checks that the deck reader and the session reader's deck copy share. The
// two readers keep their own rules otherwise (a deck file is strict about ids,
// language codes and empty text; a session's copy is read back verbatim), so
// only what is the same in both lives here.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/deck.h"
#include "io/files/diagnostic.h"
#include "io/yaml/yaml_tree.h"

namespace prio {

// 'text', as messages quote names and ids.
std::string quoted(std::string_view s);

// How messages name a place, worded where they are shown:
// "title of card 'x'" (`key` is a field's name as written in the file).
Phrase field_of(std::string_view key, const Phrase& where);
// "card 3 of the deck copy": `what` of `where`.
Phrase part_of(const Phrase& what, const Phrase& where);
// "a card id in the pile".
Phrase card_id_in(const Phrase& where);
// "theme", "lane", "card" (and a session's "round" and "ballot") for those
// nouns as the file's keys spell them.
Phrase noun_phrase(std::string_view noun);
// "card 3" (by its number in the list) and "card 'x'" (by its id).
Phrase numbered(std::string_view noun, int number);
Phrase named(std::string_view noun, std::string_view id);

// "#RRGGBB" with hexadecimal digits in either case, or nullopt.
std::optional<Colour> parse_colour(std::string_view s);

// Reports `id` (read from `map`'s "id") when `seen` already holds it, with
// the line of its first use; remembers it otherwise.
void check_unique_id(yaml::Reader& r, const yaml::Node& map, const std::string& id,
                     std::unordered_map<std::string, int>& seen, const char* noun);

// The optional `capacity` (0 to max_capacity) and `ranked` of a lane.
void read_lane_options(yaml::Reader& r, const yaml::Node& map, const Phrase& where, long long max_capacity,
                       int& capacity, bool& ranked);
// A lane's optional default term for new actions ("1", "1-2": years of the
// plan), in a deck and in a session's copy of it.
void read_lane_term(yaml::Reader& r, const yaml::Node& map, const Phrase& where, LaneTerm& term);

// What the window cannot draw as written, said once a deck: the first
// right-to-left text (ImGui draws letters left to right, unshaped) and the
// first character past U+FFFF (Debian's ImGui keeps 16-bit characters).
// Both are warnings: the exports, through Pango, show them right.
struct ScriptNotes {
    bool rtl_said = false;
    bool wide_said = false;
};
void note_unshaped_text(yaml::Reader& r, const yaml::Node& at, std::string_view text, const Phrase& what, ScriptNotes& notes);

// Problems in file order; those about the file as a whole (line 0) last;
// the first Reader::kMaxDiagnostics of them and one note for the rest.
void sort_in_file_order(std::vector<Diagnostic>& diagnostics);

}  // namespace prio
