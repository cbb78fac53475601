#pragma once

// Comparison with an explicit tolerance for the statistics tests. Expected values come from
// published tables, textbook examples or independent high-precision computations (mpmath), each
// cited where it is used; the tolerance says how many digits the source has.

#include <QByteArray>
#include <QTest>

#include <cmath>

namespace cxmap::test {

// |actual − expected| ≤ max(relative·|expected|, absolute); infinities must match exactly.
inline bool isNear(double actual, double expected, double relative, double absolute = 0.0)
{
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    return std::abs(actual - expected) <= std::max(relative * std::abs(expected), absolute);
}

inline QByteArray describe(double actual, double expected)
{
    return QByteArray("actual ") + QByteArray::number(actual, 'g', 17) + " expected " +
           QByteArray::number(expected, 'g', 17);
}

} // namespace cxmap::test

#define CXMAP_COMPARE_NEAR(actual, expected, relative, absolute)                                   \
    do {                                                                                           \
        const double cxmapActual_ = (actual);                                                      \
        const double cxmapExpected_ = (expected);                                                  \
        QVERIFY2(cxmap::test::isNear(cxmapActual_, cxmapExpected_, (relative), (absolute)),        \
                 cxmap::test::describe(cxmapActual_, cxmapExpected_).constData());                 \
    } while (false)
