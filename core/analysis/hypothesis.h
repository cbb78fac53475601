#pragma once

// Is a difference between two segments real? DESIGN §3 calls it real only when Welch's t-test
// says so at 95%. Welch rather than Student because segments differ in size and spread.

#include "statistics.h"

#include <QtGlobal>

namespace cxmap {

/** One group as the test needs it: n, mean and sample sd (n − 1 denominator). */
struct GroupSummary
{
    qint64 n = 0;
    double mean = 0.0;
    double sd = 0.0;
};

/** Welch's unequal-variance t-test of mean(a) − mean(b). */
struct WelchTest
{
    /** mean(a) − mean(b); meaningful when valid, as is every field below. */
    double difference = 0.0;
    double t = 0.0;
    /** Welch–Satterthwaite degrees of freedom, usually fractional. */
    double df = 0.0;
    /** Two-sided. */
    double pValue = 1.0;
    /** Interval of the difference: difference ± t(1 − α/2, df)·SE. */
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = DefaultConfidence;
    /** p < 1 − confidence, i.e. the interval excludes zero. */
    bool significant = false;
    /** Both n ≥ 2 with finite sd ≥ 0, not both sd zero (the test is undefined then). */
    bool valid = false;
    /** An input summary was approximate (MeanSummary::approximate). */
    bool approximate = false;
};

/**
 * Welch (1947), Biometrika 34:28–35: t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), with
 * df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)) (Satterthwaite 1946).
 */
WelchTest welchTest(const GroupSummary &a, const GroupSummary &b,
                    double confidence = DefaultConfidence);

/** The same from two score summaries; invalid unless both have an interval (hence an sd). */
WelchTest welchTest(const MeanSummary &a, const MeanSummary &b,
                    double confidence = DefaultConfidence);

} // namespace cxmap
