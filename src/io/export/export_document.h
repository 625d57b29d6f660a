#pragma once
// What the exports say, worked out once from a session, so that the
// Markdown, ODT and PDF masterplans and the CSV and JSON lists cannot drift
// apart: every format only adds its own markup to these texts.
//
// Every string in here is clean UTF-8: invalid bytes are replaced, line
// ends are "\n", and control characters other than newline and tab are gone
// (XML cannot carry them and spreadsheets choke on them).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/deck.h"
#include "core/placeholders.h"
#include "core/session.h"
#include "io/export/document_plan.h"
#include "io/files/text_safety.h"

namespace prio {

struct DocCard {
    int rank = 0;          // 1-based overall rank; 0 when unranked or not placed
    int position = 0;      // 1-based within its lane or the pile
    std::string lane_id;   // "" for the pile
    std::string lane;      // lane title, or "not placed" for the pile
    bool ranked_lane = false;
    std::string code;
    std::string title;
    std::string theme_id;
    std::string theme;     // theme title (the id when the deck lacks it)
    Colour theme_colour{128, 128, 128};
    std::string summary;
    std::string note;
};

struct DocLane {
    std::string id;     // "" for the pile
    std::string title;
    bool ranked = true;
    int capacity = 0;
    std::vector<DocCard> cards;
};

// A theme of the deck and its cards in the order the board means (annex C).
struct DocTheme {
    std::string id;
    std::string title;
    Colour colour{128, 128, 128};
    std::vector<DocCard> cards;
};

// A round in the masterplan's annex: its consensus order, or a note that
// it has no results (not revealed).
struct DocRound {
    std::string heading;             // "Ronde 1 — Rangschik de principes"
    std::string note;                // "" when revealed
    std::vector<std::string> order;  // "K3 · De klant centraal", consensus first
};

struct DocField {
    std::string label;
    std::string value;
};

// The masterplan as text, in the session's language.
struct Document {
    std::string language;   // "nl" or "en"
    std::string generated;  // ISO 8601 time stamp given by the caller; may be empty
    std::string time_zone;  // where the document's times are local, e.g. "Europe/Brussels"
    SessionMeta meta;       // cleaned
    std::string deck_id, deck_title, deck_version, deck_hash;
    int card_count = 0;
    int ranked_count = 0;

    std::string title;               // "Information masterplan — draft"
    std::vector<DocField> fields;    // the title block; empty values left out
    std::string method_heading;
    std::string method;              // one paragraph
    std::string method_facts;        // who took part and when (io/export/document_method.h)
    std::vector<std::string> rounds_method;  // a paragraph per round (io/export/document_rounds.h)
    std::vector<DocLane> board_lanes;  // every lane in board order (not the pile)
    std::vector<DocLane> lanes;      // the ranked lanes, in board order
    std::string theme_label;         // "Theme"
    std::string notes_label;         // "The group's notes"
    std::string lane_empty;          // said under a ranked lane with no cards
    std::vector<std::string> action_columns;  // action / owner / deadline
    std::string annex_heading;
    std::vector<DocLane> annex;      // unranked lanes, then the pile; empty ones left out
    std::string annex_none;          // said when the annex has nothing
    std::string log_heading;
    std::vector<std::string> log_paragraphs;
    std::string log_lane_changes;        // lead-in for the list below
    std::vector<std::string> log_list;   // lane changes, one line each

    std::string rounds_heading;      // annex D; "" without rounds
    std::string rounds_intro;
    std::vector<DocRound> rounds;

    std::vector<DocTheme> themes;  // the deck's themes in its order, then any theme a card names that the deck lacks

    std::vector<DocCard> rows;  // every card in ranking order: the priority list

    DocPlan plan;  // the actions, the plan period and the version trail (document_plan.h)

    // The board as a PNG for the management summary (the app renders it);
    // empty: none. `board_picture_file` is the same picture beside the
    // Markdown, "" when it was not written.
    std::string board_picture;
    std::string board_picture_file;
};

// `generated` is the caller's clock (io does not read one), in ISO 8601.
// Times are shown in `time_zone` (a tz database name; "" for Europe/Brussels).
Document make_document(const Session& session, const std::string& generated, const std::string& time_zone = {});

// The label texts the formats need beside the document's own.
std::string principle_heading(const Document& doc, const DocCard& card);

// ---- small text tools shared by the exporters

// "2024-05-14" as "14 mei 2024" / "14 May 2024"; anything else unchanged.
std::string long_date(const std::string& iso_date, const std::string& language);
// A file-name-safe form of a title: letters and digits in lower-case ASCII
// (accented Latin letters lose their accent), anything else one '-'.
std::string slug(std::string_view text);

}  // namespace prio
