// Comparing councils: W in words and the CSV's headers (io/export/export_compare.cpp),
// the regional comparison report (io/export/comparison_report.cpp), and the
// window's picker, comparison screen and card detail (ui/compare_*.cpp).
// Where the window and the report say the same thing, they share the key.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"compare.agreement.none", "nauwelijks overeenstemming", "hardly any agreement"},
    {"compare.agreement.weak", "zwakke overeenstemming", "weak agreement"},
    {"compare.agreement.moderate", "matige overeenstemming", "moderate agreement"},
    {"compare.agreement.strong", "sterke overeenstemming", "strong agreement"},
    {"compare.agreement.very_strong", "zeer sterke overeenstemming", "very strong agreement"},
    {"compare.csv.rank", "Rang", "Rank"},
    {"compare.csv.code", "Code", "Code"},
    {"compare.csv.title", "Principe", "Principle"},
    {"compare.csv.mean_rank", "Gemiddelde rang", "Mean rank"},
    {"compare.csv.contested", "Betwist", "Contested"},
    {"compare.csv.yes", "ja", "yes"},
    {"compare.csv.no", "nee", "no"},

    {"compare.file.name", "vergelijking", "comparison"},
    {"compare.report.title", "Regionale vergelijking van de prioriteiten", "Regional comparison of priorities"},
    {"fmt.compare.report.subject", "{councils} besturen over {deck}", "{councils} councils on {deck}"},
    {"compare.report.field.deck", "Kaartenset", "Deck"},
    {"compare.report.field.councils", "Besturen", "Councils"},
    {"compare.report.field.cards", "Principes", "Principles"},
    {"compare.report.field.weights", "Weging", "Weights"},
    {"compare.report.field.date", "Opgemaakt op", "Drawn up on"},
    {"compare.report.weights.equal", "elk bestuur telt even zwaar", "every council weighs the same"},
    {"compare.report.weights.own", "per bestuur, zie de tabel Besturen", "per council, see the table Councils"},
    {"compare.report.weights.inhabitants", "naar inwoners, zie de tabel Besturen", "by inhabitants, see the table Councils"},

    {"compare.report.method", "Werkwijze", "Method"},
    {"fmt.compare.report.method.ranks",
     "Elk bestuur geeft elk van de {cards} principes een rang. De principes in een gerangschikte baan krijgen "
     "1, 2, 3, \u2026 in de volgorde van het bord: de banen van links naar rechts, binnen een baan van boven naar "
     "onder. Alle andere principes (in een baan zonder rangorde of op de stapel) delen de middenrang van de "
     "plaatsen die overblijven.",
     "Every council gives each of the {cards} principles a rank. The principles in a ranked lane get 1, 2, 3, "
     "\u2026 in board order: lanes from left to right, top to bottom within a lane. All other principles (in an "
     "unranked lane or on the pile) share the mid-rank of the places left."},
    {"fmt.compare.report.method.example",
     "Een voorbeeld: wie er {ranked} rangschikt, geeft de overige {rest} elk rang {mid}, het gemiddelde van "
     "plaats {next} tot {cards}.",
     "For example: a council that ranks {ranked} gives each of the other {rest} rank {mid}, the average of "
     "places {next} to {cards}."},
    {"compare.report.method.borda",
     "De consensus volgt de Borda-score: per bestuur het aantal principes min de rang, vermenigvuldigd met het "
     "gewicht van het bestuur en opgeteld. Bij een gelijke score gaat het principe voor dat vaker in een eerste "
     "baan lag, daarna de code. De gemiddelde rang is gewogen op dezelfde manier.",
     "The consensus follows the Borda score: per council the number of principles minus the rank, times the "
     "council's weight, summed. On equal scores the principle that was more often in a first lane goes first, "
     "then the code. The mean rank is weighted the same way."},
    {"compare.report.method.w",
     "Kendall\u2019s W zegt hoe eensgezind de besturen rangschikken: 0 is geen overeenstemming, 1 is dezelfde "
     "volgorde bij iedereen. Gedeelde rangen worden in rekening gebracht. Uit W volgt \u03C7\u00B2 = m(n\u22121)W "
     "met n\u22121 vrijheidsgraden (m besturen, n principes), en daaruit p: de kans op minstens zo veel "
     "overeenstemming als elk bestuur willekeurig had gerangschikt. W weegt de besturen niet.",
     "Kendall\u2019s W says how much the councils agree in their ranking: 0 is no agreement, 1 is the same order "
     "for all. Shared ranks are corrected for. W gives \u03C7\u00B2 = m(n\u22121)W with n\u22121 degrees of "
     "freedom (m councils, n principles), and that gives p: the chance of at least this much agreement if "
     "every council had ranked at random. W does not weigh the councils."},
    {"compare.report.method.contested",
     "Een principe is betwist wanneer de middelste helft van zijn rangen over minstens een derde van de "
     "principes spreidt (interkwartielafstand, IQR \u2265 n/3) en zijn standaardafwijking bij het hoogste kwart "
     "van alle principes hoort.",
     "A principle is contested when the middle half of its ranks spreads over at least a third of the "
     "principles (interquartile range, IQR \u2265 n/3) and its standard deviation is in the top quarter of all "
     "principles\u2019."},
    {"compare.report.method.kemeny",
     "De Kemeny-volgorde is de volgorde die paar per paar het minst ingaat tegen de (gewogen) besturen. Tot "
     "20 principes is ze exact berekend, daarboven benaderd. Ze staat naast de Borda-volgorde om te tonen "
     "waar een andere rekenwijze iets zou veranderen.",
     "The Kemeny order is the order that goes least against the (weighted) councils, pair by pair. Up to 20 "
     "principles it is computed exactly, beyond that approximated. It stands beside the Borda order to show "
     "where another way of counting would change anything."},

    {"compare.report.councils", "Besturen", "Councils"},
    {"compare.report.councils_intro",
     "In clustervolgorde: besturen die gelijkaardig rangschikken, staan naast elkaar. Hun nummer staat boven "
     "hun kolom in de heatmap.",
     "In cluster order: councils that rank alike stand side by side. Their number heads their column in the "
     "heatmap."},
    {"compare.report.col.number", "Nr.", "No."},
    {"compare.report.col.council", "Bestuur", "Council"},
    {"compare.report.col.inhabitants", "Inwoners", "Inhabitants"},
    {"compare.report.col.segment", "Segment", "Segment"},
    {"compare.report.col.weight", "Gewicht", "Weight"},

    {"compare.report.agreement", "Overeenstemming", "Agreement"},
    {"fmt.compare.report.w",
     "Kendall\u2019s W = {w}: {words}. Dat is over m = {councils} besturen en n = {cards} principes, met "
     "\u03C7\u00B2 = {chi} bij {df} vrijheidsgraden en p {p}.",
     "Kendall\u2019s W = {w}: {words}. That is over m = {councils} councils and n = {cards} principles, with "
     "\u03C7\u00B2 = {chi} at {df} degrees of freedom and p {p}."},
    {"compare.report.words",
     "De woorden volgen een gangbare indeling: onder 0,1 nauwelijks, tot 0,3 zwakke, tot 0,6 matige, tot 0,8 "
     "sterke en vanaf 0,8 zeer sterke overeenstemming.",
     "The words follow a common convention: below 0.1 hardly any, up to 0.3 weak, up to 0.6 moderate, up to "
     "0.8 strong and from 0.8 very strong agreement."},
    {"compare.report.top_same", "Met gelijke gewichten zou de top 5 dezelfde zijn.",
     "With equal weights the top 5 would be the same."},
    {"compare.report.top_differs", "Met gelijke gewichten zou de top 5 anders zijn.",
     "With equal weights the top 5 would differ."},

    {"compare.report.consensus", "Consensus", "Consensus"},
    {"compare.report.consensus_intro",
     "De principes in Borda-volgorde. \u201eEerste baan\u201d telt de besturen die het principe in hun eerste "
     "gerangschikte baan legden; de IQR is de spreiding van de middelste helft van zijn rangen.",
     "The principles in Borda order. \u201cFirst lane\u201d counts the councils that put the principle in their "
     "first ranked lane; the IQR is the spread of the middle half of its ranks."},
    {"compare.report.col.rank", "Rang", "Rank"},
    {"compare.report.col.code", "Code", "Code"},
    {"compare.report.col.principle", "Principe", "Principle"},
    {"compare.report.col.borda", "Borda", "Borda"},
    {"compare.report.col.mean_rank", "Gem. rang", "Mean rank"},
    {"compare.report.col.first_lane", "Eerste baan", "First lane"},
    {"compare.report.col.iqr", "IQR", "IQR"},
    {"compare.report.contested_mark", "(betwist)", "(contested)"},

    {"compare.report.heatmap", "Heatmap: wie legde wat waar", "Heatmap: who put what where"},
    {"compare.report.heatmap_intro",
     "Een rij per principe in consensusvolgorde, een kolom per bestuur in clustervolgorde (de nummers van de "
     "tabel Besturen). Elke cel heeft de kleur van de baan waarin dat bestuur het principe legde, en zegt het "
     "ook: de letter van de baan en de rang bij dat bestuur (A3), de letter alleen in een baan zonder rangorde, "
     "een streepje op de stapel.",
     "One row per principle in consensus order, one column per council in cluster order (the numbers of the "
     "table Councils). Each cell has the colour of the lane that council put the principle in, and says so too: "
     "the lane\u2019s letter and the rank in that council (A3), the letter alone in an unranked lane, a dash on "
     "the pile."},
    {"compare.report.heatmap_split",
     "Met zo veel besturen is de heatmap gesplitst in tabellen van hoogstens 12 besturen, zodat ze op een "
     "pagina past.",
     "With this many councils the heatmap is split into tables of at most 12 councils, so that each fits a "
     "page."},
    {"fmt.compare.report.heatmap_part", "Besturen {first} tot {last}", "Councils {first} to {last}"},
    {"compare.report.legend", "Legende", "Legend"},
    {"compare.report.col.key", "Sleutel", "Key"},
    {"compare.report.col.lane", "Baan", "Lane"},
    {"compare.report.ranked", "gerangschikt", "ranked"},
    {"compare.report.unranked", "zonder rangorde", "unranked"},
    {"compare.report.pile", "Stapel (niet geplaatst)", "Pile (not placed)"},

    {"compare.report.contested", "Betwiste principes", "Contested principles"},
    {"compare.report.contested_none", "Geen enkel principe is betwist.", "No principle is contested."},
    {"fmt.compare.report.contested_detail",
     "Consensusrang {rank}; gemiddelde rang {mean}, IQR {iqr}, standaardafwijking {sd}; in de eerste baan bij "
     "{first} van de {councils} besturen.",
     "Consensus rank {rank}; mean rank {mean}, IQR {iqr}, standard deviation {sd}; in the first lane of {first} "
     "of the {councils} councils."},
    {"compare.report.distribution", "Verdeling over de banen", "Over the lanes"},
    {"compare.report.notes", "Notities van de besturen", "The councils\u2019 notes"},
    {"compare.report.no_notes", "Geen enkel bestuur schreef een notitie bij dit principe.",
     "No council wrote a note on this principle."},
    {"fmt.compare.report.without_note", "Zonder notitie: {councils}.", "Without a note: {councils}."},

    {"compare.report.kemeny", "Kemeny naast Borda", "Kemeny beside Borda"},
    {"compare.report.kemeny_exact", "De Kemeny-volgorde is exact berekend.", "The Kemeny order is exact."},
    {"compare.report.kemeny_approximate",
     "De Kemeny-volgorde is benaderd (lokaal zoeken vanuit Borda): er zijn meer dan 20 principes.",
     "The Kemeny order is approximate (a local search from Borda): there are more than 20 principles."},
    {"compare.report.kemeny_same", "Beide volgordes zijn gelijk.", "Both orders are the same."},
    {"fmt.compare.report.kemeny_pairs",
     "Kemeny ordent deze paren anders dan Borda: {pairs}. In de tabel zijn de plaatsen waar de volgordes "
     "verschillen gearceerd.",
     "Kemeny orders these pairs differently from Borda: {pairs}. The table shades the places where the orders "
     "differ."},
    {"fmt.compare.report.kemeny_pair", "{b} v\u00F3\u00F3r {a}", "{b} before {a}"},

    {"compare.report.segments", "Per segment", "Per segment"},
    {"compare.window.kemeny_exact", "exact", "exact"},
    {"compare.window.kemeny_approximate", "benaderd", "approximate"},
    {"fmt.compare.window.kemeny_same", "Kemeny ({kind}) geeft dezelfde volgorde als Borda.",
     "Kemeny ({kind}) gives the same order as Borda."},
    {"fmt.compare.window.kemeny_differs", "Kemeny ({kind}) ordent anders dan Borda: {pairs}.",
     "Kemeny ({kind}) orders differently from Borda: {pairs}."},
    {"fmt.compare.window.segment_first", "Eerst: {codes}.", "First: {codes}."},
    {"compare.report.segments_intro",
     "De consensus en W van elk segment apart, naast die van alle besturen samen.",
     "The consensus and W of each segment on its own, beside those of all councils together."},
    {"fmt.compare.report.segment_w",
     "{segment} ({councils} besturen): W = {w}, {words}, p {p}.",
     "{segment} ({councils} councils): W = {w}, {words}, p {p}."},
    {"compare.report.all_councils", "Alle besturen", "All councils"},

    // --- in the window (ui/compare_*.cpp); columns, legend, lanes and notes are the report's
    {"menu.compare_sessions", "Sessies vergelijken\u2026", "Compare sessions\u2026"},
    {"menu.regional_board", "Openen als nieuw bord", "Open as new board"},
    {"menu.back_to_board", "Terug naar het bord", "Back to the board"},
    {"compare.picker.title", "Sessies vergelijken", "Compare sessions"},
    {"compare.picker.intro", "Kies minstens twee sessies van hetzelfde deck (spatie vinkt aan of af).",
     "Choose at least two sessions of the same deck (Space ticks or unticks)."},
    {"fmt.compare.picker.picked", "{count} gekozen", "{count} chosen"},
    {"compare.picker.add_path", "Een sessie op een ander pad:", "A session at another path:"},
    {"compare.picker.add", "Toevoegen", "Add"},
    {"compare.picker.compare", "Vergelijken", "Compare"},
    {"compare.picker.refused", "Deze sessies kunnen niet vergeleken worden:", "These sessions cannot be compared:"},
    {"compare.window.warning", "Let op:", "Note:"},
    {"fmt.compare.window.title", "{count} besturen vergeleken", "{count} councils compared"},
    {"fmt.compare.window.agreement", "Kendall\u2019s W = {w}: {words}  \u00B7  m = {m} besturen  \u00B7  p {p}",
     "Kendall\u2019s W = {w}: {words}  \u00B7  m = {m} councils  \u00B7  p {p}"},
    {"compare.window.contested", "betwist", "contested"},
    {"fmt.compare.window.contested_count", "{count} betwiste principes: de besturen zijn het er sterk over oneens",
     "{count} contested principles: the councils disagree strongly about them"},
    {"compare.window.hint",
     "Pijltjes: principe kiezen  \u00B7  Enter: details  \u00B7  Esc: terug naar het bord",
     "Arrows: choose a principle  \u00B7  Enter: details  \u00B7  Esc: back to the board"},
    {"compare.window.no_note", "geen notitie", "no note"},
    {"fmt.compare.window.figures", "Borda {borda}  \u00B7  gemiddelde rang {mean}  \u00B7  IQR {iqr}  \u00B7  SD {sd}",
     "Borda {borda}  \u00B7  mean rank {mean}  \u00B7  IQR {iqr}  \u00B7  SD {sd}"},
    {"fmt.compare.window.regional_made",
     "Nieuw bord uit {count} besturen: elk principe in de baan die de meeste kozen",
     "New board from {count} councils: each principle in the lane most of them chose"},
    {"fmt.export.log_comparison", "{time} bord gemaakt uit de vergelijking van {count} besturen (W = {w})",
     "{time} board made from the comparison of {count} councils (W = {w})"},
};

}  // namespace

std::span<const TextEntry> comparison_texts() { return kTable; }

}  // namespace prio
