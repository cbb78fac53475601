#include "analysis/correlation.h"

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace cxmap;

// Reference values, by source:
//  [Anscombe] Anscombe (1973), Graphs in statistical analysis, The American Statistician
//            27:17–21: data set I has r = 0.816, and its regression t = 4.24, p = 0.00217.
//  [Wikipedia] "Spearman's rank correlation coefficient", worked example (IQ against hours of
//            TV per week, n = 10): ρ = −29/165 = −0.175757…, p = 0.627188 by the t distribution.
//  [closed]  for n = 4 the t test has 2 df, whose two-sided p is 1 − |t|/√(2 + t²) = 1 − |r|.
//  [hand]    Python 3.11 with exact fractions for the sums, mpmath 1.3.0 for atanh/tanh and the
//            t tail (betainc, 40 digits); full digits of the values above come from there too.

namespace {

PairedMoments momentsOf(const std::vector<double> &x, const std::vector<double> &y)
{
    PairedMoments moments;
    for (std::size_t i = 0; i < x.size(); ++i)
        moments.add(x[i], y[i]);
    return moments;
}

const std::vector<double> anscombeX{10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
const std::vector<double> anscombeY{8.04, 6.95, 7.58,  8.81, 8.33, 9.96,
                                    7.24, 4.26, 10.84, 4.82, 5.68};

} // namespace

class TestCorrelation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pearson_data();
    void pearson();
    void pearsonPublishedRounding();
    void pearsonPerfect();
    void pearsonUndefined();
    void pearsonSmallSamples();
    void spearman_data();
    void spearman();
    void spearmanIsRankInvariant();
    void spearmanDropsMissingPairs();
    void spearmanUndefined();
    void significance();
};

void TestCorrelation::pearson_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("pValue");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [Anscombe] [hand] Fisher z with SE 1/√8
    QTest::newRow("Anscombe I") << QList<double>(anscombeX.begin(), anscombeX.end())
                                << QList<double>(anscombeY.begin(), anscombeY.end())
                                << 0.81642051634483984 << 0.0021696288730787969
                                << 0.42439121339321618 << 0.95069325378656053;
    // [hand] Sxx = 10, Syy = 6, Sxy = 6: r = √0.6, t = 3/√2 on 3 df
    QTest::newRow("r = sqrt(0.6)")
        << QList<double>{1, 2, 3, 4, 5} << QList<double>{2, 4, 5, 4, 5} << 0.77459666924148338
        << 0.12402706265755463 << -0.34008203518751037 << 0.98423575515072666;
    // [closed] r = 0.8 at n = 4: p = 0.2 exactly
    QTest::newRow("n = 4, p = 1 - r") << QList<double>{1, 2, 3, 4} << QList<double>{1, 3, 2, 4}
                                      << 0.8 << 0.2 << -0.69695344529932239 << 0.99560025046658564;
}

void TestCorrelation::pearson()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(double, r);
    QFETCH(double, pValue);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const Correlation c = pearsonCorrelation(momentsOf(std::vector<double>(x.begin(), x.end()),
                                                       std::vector<double>(y.begin(), y.end())));
    QCOMPARE(c.n, qint64(x.size()));
    QVERIFY(c.valid);
    QVERIFY(c.hasInterval);
    CXMAP_COMPARE_NEAR(c.r, r, 1e-13, 0.0);
    CXMAP_COMPARE_NEAR(c.pValue, pValue, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(c.ciLow, ciLow, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(c.ciHigh, ciHigh, 1e-11, 0.0);
    // Invariant: Fisher's interval is not symmetric but always contains r.
    QVERIFY(c.ciLow < c.r && c.r < c.ciHigh);
}

void TestCorrelation::pearsonPublishedRounding()
{
    // [Anscombe] as printed: r = 0.816, p = 0.00217.
    const Correlation c = pearsonCorrelation(momentsOf(anscombeX, anscombeY));
    QCOMPARE(qRound(c.r * 1e3), 816);
    QCOMPARE(qRound(c.pValue * 1e5), 217);
}

void TestCorrelation::pearsonPerfect()
{
    // y = 3 − 2x exactly: r = −1, p = 0, the interval is the point.
    const Correlation c =
        pearsonCorrelation(momentsOf({1, 2, 3, 4, 5, 6}, {1, -1, -3, -5, -7, -9}));
    QVERIFY(c.valid);
    QVERIFY(c.hasInterval);
    QCOMPARE(c.r, -1.0);
    QCOMPARE(c.pValue, 0.0);
    QCOMPARE(c.ciLow, -1.0);
    QCOMPARE(c.ciHigh, -1.0);
}

void TestCorrelation::pearsonUndefined()
{
    // Five answers of 0.1: Σx² − (Σx)²/n is 6.9e-18 in doubles [hand], not zero. Dividing by
    // its root would report a confident r from rounding noise; the coefficient is undefined.
    const Correlation constantX =
        pearsonCorrelation(momentsOf({0.1, 0.1, 0.1, 0.1, 0.1}, {1, 2, 3, 4, 5}));
    QCOMPARE(constantX.n, 5);
    QVERIFY(!constantX.valid);
    QVERIFY(!constantX.hasInterval);
    QVERIFY(!isSignificantlyPositive(constantX));

    const Correlation constantY = pearsonCorrelation(momentsOf({1, 2, 3, 4}, {7, 7, 7, 7}));
    QVERIFY(!constantY.valid);
}

void TestCorrelation::pearsonSmallSamples()
{
    QVERIFY(!pearsonCorrelation(PairedMoments{}).valid);
    QVERIFY(!pearsonCorrelation(momentsOf({1, 2}, {3, 5})).valid); // r = ±1 by construction

    // n = 3: r and p exist (1 df), the Fisher interval needs n ≥ 4. [hand] x = 1, 2, 3 and
    // y = 1, 3, 2 give r = 0.5, t = 0.5·√(1/0.75) on 1 df: p = 1 − (2/π)·atan(t) = 2/3.
    const Correlation three = pearsonCorrelation(momentsOf({1, 2, 3}, {1, 3, 2}));
    QVERIFY(three.valid);
    QVERIFY(!three.hasInterval);
    CXMAP_COMPARE_NEAR(three.r, 0.5, 1e-15, 0.0);
    CXMAP_COMPARE_NEAR(three.pValue, 2.0 / 3.0, 1e-13, 0.0);
}

void TestCorrelation::spearman_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("pValue");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [Wikipedia] ρ = −29/165, p = 0.627188; [hand] interval with the Bonett–Wright SE
    // √((1 + ρ²/2)/7).
    QTest::newRow("IQ and TV") << QList<double>{106, 100, 86, 101, 99, 103, 97, 113, 112, 110}
                               << QList<double>{7, 27, 2, 50, 28, 29, 20, 12, 6, 17}
                               << -29.0 / 165.0 << 0.6271883447764844 << -0.72783002823940715
                               << 0.51454666163295607;
    // [hand] ties in both variables, average ranks (2.5, 2.5; 6, 6, 6; 3.5, 3.5; 7.5, 7.5),
    // then Pearson on the ranks.
    QTest::newRow("ties") << QList<double>{1, 2, 2, 3, 4, 4, 4, 5, 6, 7}
                          << QList<double>{2, 1, 3, 3, 5, 4, 6, 6, 8, 7} << 0.93812095999546993
                          << 5.9502207076968545e-5 << 0.68217944452415117 << 0.98926730316694986;
}

