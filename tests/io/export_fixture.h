#pragma once
// A fixed workshop session for the export tests, the golden files and the
// benchmark: 18 principles in four themes, placed in three ranked lanes, one
// unranked lane and the pile, with notes that try every escaping rule
// (accents, curly quotes, semicolons, line breaks, a leading "=" and other
// spreadsheet formula starts, Markdown and XML specials).
#include <cstdio>
#include <string>
#include <vector>

#include "core/session.h"
#include "io/export/export_document.h"

namespace prio::fixture {

inline Deck export_deck()
{
    Deck deck;
    deck.id = "strategische-beleidsprincipes";
    deck.title = "Strategische beleidsprincipes";
    deck.language = "nl";
    deck.version = "1.0";
    deck.themes = {{"klant", "De klant", {0xF2, 0xB1, 0x34}},
                   {"organisatie", "Organisatie en processen", {0x2E, 0x86, 0xAB}},
                   {"intern", "Interne organisatie", {0x6A, 0x99, 0x4E}},
                   {"samenwerking", "Samenwerking en regie", {0xA2, 0x3B, 0x72}}};
    deck.lanes = {{"nu", "Nu \u2014 jaar 1", 6, true},
                  {"straks", "Binnen drie jaar", 0, true},
                  {"later", "Later", 0, true},
                  {"niet", "Niet prioritair", 0, false}};
    auto card = [&](const char* id, const char* title, const char* theme, const char* summary) {
        deck.cards.push_back({id, title, theme, summary, "", "002_e780ba764a989933.txt"});
    };
    card("K1", "De klant centraal", "klant", "Het bestuur vertrekt vanuit wat de klant nodig heeft.");
    card("K2", "Informatiepositie van de klant", "klant", "Gegevens worden beschikbaar gesteld, ook als open data.");
    card("K3", "Slechts \u00e9\u00e9n keer vragen", "klant", "Wat de klant al gaf of wat een andere overheid al heeft, vragen we niet opnieuw.");
    card("K4", "Veilige gegevensstromen", "klant", "Informatieveiligheid en privacy bij elke gegevensstroom.");
    card("O1", "Processen vanuit de kerntaken", "organisatie", "Processen worden geoptimaliseerd voor een effici\u00ebnte, klantvriendelijke dienstverlening.");
    card("O2", "Generieke processen en functies", "organisatie", "Waar het kan, werken we met generieke processen.");
    card("O3", "Digitaal eerst", "organisatie", "Elektronische dienstverlening is de standaard.");
    card("I1", "Geen vendor lock-in", "intern", "We blijven vrij om van leverancier te veranderen.");
    card("I2", "Geen legacy", "intern", "Oude systemen worden tijdig vervangen.");
    card("I3", "Organisatie van de ICT-dienst", "intern", "De ICT-dienst is ingericht op haar opdracht.");
    card("I4", "Politiek engagement", "intern", "Het bestuur draagt de ICT-doelstellingen.");
    card("I5", "Continu\u00efteit", "intern", "Maatregelen houden de systemen draaiende als het onverwachte gebeurt.");
    card("I6", "Opvolging van ICT", "intern", "Meten en opvolgen als basis voor onderbouwde keuzes.");
    card("I7", "Publiek-private samenwerking", "intern", "ICT staat niet los van partners buiten het bestuur.");
    card("S1", "Samenwerking tussen lokale besturen", "samenwerking", "Kennis delen, samen plannen en raamcontracten.");
    card("S2", "Gedeelde systemen en gezamenlijke aankoop", "samenwerking", "Schaalvoordelen door \u00e9\u00e9n systeem voor meerdere gemeenten.");
    card("S3", "Investeren in mensen", "samenwerking", "Vorming en opleiding van medewerkers, niet alleen hardware.");
    card("S4", "Regie en portfoliobeheer", "samenwerking", "Interne klanten sturen; het applicatielandschap wordt gesnoeid.");
    return deck;
}

// Times of the decision log: one minute apart from 09:00 UTC.
inline std::string log_time(int minute)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "2024-05-14T%02d:%02d:00Z", 9 + minute / 60, minute % 60);
    return buf;
}

