// What the window says about sessions, in Dutch and English.
#include <doctest/doctest.h>

#include "io/session/session_text.h"
#include "test_support.h"

using namespace prio;
using namespace prio::test;

namespace {

Deck deck(const char* version, std::vector<Card> cards)
{
    return proef_deck(version, {{"a", "A", {1, 2, 3}}, {"b", "B", {4, 5, 6}}}, {{"nu", "Nu", 0, true}}, std::move(cards));
}

}  // namespace

TEST_CASE("the window title names the session and marks unsaved work")
{
    Session s = make_session(deck("1", {{"K1", "Een", "a", "s", "", ""}}));
    CHECK(window_title(s, "", false, "nl") == "* Naamloze sessie \u2014 Prioriteer");
    CHECK(window_title(s, "", false, "en") == "* Untitled session \u2014 Prioriteer");
    CHECK(window_title(s, "/docs/Prioriteer/zottegem-mei.yaml", true, "nl") == "zottegem-mei \u2014 Prioriteer");
    s.meta.title = "Workshop masterplan";
    CHECK(window_title(s, "/docs/Prioriteer/zottegem-mei.yaml", false, "en") == "* Workshop masterplan \u2014 Prioriteer");
}

TEST_CASE("a changed deck is explained card by card")
{
    Session s = make_session(deck("1", {{"K1", "Een", "a", "s", "", ""}, {"K2", "Twee", "a", "s", "", ""}, {"K3", "Drie", "a", "s", "", ""}}));
    s.deck_path = "/decks/proef.yaml";
    DeckCheck check;
    check.status = DeckStatus::Changed;
    check.deck = deck("2", {{"K1", "Eén", "b", "s", "nieuw", ""}, {"K3", "Drie", "a", "s", "", ""}, {"K4", "Vier", "a", "s", "", ""}});
    check.diff = compare_decks(s.deck, s.retired, *check.deck);
    CHECK(deck_check_lines(check, s, "en") == std::vector<std::string>{
        "The deck in /decks/proef.yaml differs from the copy in this session. The session goes on with its own copy until you choose the new deck.",
        "New: K4 \u2014 Vier (goes to the pile)",
        "No longer in the deck: K2 \u2014 Twee (kept, marked)",
        "New title: K1 \u2014 \u201cEen\u201d becomes \u201cE\u00e9n\u201d",
        "Changed: K1 \u2014 theme, text",
        "The deck's details (title, version, description) changed.",
    });
    std::vector<std::string> nl = deck_check_lines(check, s, "nl");
    REQUIRE(nl.size() == 6);
    CHECK(nl[2] == "Niet meer in de kaartenset: K2 \u2014 Twee (blijft bewaard, gemarkeerd)");
    CHECK(nl[4] == "Gewijzigd: K1 \u2014 thema, tekst");

    check.status = DeckStatus::Missing;
    CHECK(deck_check_lines(check, s, "nl") == std::vector<std::string>{"De kaartenset /decks/proef.yaml is er niet meer. De sessie werkt verder met haar eigen kopie."});
    check.status = DeckStatus::Same;
    CHECK(deck_check_lines(check, s, "nl").empty());
}

TEST_CASE("left-behind work is offered in one line")
{
    SessionSummary summary;
    summary.title = "Workshop";
    summary.organisation = "Gemeente Zottegem";
    summary.placed = 12;
    summary.cards = 18;
    Recovery untitled;
    CHECK(recovery_line(untitled, summary, "2 mei 14:03", "nl") == "Niet-opgeslagen sessie van 2 mei 14:03: Workshop (Gemeente Zottegem), 12/18 geplaatst");
    Recovery titled;
    titled.session_file = "/docs/w.yaml";
    summary.title.clear();
    summary.organisation.clear();
    CHECK(recovery_line(titled, summary, "May 2, 14:03", "en") == "/docs/w.yaml, open at May 2, 14:03: Untitled session, 12/18 placed");
}
