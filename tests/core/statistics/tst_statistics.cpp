#include "analysis/statistics.h"

#include "tolerance.h"

#include <QTest>

#include <vector>

using namespace cxmap;

// Reference values, by source:
//  [table]   t(0.975, 29) = 2.045230 from published t tables (NIST/SEMATECH e-Handbook
//            §1.3.6.7.2 gives 2.045).
//  [hand]    computed by hand in Python 3.11 from the textbook formula, with exact fractions
//            (fractions.Fraction) for sums and the statistics module for sample mean and sd;
//            t quantiles from mpmath 1.3.0 (findroot on betainc at 40 digits).
//  [Newcombe] Newcombe (1998), Two-sided confidence intervals for the single proportion:
//            comparison of seven methods, Statistics in Medicine 17:857–872, worked examples
//            for the Wilson score method (four decimals); full digits recomputed [hand].

namespace {

SampleMoments momentsOf(const std::vector<double> &values)
{
    SampleMoments moments;
    for (const double value : values)
        moments.add(value);
    return moments;
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanSummary_data();
    void meanSummary();
    void meanSummaryFromTable();
    void meanSummaryEdgeCases();
    void constantColumnHasZeroSpread();
    void combineMeansMatchesRawData();
    void combineMeansAnswersOnly();
    void combineMeansImputesMissingSd();
    void combineMeansWithoutAnySpread();
    void combineMeansSingleRowNeedsNoSd();
    void wilson_data();
    void wilson();
    void wilsonInvalid();
    void nps_data();
    void nps();
    void npsInvalid();
    void reliability_data();
    void reliability();
    void reliabilityOfResults();
};

void TestStatistics::meanSummary_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [hand] the textbook set {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population sd 2, sample sd
    // √(32/7); t(0.975, 7) = 2.3646242515927847, t(0.995, 7) = 3.4994832973504933.
    const QList<double> textbook{2, 4, 4, 4, 5, 5, 7, 9};
    QTest::newRow("95%") << textbook << 0.95 << 5.0 << 2.1380899352993951 << 3.2125120817637896
                         << 6.7874879182362104;
    QTest::newRow("99%") << textbook << 0.99 << 5.0 << 2.1380899352993951 << 2.354639279424656
                         << 7.645360720575344;
}

void TestStatistics::meanSummary()
{
    QFETCH(QList<double>, values);
    QFETCH(double, confidence);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const MeanSummary summary =
        summarizeMean(momentsOf(std::vector<double>(values.begin(), values.end())), confidence);
    QCOMPARE(summary.n, qint64(values.size()));
    QVERIFY(summary.hasMean());
    QVERIFY(summary.hasInterval);
    QVERIFY(!summary.approximate);
    QCOMPARE(summary.confidence, confidence);
    CXMAP_COMPARE_NEAR(summary.mean, mean, 1e-15, 0.0);
    CXMAP_COMPARE_NEAR(summary.sd, sd, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(summary.ciLow, ciLow, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(summary.ciHigh, ciHigh, 1e-12, 0.0);
}

void TestStatistics::meanSummaryFromTable()
{
    // SQL hands over n = 30, Σv = 30·70, Σv² = 29·20² + 30·70²: mean 70, sd 20. [table] the
    // half-width is t(0.975, 29)·20/√30 = 2.045230·3.6514837 = 7.4681240; the table's six
    // decimals allow 2e-7 relative.
    const MeanSummary summary = summarizeMean(SampleMoments{30, 2100.0, 158600.0});
    QVERIFY(summary.hasInterval);
    CXMAP_COMPARE_NEAR(summary.mean, 70.0, 1e-15, 0.0);
    CXMAP_COMPARE_NEAR(summary.sd, 20.0, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(summary.halfWidth(), 7.4681240419086059, 1e-6, 0.0);
    CXMAP_COMPARE_NEAR(summary.ciLow, 70.0 - 7.4681240419086059, 1e-6, 0.0);
}

void TestStatistics::meanSummaryEdgeCases()
{
    const MeanSummary empty = summarizeMean(SampleMoments{});
    QCOMPARE(empty.n, 0);
    QVERIFY(!empty.hasMean());
    QVERIFY(!empty.hasInterval);

    const MeanSummary single = summarizeMean(SampleMoments{1, 42.0, 1764.0});
    QVERIFY(single.hasMean());
    QCOMPARE(single.mean, 42.0);
    QVERIFY(!single.hasInterval);

    const MeanSummary badConfidence = summarizeMean(SampleMoments{3, 6.0, 14.0}, 1.0);
    QCOMPARE(badConfidence.mean, 2.0);
    QVERIFY(!badConfidence.hasInterval);
}

void TestStatistics::constantColumnHasZeroSpread()
{
    // Seven answers of 33.3: Σv² − (Σv)²/n comes out as −3.6e-12 in doubles [hand], whose
    // square root would be NaN; the spread is zero and the interval collapses onto the mean.
    const MeanSummary summary = summarizeMean(momentsOf(std::vector<double>(7, 33.3)));
    QVERIFY(summary.hasInterval);
    QCOMPARE(summary.sd, 0.0);
    CXMAP_COMPARE_NEAR(summary.mean, 33.3, 1e-15, 0.0);
    QCOMPARE(summary.ciLow, summary.mean);
    QCOMPARE(summary.ciHigh, summary.mean);
}

void TestStatistics::combineMeansMatchesRawData()
{
    // Invariant with [hand] values: 24 answers split into 10 raw answers (as SQL sums) and two
    // summary rows (n, mean, sd) pool back to exactly the mean and sd of all 24 answers:
    // mean 72.166666666666671, sd 14.248315435644425 (statistics.mean / statistics.stdev),
    // interval with t(0.975, 23).
    const std::vector<double> raw{72, 85, 64, 90, 55, 78, 81, 69, 74, 88};
    const std::vector<AggregateRow> rows{{8, 57.875, 8.6427095619041},
                                         {6, 85.5, 6.715653356152326}};
    const MeanSummary pooled = combineMeans(momentsOf(raw), rows);
    QCOMPARE(pooled.n, 24);
    QVERIFY(pooled.hasInterval);
    QVERIFY(!pooled.approximate);
    CXMAP_COMPARE_NEAR(pooled.mean, 72.166666666666671, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(pooled.sd, 14.248315435644425, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(pooled.ciLow, 66.15013072312219, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(pooled.ciHigh, 78.183202610211153, 1e-12, 0.0);
}

void TestStatistics::combineMeansAnswersOnly()
{
    // Without summary rows, pooling is the plain summary; empty rows (n = 0) change nothing.
    const SampleMoments answers = momentsOf({2, 4, 4, 4, 5, 5, 7, 9});
    const std::vector<AggregateRow> emptyRows{{0, 99.0, std::nullopt}};
    const MeanSummary plain = summarizeMean(answers);
    for (const MeanSummary &pooled :
         {combineMeans(answers, {}), combineMeans(answers, emptyRows)}) {
        QCOMPARE(pooled.n, plain.n);
        CXMAP_COMPARE_NEAR(pooled.mean, plain.mean, 1e-15, 0.0);
        CXMAP_COMPARE_NEAR(pooled.sd, plain.sd, 1e-14, 0.0);
        CXMAP_COMPARE_NEAR(pooled.ciHigh, plain.ciHigh, 1e-14, 0.0);
        QVERIFY(!pooled.approximate);
    }
}

void TestStatistics::combineMeansImputesMissingSd()
{
    // [hand] answers {70, 80, 90, 60, 75, 85}, a row n = 8, mean 55, sd 12, and a row n = 5,
    // mean 40 without sd. Known within-row sum of squares 812.5 + 7·144 on 5 + 7 df; the third
    // row gets 4 df of that pooled variance; plus the between-row part. Mean 1100/19.
    const std::vector<double> answers{70, 80, 90, 60, 75, 85};
    const std::vector<AggregateRow> rows{{8, 55.0, 12.0}, {5, 40.0, std::nullopt}};
    const MeanSummary pooled = combineMeans(momentsOf(answers), rows);
    QCOMPARE(pooled.n, 19);
    QVERIFY(pooled.hasInterval);
    QVERIFY(pooled.approximate);
    CXMAP_COMPARE_NEAR(pooled.mean, 57.894736842105263, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(pooled.sd, 18.111129049609026, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(pooled.ciLow, 49.165452064728484, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(pooled.ciHigh, 66.624021619482042, 1e-12, 0.0);
}

void TestStatistics::combineMeansWithoutAnySpread()
{
    // Only summary rows without sd: the mean is known (weighted by n), the spread is not.
    const std::vector<AggregateRow> rows{{20, 60.0, std::nullopt}, {10, 90.0, -1.0}};
    const MeanSummary pooled = combineMeans(SampleMoments{}, rows);
    QCOMPARE(pooled.n, 30);
    CXMAP_COMPARE_NEAR(pooled.mean, 70.0, 1e-15, 0.0);
    QVERIFY(!pooled.hasInterval);
    QVERIFY(pooled.approximate);
    QVERIFY(!isReliable(pooled));
}

void TestStatistics::combineMeansSingleRowNeedsNoSd()
{
    // A summary row of one answer has no within-row spread to miss: the result stays exact.
    // [hand] {10, 20} plus a single 60: mean 30, sd √700.
    const std::vector<AggregateRow> rows{{1, 60.0, std::nullopt}};
    const MeanSummary pooled = combineMeans(momentsOf({10, 20}), rows);
    QVERIFY(pooled.hasInterval);
    QVERIFY(!pooled.approximate);
    CXMAP_COMPARE_NEAR(pooled.mean, 30.0, 1e-15, 0.0);
    CXMAP_COMPARE_NEAR(pooled.sd, 26.457513110645906, 1e-14, 0.0);
}

void TestStatistics::wilson_data()
{
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [Newcombe] 0.2553–0.3662, 0.0624–0.1605, 0.0000–0.1611, 0.0061–0.1718; digits [hand].
    QTest::newRow("81/263") << qint64(81) << qint64(263) << 0.95 << 0.25528851987827424
                            << 0.36620957698280006;
    QTest::newRow("15/148") << qint64(15) << qint64(148) << 0.95 << 0.062386399530736286
                            << 0.16048724172330803;
    QTest::newRow("0/20") << qint64(0) << qint64(20) << 0.95 << 0.0 << 0.16112515805281933;
    QTest::newRow("1/29") << qint64(1) << qint64(29) << 0.95 << 0.0061132142927626622
                          << 0.17175521879320284;
    // [hand] the mirror image of 0/20, and another level
    QTest::newRow("20/20") << qint64(20) << qint64(20) << 0.95 << 0.83887484194718067 << 1.0;
    QTest::newRow("81/263 at 99%")
        << qint64(81) << qint64(263) << 0.99 << 0.2401369026876077 << 0.38528250231822984;
}

void TestStatistics::wilson()
{
    QFETCH(qint64, successes);
    QFETCH(qint64, n);
    QFETCH(double, confidence);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const ProportionEstimate estimate = wilsonInterval(successes, n, confidence);
    QVERIFY(estimate.valid);
    QCOMPARE(estimate.successes, successes);
    QCOMPARE(estimate.n, n);
    CXMAP_COMPARE_NEAR(estimate.proportion, double(successes) / double(n), 1e-15, 0.0);
    // The published four decimals first, then the full digits.
    QCOMPARE(qRound(estimate.ciLow * 1e4), qRound(ciLow * 1e4));
    QCOMPARE(qRound(estimate.ciHigh * 1e4), qRound(ciHigh * 1e4));
    CXMAP_COMPARE_NEAR(estimate.ciLow, ciLow, 1e-13, 1e-16);
    CXMAP_COMPARE_NEAR(estimate.ciHigh, ciHigh, 1e-13, 0.0);
}

void TestStatistics::wilsonInvalid()
{
    QVERIFY(!wilsonInterval(0, 0).valid);
    QVERIFY(!wilsonInterval(5, 4).valid);
    QVERIFY(!wilsonInterval(-1, 4).valid);
    QVERIFY(!wilsonInterval(2, 4, 0.0).valid);
    QVERIFY(!isReliable(wilsonInterval(0, 0)));
}

void TestStatistics::nps_data()
{
    QTest::addColumn<qint64>("promoters");
    QTest::addColumn<qint64>("passives");
    QTest::addColumn<qint64>("detractors");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    // [hand] adjusted Wald as published (Rocks 2016; Sauro & Lewis): p₊ = (P + ¾)/(n + 3),
    // p₋ = (D + ¾)/(n + 3), centre p₊ − p₋ ± 1.959964·√((p₊ + p₋ − (p₊ − p₋)²)/(n + 3)),
    // clipped to ±100.
    QTest::newRow("50/30/20") << qint64(50) << qint64(30) << qint64(20) << 30.0
                              << 14.051130178761611 << 44.201297005704409;
    QTest::newRow("200/120/80") << qint64(200) << qint64(120) << qint64(80) << 30.0
                                << 22.152274392279051 << 37.40107548365147;
    QTest::newRow("12/7/11") << qint64(12) << qint64(7) << qint64(11) << 10.0 / 3.0
                             << -26.349470698441056 << 32.410076759047117;
    QTest::newRow("all promoters: clipped at +100")
        << qint64(5) << qint64(0) << qint64(0) << 100.0 << 17.491453034168975 << 100.0;
    QTest::newRow("all detractors: clipped at -100")
        << qint64(0) << qint64(0) << qint64(12) << -100.0 << -100.0 << -54.195875092271619;
    // With one answer the pseudo-counts dominate: the published interval even excludes the
    // raw score. Pinned here so that nobody "fixes" it silently; isReliable says no anyway.
    QTest::newRow("n = 1") << qint64(1) << qint64(0) << qint64(0) << 100.0 << -48.49864942025202
                           << 98.49864942025202;
}

void TestStatistics::nps()
{
    QFETCH(qint64, promoters);
    QFETCH(qint64, passives);
    QFETCH(qint64, detractors);
    QFETCH(double, score);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    const NpsEstimate estimate = netPromoterScore({promoters, passives, detractors});
    QVERIFY(estimate.valid);
    QCOMPARE(estimate.n, promoters + passives + detractors);
    CXMAP_COMPARE_NEAR(estimate.score, score, 1e-14, 0.0);
    CXMAP_COMPARE_NEAR(estimate.ciLow, ciLow, 1e-12, 0.0);
    CXMAP_COMPARE_NEAR(estimate.ciHigh, ciHigh, 1e-12, 0.0);
}

void TestStatistics::npsInvalid()
{
    QVERIFY(!netPromoterScore({}).valid);
    QVERIFY(!netPromoterScore({.promoters = -1, .passives = 3, .detractors = 2}).valid);
    QVERIFY(!netPromoterScore({.promoters = 1, .passives = 3, .detractors = 2}, 1.5).valid);
}

void TestStatistics::reliability_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("halfWidth");
    QTest::addColumn<bool>("reliable");
    // DESIGN §3: n ≥ 30 and half-width ≤ 10 points, both ends inclusive.
    QTest::newRow("both limits met exactly") << qint64(30) << 10.0 << true;
    QTest::newRow("one answer short") << qint64(29) << 2.0 << false;
    QTest::newRow("interval too wide") << qint64(30) << 10.000001 << false;
    QTest::newRow("large and narrow") << qint64(5000) << 0.5 << true;
    QTest::newRow("large but wide") << qint64(5000) << 12.0 << false;
}

void TestStatistics::reliability()
{
    QFETCH(qint64, n);
    QFETCH(double, halfWidth);
    QFETCH(bool, reliable);
    QCOMPARE(isReliable(n, halfWidth), reliable);
}

void TestStatistics::reliabilityOfResults()
{
    // n = 30, sd 20 on the 0–100 scale: half-width 7.47 [table] → reliable; the same spread
    // at n = 29 is not, nor is sd 60 at n = 100 (half-width 11.9).
    QVERIFY(isReliable(summarizeMean(SampleMoments{30, 2100.0, 158600.0})));
    QVERIFY(!isReliable(summarizeMean(SampleMoments{29, 2030.0, 28 * 400.0 + 29 * 4900.0})));
    QVERIFY(!isReliable(summarizeMean(SampleMoments{100, 5000.0, 99 * 3600.0 + 100 * 2500.0})));
    QVERIFY(!isReliable(summarizeMean(SampleMoments{1, 50.0, 2500.0})));

    // Top box: 81/263 spans ±5.5 percentage points → reliable; 15/20 is too small a sample.
    QVERIFY(isReliable(wilsonInterval(81, 263)));
    QVERIFY(!isReliable(wilsonInterval(15, 20)));

    // NPS spans 200 points: [hand] ±15.1 at n = 100 is not reliable, ±7.6 at n = 400 is.
    QVERIFY(!isReliable(netPromoterScore({50, 30, 20})));
    QVERIFY(isReliable(netPromoterScore({200, 120, 80})));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
