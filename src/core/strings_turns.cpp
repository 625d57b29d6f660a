// Turns on this screen: the screen between turns and the participant's own.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"menu.round_turns", "Beurten op dit scherm", "Turns on this screen"},
    {"fmt.turn.pass", "Deelnemer {number} \u2014 geef de laptop door", "Participant {number} \u2014 pass the laptop on"},
    {"fmt.turn.question", "Ronde {number}: {question}", "Round {number}: {question}"},
    {"turn.anonymous", "Anoniem: niemand ziet uw rangschikking, en uw naam wordt nergens bewaard.",
     "Anonymous: nobody sees your ranking, and your name is kept nowhere."},
    {"turn.named", "Op naam: typ uw naam. Niemand ziet uw rangschikking voor de onthulling.",
     "Named: type your name. Nobody sees your ranking before the reveal."},
    {"turn.name", "Uw naam", "Your name"},
    {"turn.begin", "Mijn beurt beginnen", "Start my turn"},
    {"fmt.turn.title", "Deelnemer {number} \u2014 uw beurt: {question}", "Participant {number} \u2014 your turn: {question}"},
    {"turn.done", "Klaar", "Done"},
    {"turn.abandon", "Beurt afbreken", "Abandon the turn"},
    {"turn.lane", "Mijn volgorde", "My order"},
    {"turn.help.full",
     "Leg alle kaarten in uw volgorde, de belangrijkste bovenaan: slepen, of Tab kiest een kaart, 1 legt ze in de baan en Ctrl+pijl omhoog of omlaag schuift ze.",
     "Put every card in your order, the most important on top: drag them, or Tab picks a card, 1 puts it in the lane and Ctrl+Up or Down moves it."},
    {"fmt.turn.help.top",
     "Kies uw {top} belangrijkste kaarten, in volgorde: slepen, of Tab kiest een kaart, 1 legt ze in de baan en Ctrl+pijl omhoog of omlaag schuift ze.",
     "Choose your {top} most important cards, in order: drag them, or Tab picks a card, 1 puts it in the lane and Ctrl+Up or Down moves it."},
    {"turn.help.lanes", "Leg de kaarten in de banen: slepen, of Tab kiest een kaart en het cijfer van de baan legt ze daar.",
     "Put the cards in the lanes: drag them, or Tab picks a card and the lane's digit puts it there."},
    // The reveal speaks of participants where a comparison speaks of councils.
    {"fmt.round.window.agreement", "Kendall\u2019s W = {w}: {words}  \u00B7  m = {m} deelnemers  \u00B7  p {p}",
     "Kendall\u2019s W = {w}: {words}  \u00B7  m = {m} participants  \u00B7  p {p}"},
    {"fmt.round.window.contested_count", "{count} betwiste principes: de deelnemers zijn het er sterk over oneens",
     "{count} contested principles: the participants disagree strongly about them"},
    {"fmt.round.window.convergence", "Ronde {before} \u2192 ronde {after}: W {w1} \u2192 {w2}  \u00B7  minder verspreid: {shrank}  \u00B7  meer verspreid: {grew}",
     "Round {before} \u2192 round {after}: W {w1} \u2192 {w2}  \u00B7  less spread: {shrank}  \u00B7  more spread: {grew}"},
    {"fmt.turn.left", "Nog {count} kaarten te plaatsen.", "{count} cards still to place."},
    {"fmt.turn.top_left", "Nog {count} te kiezen voor uw top {top}.", "{count} still to choose for your top {top}."},
};

}  // namespace

std::span<const TextEntry> turn_texts() { return kTable; }

}  // namespace prio
