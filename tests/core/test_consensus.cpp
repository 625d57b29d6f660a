#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "core/comparison.h"
#include "core/consensus.h"
#include "core/kemeny.h"
#include "core/statistics.h"

using namespace prio;

namespace {

// A board given directly as ranks (ties allowed), for the textbook cases.
RankedBoard ranks(std::vector<double> r, double weight = 1, std::string segment = "")
{
    RankedBoard b;
    b.ranks = std::move(r);
    b.lanes.assign(b.ranks.size(), "");
    b.first_lane.assign(b.ranks.size(), false);
    b.weight = weight;
    b.segment = std::move(segment);
    return b;
}

std::vector<std::string> ids(std::size_t n)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back("C" + std::to_string(i + 10));  // C10.. sort as numbers do
    return out;
}

// A random strict order of n cards, as ranks.
std::vector<double> random_ranks(std::mt19937& rng, int n)
{
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<double> r(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) r[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = i + 1;
    return r;
}

Deck deck_of(int cards, std::string language = "nl")
{
    Deck deck;
    deck.id = "d";
    deck.language = language;
    deck.lanes = {{"nu", "Nu", 0, true}, {"straks", "Straks", 0, true}, {"niet", "Niet", 0, false}};
    for (int i = 0; i < cards; ++i) deck.cards.push_back({"K" + std::to_string(i + 1), language + std::to_string(i), "t", "", "", ""});
    return deck;
}

}  // namespace

TEST_CASE("a board's ranks: ranked lanes in order, everything else shares the mid-rank of the places left")
{
    Deck deck = deck_of(6);
    Board board = make_board(deck);
    board.lanes[0].cards = {2, 0};  // K3, K1
    board.lanes[1].cards = {4};     // K5
    board.lanes[2].cards = {1};     // K2, not a priority
    board.pile = {3, 5};
    RankedBoard r = rank_board(deck, deck, board, {});
    CHECK(r.ranked == 3);
    // k = 3 of n = 6: the other three share (4 + 5 + 6) / 3 = 5.
    CHECK(r.ranks == std::vector<double>{2, 5, 1, 5, 3, 5});
    CHECK(r.lanes == std::vector<std::string>{"nu", "niet", "nu", "", "straks", ""});
    CHECK(r.first_lane == std::vector<bool>{true, false, true, false, false, false});

    SUBCASE("a retired card counts as unranked and the next card takes its place") {
        RankedBoard retired = rank_board(deck, deck, board, {"K3"});
        CHECK(retired.ranks == std::vector<double>{1, 4.5, 4.5, 4.5, 2, 4.5});
        CHECK_FALSE(retired.first_lane[2]);
    }
    SUBCASE("boards are matched by card id, so another language's deck lines up") {
        Deck english = deck_of(6, "en");
        std::reverse(english.cards.begin(), english.cards.end());  // K6 .. K1
        Board theirs = make_board(english);
        theirs.lanes[0].cards = {5, 3};  // K1, K3
        theirs.pile = {0, 1, 2, 4};
        RankedBoard matched = rank_board(deck, english, theirs, {});
        CHECK(matched.ranks == std::vector<double>{1, 4.5, 2, 4.5, 4.5, 4.5});
    }
}

TEST_CASE("Kendall's W: textbook values, with and without ties")
{
    // 3 boards, 4 cards: R = 4, 6, 8, 12; S = 35; W = 12·35 / (9·60) = 7/9.
    Concordance c = kendall_w({ranks({1, 2, 3, 4}), ranks({1, 3, 2, 4}), ranks({2, 1, 3, 4})});
    CHECK(c.w == doctest::Approx(7.0 / 9.0));
    CHECK(c.chi_square == doctest::Approx(3 * 3 * 7.0 / 9.0));
    CHECK(c.p_value == doctest::Approx(chi_square_upper_tail(7.0, 3)));
    // A tie of two on the first board: T = 6; S = 18.5; W = 222 / (4·60 − 2·6) = 222 / 228.
    CHECK(kendall_w({ranks({1, 2, 3.5, 3.5}), ranks({1, 2, 3, 4})}).w == doctest::Approx(222.0 / 228.0));
}

