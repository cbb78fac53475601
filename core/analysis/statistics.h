#pragma once

// Descriptive scores of DESIGN §3: mean performance with its t interval, top-box shares with the
// Wilson interval, NPS with the adjusted-Wald interval, and the reliability rule. Scores are
// aggregated in SQL (GROUP BY), so the mean functions take sufficient statistics, never raw
// answers. Every result says which of its fields are meaningful; nothing is NaN.

#include <QtGlobal>

#include <optional>
#include <span>

namespace cxmap {

/** Confidence level of every interval unless the caller asks for another (DESIGN §3). */
inline constexpr double DefaultConfidence = 0.95;

/** A score is reliable with at least this many answers (DESIGN §3) … */
inline constexpr qint64 ReliableMinimumCount = 30;

/** … and a confidence interval no wider than ± this many points of its 0–100 scale. */
inline constexpr double ReliableMaximumHalfWidth = 10.0;

/**
 * Σ(v − mean)² from sums: Σv² − (Σv)²/n, or exactly 0 when the difference is within the
 * rounding error of the naive summation that produced the sums (about n·ε·Σv², Higham,
 * Accuracy and Stability of Numerical Algorithms, 2002, §4.2). That difference cancels, and
 * for a constant column only rounding noise would be left; it would turn into a small
 * spurious sd or a meaningless correlation. Returns 0 for n ≤ 0.
 */
double centredSumOfSquares(qint64 n, double sum, double sumSquares);

/** Sufficient statistics of one sample, as SQL returns them: COUNT(v), SUM(v), SUM(v * v). */
struct SampleMoments
{
    qint64 n = 0;
    double sum = 0.0;
    double sumSquares = 0.0;

    void add(double value)
    {
        ++n;
        sum += value;
        sumSquares += value * value;
    }
    SampleMoments &operator+=(const SampleMoments &other)
    {
        n += other.n;
        sum += other.sum;
        sumSquares += other.sumSquares;
        return *this;
    }
};

/**
 * One imported summary row instead of answers: its n, its mean and, when the source gave one,
 * its sample standard deviation (n − 1 denominator). A negative or NaN sd counts as missing.
 */
struct AggregateRow
{
    qint64 n = 0;
    double mean = 0.0;
    std::optional<double> sd;
};

/** A mean with its t confidence interval. */
struct MeanSummary
{
    qint64 n = 0;
    /** Meaningful when n ≥ 1. */
    double mean = 0.0;
    /** Sample standard deviation (n − 1); meaningful when hasInterval. */
    double sd = 0.0;
    /** The t interval mean ± t(1 − α/2, n − 1)·sd/√n; meaningful when hasInterval. */
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** n ≥ 2 and the spread is known. Zero spread gives the valid interval [mean, mean]. */
    bool hasInterval = false;
    /**
     * Some pooled row had n ≥ 2 but no sd. Its within-row variance was imputed from the rows
     * that had one, so sd and the interval are estimates; with nothing to impute from there
     * is no interval at all.
     */
    bool approximate = false;

    bool hasMean() const { return n > 0; }
    /** Meaningful when hasInterval. */
    double halfWidth() const { return 0.5 * (ciHigh - ciLow); }
};

/** Mean, sd and t interval of one sample given as (n, Σv, Σv²). */
MeanSummary summarizeMean(const SampleMoments &sample, double confidence = DefaultConfidence);

/**
 * Pools answers and imported summary rows into one mean, weighting every row by its n. The
 * pooled sd is the exact total one, √((within + between sums of squares)/(N − 1)), whenever
 * every row with n ≥ 2 has an sd; see MeanSummary::approximate for the other case. Rows with
 * n ≤ 0 are skipped.
 */
MeanSummary combineMeans(const SampleMoments &answers, std::span<const AggregateRow> rows,
                         double confidence = DefaultConfidence);

/** A proportion (for example the top-box share) with its Wilson score interval, all in 0…1. */
struct ProportionEstimate
{
    qint64 successes = 0;
    qint64 n = 0;
    double proportion = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** n ≥ 1 and 0 ≤ successes ≤ n; every other field is meaningless otherwise. */
    bool valid = false;

    double halfWidth() const { return 0.5 * (ciHigh - ciLow); }
};

/**
 * Wilson score interval (Wilson 1927, JASA 22:209–212; method 3 of Newcombe 1998, Statistics in
 * Medicine 17:857–872). Unlike the Wald interval it stays inside [0, 1] and does not collapse
 * to a point at 0 or n successes.
 */
ProportionEstimate wilsonInterval(qint64 successes, qint64 n,
                                  double confidence = DefaultConfidence);

/** Answer counts of an `nps` metric: promoters 9–10, passives 7–8, detractors 0–6. */
struct NpsCounts
{
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;

    qint64 total() const { return promoters + passives + detractors; }
};

/** Net Promoter Score in points (−100…+100) with its adjusted-Wald interval. */
struct NpsEstimate
{
    qint64 n = 0;
    /** 100 × (promoters − detractors) / n, the score as reported; not the adjusted centre. */
    double score = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** n ≥ 1 and no count negative; every other field is meaningless otherwise. */
    bool valid = false;

    double halfWidth() const { return 0.5 * (ciHigh - ciLow); }
};

/**
 * NPS and its adjusted-Wald interval as published by Rocks (2016), "Interval estimation for the
 * 'Net Promoter Score'", The American Statistician 70(4):365–372, and Sauro & Lewis
 * (MeasuringU, "Confidence intervals for Net Promoter Scores", 2021): add ¾ to promoters and
 * to detractors and 3 to n, then take the Wald interval of the difference of the two adjusted
 * shares. The pseudo-counts are the published ones whatever the confidence level; the interval
 * is clipped to −100…+100.
 */
NpsEstimate netPromoterScore(const NpsCounts &counts, double confidence = DefaultConfidence);

/** DESIGN §3 rule: n ≥ ReliableMinimumCount and halfWidth ≤ ReliableMaximumHalfWidth points. */
bool isReliable(qint64 n, double halfWidth);

/** For a mean on the 0–100 scale; false without an interval. */
bool isReliable(const MeanSummary &summary);

/** The share's half-width counts in percentage points (100 × the 0…1 half-width). */
bool isReliable(const ProportionEstimate &estimate);

/** The half-width counts in NPS points; NPS spans 200 points, so this needs n of a few hundred. */
bool isReliable(const NpsEstimate &estimate);

} // namespace cxmap
