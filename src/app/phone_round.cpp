#include "app/phone_round.h"

#include "core/placeholders.h"
#include "core/session_rounds.h"
#include "core/strings.h"
#include "net/address.h"
#include "net/qr.h"

namespace prio {
namespace {

bool same_round(const PhoneRound& phones, const Session& session)
{
    return phones.round >= 0 && static_cast<std::size_t>(phones.round) < session.rounds.size() &&
           session.rounds[static_cast<std::size_t>(phones.round)].opened == phones.opened;
}

}  // namespace

void serve_phones(PhoneRound& phones, const Session& session, WindowView& view, int round, const std::string& address,
                  int port, std::function<void()> wake)
{
    // The same round on another address keeps which phone gave which ballot.
    std::map<std::string, int> ballot_of;
    if (round == phones.round && same_round(phones, session))
        ballot_of = std::move(phones.ballot_of);
    stop_phones(phones, view);
    if (round < 0 || static_cast<std::size_t>(round) >= session.rounds.size() || !session.rounds[static_cast<std::size_t>(round)].open)
        return;
    const Round& r = session.rounds[static_cast<std::size_t>(round)];
    RoundOffer offer{session.deck, r.shape, r.anonymous, session.language, r.question};
    auto server = std::make_unique<PhoneServer>(std::move(offer), std::move(wake));
    PhoneJoin& join = view.rounds.join;
    join = PhoneJoin{};
    join.on = true;
    for (const LocalAddress& a : local_addresses()) {
        join.addresses.push_back(a.address);
        join.interfaces.push_back(a.interface);
    }
    join.address = address.empty() ? default_address() : address;
    if (std::string error = server->start(join.address, port); !error.empty()) {
        join.error = fill(tr("fmt.round.phones.failed", session.language), {{"error", error}});
        return;
    }
    join.url = server->url();
    join.code_url = server->code_url();
    join.code = server->join_code().substr(0, 4) + "-" + server->join_code().substr(4);
    QrCode qr = make_qr(join.url);
    join.qr_size = qr.size;
    join.qr_dark = std::move(qr.dark);
    phones.server = std::move(server);
    phones.round = round;
    phones.opened = r.opened;
    std::vector<std::string> gave;
    for (const auto& given : ballot_of) gave.push_back(given.first);
    phones.server->carry_over(gave);
    phones.ballot_of = std::move(ballot_of);
    phones.shown = {};
}

bool tick_phones(PhoneRound& phones, Session& session, WindowView& view, const std::string& time)
{
    if (!phones.server)
        return false;
    if (!same_round(phones, session) || session.rounds[static_cast<std::size_t>(phones.round)].revealed) {
        stop_phones(phones, view);
        return true;
    }
    // Closed first, so that nothing is accepted that the session would refuse.
    if (!session.rounds[static_cast<std::size_t>(phones.round)].open)
        phones.server->close_round();
    bool changed = false;
    // Taken in the order the server accepted them; each is checked again by
    // the same give_ballot as a turn or a paper ballot.
    for (PhoneBallot& ballot : phones.server->take_ballots()) {
        auto known = phones.ballot_of.find(ballot.phone);
        int replaces = known == phones.ballot_of.end() ? 0 : known->second;
        CheckedBallot checked = give_ballot(session, phones.round, ballot.groups, ballot.name, BallotSource::Phone, time, replaces);
        if (checked.clean() && replaces == 0)
            phones.ballot_of[ballot.phone] = static_cast<int>(session.rounds[static_cast<std::size_t>(phones.round)].ballots.size());
        changed = changed || checked.clean();
    }
    PhoneCounts counts = phones.server->counts();
    if (counts.joined != phones.shown.joined || counts.given != phones.shown.given) {
        phones.shown = counts;
        view.rounds.join.joined = counts.joined;
        view.rounds.join.given = counts.given;
        changed = true;
    }
    return changed;
}

void stop_phones(PhoneRound& phones, WindowView& view)
{
    phones.server.reset();  // stops and joins its threads
    phones.round = -1;
    phones.ballot_of.clear();
    view.rounds.join = PhoneJoin{};
}

}  // namespace prio
