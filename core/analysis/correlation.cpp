#include "correlation.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cxmap {

namespace {

// Fills p and the interval of a correlation whose n and r are set. The variance of atanh r̂ is
// varianceNumerator / (n − 3): 1 for Pearson (Fisher 1921), other values for rank coefficients.
void completeCorrelation(Correlation &result, double varianceNumerator)
{
    const auto n = static_cast<double>(result.n);
    const double r = std::clamp(result.r, -1.0, 1.0);
    result.r = r;
    result.valid = true;

    // 1 − r² as (1 − r)(1 + r): no cancellation for |r| near 1.
    const double oneMinusR2 = (1.0 - r) * (1.0 + r);
    if (oneMinusR2 <= 0.0) {
        result.pValue = 0.0;
    } else {
        const double t = r * std::sqrt((n - 2.0) / oneMinusR2);
        result.pValue = studentTTwoSidedP(t, n - 2.0);
    }

    if (result.n < 4 || !(result.confidence > 0.0 && result.confidence < 1.0))
        return;
    if (oneMinusR2 <= 0.0) {
        result.ciLow = r;
        result.ciHigh = r;
    } else {
        const double z = std::atanh(r);
        const double margin =
            normalCriticalValue(result.confidence) * std::sqrt(varianceNumerator / (n - 3.0));
        result.ciLow = std::tanh(z - margin);
        result.ciHigh = std::tanh(z + margin);
    }
    result.hasInterval = true;
}

// Average ranks (1-based); tied values share the mean of the ranks they occupy.
std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&values](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = first + 1;
        while (last < order.size() && values[order[last]] == values[order[first]])
            ++last;
        // Positions first … last − 1 hold equal values: ranks first + 1 … last, mean below.
        const double rank = 0.5 * static_cast<double>(first + 1 + last);
        for (std::size_t i = first; i < last; ++i)
            ranks[order[i]] = rank;
        first = last;
    }
    return ranks;
}

} // namespace

Correlation pearsonCorrelation(const PairedMoments &moments, double confidence)
{
    Correlation result;
    result.confidence = confidence;
    result.n = std::max<qint64>(moments.n, 0);
    if (moments.n < 3)
        return result;

    const double sxx = centredSumOfSquares(moments.n, moments.sumX, moments.sumXX);
    const double syy = centredSumOfSquares(moments.n, moments.sumY, moments.sumYY);
    if (sxx == 0.0 || syy == 0.0)
        return result; // a constant variable: r undefined
    const double sxy =
        moments.sumXY - moments.sumX * (moments.sumY / static_cast<double>(moments.n));
    result.r = sxy / std::sqrt(sxx * syy);
    // Sums that overflowed (values beyond any scale) give no coefficient at all, never a valid one.
    if (!std::isfinite(result.r) || !std::isfinite(sxx) || !std::isfinite(syy))
        return result;
    completeCorrelation(result, 1.0);
    return result;
}

Correlation spearmanCorrelation(std::span<const double> x, std::span<const double> y,
                                double confidence)
{
    Correlation result;
    result.confidence = confidence;
    if (x.size() != y.size())
        return result;

    std::vector<double> xs;
    std::vector<double> ys;
    xs.reserve(x.size());
    ys.reserve(y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            xs.push_back(x[i]);
            ys.push_back(y[i]);
        }
    }
    result.n = static_cast<qint64>(xs.size());
    if (result.n < 3)
        return result;

    // Pearson on the ranks, with centred sums: ranks are small exact numbers, no SQL sums here.
    const std::vector<double> rx = averageRanks(xs);
    const std::vector<double> ry = averageRanks(ys);
    const double meanRank = 0.5 * static_cast<double>(result.n + 1); // the same for both
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        const double dx = rx[i] - meanRank;
        const double dy = ry[i] - meanRank;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if (sxx == 0.0 || syy == 0.0)
        return result; // every value tied: ρ undefined
    result.r = sxy / std::sqrt(sxx * syy);
    // Bonett & Wright (2000): var(atanh ρ̂) ≈ (1 + ρ²/2)/(n − 3).
    completeCorrelation(result, 1.0 + 0.5 * result.r * result.r);
    return result;
}

bool isSignificantlyPositive(const Correlation &correlation)
{
    return correlation.hasInterval && correlation.ciLow > 0.0;
}

} // namespace cxmap
