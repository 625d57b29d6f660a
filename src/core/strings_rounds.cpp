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
    {"menu.round", "Ronde", "Round"},
    {"menu.round_new", "Nieuwe ronde\u2026", "New round\u2026"},
    {"menu.round_paper", "Stem van papier invoeren\u2026", "Enter a paper ballot\u2026"},
    {"menu.round_close", "Ronde sluiten", "Close the round"},
    {"menu.round_reveal", "Resultaten onthullen", "Reveal the results"},
    {"round.refused.open", "Er loopt al een ronde: sluit die eerst.", "A round is open already: close it first."},
    {"round.refused.none", "Er loopt geen ronde: begin er een met Ronde \u203a Nieuwe ronde.",
     "No round is open: begin one with Round \u203a New round."},
    {"round.refused.nothing", "Er is geen ronde om te onthullen.", "There is no round to reveal."},
    {"round.lane.ranking", "gerangschikt", "ranked"},
    {"menu.round_apply", "Op het bord toepassen", "Apply to the board"},
    {"round.apply.same", "Het bord ligt al zoals de ronde het zegt.", "The board is as the round says already."},
    {"fmt.round.window.title", "Ronde {number}: {count} deelnemers \u2014 {question}", "Round {number}: {count} participants \u2014 {question}"},
    {"round.new_title", "Nieuwe ronde", "New round"},
    {"round.new_intro",
     "Iedereen rangschikt eerst alleen: op dit scherm, van papier of met de telefoon. Niemand ziet een stem van een ander "
     "tot u de resultaten onthult.",
     "Everyone ranks alone first: on this screen, from paper or by phone. Nobody sees another's ballot until you reveal the results."},
    {"round.question", "Vraag", "Question"},
    {"round.form", "Elke deelnemer geeft", "Each participant gives"},
    {"round.form.full", "een volledige rangschikking", "a full ranking"},
    {"round.form.top", "een top", "a top"},
    {"round.form.lanes", "de kaarten in de banen van het bord", "the cards in the board's lanes"},
    {"round.anonymous", "Anoniem: geen namen, nergens", "Anonymous: no names, anywhere"},
    {"round.begin", "Begin de ronde", "Begin the round"},
    {"fmt.round.paper_title", "Stem van papier \u2014 ronde {number}", "Paper ballot \u2014 round {number}"},
    {"round.paper.full", "Typ de codes van alle kaarten in volgorde, de belangrijkste eerst.",
     "Type the codes of all cards in order, the most important first."},
    {"fmt.round.paper.top", "Typ de codes van de eerste {top} kaarten in volgorde, de belangrijkste eerst.",
     "Type the codes of the first {top} cards in order, the most important first."},
    {"fmt.round.paper.lanes", "Typ de codes baan per baan; | of Shift+Enter begint de volgende baan. Banen: {lanes}.",
     "Type the codes lane by lane; | or Shift+Enter begins the next lane. Lanes: {lanes}."},
    {"round.voter", "Naam", "Name"},
    {"round.paper.codes", "Codes (Enter voegt de stem toe)", "Codes (Enter adds the ballot)"},
    {"fmt.round.paper.more", "en nog {count} problemen", "and {count} more problems"},
    {"fmt.round.paper.missing", "Nog {count} kaarten te noemen: {codes}", "{count} cards still to name: {codes}"},
    {"fmt.round.paper.added", "Stem {number} toegevoegd.", "Ballot {number} added."},
    {"fmt.round.ballots", "{count} stemmen in deze ronde", "{count} ballots in this round"},
    {"round.paper.add", "Stem toevoegen", "Add the ballot"},
    {"round.paper.done", "Klaar", "Done"},
    {"fmt.round.status.open", "Ronde {number}: {count} stemmen", "Round {number}: {count} ballots"},
    {"fmt.round.status.closed", "Ronde {number} gesloten: {count} stemmen, nog niet onthuld",
     "Round {number} closed: {count} ballots, not revealed yet"},
    {"ballot.closed", "De ronde is gesloten: ze neemt geen stemmen meer aan.", "The round is closed: it takes no more ballots."},
};

}  // namespace

std::span<const TextEntry> round_texts() { return kTable; }

}  // namespace prio
