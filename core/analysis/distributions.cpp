#include "distributions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace cxmap {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Infinity = std::numeric_limits<double>::infinity();

// Beyond this many degrees of freedom the continued fraction loses more than 1e-9 to rounding
// (about ε·ν/t² relative in long double), while the normal distribution with Fisher's first
// 1/ν correction is within O(t⁸/ν²) < 1e-10 for |t| ≤ 10.
constexpr double NormalLimitDf = 1e9;

template<std::size_t N> double horner(const std::array<double, N> &coefficients, double x)
{
    // Coefficients from the highest power down, as the published tables list them.
    double result = 0.0;
    for (const double c : coefficients)
        result = result * x + c;
    return result;
}

// Remainder of Stirling's series, ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10. Terms are
// B₂ₖ / (2k (2k − 1) x^(2k−1)) (Abramowitz & Stegun 6.1.40); eight of them reach 1e-17 at x = 10.
double stirlingRemainder(double x)
{
    const double r = 1.0 / (x * x);
    const double series =
        1.0 / 12.0 +
        r * (-1.0 / 360.0 +
             r * (1.0 / 1260.0 +
                  r * (-1.0 / 1680.0 +
                       r * (1.0 / 1188.0 + r * (-691.0 / 360360.0 +
                                                r * (1.0 / 156.0 + r * (-3617.0 / 122400.0)))))));
    return series / x;
}

// ln B(a, b). lgamma(a) + lgamma(b) − lgamma(a + b) cancels catastrophically when an argument is
// large (a t test at n = 10⁶ has a = 5·10⁵), so large arguments go through Stirling's series and
// only the remainders are subtracted; the same split as R's nmath lbeta.c. std::tgamma rather
// than std::lgamma: glibc's lgamma writes the global signgam, a data race off the GUI thread.
double logBeta(double a, double b)
{
    constexpr double LogSqrtTwoPi = 0.918938533204672741780329736406; // ½ ln 2π
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    if (p >= 10.0) {
        const double correction =
            stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
        return -0.5 * std::log(q) + LogSqrtTwoPi + correction + (p - 0.5) * std::log(p / (p + q)) +
               q * std::log1p(-p / (p + q));
    }
    if (q >= 10.0) {
        const double correction = stirlingRemainder(q) - stirlingRemainder(p + q);
        return std::log(std::tgamma(p)) + correction + p - p * std::log(p + q) +
               (q - 0.5) * std::log1p(-p / (p + q));
    }
    return std::log(std::tgamma(p) * (std::tgamma(q) / std::tgamma(p + q)));
}

// Continued fraction of I_x(a, b) (DLMF 8.17.22; Numerical Recipes §6.4) by the modified Lentz
// method (Thompson & Barnett 1986). It converges fast for x < (a + 1)/(a + b + 2), in at worst
// O(√max(a, b)) steps; the caller uses the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) otherwise.
// y = 1 − x is passed as well: close to that threshold the first term 1 − (a + b)x/(a + 1)
// cancels to about 2/(a + b), which lost six digits at 10⁷ df; its equal
// (1 − b + (a + b)y)/(a + 1) does not cancel there. The later steps 1 + odd/c cancel the same
// way (they lose about log₁₀ a digits), hence long double: x87's 11 extra bits keep 1e-9 up
// to 10⁹ df. Where long double is double (MSVC, ARM64) large-df tails are ~2000× less exact.
double betaContinuedFraction(double a, double b, double x, double y)
{
    using Real = long double;
    constexpr Real Tiny = 1e-300L;
    constexpr Real Tolerance = std::numeric_limits<Real>::epsilon();
    const int maxSteps = 1000 + static_cast<int>(20.0 * std::sqrt(std::max(a, b)));

    const auto guard = [](Real value) { return std::abs(value) < Tiny ? Tiny : value; };
    const Real A = a;
    const Real B = b;
    const Real X = x;
    const bool fromY = (a + b) * y + std::abs(1.0 - b) < (a + 1.0) + (a + b) * x;
    const Real first =
        fromY ? (1.0L - B + (A + B) * Real(y)) / (A + 1.0L) : 1.0L - (A + B) * X / (A + 1.0L);
    Real c = 1.0L;
    Real d = 1.0L / guard(first);
    Real h = d;
    for (int m = 1; m <= maxSteps; ++m) {
        const Real twoM = 2.0L * m;
        const Real even = m * (B - m) * X / ((A + twoM - 1.0L) * (A + twoM));
        d = 1.0L / guard(1.0L + even * d);
        c = guard(1.0L + even / c);
        h *= d * c;
        const Real odd = -(A + m) * (A + B + m) * X / ((A + twoM) * (A + twoM + 1.0L));
        d = 1.0L / guard(1.0L + odd * d);
        c = guard(1.0L + odd / c);
        const Real delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0L) <= Tolerance)
            break;
    }
    return static_cast<double>(h);
}

