#include "hypothesis.h"

#include "distributions.h"

#include <cmath>

namespace cxmap {

namespace {

bool isUsable(const GroupSummary &group)
{
    return group.n >= 2 && std::isfinite(group.mean) && std::isfinite(group.sd) && group.sd >= 0.0;
}

} // namespace

WelchTest welchTest(const GroupSummary &a, const GroupSummary &b, double confidence)
{
    WelchTest result;
    result.confidence = confidence;
    if (!isUsable(a) || !isUsable(b) || !(confidence > 0.0 && confidence < 1.0))
        return result;

    const auto na = static_cast<double>(a.n);
    const auto nb = static_cast<double>(b.n);
    const double va = a.sd * a.sd / na; // squared standard errors of the two means
    const double vb = b.sd * b.sd / nb;
    const double variance = va + vb;
    if (variance <= 0.0)
        return result;

    const double standardError = std::sqrt(variance);
    result.difference = a.mean - b.mean;
    result.t = result.difference / standardError;
    result.df = variance * variance / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
    result.pValue = studentTTwoSidedP(result.t, result.df);
    const double margin = studentTCriticalValue(confidence, result.df) * standardError;
    result.ciLow = result.difference - margin;
    result.ciHigh = result.difference + margin;
    result.significant = result.pValue < 1.0 - confidence;
    result.valid = true;
    return result;
}

WelchTest welchTest(const MeanSummary &a, const MeanSummary &b, double confidence)
{
    WelchTest result;
    result.confidence = confidence;
    if (a.hasInterval && b.hasInterval) {
        result =
            welchTest(GroupSummary{a.n, a.mean, a.sd}, GroupSummary{b.n, b.mean, b.sd}, confidence);
    }
    result.approximate = a.approximate || b.approximate;
    return result;
}

} // namespace cxmap
