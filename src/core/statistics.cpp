#include "core/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace prio {

double quantile(std::vector<double> values, double q)
{
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    double at = q * static_cast<double>(values.size() - 1);
    auto below = static_cast<std::size_t>(std::floor(at));
    std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

double mean(const std::vector<double>& values)
{
    if (values.empty()) return 0;
    double sum = 0;
    for (double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

double standard_deviation(const std::vector<double>& values)
{
    if (values.empty()) return 0;
    double m = mean(values), sum = 0;
    for (double v : values) sum += (v - m) * (v - m);
    return std::sqrt(sum / static_cast<double>(values.size()));
}

namespace {

constexpr double kEpsilon = 1e-15;
constexpr int kMaxTerms = 1000;

// e^(-x) x^a / Γ(a), the factor both expansions share.
double gamma_prefactor(double a, double x) { return std::exp(-x + a * std::log(x) - std::lgamma(a)); }

// P(a, x) as the power series; converges quickly for x < a + 1.
double lower_by_series(double a, double x)
{
    double term = 1.0 / a, sum = term;
    for (int k = 1; k < kMaxTerms; ++k) {
        term *= x / (a + k);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * kEpsilon) break;
    }
    return sum * gamma_prefactor(a, x);
}

// Q(a, x) as the continued fraction, evaluated by the modified Lentz method;
// converges quickly for x ≥ a + 1.
double upper_by_fraction(double a, double x)
{
    const double tiny = std::numeric_limits<double>::min() / kEpsilon;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < kMaxTerms; ++i) {
        double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < tiny) d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        double step = d * c;
        h *= step;
        if (std::fabs(step - 1) < kEpsilon) break;
    }
    return h * gamma_prefactor(a, x);
}

}  // namespace

double upper_gamma_q(double a, double x)
{
    if (x <= 0) return 1;
    return x < a + 1 ? 1 - lower_by_series(a, x) : upper_by_fraction(a, x);
}

double chi_square_upper_tail(double chi_square, int degrees)
{
    if (degrees <= 0) return 1;
    return upper_gamma_q(degrees / 2.0, chi_square / 2.0);
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    double ma = mean(a), mb = mean(b), sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0) return 0;
    return sab / std::sqrt(saa * sbb);
}

std::vector<int> average_linkage_order(const std::vector<std::vector<double>>& distance)
{
    const std::size_t n = distance.size();
    std::vector<std::vector<int>> leaves(n);
    std::vector<bool> alive(n, true);
    std::vector<std::vector<double>> d = distance;
    for (std::size_t i = 0; i < n; ++i) leaves[i] = {static_cast<int>(i)};
    for (std::size_t merges = 1; merges < n; ++merges) {
        std::size_t bi = 0, bj = 0;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j)
                if (alive[i] && alive[j] && d[i][j] < best) best = d[i][j], bi = i, bj = j;
        if (!std::isfinite(best)) break;
        // Lance–Williams update for the average of all leaf pairs.
        double si = static_cast<double>(leaves[bi].size()), sj = static_cast<double>(leaves[bj].size());
        for (std::size_t k = 0; k < n; ++k) {
            if (!alive[k] || k == bi || k == bj) continue;
            d[bi][k] = d[k][bi] = (si * d[bi][k] + sj * d[bj][k]) / (si + sj);
        }
        leaves[bi].insert(leaves[bi].end(), leaves[bj].begin(), leaves[bj].end());
        alive[bj] = false;
    }
    std::vector<int> order;
    for (std::size_t i = 0; i < n; ++i)
        if (alive[i]) order.insert(order.end(), leaves[i].begin(), leaves[i].end());
    return order;
}

}  // namespace prio