// ln x where x = 1 − y; log1p(−y) keeps the digits x may have lost when it is close to 1.
double logComplement(double x, double y)
{
    return x < 0.5 ? std::log(x) : std::log1p(-y);
}

// I_x(a, b) with y = 1 − x supplied by the caller, formed without cancellation.
double incompleteBeta(double a, double b, double x, double y)
{
    if (x <= 0.0)
        return 0.0;
    if (y <= 0.0)
        return 1.0;
    // x^a y^b / B(a, b) in logs: the power terms under- and overflow separately at large a, b.
    const double logFront = a * logComplement(x, y) + b * logComplement(y, x) - logBeta(a, b);
    if (x < (a + 1.0) / (a + b + 2.0))
        return std::exp(logFront) * betaContinuedFraction(a, b, x, y) / a;
    return 1.0 - std::exp(logFront) * betaContinuedFraction(b, a, y, x) / b;
}

// P(T > t) for t ≥ 0 is ½ I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1 with 26.5.27).
// x = ν/(ν + t²) and y = t²/(ν + t²) are both formed directly, from the ratio t/√ν or its
// inverse, so neither loses digits and t² never overflows.
double studentTUpperTail(double t, double df)
{
    if (std::isinf(df))
        return normalCdf(-t);
    if (df > NormalLimitDf) {
        // Fisher (1925), Expansion of "Student's" integral in powers of n⁻¹, Metron 5: the
        // density is φ(t)[1 + (t⁴ − 2t² − 1)/(4ν) + O(ν⁻²)], and −φ(t)(t³ + t) is an
        // antiderivative of φ(t)(t⁴ − 2t² − 1).
        const double density = std::exp(-0.5 * t * t) / std::sqrt(2.0 * std::numbers::pi);
        return normalCdf(-t) + density * (t * t + 1.0) * t / (4.0 * df);
    }
    const double root = std::sqrt(df);
    double x = 0.0;
    double y = 0.0;
    if (t <= root) {
        const double v = t / root;
        const double v2 = v * v;
        x = 1.0 / (1.0 + v2);
        y = v2 / (1.0 + v2);
    } else {
        const double u = root / t;
        const double u2 = u * u;
        x = u2 / (1.0 + u2);
        y = 1.0 / (1.0 + u2);
    }
    return 0.5 * incompleteBeta(0.5 * df, 0.5, x, y);
}

// P(0 < T < t) for t ≥ 0 is ½ I_{t²/(ν+t²)}(½, ν/2) (Abramowitz & Stegun 26.7.1). Formed
// directly instead of as ½ − P(T > t), it keeps its relative accuracy for small t, which the
// quantile near p = ½ needs: there ½ − P(T > t) has lost as many digits as t is small.
double studentTCentralMass(double t, double df)
{
    if (std::isinf(df))
        return 0.5 * std::erf(t / std::numbers::sqrt2);
    if (df > NormalLimitDf) {
        const double density = std::exp(-0.5 * t * t) / std::sqrt(2.0 * std::numbers::pi);
        return 0.5 * std::erf(t / std::numbers::sqrt2) - density * (t * t + 1.0) * t / (4.0 * df);
    }
    const double v = t / std::sqrt(df);
    const double v2 = v * v;
    return 0.5 * incompleteBeta(0.5, 0.5 * df, v2 / (1.0 + v2), 1.0 / (1.0 + v2));
}

