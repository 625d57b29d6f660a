// The parts of a session file with a writer of their own: the deck copy and
// the rounds.
#include <cstdio>

#include "io/session/session_emit.h"
#include "io/session/session_yaml.h"

namespace prio::session_emit {

namespace {

std::string colour_text(Colour c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", c.r, c.g, c.b);
    return buffer;
}

}  // namespace

void write_deck_copy(Emitter& out, const Deck& deck)
{
    out.begin_map(false);
    out.scalar("deck");
    out.begin_map(false);
    key_text(out, "id", deck.id);
    key_text(out, "title", deck.title);
    key_text(out, "language", deck.language);
    key_text(out, "version", deck.version);
    key_text(out, "description", deck.description);
    out.end_map();

    out.scalar("themes");
    out.begin_seq(false);
    for (const Theme& theme : deck.themes) {
        out.begin_map(false);
        key_text(out, "id", theme.id);
        key_text(out, "title", theme.title);
        key_text(out, "colour", colour_text(theme.colour));
        if (!theme.description.empty())
            key_text(out, "description", theme.description);
        out.end_map();
    }
    out.end_seq();

    out.scalar("lanes");
    out.begin_seq(false);
    for (const LaneSpec& lane : deck.lanes) {
        out.begin_map(false);
        key_text(out, "id", lane.id);
        key_text(out, "title", lane.title);
        if (lane.capacity != 0)
            key_value(out, "capacity", lane.capacity);
        if (!lane.ranked)
            key_value(out, "ranked", false);
        if (lane.term.first > 0)
            key_text(out, "term", lane_term_text(lane.term));
        out.end_map();
    }
    out.end_seq();

    out.scalar("cards");
    out.begin_seq(false);
    for (const Card& card : deck.cards) {
        out.begin_map(false);
        key_text(out, "id", card.id);
        key_text(out, "title", card.title);
        key_text(out, "theme", card.theme);
        key_text(out, "summary", card.summary);
        key_text(out, "body", card.body);
        key_text(out, "source", card.source);
        if (!card.source_file.empty())
            key_text(out, "source_file", card.source_file);
        out.end_map();
    }
    out.end_seq();
    out.end_map();
}

void write_rounds(Emitter& out, const std::vector<Round>& list)
{
    out.scalar("rounds");
    out.begin_seq(false);
    for (const Round& round : list) {
        out.begin_map(false);
        key_text(out, "question", round.question);
        key_word(out, "form", ballot_form_name(round.shape.form));
        if (round.shape.form == BallotForm::Top)
            key_value(out, "top", round.shape.top);
        if (round.shape.form == BallotForm::Lanes) {
            out.scalar("lanes");
            out.begin_seq(false);
            for (const LaneSpec& lane : round.shape.lanes) {
                out.begin_map(true);
                lane_shape(out, lane);
                out.end_map();
            }
            out.end_seq();
        }
        for (auto [key, on] : {std::pair{"anonymous", round.anonymous}, {"open", round.open}, {"revealed", round.revealed}})
            key_value(out, key, on);
        for (auto [key, time] : {std::pair{"opened", &round.opened}, {"closed", &round.closed}})
            key_text(out, key, *time);
        out.scalar("ballots");
        out.begin_seq(round.ballots.empty());
        for (const Ballot& ballot : round.ballots) {
            out.begin_map(true);
            key_text(out, "time", ballot.time);
            key_word(out, "source", ballot_source_name(ballot.source));
            if (!round.anonymous)
                key_text(out, "voter", ballot.voter);
            out.scalar("cards");
            out.begin_seq(true);
            for (const std::vector<std::string>& group : ballot.groups) id_list(out, group);
            out.end_seq();
            out.end_map();
        }
        out.end_seq();
        out.end_map();
    }
    out.end_seq();
}

}  // namespace prio::session_emit
