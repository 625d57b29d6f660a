// Prints how long the consensus of many councils takes over the bundled
// 18-card deck (exact Kemeny included), and over 20 cards, the exact limit.
// A figure to read, not a test: nothing here passes or fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/consensus.h"
#include "io/session/session_deck.h"

using namespace prio;
using Clock = std::chrono::steady_clock;

namespace {

// Councils that lean towards one shared order, each with its own noise, and
// a random share of cards left on the pile.
std::vector<RankedBoard> councils(const Deck& deck, int count, std::mt19937& rng)
{
    std::vector<RankedBoard> out;
    for (int k = 0; k < count; ++k) {
        Board board = make_board(deck);
        std::vector<int> order = board.pile;
        for (std::size_t i = 0; i + 1 < order.size(); ++i)
            if (rng() % 3 == 0) std::swap(order[i], order[i + 1 + rng() % std::min<std::size_t>(3, order.size() - i - 1)]);
        std::size_t placed = order.size() - rng() % 6;
        board.pile.assign(order.begin() + static_cast<std::ptrdiff_t>(placed), order.end());
        for (std::size_t i = 0; i < placed; ++i) board.lanes[std::min<std::size_t>(i / 6, 2)].cards.push_back(order[i]);
        out.push_back(rank_board(deck, deck, board, {}));
    }
    return out;
}

double median_ms(const Deck& deck, int count, int runs)
{
    std::mt19937 rng(42);
    std::vector<std::string> ids;
    for (const Card& c : deck.cards) ids.push_back(c.id);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        std::vector<RankedBoard> boards = councils(deck, count, rng);
        auto start = Clock::now();
        Consensus c = consensus(boards, ids);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (c.kemeny_order.size() != deck.cards.size()) std::printf("unexpected Kemeny order\n");
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main()
{
    Deck deck = start_session(bundled_source("nl")).session->deck;
    for (int count : {2, 16, 60, 500})
        std::printf("%3d councils x %zu cards: consensus (W, Spearman, clustering, exact Kemeny) median %.2f ms\n", count,
                    deck.cards.size(), median_ms(deck, count, 9));
    Deck twenty = deck;
    twenty.cards.push_back({"X1", "Extra 1", twenty.cards[0].theme, "", "", ""});
    twenty.cards.push_back({"X2", "Extra 2", twenty.cards[0].theme, "", "", ""});
    std::printf(" 60 councils x 20 cards (the exact limit): median %.2f ms\n", median_ms(twenty, 60, 5));
}
