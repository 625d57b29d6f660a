#include <cmath>

#include <doctest/doctest.h>

#include "card_deck.h"

#include "core/convergence.h"

using namespace prio;

namespace {

Deck four() { return test::card_deck({"A", "B", "C", "D"}, {{"nu", "Nu", 0, true}}); }

Round full_round(std::vector<std::vector<std::string>> orders)
{
    Round r;
    r.shape.form = BallotForm::Full;
    for (auto& order : orders) r.ballots.push_back({"t", "", BallotSource::Paper, {std::move(order)}});
    return r;
}

// Round 1: rank sums A 7, B 6, C 9, D 8 (mean 7.5): S = 5, W = 12·5 / (3²·(4³−4)) = 1/9.
Round first() { return full_round({{"A", "B", "C", "D"}, {"B", "A", "D", "C"}, {"D", "C", "B", "A"}}); }
// Round 2: rank sums A 4, B 5, C 10, D 11: S = 37, W = 444/540 = 37/45.
Round second() { return full_round({{"A", "B", "C", "D"}, {"A", "B", "D", "C"}, {"B", "A", "C", "D"}}); }

}  // namespace

TEST_CASE("convergence: W of both rounds and the cards whose spread shrank past the n/10 threshold")
{
    Convergence c = round_convergence(four(), first(), second());
    REQUIRE(c.ok());
    CHECK(c.ballots_before == 3);
    CHECK(c.ballots_after == 3);
    CHECK(c.w_before == doctest::Approx(1.0 / 9));
    CHECK(c.w_after == doctest::Approx(37.0 / 45));
    REQUIRE(c.cards.size() == 4);
    // A: ranks {1,2,4} → {1,1,2}: SD √(14/9) = 1.247 → √(2/9) = 0.471; IQR (type 7) 1.5 → 0.5.
    CHECK(c.cards[0].sd_before == doctest::Approx(std::sqrt(14.0 / 9)));
    CHECK(c.cards[0].sd_after == doctest::Approx(std::sqrt(2.0 / 9)));
    CHECK(c.cards[0].iqr_before == doctest::Approx(1.5));
    CHECK(c.cards[0].iqr_after == doctest::Approx(0.5));
    CHECK(c.cards[0].change == SpreadChange::Shrank);
    // B: {2,1,3} → {2,2,1}: SD 0.816 → 0.471, a fall of 0.345 < 4/10: noise.
    CHECK(c.cards[1].sd_before == doctest::Approx(std::sqrt(2.0 / 3)));
    CHECK(c.cards[1].iqr_before == doctest::Approx(1.0));
    CHECK(c.cards[1].iqr_after == doctest::Approx(0.5));
    CHECK(c.cards[1].change == SpreadChange::Same);
    CHECK(c.cards[2].change == SpreadChange::Same);
    // D: {4,3,1} → {4,3,4}: the same fall as A; equal changes stay in card order.
    CHECK(c.cards[3].change == SpreadChange::Shrank);
    CHECK(c.shrank == std::vector<int>{0, 3});
    CHECK(c.grew.empty());
}

TEST_CASE("convergence: the other way round the same spreads grew")
{
    Convergence c = round_convergence(four(), second(), first());
    REQUIRE(c.ok());
    CHECK(c.w_before == doctest::Approx(37.0 / 45));
    CHECK(c.w_after == doctest::Approx(1.0 / 9));
    CHECK(c.grew == std::vector<int>{0, 3});
    CHECK(c.shrank.empty());
}

TEST_CASE("convergence: rounds that cannot be compared say why")
{
    Round one = full_round({{"A", "B", "C", "D"}});
    Convergence few = round_convergence(four(), first(), one);
    CHECK(few.problem == ConvergenceProblem::TooFewBallots);
    CHECK(few.problem_round == 2);
    CHECK(few.cards.empty());
    CHECK(convergence_problem_text(few, "nl") == "Ronde 2 heeft 1 stem: er zijn er minstens 2 nodig om te vergelijken.");
    CHECK(round_convergence(four(), Round{}, first()).problem_round == 1);

    Deck other = test::card_deck({"A", "B", "C", "E"}, {{"nu", "Nu", 0, true}});
    Convergence decks = convergence(round_comparison(four(), first(), "en"), round_comparison(other, second(), "en"));
    CHECK(decks.problem == ConvergenceProblem::DifferentDeck);
    CHECK(convergence_problem_text(decks, "en") == "The rounds are not over the same cards: they cannot be compared.");
    CHECK(convergence_problem_text(round_convergence(four(), first(), second()), "en").empty());
}
