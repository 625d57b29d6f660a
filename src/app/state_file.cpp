#include "app/state_file.h"

#include <fstream>

namespace prio {
namespace {

void append_cards(std::string& out, const Session& session, const std::vector<int>& cards)
{
    for (int card : cards)
        out += " " + session.deck.cards[static_cast<std::size_t>(card)].id;
    out += "\n";
}

// One line, whatever the text holds: a line break as \n, a colon as \x3a.
std::string one_line(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (c == ':')
            out += "\\x3a";
        else if (c == '\\')
            out += "\\\\";
        else
            out += c;
    }
    return out;
}

}  // namespace

std::string board_state_text(const Session& session, const WindowView* view)
{
    std::string out;
    for (const Lane& lane : session.board.lanes) {
        out += lane.id + ":";
        append_cards(out, session, lane.cards);
    }
    out += "pile:";
    append_cards(out, session, session.board.pile);
    for (std::size_t c = 0; c < session.board.notes.size() && c < session.deck.cards.size(); ++c)
        if (!session.board.notes[c].empty())
            out += "#note " + session.deck.cards[c].id + " " + one_line(session.board.notes[c]) + "\n";
    // A round's state and its ballots, one "#ballot" line each, in the
    // order given: what an end-to-end test checks the consensus against.
    for (std::size_t r = 0; r < session.rounds.size(); ++r) {
        const Round& round = session.rounds[r];
        out += "#round " + std::to_string(r + 1) + " " + (round.open ? "open" : round.revealed ? "revealed" : "closed") + " " +
               std::to_string(round.ballots.size()) + "\n";
        for (const Ballot& ballot : round.ballots) {
            out += "#ballot " + std::to_string(r + 1);
            for (std::size_t g = 0; g < ballot.groups.size(); ++g) {
                out += g ? " |" : "";
                for (const std::string& code : ballot.groups[g]) out += " " + code;
            }
            out += "\n";
        }
    }
    if (view) {
        out += "#zoom " + std::to_string(static_cast<int>(view->zoom * 100.0f + 0.5f)) + "\n";
        if (!view->open_card.empty())
            out += "#open " + view->open_card + "\n";
    }
    return out;
}

bool write_board_state(const Session& session, const std::string& path, const WindowView* view)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << board_state_text(session, view);
    file.close();
    return static_cast<bool>(file);
}

}  // namespace prio
