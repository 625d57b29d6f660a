#include "core/consensus.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/kemeny.h"
#include "core/statistics.h"

namespace prio {

RankedBoard rank_board(const Deck& common, const Deck& own, const Board& board,
                       const std::vector<std::string>& retired) {
    const std::size_t n = common.cards.size();
    std::unordered_map<std::string_view, int> index;
    for (std::size_t i = 0; i < n; ++i) index.emplace(common.cards[i].id, static_cast<int>(i));
    auto common_index = [&](int own_card) {
        auto found = index.find(own.cards[static_cast<std::size_t>(own_card)].id);
        return found == index.end() ? -1 : found->second;
    };
    auto is_retired = [&](int common_card) {
        return std::find(retired.begin(), retired.end(), common.cards[static_cast<std::size_t>(common_card)].id) !=
               retired.end();
    };

    RankedBoard out;
    out.ranks.assign(n, 0.0);
    out.lanes.assign(n, "");
    out.first_lane.assign(n, false);
    int first_ranked = -1;
    for (std::size_t l = 0; l < board.lanes.size(); ++l) {
        const Lane& lane = board.lanes[l];
        if (lane.ranked && first_ranked < 0) first_ranked = static_cast<int>(l);
        for (int card : lane.cards) {
            int c = common_index(card);
            if (c < 0) continue;
            out.lanes[c] = lane.id;
            if (!lane.ranked || is_retired(c)) continue;
            out.ranks[c] = ++out.ranked;
            out.first_lane[c] = static_cast<int>(l) == first_ranked;
        }
    }
    const double mid = (out.ranked + 1 + static_cast<double>(n)) / 2;
    for (double& r : out.ranks)
        if (r == 0) r = mid;
    return out;
}

namespace {

// Σ (t³ − t) over a board's groups of equal ranks.
double tie_term(const std::vector<double>& ranks)
{
    std::vector<double> sorted = ranks;
    std::sort(sorted.begin(), sorted.end());
    double total = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && std::fabs(sorted[j] - sorted[i]) < 1e-9) ++j;
        double t = static_cast<double>(j - i);
        total += t * t * t - t;
        i = j;
    }
    return total;
}

}  // namespace

Concordance kendall_w(const std::vector<RankedBoard>& boards)
{
    Concordance c;
    c.boards = static_cast<int>(boards.size());
    c.cards = boards.empty() ? 0 : static_cast<int>(boards.front().ranks.size());
    const double m = c.boards, n = c.cards;
    if (c.boards == 0 || c.cards < 2) return c;
    double s = 0, ties = 0;
    for (int i = 0; i < c.cards; ++i) {
        double sum = 0;
        for (const RankedBoard& b : boards) sum += b.ranks[static_cast<std::size_t>(i)];
        s += (sum - m * (n + 1) / 2) * (sum - m * (n + 1) / 2);
    }
    for (const RankedBoard& b : boards) ties += tie_term(b.ranks);
    double denominator = m * m * (n * n * n - n) - m * ties;
    if (denominator <= 1e-9) return c;  // every board ranks nothing: no agreement to measure
    c.w = std::clamp(12 * s / denominator, 0.0, 1.0);
    c.chi_square = m * (n - 1) * c.w;
    c.p_value = chi_square_upper_tail(c.chi_square, c.cards - 1);
    return c;
}

Agreement agreement(double w)
{
    if (w < 0.1) return Agreement::HardlyAny;
    if (w < 0.3) return Agreement::Weak;
    if (w < 0.6) return Agreement::Moderate;
    if (w < 0.8) return Agreement::Strong;
    return Agreement::VeryStrong;
}

std::string_view agreement_key(Agreement a)
{
    switch (a) {
    case Agreement::HardlyAny: return "compare.agreement.none";
    case Agreement::Weak: return "compare.agreement.weak";
    case Agreement::Moderate: return "compare.agreement.moderate";
    case Agreement::Strong: return "compare.agreement.strong";
    case Agreement::VeryStrong: return "compare.agreement.very_strong";
    }
    return "compare.agreement.none";
}

