#include "analysis/hypothesis.h"

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cxmap;

Q_DECLARE_METATYPE(cxmap::GroupSummary)

// Reference values, by source:
//  [R]     a published R session (t.test(ts1, ts2), Welch by default) for
//          ts1 = 11 9 10 11 10 12 9 11 12 9 and ts2 = 11 13 10 13 12 9 11 12 12 11:
//          t = −1.8325, df = 17.9, p-value = 0.08356, 95% CI −2.1469104 … 0.1469104.
//  [hand]  Python 3.11, exact fractions for means and sums of squares, mpmath 1.3.0 (40 digits)
//          for square roots, the t tail (betainc) and t quantiles (findroot); full digits of the
//          [R] example come from there as well.

namespace {

GroupSummary groupOf(const QList<double> &values)
{
    SampleMoments moments;
    for (const double value : values)
        moments.add(value);
    const MeanSummary summary = summarizeMean(moments);
    return {summary.n, summary.mean, summary.sd};
}

const QList<double> ts1{11, 9, 10, 11, 10, 12, 9, 11, 12, 9};
const QList<double> ts2{11, 13, 10, 13, 12, 9, 11, 12, 12, 11};

} // namespace

class TestHypothesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welch_data();
    void welch();
    void publishedRounding();
    void swappingGroupsNegates();
    void fromMeanSummaries();
    void invalidInputs_data();
    void invalidInputs();
};

void TestHypothesis::welch_data()
{
    QTest::addColumn<GroupSummary>("a");
    QTest::addColumn<GroupSummary>("b");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("pValue");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<bool>("significant");
    // [R] [hand]
    QTest::newRow("R example") << GroupSummary{10, 10.4, 1.1737877907772673}
                               << GroupSummary{10, 11.4, 1.2649110640673517} << 0.95
                               << -1.8325416653445784 << 17.900310146211786 << 0.083559791619223301
                               << -2.1469103661046342 << 0.14691036610463422 << false;
    // [hand] summary statistics only, as from two segments' SQL rows
    QTest::newRow("segments, 95%")
        << GroupSummary{40, 72.5, 18.3} << GroupSummary{25, 61.0, 24.1} << 0.95
        << 2.0456076905324538 << 41.12769862964447 << 0.047226591258383206 << 0.14761239119685546
        << 22.852387608803145 << true;
    // The same difference is not real at 99%: p > 0.01 and the interval straddles zero.
    QTest::newRow("segments, 99%")
        << GroupSummary{40, 72.5, 18.3} << GroupSummary{25, 61.0, 24.1} << 0.99
        << 2.0456076905324538 << 41.12769862964447 << 0.047226591258383206 << -3.6832187373673247
        << 26.683218737367325 << false;
    // [hand] equal n and sd: Welch's df reduces to Student's n₁ + n₂ − 2 = 18.
    QTest::newRow("equal groups") << GroupSummary{10, 50.0, 5.0} << GroupSummary{10, 45.0, 5.0}
                                  << 0.95 << 2.2360679774997897 << 18.0 << 0.038249614516113858
                                  << 0.3021955025934903 << 9.6978044974065097 << true;
    // [hand] one group without spread: df = n₂ − 1 = 11 exactly.
    QTest::newRow("one constant group")
        << GroupSummary{8, 80.0, 0.0} << GroupSummary{12, 70.0, 9.0} << 0.95 << 3.8490017945975051
        << 11.0 << 0.0027041562342928437 << 4.2816728140242421 << 15.718327185975758 << true;
}

