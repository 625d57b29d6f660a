#include "core/session.h"

#include <cmath>

namespace prio {
namespace {

void log(Session& session, const std::string& time, LogWhat what)
{
    session.log.push_back(LogEntry{time, std::move(what)});
    ++session.revision;
}

}  // namespace

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
        log(session, time, EditRecord{LogKind::Do, step.edit, step.inverse});
    }
    return refusal;
}

Replay undo(Session& session, const std::string& time)
{
    Replayed replayed = undo(session.deck, session.board, session.history);
    if (replayed.result == Replay::Done)
        log(session, time, EditRecord{LogKind::Undo, replayed.step->inverse, replayed.step->edit});
    return replayed.result;
}

Replay redo(Session& session, const std::string& time)
{
    Replayed replayed = redo(session.deck, session.board, session.history);
    if (replayed.result == Replay::Done)
        log(session, time, EditRecord{LogKind::Redo, replayed.step->edit, replayed.step->inverse});
    return replayed.result;
}

bool set_language(Session& session, const std::string& language, const std::string& time)
{
    if (session.language == language)
        return false;
    LanguageChange change{session.language, language};
    session.language = language;
    log(session, time, std::move(change));
    return true;
}

std::vector<std::pair<std::string, std::string>> meta_fields(const SessionMeta& meta)
{
    return {
        {"organisation", meta.organisation},
        {"title", meta.title},
        {"facilitator", meta.facilitator},
        {"participants", meta.participants},
        {"date", meta.date},
        {"remarks", meta.remarks},
        {"inhabitants", meta.inhabitants > 0 ? std::to_string(meta.inhabitants) : std::string()},
        {"segment", meta.segment},
    };
}

bool set_meta(Session& session, const SessionMeta& meta, const std::string& time)
{
    if (session.meta == meta)
        return false;
    const auto before = meta_fields(session.meta);
    const auto after = meta_fields(meta);
    session.meta = meta;
    // One entry per field, one change of the revision for the whole dialog.
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i].second != after[i].second)
            session.log.push_back(LogEntry{time, DetailChange{before[i].first, before[i].second, after[i].second}});
    ++session.revision;
    return true;
}

void log_deck_change(Session& session, DeckChange change, const std::string& time)
{
    log(session, time, std::move(change));
}

void start_from_comparison(Session& session, Board board, ComparisonOrigin origin, const std::string& time)
{
    session.board = std::move(board);
    origin.kendall_w = std::round(origin.kendall_w * 1000.0) / 1000.0;
    log(session, time, std::move(origin));
}

void touch(Session& session)
{
    ++session.revision;
}

}  // namespace prio