TEST_CASE("Kendall's W: identical boards give 1, two reversed boards give 0, order changes nothing")
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        int n = 3 + trial % 16;
        std::vector<double> r = random_ranks(rng, n);
        CHECK(kendall_w({ranks(r), ranks(r), ranks(r)}).w == doctest::Approx(1.0));
        std::vector<double> reversed(r.size());
        for (std::size_t i = 0; i < r.size(); ++i) reversed[i] = n + 1 - r[i];
        CHECK(kendall_w({ranks(r), ranks(reversed)}).w == doctest::Approx(0.0));
    }
    // Identical boards with ties (a pile) still agree fully.
    CHECK(kendall_w({ranks({1, 2, 4, 4, 4}), ranks({1, 2, 4, 4, 4})}).w == doctest::Approx(1.0));
    // Nothing ranked anywhere: nothing to measure, W is 0 and p is 1.
    Concordance none = kendall_w({ranks({2, 2, 2}), ranks({2, 2, 2})});
    CHECK(none.w == 0);
    CHECK(none.p_value == 1);

    std::vector<RankedBoard> boards;
    for (int k = 0; k < 6; ++k) boards.push_back(ranks(random_ranks(rng, 9)));
    double w = kendall_w(boards).w;
    std::reverse(boards.begin(), boards.end());
    CHECK(kendall_w(boards).w == doctest::Approx(w));
    std::vector<int> cards(9);
    std::iota(cards.begin(), cards.end(), 0);
    std::shuffle(cards.begin(), cards.end(), rng);
    for (RankedBoard& b : boards) {
        std::vector<double> permuted(9);
        for (std::size_t i = 0; i < 9; ++i) permuted[i] = b.ranks[static_cast<std::size_t>(cards[i])];
        b.ranks = permuted;
    }
    CHECK(kendall_w(boards).w == doctest::Approx(w));
}

TEST_CASE("the chi-square upper tail matches tabulated critical values")
{
    struct Row {
        double chi;
        int df;
        double p;
    };
    // Critical values from the standard tables (5 %, 1 %, 0.1 %).
    for (Row row : {Row{3.841, 1, 0.05}, Row{6.635, 1, 0.01}, Row{5.991, 2, 0.05}, Row{7.815, 3, 0.05},
                    Row{18.307, 10, 0.05}, Row{23.209, 10, 0.01}, Row{27.587, 17, 0.05}, Row{40.790, 17, 0.001},
                    Row{43.773, 30, 0.05}}) {
        CAPTURE(row.chi);
        CAPTURE(row.df);
        CHECK(chi_square_upper_tail(row.chi, row.df) == doctest::Approx(row.p).epsilon(0.002));
    }
    CHECK(chi_square_upper_tail(0, 5) == 1);
    // Q(1, x) = e^-x exactly, on both sides of the series/fraction switch.
    for (double x : {0.3, 1.9, 2.1, 9.0}) CHECK(upper_gamma_q(1, x) == doctest::Approx(std::exp(-x)));
}

TEST_CASE("Kemeny: exact against brute force over every permutation, weighted, up to 7 cards")
{
    std::mt19937 rng(11);
    for (int trial = 0; trial < 60; ++trial) {
        int n = 2 + trial % 6, m = 1 + trial % 5;
        std::vector<std::vector<double>> boards;
        std::vector<double> weights;
        for (int k = 0; k < m; ++k) {
            std::vector<double> r = random_ranks(rng, n);
            if (trial % 3 == 0) r[0] = r[1] = (r[0] + r[1]) / 2;  // a tie
            boards.push_back(r);
            weights.push_back(1 + static_cast<double>(rng() % 4));
        }
        Preferences p = pairwise_preferences(boards, weights);
        std::vector<int> perm(static_cast<std::size_t>(n));
        std::iota(perm.begin(), perm.end(), 0);
        double best = disagreement(p, perm);
        do best = std::min(best, disagreement(p, perm));
        while (std::next_permutation(perm.begin(), perm.end()));
        std::iota(perm.begin(), perm.end(), 0);
        KemenyOrder k = kemeny_order(p, perm);
        CAPTURE(trial);
        CHECK(k.exact);
        CHECK(k.disagreement == doctest::Approx(best));
        CHECK(disagreement(p, k.order) == doctest::Approx(best));
        std::vector<int> sorted = k.order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == perm);
    }
}

