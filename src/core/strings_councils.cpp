// The window's texts for comparing councils: the picker, the comparison
// screen, a card's detail and the regional board's log entry.
#include "core/strings_table.h"

namespace prio {
namespace {

constexpr TextEntry kTable[] = {
    {"menu.compare_sessions", "Sessies vergelijken…", "Compare sessions…"},
    {"menu.regional_board", "Openen als nieuw bord", "Open as new board"},
    {"menu.back_to_board", "Terug naar het bord", "Back to the board"},
    {"councils.picker_title", "Sessies vergelijken", "Compare sessions"},
    {"councils.picker_intro", "Kies minstens twee sessies van hetzelfde deck (spatie vinkt aan of af).",
     "Choose at least two sessions of the same deck (Space ticks or unticks)."},
    {"fmt.councils.picked", "{count} gekozen", "{count} chosen"},
    {"councils.add_path", "Een sessie op een ander pad:", "A session at another path:"},
    {"councils.add", "Toevoegen", "Add"},
    {"councils.compare", "Vergelijken", "Compare"},
    {"councils.refused", "Deze sessies kunnen niet vergeleken worden:", "These sessions cannot be compared:"},
    {"councils.warnings", "Let op:", "Note:"},
    {"fmt.councils.title", "{count} besturen vergeleken", "{count} councils compared"},
    {"fmt.councils.agreement", "Kendalls W = {w}: {words}  ·  m = {m} besturen  ·  p = {p}",
     "Kendall's W = {w}: {words}  ·  m = {m} councils  ·  p = {p}"},
    {"councils.ranking", "Consensus (Borda)", "Consensus (Borda)"},
    {"councils.heatmap", "Keuze per bestuur", "Each council's choice"},
    {"councils.col.rank", "Rang", "Rank"},
    {"councils.col.code", "Code", "Code"},
    {"councils.col.title", "Principe", "Principle"},
    {"councils.col.borda", "Borda", "Borda"},
    {"councils.col.mean", "Gem. rang", "Mean rank"},
    {"councils.contested", "betwist", "contested"},
    {"fmt.councils.contested_count", "{count} betwiste principes: de besturen zijn het er sterk over oneens",
     "{count} contested principles: the councils disagree strongly about them"},
    {"councils.legend", "Legende:", "Legend:"},
    {"councils.pile", "niet gelegd", "not placed"},
    {"councils.other_lane", "eigen baan", "a lane of its own"},
    {"councils.hint", "Pijltjes: principe kiezen  ·  Enter: details  ·  Esc: terug naar het bord",
     "Arrows: choose a principle  ·  Enter: details  ·  Esc: back to the board"},
    {"councils.detail_lanes", "Waar de besturen het legden", "Where the councils put it"},
    {"councils.detail_notes", "Notities per bestuur", "Each council's note"},
    {"councils.no_note", "geen notitie", "no note"},
    {"fmt.councils.detail_figures", "Borda {borda}  ·  gemiddelde rang {mean}  ·  IQR {iqr}  ·  SD {sd}",
     "Borda {borda}  ·  mean rank {mean}  ·  IQR {iqr}  ·  SD {sd}"},
    {"fmt.councils.lane_count", "{lane}: {count}", "{lane}: {count}"},
    {"councils.close", "Sluiten", "Close"},
    {"fmt.export.log_comparison", "{time} bord gemaakt uit de vergelijking van {count} besturen (W = {w})",
     "{time} board made from the comparison of {count} councils (W = {w})"},
    {"fmt.councils.regional_made", "Nieuw bord uit {count} besturen: elk principe in de baan die de meeste kozen",
     "New board from {count} councils: each principle in the lane most of them chose"},
};

}  // namespace

std::span<const TextEntry> council_texts() { return kTable; }

}  // namespace prio