inline Session export_session_fixture(const std::string& language = "nl")
{
    Session s = make_session(export_deck());
    s.language = language;
    s.deck_path = "cards/principles.nl.yaml";
    s.deck_hash = "sha256:5d41402abc4b2a76b9719d911017c592";
    s.meta.organisation = "Gemeente Zonnedorp";
    s.meta.title = "Prioriteiten masterplan 2025\u20132030";
    s.meta.facilitator = "An Peeters";
    s.meta.participants = "Schepen van ICT; algemeen directeur; ICT-co\u00f6rdinator";
    s.meta.date = "2024-05-14";
    s.meta.remarks = "Vervolgsessie in september.";

    int minute = 0;
    auto move = [&](const char* card, const char* lane, int index) {
        perform(s, Move{card, lane, index}, log_time(minute++));
    };
    // The order the group ends with; K3 is moved around first, as a group does.
    move("K3", "straks", 0);
    move("K3", "nu", 0);
    move("O3", "nu", 0);
    move("K3", "nu", 0);
    for (const char* c : {"K4", "I5", "S1", "O1"})
        move(c, "nu", static_cast<int>(s.board.lanes[0].cards.size()));
    for (const char* c : {"I1", "K1", "S3", "I4", "S4"})
        move(c, "straks", static_cast<int>(s.board.lanes[1].cards.size()));
    for (const char* c : {"O2", "I6", "K2"})
        move(c, "later", static_cast<int>(s.board.lanes[2].cards.size()));
    move("I7", "niet", 0);
    move("S2", "niet", 1);
    move("I2", "later", 0);
    undo(s, log_time(minute++));
    redo(s, log_time(minute++));
    undo(s, log_time(minute++));
    perform(s, RenameLane{"later", "Op langere termijn"}, log_time(minute++));
    perform(s, SetCapacity{"straks", 5}, log_time(minute++));

    auto note = [&](const char* card, const char* text) { perform(s, SetNote{card, text}, log_time(minute++)); };
    note("K3", "Koppelen aan het MAGDA-platform; \"\u00e9\u00e9n keer\" geldt ook intern.\n"
               "Eerst nagaan: welke attesten vragen we nog op papier?");
    note("O3", "=SOM(A1:A3) is geen formule maar een notitie; caf\u00e9-overleg met schepen No\u00eb op 12/6.");
    note("K4", "\u201eVeiligheid\u201d en \u2018privacy\u2019 horen samen \u2014 de DPO betrekken.\n\n"
               "Tweede alinea: budget \u20ac 20.000; offerte volgt.");
    note("I5", "+32 9 123 45 67 is het nummer van de noodlijn.");
    note("S1", "-20% kosten via een raamcontract met de buurgemeenten.");
    note("I1", "@ICT-dienst: exit-clausules in de contracten nakijken.");
    note("S3", "\tOpleidingsplan met *sterren*, _lijnen_, <b>tags</b>, [links](x) & #hashtags | pipes.");
    note("I7", "Geen draagvlak; later herbekijken.");

    // The plan: a period, two versions, and 10 actions over 5 principles,
    // one without an owner and one without a term; S1 has none yet.
    perform(s, SetPlanPeriod{2025, 2030}, log_time(minute++));
    perform(s, AddVersion{{"0.1", "2024-05-20", PlanStatus::Draft, "Voor de kerngroep"}}, log_time(minute++));
    perform(s, AddVersion{{"0.2", "2024-06-10", PlanStatus::Discussed, ""}}, log_time(minute++));
    auto action = [&](const char* id, const char* card, const char* what, const char* owner, Term start, Term end,
                      std::optional<long long> operating, std::optional<long long> investment, ActionStatus status) {
        PlanAction a{id, card, what, owner, start, end, operating, investment, status};
        perform(s, AddAction{a, static_cast<int>(s.board.plan.actions.size())}, log_time(minute++));
    };
    action("a1", "K3", "Attesten via MAGDA ophalen", "Dienst burgerzaken", {2025, 1}, {2025, 4}, 15000, std::nullopt, ActionStatus::Running);
    action("a2", "K3", "Papieren aanvragen inventariseren", "Informatieveiligheidsconsulent", {2025, 1}, {2025, 2}, std::nullopt,
           std::nullopt, ActionStatus::Done);
    action("a3", "K3", "Formulieren hertekenen", "", {2026, 1}, {2027, 4}, 40000, 60000, ActionStatus::Planned);
    action("a4", "O3", "Raamcontract cloud", "Aankoopdienst", {2025, 3}, {2026, 2}, std::nullopt, 250000, ActionStatus::Planned);
    action("a5", "O3", "Exit-plan per toepassing", "ICT-dienst", {2026, 1}, {2026, 4}, 8000, std::nullopt, ActionStatus::Planned);
    action("a6", "K4", "DPO bij elk project betrekken", "Algemeen directeur", {2025, 1}, {2030, 4}, 12000, std::nullopt,
           ActionStatus::Running);
    action("a7", "K4", "Bewustmakingscampagne", "Communicatie", {2027, 1}, {2028, 4}, 20000, std::nullopt, ActionStatus::Planned);
    action("a8", "I5", "Noodlijn 24/7 bemannen", "Noodplanning", {}, {}, 30000, std::nullopt, ActionStatus::Planned);
    action("a9", "I1", "Contracten nakijken op exit-clausules", "Juridische dienst", {2028, 1}, {2029, 4}, 6000, std::nullopt,
           ActionStatus::Planned);
    action("a10", "I1", "Leveranciersoverleg", "ICT-dienst", {2029, 1}, {2030, 4}, std::nullopt, 90000, ActionStatus::Planned);
    return s;
}

// The time stamp the golden files were made with.
inline const char* kGenerated = "2024-05-14T12:00:00Z";

// The fixed session as a document, at that time stamp.
inline Document export_document(const std::string& language = "nl")
{
    return make_document(export_session_fixture(language), kGenerated);
}

}  // namespace prio::fixture