TEST_CASE("Kemeny beyond 20 cards is a labelled local search that never does worse than its seed")
{
    std::mt19937 rng(3);
    std::vector<std::vector<double>> boards;
    for (int k = 0; k < 5; ++k) boards.push_back(random_ranks(rng, 24));
    Preferences p = pairwise_preferences(boards, std::vector<double>(5, 1.0));
    std::vector<int> seed(24);
    std::iota(seed.begin(), seed.end(), 0);
    KemenyOrder k = kemeny_order(p, seed);
    CHECK_FALSE(k.exact);
    CHECK(k.disagreement <= disagreement(p, seed));
    // No adjacent swap improves it any more.
    for (std::size_t i = 0; i + 1 < k.order.size(); ++i) CHECK(p[k.order[i + 1]][k.order[i]] <= p[k.order[i]][k.order[i + 1]]);
}

TEST_CASE("the consensus of councils: Borda, first lanes, spread, contested cards, Kemeny against Borda")
{
    // Four councils, five cards. Card 0 is everyone's first; card 4 divides them.
    std::vector<RankedBoard> boards = {ranks({1, 2, 3, 4, 5}), ranks({1, 3, 2, 5, 4}), ranks({1, 2, 3, 5, 4}),
                                       ranks({1, 4, 3, 5, 2})};
    boards[0].first_lane = {true, true, false, false, false};
    boards[3].first_lane = {true, false, false, false, true};
    Consensus c = consensus(boards, ids(5));
    CHECK(c.cards[0].mean_rank == 1);
    CHECK(c.cards[0].borda == 4 * 4);
    CHECK(c.cards[0].first_lane == 2);
    CHECK(c.cards[0].sd == 0);
    CHECK(c.cards[4].ranks == std::vector<double>{5, 4, 4, 2});
    CHECK(c.cards[4].iqr == doctest::Approx(quantile({5, 4, 4, 2}, 0.75) - quantile({5, 4, 4, 2}, 0.25)));
    CHECK(c.borda_order.front() == 0);
    CHECK(c.kemeny_order.front() == 0);
    CHECK(c.kemeny_exact);
    // Card 4's ranks spread from 2 to 5, the most of all: contested only if its IQR reaches n/3.
    CHECK(c.cards[4].contested == (c.cards[4].iqr >= 5.0 / 3));
    CHECK_FALSE(c.cards[0].contested);
    for (auto [a, b] : c.kemeny_vs_borda) {
        auto place = [&](const std::vector<int>& order, int x) { return std::find(order.begin(), order.end(), x) - order.begin(); };
        CHECK(place(c.borda_order, a) < place(c.borda_order, b));
        CHECK(place(c.kemeny_order, b) < place(c.kemeny_order, a));
    }
    CHECK(c.spearman.size() == 4);
    CHECK(c.spearman[1][1] == 1);
    CHECK(c.spearman[0][2] == doctest::Approx(pearson(boards[0].ranks, boards[2].ranks)));
}

TEST_CASE("a clearly divided card is contested; a card all agree on is not")
{
    // Eight councils over nine cards: card 8 is first for half and last for the others.
    std::vector<RankedBoard> boards;
    for (int k = 0; k < 8; ++k) {
        std::vector<double> r = {2, 3, 4, 5, 6, 7, 8, 9, 1};
        if (k % 2) r = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        boards.push_back(ranks(r));
    }
    Consensus c = consensus(boards, ids(9));
    CHECK(c.cards[8].contested);
    CHECK(c.cards[8].iqr >= 3);
    CHECK(std::count_if(c.cards.begin(), c.cards.end(), [](const CardConsensus& x) { return x.contested; }) == 1);
}

TEST_CASE("weights move the consensus, and the sensitivity check sees it")
{
    std::vector<RankedBoard> boards = {ranks({1, 2, 3}, 1), ranks({1, 2, 3}, 1), ranks({3, 2, 1}, 10)};
    Consensus weighted = consensus(boards, ids(3));
    for (RankedBoard& b : boards) b.weight = 1;
    Consensus equal = consensus(boards, ids(3));
    CHECK(equal.borda_order == std::vector<int>{0, 1, 2});
    CHECK(weighted.borda_order == std::vector<int>{2, 1, 0});
    CHECK(weighted.kemeny_order == std::vector<int>{2, 1, 0});
    CHECK(weighted.cards[2].mean_rank == doctest::Approx((3 + 3 + 10 * 1) / 12.0));
    CHECK_FALSE(same_top(equal.borda_order, weighted.borda_order, 1));
    CHECK(same_top(equal.borda_order, equal.borda_order, 3));
    // W stays unweighted.
    CHECK(weighted.concordance.w == doctest::Approx(equal.concordance.w));
}

