#include "core/kemeny.h"

#include <cstdint>
#include <limits>

namespace prio {

Preferences pairwise_preferences(const std::vector<std::vector<double>>& ranks_per_board,
                                 const std::vector<double>& weights) {
    const std::size_t n = ranks_per_board.empty() ? 0 : ranks_per_board.front().size();
    Preferences preferred(n, std::vector<double>(n, 0.0));
    for (std::size_t k = 0; k < ranks_per_board.size(); ++k) {
        const auto& r = ranks_per_board[k];
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = 0; b < n; ++b)
                if (r[a] < r[b]) preferred[a][b] += weights[k];
    }
    return preferred;
}

double disagreement(const Preferences& preferred, const std::vector<int>& order)
{
    double cost = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j) cost += preferred[order[j]][order[i]];
    return cost;
}

namespace {

constexpr double kSame = 1e-9;

// best[S] is the least disagreement with which the cards of S can open the
// order; the card placed last after S\{x} adds the weight of every board that
// prefers x to a card already placed. Those sums are looked up per byte of S.
KemenyOrder exact(const Preferences& preferred, const std::vector<int>& seed)
{
    const int n = static_cast<int>(preferred.size());
    const int chunks = (n + 7) / 8;
    std::vector<double> sums(static_cast<std::size_t>(n) * chunks * 256, 0.0);
    auto sum_at = [&](int x, int chunk, unsigned bits) -> double& {
        return sums[(static_cast<std::size_t>(x) * chunks + chunk) * 256 + bits];
    };
    for (int x = 0; x < n; ++x)
        for (int c = 0; c < chunks; ++c)
            for (unsigned bits = 1; bits < 256; ++bits) {
                int low = __builtin_ctz(bits), y = c * 8 + low;
                sum_at(x, c, bits) = sum_at(x, c, bits & (bits - 1)) + (y < n ? preferred[x][y] : 0.0);
            }
    std::vector<int> seed_place(n, 0);
    for (int i = 0; i < static_cast<int>(seed.size()); ++i) seed_place[seed[i]] = i;

    const std::uint32_t full = (std::uint32_t{1} << n) - 1;
    std::vector<double> best(std::size_t{full} + 1, std::numeric_limits<double>::infinity());
    std::vector<std::uint8_t> last(std::size_t{full} + 1, 0);
    best[0] = 0;
    for (std::uint32_t set = 1; set <= full; ++set) {
        double chosen = std::numeric_limits<double>::infinity();
        int chosen_card = -1;
        for (std::uint32_t rest = set; rest; rest &= rest - 1) {
            int x = __builtin_ctz(rest);
            std::uint32_t before = set & ~(std::uint32_t{1} << x);
            double cost = best[before];
            for (int c = 0; c < chunks; ++c) cost += sum_at(x, c, (before >> (8 * c)) & 0xFF);
            // Equally good: the card the seed puts later goes last.
            if (cost < chosen - kSame || (cost < chosen + kSame && seed_place[x] > seed_place[chosen_card])) {
                chosen = cost;
                chosen_card = x;
            }
        }
        best[set] = chosen;
        last[set] = static_cast<std::uint8_t>(chosen_card);
    }
    KemenyOrder result;
    result.order.resize(n);
    for (std::uint32_t set = full; set;) {
        int x = last[set];
        result.order[__builtin_popcount(set) - 1] = x;
        set &= ~(std::uint32_t{1} << x);
    }
    result.disagreement = best[full];
    return result;
}

// Adjacent swaps while one lowers the disagreement; each swap lowers it, so it ends.
KemenyOrder local_search(const Preferences& preferred, std::vector<int> order)
{
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t i = 0; i + 1 < order.size(); ++i) {
            int a = order[i], b = order[i + 1];
            if (preferred[b][a] > preferred[a][b] + kSame) {
                std::swap(order[i], order[i + 1]);
                improved = true;
            }
        }
    }
    KemenyOrder result{order, disagreement(preferred, order), false};
    return result;
}

}  // namespace

KemenyOrder kemeny_order(const Preferences& preferred, const std::vector<int>& seed)
{
    if (preferred.empty()) return {};
    if (static_cast<int>(preferred.size()) <= kKemenyExactLimit) return exact(preferred, seed);
    return local_search(preferred, seed);
}

}  // namespace prio