void TestHypothesis::welch()
{
    QFETCH(GroupSummary, a);
    QFETCH(GroupSummary, b);
    QFETCH(double, confidence);
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, pValue);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(bool, significant);
    const WelchTest test = welchTest(a, b, confidence);
    QVERIFY(test.valid);
    QVERIFY(!test.approximate);
    QCOMPARE(test.confidence, confidence);
    CXMAP_COMPARE_NEAR(test.difference, a.mean - b.mean, 1e-15, 0.0);
    CXMAP_COMPARE_NEAR(test.t, t, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(test.df, df, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(test.pValue, pValue, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(test.ciLow, ciLow, 1e-11, 0.0);
    CXMAP_COMPARE_NEAR(test.ciHigh, ciHigh, 1e-11, 0.0);
    QCOMPARE(test.significant, significant);
    // Invariant: significance and an interval that excludes zero go together.
    QCOMPARE(test.ciLow > 0.0 || test.ciHigh < 0.0, significant);
}

void TestHypothesis::publishedRounding()
{
    // [R] as printed, computed here from the raw answers.
    const WelchTest test = welchTest(groupOf(ts1), groupOf(ts2));
    QCOMPARE(qRound(test.t * 1e4), -18325);
    QCOMPARE(qRound(test.df * 10), 179);
    QCOMPARE(qRound(test.pValue * 1e5), 8356);
    QCOMPARE(qRound(test.ciLow * 1e7), -21469104);
    QCOMPARE(qRound(test.ciHigh * 1e7), 1469104);
}

void TestHypothesis::swappingGroupsNegates()
{
    const GroupSummary a{40, 72.5, 18.3};
    const GroupSummary b{25, 61.0, 24.1};
    const WelchTest ab = welchTest(a, b);
    const WelchTest ba = welchTest(b, a);
    QCOMPARE(ba.t, -ab.t);
    QCOMPARE(ba.df, ab.df);
    QCOMPARE(ba.pValue, ab.pValue);
    CXMAP_COMPARE_NEAR(ba.ciLow, -ab.ciHigh, 1e-15, 0.0);
    QCOMPARE(ba.significant, ab.significant);
}

void TestHypothesis::fromMeanSummaries()
{
    SampleMoments first;
    SampleMoments second;
    for (const double value : ts1)
        first.add(value);
    for (const double value : ts2)
        second.add(value);
    const WelchTest test = welchTest(summarizeMean(first), summarizeMean(second));
    QVERIFY(test.valid);
    CXMAP_COMPARE_NEAR(test.pValue, 0.083559791619223301, 1e-11, 0.0);

    // An approximate score makes an approximate comparison; one without spread none at all.
    MeanSummary imputed = summarizeMean(first);
    imputed.approximate = true;
    const WelchTest approximate = welchTest(imputed, summarizeMean(second));
    QVERIFY(approximate.valid);
    QVERIFY(approximate.approximate);

    const WelchTest noSpread =
        welchTest(summarizeMean(SampleMoments{1, 9.0, 81.0}), summarizeMean(second));
    QVERIFY(!noSpread.valid);
    QVERIFY(!noSpread.significant);
}

void TestHypothesis::invalidInputs_data()
{
    QTest::addColumn<GroupSummary>("a");
    QTest::addColumn<GroupSummary>("b");
    QTest::addColumn<double>("confidence");
    const GroupSummary good{12, 3.4, 1.1};
    QTest::newRow("n = 1") << GroupSummary{1, 3.0, 0.0} << good << 0.95;
    QTest::newRow("n = 0") << good << GroupSummary{} << 0.95;
    QTest::newRow("both constant")
        << GroupSummary{5, 4.0, 0.0} << GroupSummary{7, 3.0, 0.0} << 0.95;
    QTest::newRow("negative sd") << GroupSummary{5, 4.0, -1.0} << good << 0.95;
    QTest::newRow("NaN mean") << GroupSummary{5, std::numeric_limits<double>::quiet_NaN(), 1.0}
                              << good << 0.95;
    QTest::newRow("confidence 1") << good << good << 1.0;
}

void TestHypothesis::invalidInputs()
{
    QFETCH(GroupSummary, a);
    QFETCH(GroupSummary, b);
    QFETCH(double, confidence);
    const WelchTest test = welchTest(a, b, confidence);
    QVERIFY(!test.valid);
    QVERIFY(!test.significant);
}

QTEST_GUILESS_MAIN(TestHypothesis)
#include "tst_hypothesis.moc"