TEST_CASE("Borda ties are broken by first-lane places, then by card id")
{
    std::vector<RankedBoard> boards = {ranks({1, 2}), ranks({2, 1})};
    CHECK(consensus(boards, ids(2)).borda_order == std::vector<int>{0, 1});
    boards[1].first_lane = {false, true};
    CHECK(consensus(boards, ids(2)).borda_order == std::vector<int>{1, 0});
}

TEST_CASE("like-minded councils stand side by side after average linkage")
{
    std::mt19937 rng(5);
    std::vector<double> a = random_ranks(rng, 12), b = a;
    std::reverse(b.begin(), b.end());
    // Boards 0, 2, 4 are near a; 1, 3 near its reverse.
    std::vector<RankedBoard> boards = {ranks(a), ranks(b), ranks(a), ranks(b), ranks(a)};
    std::swap(boards[2].ranks[0], boards[2].ranks[1]);
    std::swap(boards[3].ranks[4], boards[3].ranks[5]);
    std::vector<int> order = consensus(boards, ids(12)).board_order;
    REQUIRE(order.size() == 5);
    std::vector<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<int>{0, 1, 2, 3, 4});
    auto group = [](int x) { return x % 2; };
    int changes = 0;
    for (std::size_t i = 1; i < order.size(); ++i) changes += group(order[i]) != group(order[i - 1]);
    CHECK(changes == 1);
}

TEST_CASE("segments split the councils, in order of first appearance")
{
    std::vector<RankedBoard> boards = {ranks({1, 2}, 1, "groot"), ranks({2, 1}, 1, ""), ranks({1, 2}, 1, "klein"),
                                       ranks({2, 1}, 1, "groot")};
    CHECK(segments(boards) == std::vector<std::string>{"groot", "klein"});
    CHECK(in_segment(boards, "groot").size() == 2);
    CHECK(agreement(0.05) == Agreement::HardlyAny);
    CHECK(agreement(0.3) == Agreement::Moderate);
    CHECK(agreement(0.8) == Agreement::VeryStrong);
}

TEST_CASE("the regional starting board: the lane most councils chose, in consensus order, within capacity")
{
    Deck deck = deck_of(6);
    deck.lanes[0].capacity = 2;  // "nu" holds two
    auto board_of = [&](std::vector<int> nu, std::vector<int> straks, std::vector<int> niet) {
        Board b = make_board(deck);
        b.lanes[0].cards = nu;
        b.lanes[1].cards = straks;
        b.lanes[2].cards = niet;
        b.pile.clear();
        for (int i = 0; i < 6; ++i)
            if (locate(b, i).index < 0) b.pile.push_back(i);  // what no lane holds
        return CouncilBoard{"", "", 0, rank_board(deck, deck, b, {}), {}};
    };
    // Cards 0, 1, 2 are "nu" for most; 3 is "straks"; 4 "niet"; 5 stays on the pile.
    std::vector<CouncilBoard> councils = {board_of({0, 1}, {2, 3}, {4}), board_of({1, 2}, {0, 3}, {4}),
                                          board_of({0, 2}, {1, 3}, {})};
    Comparison c = compare(deck, councils);
    Board regional = regional_board(c);
    // Three want "nu" but it holds two: the lowest in consensus moves on to "straks".
    CHECK(regional.lanes[0].cards.size() == 2);
    std::vector<int> nu_then_straks = regional.lanes[0].cards;
    nu_then_straks.insert(nu_then_straks.end(), regional.lanes[1].cards.begin(), regional.lanes[1].cards.end());
    std::vector<int> expected;
    for (int card : c.all.borda_order)
        if (card <= 3) expected.push_back(card);
    CHECK(nu_then_straks == expected);
    CHECK(regional.lanes[2].cards == std::vector<int>{4});
    CHECK(regional.pile == std::vector<int>{5});
}
