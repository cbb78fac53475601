#include "regression.h"

#include "distributions.h"

#include <cmath>

namespace cxmap {

namespace {

bool isUsable(const TrendPoint &point)
{
    return std::isfinite(point.x) && std::isfinite(point.y) && std::isfinite(point.weight) &&
           point.weight > 0.0;
}

} // namespace

LinearTrend fitLinearTrend(std::span<const TrendPoint> points, double confidence)
{
    LinearTrend trend;
    trend.confidence = confidence;

    // Centre first, then sum products of deviations: two passes, no Σx² − (Σx)²/n cancellation.
    double weightSum = 0.0;
    double xSum = 0.0;
    double ySum = 0.0;
    for (const TrendPoint &point : points) {
        if (!isUsable(point))
            continue;
        ++trend.points;
        weightSum += point.weight;
        xSum += point.weight * point.x;
        ySum += point.weight * point.y;
    }
    if (trend.points < 2)
        return trend;
    const double xMean = xSum / weightSum;
    const double yMean = ySum / weightSum;

    double sxx = 0.0;
    double sxy = 0.0;
    for (const TrendPoint &point : points) {
        if (!isUsable(point))
            continue;
        const double dx = point.x - xMean;
        sxx += point.weight * dx * dx;
        sxy += point.weight * dx * (point.y - yMean);
    }
    if (!(sxx > 0.0))
        return trend; // every x equal: no slope
    trend.slope = sxy / sxx;
    trend.intercept = yMean - trend.slope * xMean;
    trend.valid = true;

    if (trend.points < 3 || !(confidence > 0.0 && confidence < 1.0))
        return trend;
    double residualSquares = 0.0;
    for (const TrendPoint &point : points) {
        if (!isUsable(point))
            continue;
        const double residual = point.y - (trend.intercept + trend.slope * point.x);
        residualSquares += point.weight * residual * residual;
    }
    const auto df = static_cast<double>(trend.points - 2);
    // Var(slope) = σ̂² / Σw(x − x̄)², σ̂² = Σw·e² / (points − 2).
    trend.standardError = std::sqrt(residualSquares / df / sxx);
    const double margin = studentTCriticalValue(confidence, df) * trend.standardError;
    trend.ciLow = trend.slope - margin;
    trend.ciHigh = trend.slope + margin;
    trend.hasInterval = true;
    return trend;
}

bool isDeclining(const LinearTrend &trend)
{
    return trend.hasInterval && trend.ciHigh < 0.0;
}

} // namespace cxmap
