// Rounds of individual rankings: their ballots, on this screen or from paper.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"fmt.paper.unknown", "regel {line}: {code} is geen kaart van deze set", "line {line}: {code} is not a card of this deck"},
    {"fmt.paper.duplicate", "regel {line}: {code} staat er al (regel {first})", "line {line}: {code} is there already (line {first})"},
    {"fmt.paper.missing", "{code} ontbreekt: een volledige rangschikking noemt elke kaart",
     "{code} is missing: a full ranking names every card"},
    {"fmt.paper.too_few", "{given} kaarten genoemd: de top {limit} noemt er {limit}", "{given} cards named: the top {limit} names {limit}"},
    {"fmt.paper.too_many", "regel {line}: {code} is er een te veel: de top {limit} noemt er {limit}",
     "line {line}: {code} is one too many: the top {limit} names {limit}"},
    {"fmt.paper.over_capacity", "regel {line}: {code} past niet meer in baan {lane}, die {limit} kaarten houdt",
     "line {line}: {code} does not fit in lane {lane}, which holds {limit} cards"},
    {"fmt.paper.too_many_lanes", "regel {line}: {code} staat in baan {lane}, maar het bord heeft {limit} banen",
     "line {line}: {code} is in lane {lane}, but the board has {limit} lanes"},
};

}  // namespace

std::span<const TextEntry> round_texts() { return kTable; }

}  // namespace prio
