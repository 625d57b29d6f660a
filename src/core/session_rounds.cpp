#include "core/session_rounds.h"

namespace prio {
namespace {

void log_round(Session& session, const std::string& time, RoundStep step, int index, int ballot = 0, bool replaces = false)
{
    session.log.push_back(LogEntry{time, RoundEvent{step, index + 1, ballot, replaces}});
    ++session.revision;
}

bool is_round(const Session& session, int index) { return index >= 0 && static_cast<std::size_t>(index) < session.rounds.size(); }

}  // namespace

int open_round(const Session& session)
{
    for (std::size_t r = 0; r < session.rounds.size(); ++r)
        if (session.rounds[r].open)
            return static_cast<int>(r);
    return -1;
}

int start_round(Session& session, Round round, const std::string& time)
{
    if (open_round(session) >= 0)
        return -1;
    // Only what the form uses is kept, so a round reads back as it was.
    if (round.shape.form != BallotForm::Top)
        round.shape.top = 0;
    if (round.shape.form != BallotForm::Lanes)
        round.shape.lanes.clear();
    round.open = true;
    round.revealed = false;
    round.opened = time;
    round.closed.clear();
    round.ballots.clear();
    session.rounds.push_back(std::move(round));
    int index = static_cast<int>(session.rounds.size()) - 1;
    log_round(session, time, RoundStep::Started, index);
    return index;
}

CheckedBallot give_ballot(Session& session, int index, const BallotGroups& groups, const std::string& voter,
                          BallotSource source, const std::string& time, int replaces)
{
    if (!is_round(session, index) || !session.rounds[static_cast<std::size_t>(index)].open) {
        CheckedBallot closed;
        closed.problems.emplace_back().fault = BallotFault::Closed;
        return closed;
    }
    Round& round = session.rounds[static_cast<std::size_t>(index)];
    CheckedBallot checked = check_ballot(session.deck, round.shape, groups);
    if (!checked.clean())
        return checked;
    Ballot ballot{time, round.anonymous ? std::string() : voter, source, {}};
    for (const std::vector<int>& group : checked.groups) {
        ballot.groups.emplace_back();
        for (int card : group) ballot.groups.back().push_back(session.deck.cards[static_cast<std::size_t>(card)].id);
    }
    if (replaces > 0 && static_cast<std::size_t>(replaces) <= round.ballots.size()) {
        round.ballots[static_cast<std::size_t>(replaces) - 1] = std::move(ballot);
        log_round(session, time, RoundStep::Ballot, index, replaces, true);
        return checked;
    }
    round.ballots.push_back(std::move(ballot));
    log_round(session, time, RoundStep::Ballot, index, static_cast<int>(round.ballots.size()));
    return checked;
}

bool close_round(Session& session, int index, const std::string& time)
{
    if (!is_round(session, index) || !session.rounds[static_cast<std::size_t>(index)].open)
        return false;
    Round& round = session.rounds[static_cast<std::size_t>(index)];
    round.open = false;
    round.closed = time;
    log_round(session, time, RoundStep::Closed, index);
    return true;
}

bool reveal_round(Session& session, int index, const std::string& time)
{
    if (!is_round(session, index) || session.rounds[static_cast<std::size_t>(index)].revealed)
        return false;
    close_round(session, index, time);
    session.rounds[static_cast<std::size_t>(index)].revealed = true;
    log_round(session, time, RoundStep::Revealed, index);
    return true;
}

}  // namespace prio