void TestCorrelation::spearman()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(double, rho);
    QFETCH(double, pValue);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const Correlation c = spearmanCorrelation(x, y);
    QCOMPARE(c.n, qint64(x.size()));
    QVERIFY(c.valid);
    QVERIFY(c.hasInterval);
    CXMAP_COMPARE_NEAR(c.r, rho, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(c.pValue, pValue, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(c.ciLow, ciLow, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(c.ciHigh, ciHigh, 1e-11, 0.0);
}

void TestCorrelation::spearmanIsRankInvariant()
{
    // Invariant: a strictly increasing transform of either variable changes nothing, and a
    // monotone but non-linear relation is ρ = 1 where Pearson's r is below 1.
    const std::vector<double> x{3, 1, 4, 1.5, 5, 9, 2.6};
    std::vector<double> cubes;
    std::vector<double> logs;
    for (const double v : x) {
        cubes.push_back(v * v * v);
        logs.push_back(std::log(v));
    }
    const Correlation monotone = spearmanCorrelation(x, cubes);
    QCOMPARE(monotone.r, 1.0);
    QCOMPARE(monotone.pValue, 0.0);
    QVERIFY(pearsonCorrelation(momentsOf(x, cubes)).r < 0.99);

    const std::vector<double> y{2, 7, 1, 8, 2.8, 1.8, 2.9};
    const Correlation plain = spearmanCorrelation(x, y);
    const Correlation transformed = spearmanCorrelation(logs, y);
    QCOMPARE(transformed.r, plain.r);
    QCOMPARE(transformed.ciLow, plain.ciLow);
}

void TestCorrelation::spearmanDropsMissingPairs()
{
    // A NaN (no answer) drops its pair: the result equals the one without those pairs.
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const QList<double> x{106, 100, NaN, 86, 101, 99, 103, 97, 113, 112, 110, 55};
    const QList<double> y{7, 27, 30, 2, 50, 28, 29, 20, 12, 6, 17, NaN};
    const Correlation c = spearmanCorrelation(x, y);
    QCOMPARE(c.n, 10);
    CXMAP_COMPARE_NEAR(c.r, -29.0 / 165.0, 1e-14, 0.0);
}

void TestCorrelation::spearmanUndefined()
{
    const std::vector<double> three{1, 2, 3};
    const std::vector<double> two{1, 2};
    const Correlation mismatched = spearmanCorrelation(three, two);
    QVERIFY(!mismatched.valid);
    QCOMPARE(mismatched.n, 0);

    const std::vector<double> tied{4, 4, 4, 4};
    const std::vector<double> varied{1, 2, 3, 4};
    QVERIFY(!spearmanCorrelation(tied, varied).valid);
    QVERIFY(!spearmanCorrelation(two, two).valid);
}

void TestCorrelation::significance()
{
    // Anscombe I: interval 0.42…0.95 lies above zero. r = √0.6 at n = 5: −0.34…0.98 does not.
    QVERIFY(isSignificantlyPositive(pearsonCorrelation(momentsOf(anscombeX, anscombeY))));
    QVERIFY(
        !isSignificantlyPositive(pearsonCorrelation(momentsOf({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5}))));
    // Strongly negative: significant, but not positive.
    std::vector<double> negated;
    negated.reserve(anscombeY.size());
    for (const double v : anscombeY)
        negated.push_back(-v);
    const Correlation negative = pearsonCorrelation(momentsOf(anscombeX, negated));
    QVERIFY(negative.pValue < 0.05);
    QVERIFY(!isSignificantlyPositive(negative));
}

QTEST_GUILESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
