#pragma once

// The trend of DESIGN §3: least-squares slope of a touchpoint's monthly performance, and
// whether it is declining (slope significantly below zero).

#include "statistics.h"

#include <QtGlobal>

#include <span>

namespace cxmap {

/**
 * One point of a series: x is the month index, y the month's mean score. weight is 1 for plain
 * least squares; pass the month's n to let a month of 300 answers count more than one of 3.
 */
struct TrendPoint
{
    double x = 0.0;
    double y = 0.0;
    double weight = 1.0;
};

/** A fitted line y = intercept + slope·x with the slope's interval. */
struct LinearTrend
{
    /** Points used: those with a positive weight and finite x, y and weight. */
    qint64 points = 0;
    /** Meaningful when valid. */
    double slope = 0.0;
    double intercept = 0.0;
    /**
     * Standard error of the slope, and its interval slope ± t(1 − α/2, points − 2)·SE;
     * meaningful when hasInterval.
     */
    double standardError = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** At least two points with different x. */
    bool valid = false;
    /** valid and at least three points (one residual degree of freedom). */
    bool hasInterval = false;
};

/**
 * Weighted least squares (ordinary with unit weights). The weights are relative precisions:
 * a month's mean of nᵢ answers has variance σ²/nᵢ, so weight nᵢ is the efficient choice, while
 * σ² is still estimated from the residuals about the line, with points − 2 degrees of freedom
 * (as R's lm(y ~ x, weights = n)). Scaling every weight by one constant changes nothing.
 */
LinearTrend fitLinearTrend(std::span<const TrendPoint> points,
                           double confidence = DefaultConfidence);

/** DESIGN §3: the slope's whole interval lies below zero. */
bool isDeclining(const LinearTrend &trend);

} // namespace cxmap
