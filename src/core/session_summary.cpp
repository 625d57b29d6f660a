#include "core/session_summary.h"

namespace prio {

SessionSummary summarize(const Session& session)
{
    SessionSummary s;
    s.title = session.meta.title;
    s.organisation = session.meta.organisation;
    s.date = session.meta.date;
    s.deck = session.deck.title;
    s.placed = placed_count(session.board);
    s.cards = static_cast<int>(session.deck.cards.size());
    s.lanes = static_cast<int>(session.board.lanes.size());
    s.log_entries = session.log.size();
    s.retired = session.retired.size();
    return s;
}

}  // namespace prio
