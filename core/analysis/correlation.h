#pragma once

// Correlation between a touchpoint's score and the journey outcome across respondents: the
// "importance" of DESIGN §3 (moments of truth). Pearson works from sums computed in SQL;
// Spearman needs the paired answers themselves, since ranks cannot be aggregated.

#include "statistics.h"

#include <QtGlobal>

#include <span>

namespace cxmap {

/**
 * Sufficient statistics of paired answers as SQL returns them: COUNT, SUM(x), SUM(y),
 * SUM(x*x), SUM(y*y), SUM(x*y).
 */
struct PairedMoments
{
    qint64 n = 0;
    double sumX = 0.0;
    double sumY = 0.0;
    double sumXX = 0.0;
    double sumYY = 0.0;
    double sumXY = 0.0;

    void add(double x, double y)
    {
        ++n;
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumYY += y * y;
        sumXY += x * y;
    }
};

/** A correlation coefficient with its test against zero and its Fisher-z interval. */
struct Correlation
{
    qint64 n = 0;
    /** Meaningful when valid. */
    double r = 0.0;
    /** Two-sided p of H₀: ρ = 0, t = r√((n − 2)/(1 − r²)) with n − 2 df; meaningful when valid. */
    double pValue = 1.0;
    /** Meaningful when hasInterval. */
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** n ≥ 3 and neither variable is constant (otherwise the coefficient is undefined). */
    bool valid = false;
    /** valid and n ≥ 4, which the Fisher z standard error needs. */
    bool hasInterval = false;
};

/**
 * Pearson's r from sums, with the Fisher (1921) z interval tanh(atanh r ± z·SE), SE = 1/√(n − 3).
 * |r| = 1 gives p = 0 and the interval [r, r].
 */
Correlation pearsonCorrelation(const PairedMoments &moments, double confidence = DefaultConfidence);

/**
 * Spearman's ρ: Pearson's r of the ranks, ties given their average rank (which keeps ρ exact
 * with ties, unlike 1 − 6Σd²/(n(n² − 1))). The interval is Fisher z with the Bonett & Wright
 * (2000, Psychometrika 65:23–28) standard error √((1 + ρ²/2)/(n − 3)): Pearson's 1/√(n − 3)
 * is too narrow for a rank coefficient, increasingly so as |ρ| grows. The p-value is the t
 * approximation with n − 2 df, as for Pearson. Pairs where either value is not finite are left out
 * (pairwise deletion); spans of different lengths give an invalid result with n = 0.
 */
Correlation spearmanCorrelation(std::span<const double> x, std::span<const double> y,
                                double confidence = DefaultConfidence);

/**
 * The importance test of DESIGN §3, read off the interval the user sees: the whole interval
 * lies above zero.
 */
bool isSignificantlyPositive(const Correlation &correlation);

} // namespace cxmap
