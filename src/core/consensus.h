#pragma once
// Several boards over one deck, taken together: councils of a region, or
// the participants of a round. The definitions are in docs/consensus.md.
#include <string>
#include <utility>
#include <vector>

#include "core/board.h"
#include "core/deck.h"

namespace prio {

// One board as the consensus maths sees it: a rank for every card of the
// common deck, and the lane the card lies in there.
struct RankedBoard {
    std::vector<double> ranks;       // per card of the common deck: 1..k, then the mid-rank of k+1..n
    std::vector<std::string> lanes;  // per card: its lane's id, "" for the pile
    std::vector<bool> first_lane;    // per card: in the board's first ranked lane
    int ranked = 0;                  // k, the cards with a rank of their own
    double weight = 1;
    std::string segment;             // e.g. "groot" or "klein"; "" for none
};

// `board` lies on `own`, a deck whose cards are matched to `common`'s by
// id, so Dutch and English sessions of one deck mix. A card `own` lacks, and
// a `retired` one, counts as unranked.
RankedBoard rank_board(const Deck& common, const Deck& own, const Board& board,
                       const std::vector<std::string>& retired);

struct Concordance {
    int boards = 0;  // m
    int cards = 0;   // n
    double w = 0;    // Kendall's W with the tie correction; 0 when nothing is ranked anywhere
    double chi_square = 0;
    double p_value = 1;
};
// Unweighted: a weighted W has no standard definition.
Concordance kendall_w(const std::vector<RankedBoard>& boards);

enum class Agreement { HardlyAny, Weak, Moderate, Strong, VeryStrong };
// The usual words for W (< 0.1, 0.1–0.3, 0.3–0.6, 0.6–0.8, ≥ 0.8): a convention.
Agreement agreement(double w);
// The strings key of its words ("compare.agreement.strong").
std::string_view agreement_key(Agreement a);

struct CardConsensus {
    double mean_rank = 0;  // weighted
    double borda = 0;      // weighted sum of n − rank
    int first_lane = 0;    // boards that put it in their first ranked lane
    std::vector<std::pair<std::string, int>> lanes;  // lane id → boards, in order of first appearance
    double iqr = 0;        // of its ranks over the boards, unweighted
    double sd = 0;
    bool contested = false;  // see kContestedRule
    std::vector<double> ranks;  // one per board, in the boards' order
};

// Contested: the boards' ranks spread over a third of the deck in the middle
// half (IQR ≥ n/3) and the card's standard deviation is in the top quartile
// of all cards' (≥ their 75th percentile).
inline constexpr const char* kContestedRule = "IQR >= n/3 and SD in the top quartile";

struct Consensus {
    std::vector<CardConsensus> cards;  // by card index of the common deck
    Concordance concordance;
    // Highest weighted Borda first; ties by more first-lane places, then by card id.
    std::vector<int> borda_order;
    std::vector<int> kemeny_order;
    bool kemeny_exact = true;  // false beyond 20 cards: a local search from Borda
    double kemeny_disagreement = 0;
    // (a, b): Borda puts a before b where Kemeny puts b before a.
    std::vector<std::pair<int, int>> kemeny_vs_borda;
    std::vector<std::vector<double>> spearman;  // board × board, in the boards' order
    std::vector<int> board_order;  // boards by average linkage on 1 − ρ
};

// `card_ids` are the common deck's ids, for the last tie-break of Borda.
Consensus consensus(const std::vector<RankedBoard>& boards, const std::vector<std::string>& card_ids);

// The segments the boards carry, in order of first appearance ("" left out).
std::vector<std::string> segments(const std::vector<RankedBoard>& boards);
std::vector<RankedBoard> in_segment(const std::vector<RankedBoard>& boards, const std::string& segment);

// True when the first `count` places of both orders hold the same cards in
// the same order (the sensitivity line: equal weights against chosen ones).
bool same_top(const std::vector<int>& a, const std::vector<int>& b, int count);

}  // namespace prio
