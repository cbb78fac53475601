#pragma once

// Probability distributions behind every interval and test in core/analysis (DESIGN §3).
// Plain functions of doubles. An argument outside the function's domain (p outside [0, 1],
// df ≤ 0, NaN) is a programming error, not a data state: such calls return NaN. Data states
// such as "n = 1, no interval" are handled one level up, in the result structs of
// statistics.h, correlation.h, hypothesis.h and regression.h.

namespace cxmap {

/**
 * Standard normal distribution function Φ(x). Relative error about 1e-15; deep in the lower
 * tail the problem itself is ill-conditioned (an input rounding moves Φ by about x²·ε).
 */
double normalCdf(double x);

/**
 * Standard normal quantile Φ⁻¹(p): Wichura's algorithm AS 241 (PPND16), relative error about
 * 1e-16. Returns −∞ for p = 0 and +∞ for p = 1.
 */
double normalQuantile(double p);

/**
 * Two-sided normal critical value: the z with P(|Z| ≤ z) = @p confidence (1.959964 for 0.95).
 * @p confidence must lie in (0, 1).
 */
double normalCriticalValue(double confidence);

/**
 * Regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1, by its continued
 * fraction (modified Lentz). Relative error about 1e-13 for a, b up to 10³; it grows slowly
 * with the parameters (about 1e-11 at a = b = 10⁵).
 */
double regularizedIncompleteBeta(double a, double b, double x);

/**
 * Student t distribution function P(T ≤ t) with @p df > 0 degrees of freedom. @p df need not
 * be an integer (Welch's test produces fractional df); df = +∞ gives Φ(t). Relative error of
 * the smaller tail, checked against mpmath: below 1e-13 up to 10⁴ df, 1e-10 up to 10⁶ df and
 * 1e-8 up to 10⁹ df; beyond that Fisher's 1/df expansion of the normal takes over.
 */
double studentTCdf(double t, double df);

/**
 * Two-sided tail probability P(|T| ≥ |t|), the p-value of a t statistic. Computed from the tail
 * itself, so tiny p-values keep their relative accuracy (no 1 − cdf cancellation).
 */
double studentTTwoSidedP(double t, double df);

/**
 * Student t quantile: the t with P(T ≤ t) = @p p; relative error below 1e-12 up to 10⁶ df,
 * near p = ½ as well as in the tails. Returns −∞ for p = 0 and +∞ for p = 1.
 */
double studentTQuantile(double p, double df);

/**
 * Two-sided t critical value: the t with P(|T| ≤ t) = @p confidence, e.g. 2.228139 for 0.95
 * and df = 10. @p confidence must lie in (0, 1).
 */
double studentTCriticalValue(double confidence, double df);

} // namespace cxmap
