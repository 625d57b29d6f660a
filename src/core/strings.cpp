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
