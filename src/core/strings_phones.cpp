// Rounds with phones: the window's join panel, the server's answers, and
// the phone page's texts ("page.*", sent to the page in deck.json).
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"round.phones", "Met telefoons", "With phones"},
    {"round.phones.hint", "Deelnemers geven hun rangschikking op hun eigen telefoon, over het netwerk van deze zaal.",
     "Participants give their ranking on their own phone, over this room's network."},
    {"fmt.round.phones.join", "Scan de code of ga naar {url}", "Scan the code or go to {url}"},
    {"fmt.round.phones.code", "Of typ {url} en dan de code {code}", "Or type {url} and then the code {code}"},
    {"fmt.round.phones.counts", "{joined} {joined|telefoon|telefoons} verbonden, {given} {given|rangschikking|rangschikkingen} gegeven",
     "{joined} {joined|phone|phones} connected, {given} {given|ranking|rankings} given"},
    {"round.phones.test",
     "Test eerst met een telefoon op hetzelfde wifi-netwerk. Een gastnetwerk laat toestellen elkaar vaak niet bereiken: gebruik dan een ander netwerk of een hotspot.",
     "Test first with a phone on the same Wi-Fi. A guest network often keeps devices from reaching each other: then use another network or a hotspot."},
    {"menu.round_phones", "Ook met telefoons", "With phones too"},
    {"round.refused.phones", "Geen open ronde zonder telefoons", "No open round without phones"},
    {"round.phones.address", "Luistert op", "Listens on"},
    {"fmt.round.phones.failed", "De server voor telefoons start niet: {error}", "The server for phones does not start: {error}"},
    {"phone.error.json", "Dit is geen geldige stem (JSON).", "This is not a valid ballot (JSON)."},
    {"phone.error.phone", "Deze telefoon heeft geen geldige code.", "This phone has no valid id."},
    {"phone.error.name", "Geef je naam: deze ronde is niet anoniem.", "Give your name: this round is not anonymous."},
    {"phone.error.closed", "De ronde is gesloten: er kunnen geen stemmen meer bij.", "The round is closed: no more ballots."},
    {"phone.error.full", "Er doen al 200 telefoons mee: meer kan niet.", "200 phones take part already: no more can join."},
    {"phone.error.rate", "Te veel verzoeken: wacht even.", "Too many requests: wait a moment."},
    {"phone.error.headers", "Het verzoek heeft te veel kopregels.", "The request has too many headers."},
    {"phone.error.token", "Deze link hoort bij geen open ronde.", "This link belongs to no open round."},
    {"phone.error.not_found", "Niet gevonden.", "Not found."},
    {"phone.error.method", "Dat kan hier niet.", "Not allowed here."},
    {"page.title", "Prioriteer \u2014 jouw rangschikking", "Prioriteer \u2014 your ranking"},
    {"page.anonymous", "Anoniem: niemand ziet wie wat koos.", "Anonymous: nobody sees who chose what."},
    {"page.named", "Niet anoniem: je naam staat bij je rangschikking.", "Not anonymous: your name goes with your ranking."},
    {"page.name", "Je naam", "Your name"},
    {"page.how.full", "Tik de kaarten aan in volgorde van belang, of schuif ze met \u25b2 \u25bc.",
     "Tap the cards in order of importance, or move them with \u25b2 \u25bc."},
    {"page.how.top", "Kies je top {k}: tik ze aan in volgorde van belang.", "Choose your top {k}: tap them in order of importance."},
    {"page.how.lanes", "Kies voor elke kaart een baan.", "Choose a lane for each card."},
    {"page.ranked", "Jouw volgorde", "Your order"},
    {"page.unranked", "Nog te kiezen", "Still to choose"},
    {"page.up", "Hoger", "Up"},
    {"page.down", "Lager", "Down"},
    {"page.remove", "Terug", "Back"},
    {"page.more", "Meer", "More"},
    {"page.submit", "Geef mijn rangschikking", "Give my ranking"},
    {"page.resubmit", "Wijzig mijn rangschikking", "Change my ranking"},
    {"page.given", "Gegeven. Je kunt ze wijzigen tot de ronde sluit.", "Given. You can change it until the round closes."},
    {"page.pending", "Nog niet verzonden: ze gaat weg zodra er verbinding is.", "Not sent yet: it goes as soon as there is a connection."},
    {"page.online", "Verbonden", "Connected"},
    {"page.offline", "Geen verbinding \u2014 je keuze blijft bewaard", "No connection \u2014 your choice is kept"},
    {"page.closed", "De ronde is gesloten.", "The round is closed."},
    {"page.incomplete", "Nog niet volledig.", "Not complete yet."},
    {"page.reset", "Opnieuw", "Start over"},
    {"fmt.round.phones.given_names", "Gegeven door: {names}", "Given by: {names}"},
    {"fmt.round.phones.more_names", "en nog {count}", "and {count} more"},
};

}  // namespace

std::span<const TextEntry> phone_texts() { return kTable; }

}  // namespace prio
