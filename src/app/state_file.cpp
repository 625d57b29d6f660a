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

}  // namespace

std::string board_state_text(const Session& session)
{
    std::string out;
    for (const Lane& lane : session.board.lanes) {
        out += lane.id + ":";
        append_cards(out, session, lane.cards);
    }
    out += "pile:";
    append_cards(out, session, session.board.pile);
    return out;
}

bool write_board_state(const Session& session, const std::string& path)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << board_state_text(session);
    file.close();
    return static_cast<bool>(file);
}

}  // namespace prio
