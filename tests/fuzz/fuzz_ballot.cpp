// libFuzzer target: the paper ballot parser on any text, for the bundled
// deck. The first byte picks the round's form (a full ranking, a top k, the
// board's lanes). A clean ballot must name each card at most once, in the
// form's bounds, and check again clean from its own codes; a refused one
// must say where and why, inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/ballot.h"
#include "fuzz_deck_of.h"

namespace {


std::size_t lines_in(std::string_view text)
{
    std::size_t n = 1;
    for (char c : text) n += c == '\n';
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const prio::Deck& d = prio::fuzz::bundled_deck();
    prio::BallotShape shape;
    shape.form = data[0] % 3 == 0 ? prio::BallotForm::Full : data[0] % 3 == 1 ? prio::BallotForm::Top : prio::BallotForm::Lanes;
    shape.top = 1 + data[0] / 3 % 8;
    shape.lanes = d.lanes;
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    prio::CheckedBallot ballot = prio::read_paper_ballot(d, shape, text);
    if (!ballot.clean()) {
        for (const prio::BallotProblem& p : ballot.problems) {
            if (prio::ballot_problem_text(p, "nl").empty() || prio::ballot_problem_text(p, "en").empty())
                std::abort();
            if (p.line < 0 || static_cast<std::size_t>(p.line) > lines_in(text) || p.column < 0)
                std::abort();
        }
        return 0;
    }
    std::vector<int> seen(d.cards.size(), 0);
    prio::BallotGroups codes;
    std::size_t placed = 0;
    for (const std::vector<int>& group : ballot.groups) {
        codes.emplace_back();
        for (int card : group) {
            if (++seen.at(static_cast<std::size_t>(card)) > 1)
                std::abort();
            codes.back().push_back(d.cards[static_cast<std::size_t>(card)].id);
            ++placed;
        }
    }
    if (shape.form == prio::BallotForm::Full && placed != d.cards.size())
        std::abort();
    if (shape.form == prio::BallotForm::Top && placed != static_cast<std::size_t>(shape.top))
        std::abort();
    if (shape.form == prio::BallotForm::Lanes) {
        if (ballot.groups.size() > shape.lanes.size())
            std::abort();
        for (std::size_t l = 0; l < ballot.groups.size(); ++l)
            if (shape.lanes[l].capacity > 0 && ballot.groups[l].size() > static_cast<std::size_t>(shape.lanes[l].capacity))
                std::abort();
    }
    if (!(prio::check_ballot(d, shape, codes).groups == ballot.groups))
        std::abort();
    return 0;
}
