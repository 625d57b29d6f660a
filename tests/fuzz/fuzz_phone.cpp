// libFuzzer target: a phone's ballot as the server receives it, any bytes
// as the POST body, for the bundled deck. The first byte picks anonymous or
// named. A body that parses must carry a well-formed phone id, within the
// parser's bounds, and its codes then go through the paper ballot's check;
// a refused body must say why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/ballot.h"
#include "fuzz_deck_of.h"
#include "net/offer.h"


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool anonymous = data[0] % 2 == 0;
    const std::string body(reinterpret_cast<const char*>(data + 1), size - 1);
    prio::PhoneBallot ballot;
    const std::string error = prio::parse_phone_ballot(body, anonymous, "nl", ballot);
    if (!error.empty())
        return 0;
    if (!prio::is_phone_id(ballot.phone) || ballot.groups.size() > 50)
        std::abort();
    if (anonymous != ballot.name.empty() || ballot.name.size() > 80)
        std::abort();
    for (const auto& group : ballot.groups) {
        if (group.size() > 500)
            std::abort();
        for (const std::string& code : group)
            if (code.size() > 64)
                std::abort();
    }
    prio::BallotShape shape;
    shape.lanes = prio::fuzz::bundled_deck().lanes;
    for (prio::BallotForm form : {prio::BallotForm::Full, prio::BallotForm::Top, prio::BallotForm::Lanes}) {
        shape.form = form;
        shape.top = 3;
        prio::CheckedBallot checked = prio::check_ballot(prio::fuzz::bundled_deck(), shape, ballot.groups);
        for (const prio::BallotProblem& p : checked.problems)
            if (prio::ballot_problem_text(p, "nl").empty())
                std::abort();
    }
    return 0;
}
