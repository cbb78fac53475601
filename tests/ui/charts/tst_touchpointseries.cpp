// The series behind the charts agree with the findings they are drawn beside: a touchpoint's
// months add up to its performance and refit to its trend; per-segment scores pool to it.
#include "analysis/findings.h"
#include "analysis/touchpointseries.h"
#include "demofixture.h"
#include "store/documentfile.h"

#include <QTest>

#include <cmath>

using namespace cxmap;

class TestTouchpointSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthsAddUpToThePerformance();
    void monthsRefitToTheTrend();
    void filtersNarrowTheMonths();
    void segmentsPoolToThePerformance();
    void answerScopeListsSegmentsMetricsAndMonths();
    void unknownNamesGiveNothing();

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    DocumentFile *m_file = nullptr;
    Journey m_journey;
    Findings m_findings;
};

void TestTouchpointSeries::initTestCase()
{
    m_demo = std::make_unique<test::DemoFixture>(DocumentFile::Access::ReadOnly);
    m_file = m_demo->file.get();
    m_journey = m_demo->document->journey();
    m_findings = computeFindings(m_file->database(), m_journey, {});
}

void TestTouchpointSeries::monthsAddUpToThePerformance()
{
    for (const TouchpointFinding &t : std::as_const(m_findings.touchpoints)) {
        const QList<MonthlyScore> months =
            monthlyPerformance(m_file->database(), t.id, {}, m_findings.metrics);
        qint64 n = 0;
        double sum = 0.0;
        for (qsizetype i = 0; i < months.size(); ++i) {
            n += months.at(i).performance.n;
            sum += double(months.at(i).performance.n) * months.at(i).performance.mean;
            if (i > 0)
                QVERIFY(months.at(i).month > months.at(i - 1).month);
        }
        // Every demo answer is dated, so the months hold all of them.
        QCOMPARE(n, t.performance.n);
        QVERIFY2(std::abs(sum / double(n) - t.performance.mean) < 1e-9, qPrintable(t.name));
    }
}

void TestTouchpointSeries::monthsRefitToTheTrend()
{
    const TouchpointFinding *usage = nullptr;
    for (const TouchpointFinding &t : std::as_const(m_findings.touchpoints))
        if (t.name == QLatin1String("Check usage"))
            usage = &t;
    QVERIFY(usage && usage->declining && usage->trend);
    const QList<MonthlyScore> months =
        monthlyPerformance(m_file->database(), usage->id, {}, m_findings.metrics);
    QCOMPARE(months.size(), 12);
    QCOMPARE(monthName(months.first().month), QStringLiteral("2025-11"));
    QList<TrendPoint> points;
    for (const MonthlyScore &month : months)
        if (month.performance.n >= 5)
            points << TrendPoint{double(month.month), month.performance.mean, 1.0};
    const LinearTrend refit = fitLinearTrend(points);
    QVERIFY(std::abs(refit.slope - usage->trend->slope) < 1e-9);
    QVERIFY(std::abs(refit.intercept - usage->trend->intercept) <
            1e-6 * std::abs(usage->trend->intercept));
}

void TestTouchpointSeries::filtersNarrowTheMonths()
{
    const TouchpointId bill = m_journey.findTouchpointByName(QStringLiteral("First bill"))->id;
    AnalysisRequest request;
    request.segment = QStringLiteral("business");
    request.from = QDate(2026, 1, 15);
    request.to = QDate(2026, 3, 2);
    const Findings filtered = computeFindings(m_file->database(), m_journey, request);
    const QList<MonthlyScore> months =
        monthlyPerformance(m_file->database(), bill, request, filtered.metrics);
    QCOMPARE(months.size(), 3);
    QCOMPARE(monthName(months.first().month), QStringLiteral("2026-01"));
    QCOMPARE(monthName(months.last().month), QStringLiteral("2026-03"));
    qint64 n = 0;
    for (const MonthlyScore &month : months)
        n += month.performance.n;
    QCOMPARE(n, filtered.find(bill)->performance.n);

    // One metric only: the months hold that metric's answers and no others.
    const TouchpointId hotline =
        m_journey.findTouchpointByName(QStringLiteral("Support hotline"))->id;
    const TouchpointFinding *rated = m_findings.find(hotline);
    QCOMPARE(rated->metrics.size(), 3);
    qint64 csatAnswers = 0;
    for (const MonthlyScore &month :
         monthlyPerformance(m_file->database(), hotline, {}, {QStringLiteral("csat")}))
        csatAnswers += month.performance.n;
    const auto csat = std::find_if(rated->metrics.cbegin(), rated->metrics.cend(),
                                   [](const MetricScore &metric) { return metric.metric == QLatin1String("csat"); });
    QVERIFY(csat != rated->metrics.cend());
    QVERIFY(csatAnswers > 0);
    QCOMPARE(csatAnswers, csat->raw.n);
    QVERIFY(csatAnswers < rated->performance.n);
}

void TestTouchpointSeries::segmentsPoolToThePerformance()
{
    const auto bySegment = performanceBySegment(m_file->database(), {}, m_findings.metrics);
    QCOMPARE(bySegment.keys(),
             (QStringList{QStringLiteral("Business"), QStringLiteral("Handset bundle"),
                          QStringLiteral("SIM only")}));
    for (const TouchpointFinding &t : std::as_const(m_findings.touchpoints)) {
        qint64 n = 0;
        double sum = 0.0;
        for (const auto &scores : bySegment) {
            n += scores.value(t.id).n;
            sum += double(scores.value(t.id).n) * scores.value(t.id).mean;
        }
        // Every demo answer carries a segment.
        QCOMPARE(n, t.performance.n);
        QVERIFY(std::abs(sum / double(n) - t.performance.mean) < 1e-9);
    }
    // And the segment differences the findings report are between these very means.
    const SegmentDifference &difference = m_findings.segmentDifferences.first();
    QVERIFY(std::abs(bySegment.value(difference.segmentA).value(difference.touchpoint).mean -
                     difference.a.mean) < 1e-9);
}

void TestTouchpointSeries::answerScopeListsSegmentsMetricsAndMonths()
{
    const AnswerScope scope = readAnswerScope(m_file->database());
    QCOMPARE(scope.segments.size(), 3);
    QCOMPARE(scope.metrics, m_findings.metrics);
    QCOMPARE(scope.firstMonth, m_findings.firstMonth);
    QCOMPARE(scope.lastMonth, m_findings.lastMonth);
}

void TestTouchpointSeries::unknownNamesGiveNothing()
{
    const TouchpointId bill = m_journey.findTouchpointByName(QStringLiteral("First bill"))->id;
    AnalysisRequest nobody;
    nobody.segment = QStringLiteral("Nobody");
    QVERIFY(monthlyPerformance(m_file->database(), bill, nobody, m_findings.metrics).isEmpty());
    QVERIFY(monthlyPerformance(m_file->database(), bill, {}, {QStringLiteral("no such metric")})
                .isEmpty());
    QVERIFY(performanceBySegment(m_file->database(), {}, {}).isEmpty());
    QVERIFY(monthlyPerformance(m_file->database(), TouchpointId(999999), {}, m_findings.metrics)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestTouchpointSeries)
#include "tst_touchpointseries.moc"
