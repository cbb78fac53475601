#include "analysis/regression.h"

#include "tolerance.h"

#include <QTest>

#include <limits>
#include <vector>

using namespace cxmap;

// Reference values, by source:
//  [Anscombe] Anscombe (1973), Graphs in statistical analysis, The American Statistician
//            27:17–21: data set I fits y = 3.00 + 0.500x, standard error of the slope 0.118.
//  [hand]    Python 3.11 with exact fractions for the weighted sums, slope, intercept and
//            residuals (the textbook formulas b = Σw(x − x̄)(y − ȳ)/Σw(x − x̄)²,
//            SE² = Σw·e²/(k − 2)/Σw(x − x̄)²), mpmath 1.3.0 for the root and t(0.975, k − 2).

namespace {

std::vector<TrendPoint> series(const std::vector<double> &y,
                               const std::vector<double> &weights = {})
{
    std::vector<TrendPoint> points;
    for (std::size_t i = 0; i < y.size(); ++i)
        points.push_back({double(i), y[i], weights.empty() ? 1.0 : weights[i]});
    return points;
}

} // namespace

class TestRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fit_data();
    void fit();
    void anscombePublishedRounding();
    void weightScaleDoesNotMatter();
    void emptyMonthsAreIgnored();
    void exactLine();
    void declining_data();
    void declining();
    void tooFewPoints();
};

void TestRegression::fit_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("standardError");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [Anscombe] [hand]
    QTest::newRow("Anscombe I") << QList<double>{10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5}
                                << QList<double>{8.04, 6.95, 7.58,  8.81, 8.33, 9.96,
                                                 7.24, 4.26, 10.84, 4.82, 5.68}
                                << QList<double>{} << 0.50009090909090909 << 3.0000909090909091
                                << 0.11790550059563409 << 0.23337013638518741
                                << 0.76681168179663077;
    // [hand] six monthly means, plain least squares …
    const QList<double> months{0, 1, 2, 3, 4, 5};
    const QList<double> means{72, 70, 71, 66, 67, 63};
    QTest::newRow("monthly means, OLS")
        << months << means << QList<double>{} << -1.6857142857142857 << 72.380952380952381
        << 0.36064945197640929 << -2.687037691346454 << -0.68439088008211744;
    // … and weighted by each month's n: the thin months 1 and 3 count less.
    QTest::newRow("monthly means, weighted by n")
        << months << means << QList<double>{40, 12, 35, 8, 50, 30} << -1.6289287316854283
        << 72.66166572370603 << 0.32676712620520213 << -2.5361797197774114 << -0.72167774359344525;
}