// ln f(t) = −ln B(ν/2, ½) − ½ ln ν − (ν + 1)/2 · ln(1 + t²/ν).
double studentTLogDensity(double t, double df)
{
    const double v = std::abs(t) / std::sqrt(df);
    const double logOnePlusV2 =
        v <= 1.0 ? std::log1p(v * v) : 2.0 * std::log(v) + std::log1p(1.0 / (v * v));
    return -logBeta(0.5 * df, 0.5) - 0.5 * std::log(df) - 0.5 * (df + 1.0) * logOnePlusV2;
}

constexpr int MaxNewtonSteps = 200;

bool hasConverged(double next, double t)
{
    return std::abs(next - t) <= 4.0 * std::numeric_limits<double>::epsilon() * t;
}

// Solves P(T > t) = q for q < ¼ by Newton's method in s = ln t: ln P(T > eˢ) is nearly linear
// in s in the far tail (P ~ C·t^−ν) and concave towards the centre, so the steps neither crawl
// nor cross zero. A bracket catches the rare step that leaves it.
double solveUpperTail(double q, double df, double t)
{
    double low = 0.0;       // P(T > low) ≥ q
    double high = Infinity; // P(T > high) ≤ q
    const double logQ = std::log(q);
    for (int step = 0; step < MaxNewtonSteps; ++step) {
        const double tail = studentTUpperTail(t, df);
        if (tail == q)
            return t;
        if (tail > q)
            low = t;
        else
            high = t;
        const double logTail = std::log(tail);
        // d ln P / ds = −t f(t) / P(T > t)
        const double slope = -std::exp(std::log(t) + studentTLogDensity(t, df) - logTail);
        double next = t * std::exp(-(logTail - logQ) / slope);
        if (!(next > low && next < high) || !std::isfinite(next))
            next = std::isinf(high) ? 2.0 * t : (low > 0.0 ? std::sqrt(low * high) : 0.5 * high);
        if (hasConverged(next, t))
            return next;
        t = next;
    }
    return t;
}

// Solves P(0 < T < t) = mass for the central half (mass ≤ ¼) by Newton's method in t: the mass
// is concave in t, so after at most one overshoot the steps approach from below.
double solveCentralMass(double mass, double df, double t)
{
    double low = 0.0;
    double high = Infinity;
    for (int step = 0; step < MaxNewtonSteps; ++step) {
        const double current = studentTCentralMass(t, df);
        if (current == mass)
            return t;
        if (current < mass)
            low = t;
        else
            high = t;
        double next = t - (current - mass) / std::exp(studentTLogDensity(t, df));
        if (!(next > low && next < high) || !std::isfinite(next))
            next = std::isinf(high) ? 2.0 * t : 0.5 * (low + high);
        if (hasConverged(next, t))
            return next;
        t = next;
    }
    return t;
}

// The t > 0 with P(T > t) = q, for 0 < q < ½.
double studentTUpperQuantile(double q, double df)
{
    // Below q = ¼ the tail is the well-conditioned quantity, above it the central mass ½ − q
    // (exact there, by Sterbenz' lemma).
    if (q >= 0.5)
        return 0.0;
    const bool central = q >= 0.25;

    // Closed forms: ν = 1 is the Cauchy distribution, and for ν = 2 the distribution function
    // is ½ + t / (2√(2 + t²)) (Johnson, Kotz & Balakrishnan, Continuous Univariate
    // Distributions 2, §28.2).
    if (df == 1.0)
        return central ? std::tan(std::numbers::pi * (0.5 - q))
                       : 1.0 / std::tan(std::numbers::pi * q);
    if (df == 2.0)
        return (1.0 - 2.0 * q) / std::sqrt(2.0 * q * (1.0 - q));

    // Cornish–Fisher expansion of t around z (Abramowitz & Stegun 26.7.5): the answer itself
    // beyond NormalLimitDf (the next term is below 1e-25), the starting point otherwise.
    const double z = -normalQuantile(q);
    if (std::isinf(df))
        return z;
    const double z2 = z * z;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    const double g4 =
        ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    double t = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
    if (df > NormalLimitDf)
        return t;
    if (!(t > 0.0) || !std::isfinite(t))
        t = std::max(z, std::numeric_limits<double>::min());
    return central ? solveCentralMass(0.5 - q, df, t) : solveUpperTail(q, df, t);
}

} // namespace

