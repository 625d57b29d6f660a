#pragma once
// Small numeric tools the consensus maths needs: quantiles, the chi-square
// upper tail, Pearson's correlation and average-linkage ordering.
#include <vector>

namespace prio {

// The q-quantile (0..1) of values, by linear interpolation between the
// order statistics (the "type 7" rule of R and numpy). 0 for no values.
double quantile(std::vector<double> values, double q);

double mean(const std::vector<double>& values);
// Population standard deviation (divides by the count, not count - 1).
double standard_deviation(const std::vector<double>& values);

// Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x ≥ 0.
double upper_gamma_q(double a, double x);
// P(X ≥ chi_square) for a chi-square variable with `degrees` of freedom.
double chi_square_upper_tail(double chi_square, int degrees);

// Pearson's r of two equally long vectors; 0 when either has no variance
// (a board that ranks nothing agrees with no one, and disagrees with no one).
double pearson(const std::vector<double>& a, const std::vector<double>& b);

// The leaves of an average-linkage (UPGMA) clustering over a symmetric
// distance matrix, in dendrogram order: close items stand side by side.
// Ties merge the pair with the lowest indices first, so the order is stable.
std::vector<int> average_linkage_order(const std::vector<std::vector<double>>& distance);

}  // namespace prio