void TestRegression::fit()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(QList<double>, weights);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(double, standardError);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    std::vector<TrendPoint> points;
    for (qsizetype i = 0; i < x.size(); ++i)
        points.push_back({x[i], y[i], weights.isEmpty() ? 1.0 : weights[i]});
    const LinearTrend trend = fitLinearTrend(points);
    QCOMPARE(trend.points, qint64(x.size()));
    QVERIFY(trend.valid);
    QVERIFY(trend.hasInterval);
    CXMAP_COMPARE_NEAR(trend.slope, slope, 1e-13, 0.0);
    CXMAP_COMPARE_NEAR(trend.intercept, intercept, 1e-13, 0.0);
    CXMAP_COMPARE_NEAR(trend.standardError, standardError, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(trend.ciLow, ciLow, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(trend.ciHigh, ciHigh, 1e-12, 0.0);
}

void TestRegression::anscombePublishedRounding()
{
    const std::vector<TrendPoint> points{{10, 8.04},  {8, 6.95},  {13, 7.58}, {9, 8.81},
                                         {11, 8.33},  {14, 9.96}, {6, 7.24},  {4, 4.26},
                                         {12, 10.84}, {7, 4.82},  {5, 5.68}};
    const LinearTrend trend = fitLinearTrend(points);
    QCOMPARE(qRound(trend.intercept * 100), 300);
    QCOMPARE(qRound(trend.slope * 1000), 500);
    QCOMPARE(qRound(trend.standardError * 1000), 118);
}

void TestRegression::weightScaleDoesNotMatter()
{
    // Invariant: weights are relative precisions; multiplying all of them by 7 changes nothing.
    const std::vector<double> means{72, 70, 71, 66, 67, 63};
    const LinearTrend byN = fitLinearTrend(series(means, {40, 12, 35, 8, 50, 30}));
    const LinearTrend scaled = fitLinearTrend(series(means, {280, 84, 245, 56, 350, 210}));
    CXMAP_COMPARE_NEAR(scaled.slope, byN.slope, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(scaled.standardError, byN.standardError, 1e-13, 0.0);
    CXMAP_COMPARE_NEAR(scaled.ciHigh, byN.ciHigh, 1e-13, 0.0);
}

void TestRegression::emptyMonthsAreIgnored()
{
    // A month without answers (weight 0, any mean) or with a missing mean leaves the fit as if
    // it were absent, degrees of freedom included.
    std::vector<TrendPoint> withGaps = series({72, 70, 71, 66, 67, 63});
    withGaps.push_back({6.0, 0.0, 0.0});
    withGaps.push_back({7.0, std::numeric_limits<double>::quiet_NaN(), 25.0});
    const LinearTrend gaps = fitLinearTrend(withGaps);
    QCOMPARE(gaps.points, 6);
    CXMAP_COMPARE_NEAR(gaps.slope, -1.6857142857142857, 1e-13, 0.0);
    CXMAP_COMPARE_NEAR(gaps.ciLow, -2.687037691346454, 1e-12, 0.0);
}

void TestRegression::exactLine()
{
    // y = 80 − 2x: no residual, so the interval is the slope itself.
    const LinearTrend trend = fitLinearTrend(series({80, 78, 76, 74, 72, 70}));
    QVERIFY(trend.hasInterval);
    QCOMPARE(trend.slope, -2.0);
    QCOMPARE(trend.intercept, 80.0);
    CXMAP_COMPARE_NEAR(trend.standardError, 0.0, 0.0, 1e-14);
    QVERIFY(isDeclining(trend));
}

void TestRegression::declining_data()
{
    QTest::addColumn<QList<double>>("means");
    QTest::addColumn<bool>("declining");
    // [hand] interval −2.69 … −0.68: below zero.
    QTest::newRow("steady decline") << QList<double>{72, 70, 71, 66, 67, 63} << true;
    // [hand] slope −0.77 but interval −2.98 … 1.44: could be noise.
    QTest::newRow("noisy dip") << QList<double>{70, 74, 66, 71, 65, 69} << false;
    QTest::newRow("rising") << QList<double>{60, 62, 61, 65, 66, 69} << false;
    // Two months fit a line but leave no degree of freedom for its interval.
    QTest::newRow("two months") << QList<double>{80, 40} << false;
}

void TestRegression::declining()
{
    QFETCH(QList<double>, means);
    QFETCH(bool, declining);
    QCOMPARE(isDeclining(fitLinearTrend(series(std::vector<double>(means.begin(), means.end())))),
             declining);
}

void TestRegression::tooFewPoints()
{
    QVERIFY(!fitLinearTrend({}).valid);
    QVERIFY(!fitLinearTrend(series({70})).valid);

    const LinearTrend two = fitLinearTrend(series({60, 57}));
    QVERIFY(two.valid);
    QVERIFY(!two.hasInterval);
    QCOMPARE(two.slope, -3.0);
    QCOMPARE(two.intercept, 60.0);

    // Every point in the same month: no slope at all.
    const std::vector<TrendPoint> sameMonth{{3, 70}, {3, 65}, {3, 72}};
    QVERIFY(!fitLinearTrend(sameMonth).valid);

    QVERIFY(!fitLinearTrend(series({72, 70, 71}), 0.0).hasInterval);
}

QTEST_GUILESS_MAIN(TestRegression)
#include "tst_regression.moc"
