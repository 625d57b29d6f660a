// Rounds of individual rankings: their ballots, on this screen or from paper.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"round.question.default", "Rangschik de principes", "Rank the principles"},
    {"fmt.round.participant", "Deelnemer {number}", "Participant {number}"},
    {"fmt.ballot.at_line", "regel {line}: ", "line {line}: "},
    {"fmt.ballot.unknown", "{code} is geen kaart van deze set", "{code} is not a card of this deck"},
    {"fmt.ballot.duplicate", "{code} staat er twee keer in", "{code} is there twice"},
    {"fmt.ballot.duplicate_at", "{code} staat er al (regel {first})", "{code} is there already (line {first})"},
    {"fmt.ballot.missing", "{code} ontbreekt: een volledige rangschikking noemt elke kaart",
     "{code} is missing: a full ranking names every card"},
    {"fmt.ballot.too_few", "{given} kaarten genoemd: de top {limit} noemt er {limit}", "{given} cards named: the top {limit} names {limit}"},
    {"fmt.ballot.too_many", "{code} is er een te veel: de top {limit} noemt er {limit}",
     "{code} is one too many: the top {limit} names {limit}"},
    {"fmt.ballot.over_capacity", "{code} past niet meer in baan {lane}, die {limit} kaarten houdt",
     "{code} does not fit in lane {lane}, which holds {limit} cards"},
    {"fmt.ballot.too_many_lanes", "{code} staat in baan {lane}, maar het bord heeft {limit} banen",
     "{code} is in lane {lane}, but the board has {limit} lanes"},
    {"fmt.export.log_rounds", "Daarnaast {count} stappen in {rounds} rondes: {list}.", "Besides, {count} steps in {rounds} rounds: {list}."},
    {"fmt.export.log_round", "ronde {number}, begonnen om {time}: {ballots} stemmen", "round {number}, begun at {time}: {ballots} ballots"},
    {"fmt.export.log_round_revealed", "ronde {number}, begonnen om {time}: {ballots} stemmen, onthuld om {revealed}",
     "round {number}, begun at {time}: {ballots} ballots, revealed at {revealed}"},
    {"ballot.closed", "De ronde is gesloten: ze neemt geen stemmen meer aan.", "The round is closed: it takes no more ballots."},
};

}  // namespace

std::span<const TextEntry> round_texts() { return kTable; }

}  // namespace prio
