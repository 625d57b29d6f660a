#include "core/strings.h"

#include <algorithm>
#include <array>

namespace prio {
namespace {

struct Entry {
    std::string_view key;
    std::string_view nl;
    std::string_view en;
};

// Keys are grouped by the part of the program that shows them; "fmt."
// entries take std::format-style placeholders filled in by the caller.
constexpr Entry kTable[] = {
    // --- board and window
    {"board.pile", "Stapel", "Pile"},
    {"board.pile_empty", "Sleep een kaart hierheen om ze terug op de stapel te leggen.", "Drop a card here to put it back on the pile."},
    {"board.lane_empty", "Sleep een kaart hierheen.", "Drop a card here."},
    {"board.unranked_tip", "Kaarten in deze baan krijgen geen rangorde.", "Cards in this lane get no rank."},
    {"board.lane_menu_tip", "Baan bewerken", "Edit lane"},
    {"fmt.board.placed", "{} van {} kaarten geplaatst", "{} of {} cards placed"},
    {"fmt.refusal.lane_full", "„{}” is vol ({}): haal eerst een kaart weg of verhoog de capaciteit.", "“{}” is full ({}): take a card out first or raise its capacity."},
    {"fmt.refusal.capacity_below", "„{}” bevat al {} kaarten: de capaciteit kan niet lager.", "“{}” already holds {} cards: the capacity cannot be lower."},
    {"fmt.refusal.no_lane", "Er is geen baan {}.", "There is no lane {}."},
    {"refusal.bad_value", "Dat kan niet: een baan heeft een naam nodig en een capaciteit van 0 of meer.", "Not possible: a lane needs a name and a capacity of 0 or more."},
    {"refusal.duplicate_lane", "Er bestaat al een baan met die naam.", "A lane with that name already exists."},
    {"refusal.unknown", "Dat kan niet: de kaart of de baan bestaat niet (meer).", "Not possible: the card or the lane no longer exists."},
    {"refusal.bad_index", "Dat kan niet: die plaats bestaat niet.", "Not possible: there is no such place."},
    {"refusal.nothing_to_undo", "Er is niets om ongedaan te maken.", "There is nothing to undo."},
    {"refusal.nothing_to_redo", "Er is niets om opnieuw te doen.", "There is nothing to redo."},
    {"menu.file", "Bestand", "File"},
    {"menu.quit", "Afsluiten", "Quit"},
    {"menu.edit", "Bewerken", "Edit"},
    {"menu.undo", "Ongedaan maken", "Undo"},
    {"menu.redo", "Opnieuw doen", "Redo"},
    {"menu.lanes", "Banen", "Lanes"},
    {"menu.add_lane", "Baan toevoegen", "Add lane"},
    {"menu.view", "Beeld", "View"},
    {"menu.zoom_in", "Inzoomen", "Zoom in"},
    {"menu.zoom_out", "Uitzoomen", "Zoom out"},
    {"menu.zoom_reset", "Ware grootte (100%)", "Actual size (100%)"},
    {"fmt.menu.zoom", "Zoom: {}%", "Zoom: {}%"},
    {"menu.fullscreen", "Volledig scherm", "Full screen"},
    {"menu.dark", "Donkere weergave", "Dark style"},
    {"menu.language", "Taal", "Language"},
    {"menu.help", "Help", "Help"},
    {"menu.keys", "Toetsenbord en muis", "Keyboard and mouse"},
    {"language.nl", "Nederlands", "Nederlands"},
    {"language.en", "English", "English"},
    {"lane.rename", "Naam wijzigen…", "Rename…"},
    {"lane.capacity", "Capaciteit…", "Capacity…"},
    {"lane.move_left", "Naar links schuiven", "Move left"},
    {"lane.move_right", "Naar rechts schuiven", "Move right"},
    {"lane.add_after", "Nieuwe baan rechts hiervan", "Add a lane to the right"},
    {"lane.remove", "Baan verwijderen (kaarten terug naar de stapel)", "Remove lane (cards back to the pile)"},
    {"lane.new_title", "Nieuwe baan", "New lane"},
    {"lane.name", "Naam", "Name"},
    {"lane.capacity_label", "Hoogstens zoveel kaarten (0: geen limiet)", "At most this many cards (0: no limit)"},
    {"lane.no_limit", "Geen limiet", "No limit"},
    {"fmt.lane.rename_title", "Baan „{}” hernoemen", "Rename lane “{}”"},
    {"fmt.lane.capacity_title", "Capaciteit van „{}”", "Capacity of “{}”"},
    {"common.ok", "OK", "OK"},
    {"common.cancel", "Annuleren", "Cancel"},
    {"common.close", "Sluiten", "Close"},
    {"focus.theme", "Thema", "Theme"},
    {"focus.source", "Bron", "Source"},
    {"focus.notes", "Notities van de groep", "The group's notes"},
    {"focus.notes_hint", "Waarom hier? Wat hangt ervan af? (wordt bewaard bij het verlaten van het veld)", "Why here? What depends on it? (kept when you leave the field)"},
    {"fmt.focus.where", "In „{}”, plaats {}", "In “{}”, position {}"},
    {"focus.on_pile", "Nog op de stapel", "Still on the pile"},
    {"help.title", "Toetsenbord en muis", "Keyboard and mouse"},
    {"help.drag_key", "Slepen met de muis", "Drag with the mouse"},
    {"help.drag", "Kaart naar een baan of de stapel, op elke plaats; loslaten buiten een baan of Esc annuleert.", "Card into a lane or the pile, at any place; releasing outside a lane or Esc cancels."},
    {"help.click_key", "Klik", "Click"},
    {"help.click", "Kaart selecteren; nog eens klikken opent ze groot.", "Select a card; clicking it again opens it large."},
    {"help.select_key", "Tab, Shift+Tab, pijltjestoetsen", "Tab, Shift+Tab, arrow keys"},
    {"help.select", "Selectie verplaatsen.", "Move the selection."},
    {"help.reorder_key", "Ctrl+pijl omhoog/omlaag (of Alt)", "Ctrl+Up/Down (or Alt)"},
    {"help.sideways_key", "Ctrl+pijl links/rechts", "Ctrl+Left/Right"},
    {"help.sideways", "Kaart naar de baan ernaast, op dezelfde hoogte.", "Card into the lane beside, at the same height."},
    {"help.digits", "Geselecteerde kaart naar baan 1–9; 0 terug naar de stapel.", "Selected card to lane 1–9; 0 back to the pile."},
    {"help.reorder", "Kaart hoger of lager in haar baan.", "Card up or down within its lane."},
    {"help.open", "Kaart groot openen (met notities); Esc sluit.", "Open the card large (with notes); Esc closes."},
    {"help.undo", "Ongedaan maken, opnieuw doen.", "Undo, redo."},
    {"help.lane_menu", "Menu van de baan van de geselecteerde kaart (hernoemen, capaciteit, verschuiven, toevoegen, verwijderen); rechtsklik op een baantitel doet hetzelfde.", "Menu of the selected card's lane (rename, capacity, move, add, remove); right-click a lane title does the same."},
    {"help.rename", "Baan van de geselecteerde kaart hernoemen.", "Rename the selected card's lane."},
    {"help.zoom", "Groter, kleiner, ware grootte.", "Larger, smaller, actual size."},
    {"help.fullscreen", "Volledig scherm aan of uit.", "Full screen on or off."},
    {"help.menu", "Naar de menubalk (pijltjes en Enter; Esc terug).", "To the menu bar (arrows and Enter; Esc back)."},
    {"help.help", "Deze hulp.", "This help."},
    // --- sessions
    {"session.untitled", "Naamloze sessie", "Untitled session"},
    {"fmt.session.window_title", "{unsaved}{name} \u2014 Prioriteer", "{unsaved}{name} \u2014 Prioriteer"},
    {"fmt.session.progress", "{placed}/{cards} geplaatst", "{placed}/{cards} placed"},
    {"session.retired", "Niet meer in de kaartenset", "No longer in the deck"},
    {"fmt.session.deck_changed",
     "De kaartenset in {path} verschilt van de kopie in deze sessie. De sessie werkt verder met haar eigen kopie, "
     "tot u kiest voor de nieuwe kaartenset.",
     "The deck in {path} differs from the copy in this session. The session goes on with its own copy until you "
     "choose the new deck."},
    {"fmt.session.deck_missing", "De kaartenset {path} is er niet meer. De sessie werkt verder met haar eigen kopie.",
     "The deck {path} is gone. The session goes on with its own copy."},
    {"fmt.session.deck_unreadable",
     "De kaartenset {path} kan niet gelezen worden. De sessie werkt verder met haar eigen kopie.",
     "The deck {path} cannot be read. The session goes on with its own copy."},
    {"fmt.session.card_added", "Nieuw: {code} \u2014 {title} (komt op de stapel)", "New: {code} \u2014 {title} (goes to the pile)"},
    {"fmt.session.card_removed", "Niet meer in de kaartenset: {code} \u2014 {title} (blijft bewaard, gemarkeerd)",
     "No longer in the deck: {code} \u2014 {title} (kept, marked)"},
    {"fmt.session.card_returned", "Terug in de kaartenset: {code} \u2014 {title}", "Back in the deck: {code} \u2014 {title}"},
    {"fmt.session.card_retitled", "Nieuwe titel: {code} \u2014 \u201e{old}\u201d wordt \u201e{title}\u201d",
     "New title: {code} \u2014 \u201c{old}\u201d becomes \u201c{title}\u201d"},
    {"fmt.session.card_changed", "Gewijzigd: {code} \u2014 {fields}", "Changed: {code} \u2014 {fields}"},
    {"session.field.title", "titel", "title"},
    {"session.field.theme", "thema", "theme"},
    {"session.field.summary", "samenvatting", "summary"},
    {"session.field.body", "tekst", "text"},
    {"session.field.source", "bron", "source"},
    {"session.deck_details_changed", "De gegevens van de kaartenset (titel, versie, beschrijving) zijn gewijzigd.",
     "The deck's details (title, version, description) changed."},
    {"session.deck_themes_changed", "De thema's of hun kleuren zijn gewijzigd.", "The themes or their colours changed."},
    {"session.deck_lanes_changed", "De startbanen van de kaartenset zijn gewijzigd; de banen van deze sessie blijven.",
     "The deck's starting lanes changed; this session's lanes stay as they are."},
    {"fmt.session.recovery_untitled", "Niet-opgeslagen sessie van {time}: {summary}", "Unsaved session from {time}: {summary}"},
    {"fmt.session.recovery_file", "{file}, open op {time}: {summary}", "{file}, open at {time}: {summary}"},
    {"fmt.session.autosave_elsewhere", "{error}. Uw werk staat veilig in {recovery}; het bestand wordt opnieuw geprobeerd.",
     "{error}. Your work is safe in {recovery}; the file will be tried again."},
    // --- exports
    {"export.masterplan", "Masterplan informatievoorziening", "Information masterplan"},
    {"export.draft", "ontwerp", "draft"},
    {"export.field.organisation", "Organisatie", "Organisation"},
    {"export.field.session", "Sessie", "Session"},
    {"export.field.date", "Datum", "Date"},
    {"export.field.facilitator", "Begeleiding", "Facilitator"},
    {"export.field.participants", "Deelnemers", "Participants"},
    {"export.field.deck", "Kaartenset", "Deck"},
    {"export.field.version", "versie", "version"},
    {"export.field.generated", "Aangemaakt", "Generated"},
    {"export.remarks", "Opmerkingen", "Remarks"},
    {"export.method", "Werkwijze", "Method"},
    {"fmt.export.method",
     "Tijdens de workshop besprak de groep de {count} principes van de kaartenset \u201e{deck}\u201d en legde ze in "
     "prioriteitsbanen. De banen staan in volgorde van prioriteit en ook binnen een baan telt de volgorde: rang 1 is "
     "de hoogste prioriteit. Zo kregen {ranked} principes een rang. De principes die de groep niet prioritair vond of "
     "niet plaatste, staan in bijlage A; bijlage B vat het verloop van de sessie samen. Dit is een ontwerp: vul per "
     "principe de acties, de eigenaars en de termijnen aan.",
     "During the workshop the group discussed the {count} principles of the deck \u201c{deck}\u201d and laid them out in "
     "priority lanes. The lanes are in order of priority, and within a lane the order counts too: rank 1 is the "
     "highest priority. This gave {ranked} principles a rank. The principles the group set aside or did not place "
     "are in annex A; annex B sums up how the session went. This is a draft: complete the actions, owners and "
     "deadlines for each principle."},
    {"fmt.export.principle", "{rank}. {code} \u2014 {title}", "{rank}. {code} \u2014 {title}"},
    {"fmt.export.unranked", "{code} \u2014 {title}", "{code} \u2014 {title}"},
    {"export.theme", "Thema", "Theme"},
    {"export.notes", "Notities van de groep", "The group's notes"},
    {"export.action", "Actie", "Action"},
    {"export.owner", "Eigenaar", "Owner"},
    {"export.term", "Termijn", "Deadline"},
    {"export.lane_empty", "Geen principes in deze baan.", "No principles in this lane."},
    {"export.annex", "Bijlage A \u2014 Niet geplaatst en niet prioritair", "Annex A \u2014 Not placed and not prioritised"},
    {"export.annex_none", "Alle principes kregen een rang.", "Every principle was given a rank."},
    {"export.not_placed", "Niet geplaatst", "Not placed"},
    {"export.log", "Bijlage B \u2014 Verloop van de sessie", "Annex B \u2014 How the session went"},
    {"export.log_empty", "Er werden geen wijzigingen vastgelegd.", "No changes were recorded."},
    {"fmt.export.log_counts",
     "Wijzigingen vastgelegd tussen {first} en {last} (UTC): {changes} \u2014 verplaatsingen: {moves}, notities: "
     "{notes}, wijzigingen aan de banen: {lanes}, ongedaan gemaakt: {undos}, opnieuw uitgevoerd: {redos}.",
     "Changes recorded between {first} and {last} (UTC): {changes} \u2014 moves: {moves}, notes: {notes}, lane "
     "changes: {lanes}, undone: {undos}, redone: {redos}."},
    {"fmt.export.log_most_moved", "Het vaakst verplaatst: {list}.", "Moved most often: {list}."},
    {"fmt.export.log_times", "{code} ({count}\u00d7)", "{code} ({count}\u00d7)"},
    {"export.log_lane_changes", "Wijzigingen aan de banen:", "Changes to the lanes:"},
    {"fmt.export.lane_added", "{time}: baan \u201e{title}\u201d toegevoegd", "{time}: lane \u201c{title}\u201d added"},
    {"fmt.export.lane_removed", "{time}: baan \u201e{title}\u201d verwijderd", "{time}: lane \u201c{title}\u201d removed"},
    {"fmt.export.lane_renamed", "{time}: baan \u201e{title}\u201d hernoemd tot \u201e{new}\u201d",
     "{time}: lane \u201c{title}\u201d renamed to \u201c{new}\u201d"},
    {"fmt.export.lane_moved", "{time}: baan \u201e{title}\u201d verschoven naar plaats {index}",
     "{time}: lane \u201c{title}\u201d moved to place {index}"},
    {"fmt.export.lane_capacity", "{time}: capaciteit van baan \u201e{title}\u201d op {count} gezet",
     "{time}: capacity of lane \u201c{title}\u201d set to {count}"},
    {"fmt.export.lane_capacity_cleared", "{time}: capaciteit van baan \u201e{title}\u201d opgeheven",
     "{time}: capacity limit of lane \u201c{title}\u201d removed"},
    {"fmt.export.page", "Pagina {page} van {pages}", "Page {page} of {pages}"},
    {"export.col.rank", "Rang", "Rank"},
    {"export.col.lane", "Baan", "Lane"},
    {"export.col.position", "Positie", "Position"},
    {"export.col.code", "Code", "Code"},
    {"export.col.title", "Titel", "Title"},
    {"export.col.theme", "Thema", "Theme"},
    {"export.col.note", "Notitie", "Note"},
    {"export.file.masterplan", "masterplan", "masterplan"},
    {"export.file.priorities", "prioriteiten", "priorities"},
    {"export.file.board", "bord", "board"},
    {"export.error.exists", "bestaat al en werd niet overschreven", "already exists and was not overwritten"},
    {"export.error.no_folder", "de map bestaat niet", "the folder does not exist"},
    {"fmt.export.error.write", "kan niet schrijven: {reason}", "cannot write: {reason}"},
    {"fmt.export.error.render", "kan het bestand niet opmaken: {reason}", "cannot lay out the file: {reason}"},
    {"export.month.1", "januari", "January"},
    {"export.month.2", "februari", "February"},
    {"export.month.3", "maart", "March"},
    {"export.month.4", "april", "April"},
    {"export.month.5", "mei", "May"},
    {"export.month.6", "juni", "June"},
    {"export.month.7", "juli", "July"},
    {"export.month.8", "augustus", "August"},
    {"export.month.9", "september", "September"},
    {"export.month.10", "oktober", "October"},
    {"export.month.11", "november", "November"},
    {"export.month.12", "december", "December"},
};

}  // namespace

std::string_view tr(std::string_view key, std::string_view language)
{
    for (const Entry& e : kTable)
        if (e.key == key)
            return language == "nl" ? e.nl : e.en;
    return key;
}

}  // namespace prio
