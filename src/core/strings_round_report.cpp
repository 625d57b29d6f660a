// Rounds in the exports: the round report, the masterplan's method and
// annex, and the convergence of a second round.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"convergence.different_deck", "De rondes gaan niet over dezelfde kaarten: ze zijn niet te vergelijken.",
     "The rounds are not over the same cards: they cannot be compared."},
    {"fmt.convergence.too_few", "Ronde {round} heeft {ballots} stemmen: er zijn er minstens 2 nodig om te vergelijken.",
     "Round {round} has {ballots} ballots: comparing needs at least 2."},
};

}  // namespace

std::span<const TextEntry> round_report_texts() { return kTable; }

}  // namespace prio
