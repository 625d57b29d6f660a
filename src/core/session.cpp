#include "core/session.h"

namespace prio {

Session make_session(Deck deck)
{
    Session session;
    session.board = make_board(deck);
    session.language = deck.language;
    session.deck = std::move(deck);
    return session;
}

Refusal perform(Session& session, const Edit& edit, const std::string& time)
{
    Refusal refusal = commit(session.deck, session.board, session.history, edit);
    if (refusal == Refusal::None) {
        const Step& step = session.history.done.back();
        session.log.push_back(LogEntry{time, LogKind::Do, step.edit, step.inverse});
        ++session.revision;
    }
    return refusal;
}

bool undo(Session& session, const std::string& time)
{
    const Step* step = undo(session.deck, session.board, session.history);
    if (!step)
        return false;
    session.log.push_back(LogEntry{time, LogKind::Undo, step->inverse, step->edit});
    ++session.revision;
    return true;
}

bool redo(Session& session, const std::string& time)
{
    const Step* step = redo(session.deck, session.board, session.history);
    if (!step)
        return false;
    session.log.push_back(LogEntry{time, LogKind::Redo, step->edit, step->inverse});
    ++session.revision;
    return true;
}

void touch(Session& session)
{
    ++session.revision;
}

}  // namespace prio