double normalCdf(double x)
{
    // Φ(x) = ½ erfc(−x/√2); erfc keeps full relative accuracy in the lower tail.
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return NaN;
    if (p == 0.0)
        return -Infinity;
    if (p == 1.0)
        return Infinity;

    // Wichura, M. J. (1988), Algorithm AS 241: The percentage points of the normal
    // distribution, Applied Statistics 37(3), 477–484; coefficients of PPND16.
    const double q = p - 0.5;
    if (std::abs(q) <= 0.425) {
        static constexpr std::array<double, 8> A = {2509.0809287301226727, 33430.575583588128105,
                                                    67265.770927008700853, 45921.953931549871457,
                                                    13731.693765509461125, 1971.5909503065514427,
                                                    133.14166789178437745, 3.387132872796366608};
        static constexpr std::array<double, 8> B = {5226.495278852854561,  28729.085735721942674,
                                                    39307.89580009271061,  21213.794301586595867,
                                                    5394.1960214247511077, 687.1870074920579083,
                                                    42.313330701600911252, 1.0};
        const double r = 0.180625 - q * q;
        return q * horner(A, r) / horner(B, r);
    }
    // p < ½ is taken as is and 1 − p is exact for p ≥ ½, so no digits are lost here.
    double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
    double x = 0.0;
    if (r <= 5.0) {
        static constexpr std::array<double, 8> C = {
            7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
            1.27045825245236838258,   3.64784832476320460504,   5.7694972214606914055,
            4.6303378461565452959,    1.42343711074968357734};
        static constexpr std::array<double, 8> D = {
            1.05075007164441684324e-9, 5.475938084995344946e-4,
            0.0151986665636164571966,  0.14810397642748007459,
            0.68976733498510000455,    1.6763848301838038494,
            2.05319162663775882187,    1.0};
        r -= 1.6;
        x = horner(C, r) / horner(D, r);
    } else {
        static constexpr std::array<double, 8> E = {
            2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
            0.026532189526576123093,   0.29656057182850489123,    1.7848265399172913358,
            5.4637849111641143699,     6.6579046435011037772};
        static constexpr std::array<double, 8> F = {
            2.04426310338993978564e-15, 1.4215117583164458887e-7,
            1.8463183175100546818e-5,   7.868691311456132591e-4,
            0.0148753612908506148525,   0.13692988092273580531,
            0.59983220655588793769,     1.0};
        r -= 5.0;
        x = horner(E, r) / horner(F, r);
    }
    return q < 0.0 ? -x : x;
}

double normalCriticalValue(double confidence)
{
    if (!(confidence > 0.0 && confidence < 1.0))
        return NaN;
    return -normalQuantile(0.5 * (1.0 - confidence));
}

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0.0 && b > 0.0 && x >= 0.0 && x <= 1.0) || std::isinf(a) || std::isinf(b))
        return NaN;
    return incompleteBeta(a, b, x, 1.0 - x);
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return NaN;
    if (std::isinf(t))
        return t > 0.0 ? 1.0 : 0.0;
    return t < 0.0 ? studentTUpperTail(-t, df) : 1.0 - studentTUpperTail(t, df);
}

double studentTTwoSidedP(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return NaN;
    if (std::isinf(t))
        return 0.0;
    return std::min(1.0, 2.0 * studentTUpperTail(std::abs(t), df));
}

double studentTQuantile(double p, double df)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0 || !(df > 0.0))
        return NaN;
    if (p == 0.0)
        return -Infinity;
    if (p == 1.0)
        return Infinity;
    if (p == 0.5)
        return 0.0;
    return p < 0.5 ? -studentTUpperQuantile(p, df) : studentTUpperQuantile(1.0 - p, df);
}

double studentTCriticalValue(double confidence, double df)
{
    if (!(confidence > 0.0 && confidence < 1.0) || !(df > 0.0))
        return NaN;
    return studentTUpperQuantile(0.5 * (1.0 - confidence), df);
}

} // namespace cxmap