namespace {

CardConsensus card_figures(const std::vector<RankedBoard>& boards, std::size_t card, double n)
{
    CardConsensus c;
    double weights = 0, weighted_ranks = 0;
    for (const RankedBoard& b : boards) {
        double r = b.ranks[card];
        c.ranks.push_back(r);
        weights += b.weight;
        weighted_ranks += b.weight * r;
        c.borda += b.weight * (n - r);
        if (b.first_lane[card]) ++c.first_lane;
        auto lane = std::find_if(c.lanes.begin(), c.lanes.end(), [&](const auto& p) { return p.first == b.lanes[card]; });
        if (lane == c.lanes.end()) c.lanes.emplace_back(b.lanes[card], 1);
        else ++lane->second;
    }
    c.mean_rank = weights > 0 ? weighted_ranks / weights : mean(c.ranks);
    c.iqr = quantile(c.ranks, 0.75) - quantile(c.ranks, 0.25);
    c.sd = standard_deviation(c.ranks);
    return c;
}

std::vector<int> borda_order(const std::vector<CardConsensus>& cards, const std::vector<std::string>& ids)
{
    std::vector<int> order(cards.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const CardConsensus &x = cards[static_cast<std::size_t>(a)], &y = cards[static_cast<std::size_t>(b)];
        if (std::fabs(x.borda - y.borda) > 1e-9) return x.borda > y.borda;
        if (x.first_lane != y.first_lane) return x.first_lane > y.first_lane;
        return ids[static_cast<std::size_t>(a)] < ids[static_cast<std::size_t>(b)];
    });
    return order;
}

}  // namespace

Consensus consensus(const std::vector<RankedBoard>& boards, const std::vector<std::string>& card_ids)
{
    Consensus out;
    const std::size_t n = card_ids.size(), m = boards.size();
    out.concordance = kendall_w(boards);
    std::vector<double> spreads;
    for (std::size_t i = 0; i < n; ++i) {
        out.cards.push_back(card_figures(boards, i, static_cast<double>(n)));
        spreads.push_back(out.cards.back().sd);
    }
    const double top_quartile = quantile(spreads, 0.75);
    for (CardConsensus& c : out.cards)
        c.contested = m >= 2 && c.iqr >= static_cast<double>(n) / 3 && c.sd >= top_quartile;

    out.borda_order = borda_order(out.cards, card_ids);
    std::vector<std::vector<double>> ranks;
    std::vector<double> weights;
    for (const RankedBoard& b : boards) {
        ranks.push_back(b.ranks);
        weights.push_back(b.weight);
    }
    KemenyOrder kemeny = kemeny_order(pairwise_preferences(ranks, weights), out.borda_order);
    out.kemeny_order = kemeny.order;
    out.kemeny_exact = kemeny.exact;
    out.kemeny_disagreement = kemeny.disagreement;
    std::vector<std::size_t> kemeny_place(n, 0);
    for (std::size_t i = 0; i < out.kemeny_order.size(); ++i) kemeny_place[static_cast<std::size_t>(out.kemeny_order[i])] = i;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            int a = out.borda_order[i], b = out.borda_order[j];
            if (kemeny_place[static_cast<std::size_t>(b)] < kemeny_place[static_cast<std::size_t>(a)]) out.kemeny_vs_borda.emplace_back(a, b);
        }

    out.spearman.assign(m, std::vector<double>(m, 1.0));
    std::vector<std::vector<double>> distance(m, std::vector<double>(m, 0.0));
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = a + 1; b < m; ++b) {
            double rho = pearson(boards[a].ranks, boards[b].ranks);
            out.spearman[a][b] = out.spearman[b][a] = rho;
            distance[a][b] = distance[b][a] = 1 - rho;
        }
    out.board_order = average_linkage_order(distance);
    return out;
}

std::vector<std::string> segments(const std::vector<RankedBoard>& boards)
{
    std::vector<std::string> out;
    for (const RankedBoard& b : boards)
        if (!b.segment.empty() && std::find(out.begin(), out.end(), b.segment) == out.end()) out.push_back(b.segment);
    return out;
}

std::vector<RankedBoard> in_segment(const std::vector<RankedBoard>& boards, const std::string& segment)
{
    std::vector<RankedBoard> out;
    for (const RankedBoard& b : boards)
        if (b.segment == segment) out.push_back(b);
    return out;
}

bool same_top(const std::vector<int>& a, const std::vector<int>& b, int count)
{
    auto k = static_cast<std::size_t>(std::max(count, 0));
    if (a.size() < k || b.size() < k) return a == b;
    return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(k), b.begin());
}

}  // namespace prio
