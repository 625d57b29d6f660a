// Rounds in the exports: the round report, the masterplan's method and
// annex, and the convergence of a second round.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"convergence.different_deck", "De rondes gaan niet over dezelfde kaarten: ze zijn niet te vergelijken.",
     "The rounds are not over the same cards: they cannot be compared."},
    {"fmt.convergence.too_few", "Ronde {round} heeft {ballots} {ballots|stem|stemmen}: er zijn er minstens 2 nodig om te vergelijken.",
     "Round {round} has {ballots} {ballots|ballot|ballots}: comparing needs at least 2."},
    {"fmt.round_report.title", "Rondeverslag \u2014 ronde {number}", "Round report \u2014 round {number}"},
    {"fmt.round_report.file", "ronde-{number}", "round-{number}"},
    {"fmt.round_report.form.top", "een top {top}", "a top {top}"},
    {"round_report.field.form", "Elke deelnemer gaf", "Each participant gave"},
    {"round_report.field.anonymity", "Anonimiteit", "Anonymity"},
    {"round_report.anonymous", "anoniem: de stemmen dragen geen naam", "anonymous: the ballots carry no name"},
    {"round_report.named", "op naam", "named"},
    {"round_report.field.ballots", "Stemmen", "Ballots"},
    {"round_report.not_revealed", "Deze ronde is nog niet onthuld: er zijn nog geen resultaten.",
     "This round is not revealed yet: there are no results yet."},
    {"fmt.round_report.w", "Kendall\u2019s W = {w}: {words} ({ballots} stemmen, {cards} principes, p {p})",
     "Kendall\u2019s W = {w}: {words} ({ballots} ballots, {cards} principles, p {p})"},
    {"round_report.consensus_intro",
     "De principes in de volgorde van de deelnemers samen (Borda). IQR en SD zeggen hoe ver hun rangen uiteenliggen; "
     "de laatste kolom telt per baan de deelnemers die het principe daar legden.",
     "The principles in the participants' joint order (Borda). IQR and SD say how far apart their ranks lie; the last "
     "column counts per lane the participants who put the principle there."},
    {"round_report.col.sd", "SD", "SD"},
    {"fmt.round_report.lane_count", "{lane}: {count}", "{lane}: {count}"},
    {"round_report.col.lanes", "Per baan", "Per lane"},
    {"fmt.round_report.spread", "IQR {iqr}, SD {sd}; {lanes}", "IQR {iqr}, SD {sd}; {lanes}"},
    {"round_report.convergence", "Tweede ronde: naar elkaar toe?", "Second round: converging?"},
    {"fmt.round_report.w_change", "W in ronde {first} \u2192 ronde {second}: {before} \u2192 {after}",
     "W in round {first} \u2192 round {second}: {before} \u2192 {after}"},
    {"fmt.round_report.shrank", "Minder verspreid ({count})", "Spread shrank ({count})"},
    {"fmt.round_report.grew", "Meer verspreid ({count})", "Spread grew ({count})"},
    {"round_report.no_cards", "Geen enkel principe.", "No principle."},
    {"fmt.round_report.sd_change", "{card} (SD {before} \u2192 {after})", "{card} (SD {before} \u2192 {after})"},
    {"round_report.convergence_rule",
     "Een spreiding telt als veranderd wanneer de SD van de rangen van een principe minstens een tiende van het aantal "
     "principes verschuift en de IQR niet de andere kant op gaat; kleinere verschuivingen zijn ruis.",
     "A spread counts as changed when the SD of a principle's ranks moves by at least a tenth of the number of "
     "principles and its IQR does not go the other way; smaller moves are noise."},
    {"fmt.export.round_method", "Ronde {number} (\u201C{question}\u201D): {ballots} deelnemers, {anonymity}; elk gaf {form}.",
     "Round {number} (\u201C{question}\u201D): {ballots} participants, {anonymity}; each gave {form}."},
    {"export.round_not_revealed", "Deze ronde is niet onthuld: ze geeft geen resultaten.", "This round was not revealed: it gives no results."},
    {"fmt.export.round_w", "Kendall\u2019s W = {w}: {words}.", "Kendall\u2019s W = {w}: {words}."},
    {"fmt.export.round_contested", "Betwist waren: {cards}.", "Contested were: {cards}."},
    {"fmt.export.round_contested_card", "{card}, uiteindelijk in {lane}", "{card}, in the end in {lane}"},
    {"export.round_contested_none", "Geen principe was betwist.", "No principle was contested."},
    {"export.rounds_annex", "Bijlage D \u2014 Rondes", "Annex D \u2014 Rounds"},
    {"export.rounds_annex_intro", "De volgorde van de deelnemers samen (Borda) in elke onthulde ronde.",
     "The participants' joint order (Borda) in each revealed round."},
    {"fmt.export.round_heading", "Ronde {number} \u2014 {question}", "Round {number} \u2014 {question}"},
    {"export.col.round", "Ronde", "Round"},
};

}  // namespace

std::span<const TextEntry> round_report_texts() { return kTable; }

}  // namespace prio
