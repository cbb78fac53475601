// Each chart builds its series from known findings, with the values computed here independently:
// the experience curve's stage means and intervals, the trend's months and fitted line, the
// answer distribution's bars and NPS groups, the matrix's points, medians and fix-first area.
#include "analysis/distributions.h"
#include "analysis/findings.h"
#include "charts/chartstyle.h"
#include "charts/distributionchart.h"
#include "charts/experiencecurvechart.h"
#include "charts/importancematrixchart.h"
#include "charts/trendchart.h"
#include "demofixture.h"
#include "render/rendertheme.h"
#include "store/documentfile.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace cxmap;

namespace {

template<typename Series> Series *seriesNamed(QChartView *view, const QString &objectName)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all)
        if (series->objectName() == objectName)
            return qobject_cast<Series *>(series);
    return nullptr;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Six months from January 2026, falling by 2 a month, the fourth without an interval.
QList<MonthlyScore> sixMonths()
{
    QList<MonthlyScore> months;
    for (int i = 0; i < 6; ++i) {
        MonthlyScore month;
        month.month = 2026 * 12 + i;
        month.performance.n = 50 + i;
        month.performance.mean = 70.0 - 2.0 * i;
        month.performance.hasInterval = i != 3;
        month.performance.ciLow = month.performance.mean - 4.0;
        month.performance.ciHigh = month.performance.mean + 4.0;
        months << month;
    }
    return months;
}

qsizetype linesOwnedBy(QChartView *view)
{
    return view->chart()->findChildren<QLineSeries *>().size();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void experienceCurvePointsAreStageMeans();
    void experienceCurveDrawsOneLinePerSegment();
    void trendDrawsMonthsBandAndFittedLine();
    void rebuildingLeavesNoLinesBehind();
    void performanceAxesReadAlike();
    void distributionHasABarPerValue();
    void npsDistributionGroupsPromotersPassivesDetractors();
    void wideScaleDistributionIsBinned();
    void matrixPlotsImportanceAgainstPerformance();
    void chartsFollowThePalette();
    void emptyChartsSayWhy();

private:
    Journey m_journey;
    Findings m_findings;
};

void TestCharts::initTestCase()
{
    const test::DemoFixture demo(DocumentFile::Access::ReadOnly);
    m_journey = demo.document->journey();
    m_findings = computeFindings(demo.file->database(), m_journey, {});
}

void TestCharts::experienceCurvePointsAreStageMeans()
{
    ExperienceCurveChart chart;
    chart.setData(m_journey, m_findings);
    auto *curve = seriesNamed<QLineSeries>(&chart, QStringLiteral("curve"));
    auto *band = seriesNamed<QAreaSeries>(&chart, QStringLiteral("band"));
    QVERIFY(curve && band);
    QCOMPARE(curve->count(), m_journey.stages().size());
    QCOMPARE(band->upperSeries()->count(), m_journey.stages().size());
    for (int i = 0; i < m_journey.stages().size(); ++i) {
        // Every answer at the stage's touchpoints, pooled: the n-weighted mean of their means,
        // and the t interval of the pooled sample (within + between sums of squares).
        double n = 0.0, sum = 0.0;
        QList<const TouchpointFinding *> members;
        for (const TouchpointFinding &t : m_findings.touchpoints)
            if (m_journey.touchpoints().find(t.id)->stage == m_journey.stages().at(i).id &&
                t.performance.n > 0) {
                members << &t;
                n += double(t.performance.n);
                sum += double(t.performance.n) * t.performance.mean;
            }
        const double mean = sum / n;
        double squares = 0.0;
        for (const TouchpointFinding *t : std::as_const(members))
            squares += double(t->performance.n - 1) * t->performance.sd * t->performance.sd +
                       double(t->performance.n) * (t->performance.mean - mean) *
                           (t->performance.mean - mean);
        const double half =
            studentTCriticalValue(0.95, n - 1.0) * std::sqrt(squares / (n - 1.0)) / std::sqrt(n);
        QCOMPARE(curve->at(i).x(), double(i));
        QVERIFY2(near(curve->at(i).y(), mean),
                 qPrintable(QStringLiteral("%1 vs %2").arg(curve->at(i).y()).arg(mean)));
        QVERIFY(near(band->upperSeries()->at(i).y(), mean + half, 1e-7));
        QVERIFY(near(band->lowerSeries()->at(i).y(), mean - half, 1e-7));
    }
    // Onboard (number porting) is the dip of the demo's curve.
    int lowest = 0;
    for (int i = 1; i < curve->count(); ++i)
        if (curve->at(i).y() < curve->at(lowest).y())
            lowest = i;
    QCOMPARE(m_journey.stages().at(lowest).name, QStringLiteral("Onboard"));
    QVERIFY(chart.accessibleDescription().contains(
        QStringLiteral("Onboard: %1").arg(QString::number(curve->at(lowest).y(), 'f', 1))));
}

void TestCharts::experienceCurveDrawsOneLinePerSegment()
{
    ExperienceCurveChart chart;
    chart.setData(m_journey, m_findings);
    // Two segments: one rates only the first touchpoint of the second stage, one only the last.
    const Stage &consider = m_journey.stages().at(1);
    const QList<TouchpointId> ids = m_journey.touchpointsInStage(consider.id);
    MeanSummary a;
    a.n = 40;
    a.mean = 62.5;
    MeanSummary b;
    b.n = 10;
    b.mean = 81.0;
    chart.setSegments({{QStringLiteral("Business"), {{ids.first(), a}}},
                       {QStringLiteral("SIM only"), {{ids.last(), b}}}});
    auto *business = seriesNamed<QLineSeries>(&chart, QStringLiteral("segment:Business"));
    auto *sim = seriesNamed<QLineSeries>(&chart, QStringLiteral("segment:SIM only"));
    QVERIFY(business && sim);
    QCOMPARE(business->count(), 1);
    QCOMPARE(business->at(0), QPointF(1.0, 62.5));
    QCOMPARE(sim->at(0), QPointF(1.0, 81.0));
    QCOMPARE(business->name(), QStringLiteral("Business"));
    chart.setSegments({});
    QVERIFY(!seriesNamed<QLineSeries>(&chart, QStringLiteral("segment:Business")));
}

void TestCharts::trendDrawsMonthsBandAndFittedLine()
{
    TrendChart chart;
    const QList<MonthlyScore> months = sixMonths();
    LinearTrend trend;
    trend.valid = true;
    trend.slope = -2.0;
    trend.intercept = 70.0 + 2.0 * (2026 * 12);
    chart.setSeries(QStringLiteral("Check usage"), months, trend, true);
    auto *line = seriesNamed<QLineSeries>(&chart, QStringLiteral("monthly"));
    auto *band = seriesNamed<QAreaSeries>(&chart, QStringLiteral("band"));
    auto *fit = seriesNamed<QLineSeries>(&chart, QStringLiteral("trend"));
    QVERIFY(line && band && fit);
    QCOMPARE(line->count(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(line->at(i), QPointF(2026 * 12 + i, 70.0 - 2.0 * i));
    // A month without an interval has no band point.
    QCOMPARE(band->upperSeries()->count(), 5);
    QCOMPARE(band->upperSeries()->at(3), QPointF(2026 * 12 + 4, 66.0));
    QCOMPARE(fit->count(), 2);
    QVERIFY(near(fit->at(0).y(), 70.0));
    QVERIFY(near(fit->at(1).y(), 60.0));
    QVERIFY(fit->name().contains(QStringLiteral("declining")));
    QVERIFY(chart.placeholder().isEmpty());

    chart.setSeries(QStringLiteral("Check usage"), months, std::nullopt, false);
    QVERIFY(!seriesNamed<QLineSeries>(&chart, QStringLiteral("trend")));
}

void TestCharts::rebuildingLeavesNoLinesBehind()
{
    // The interval bands and the fix-first area are area series bounded by line series of
    // their own, made anew at every rebuild: the old ones must go with the old areas.
    ExperienceCurveChart curve;
    TrendChart trend;
    ImportanceMatrixChart matrix;
    const QList<MonthlyScore> months = sixMonths();
    curve.setData(m_journey, m_findings);
    trend.setSeries(QStringLiteral("Check usage"), months, std::nullopt, false);
    matrix.setFindings(m_findings);
    QVERIFY(seriesNamed<QAreaSeries>(&curve, QStringLiteral("band")));
    QVERIFY(seriesNamed<QAreaSeries>(&trend, QStringLiteral("band")));
    QVERIFY(seriesNamed<QAreaSeries>(&matrix, QStringLiteral("fixFirstArea")));
    const qsizetype curveLines = linesOwnedBy(&curve);
    const qsizetype trendLines = linesOwnedBy(&trend);
    const qsizetype matrixLines = linesOwnedBy(&matrix);
    for (int i = 0; i < 25; ++i) {
        curve.setData(m_journey, m_findings);
        trend.setSeries(QStringLiteral("Check usage"), months, std::nullopt, false);
        matrix.setFindings(m_findings);
    }
    // What Qt Charts deletes later (the areas' drawing items) goes too, without a crash.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(linesOwnedBy(&curve), curveLines);
    QCOMPARE(linesOwnedBy(&trend), trendLines);
    QCOMPARE(linesOwnedBy(&matrix), matrixLines);
}

void TestCharts::performanceAxesReadAlike()
{
    QChart owner;
    QValueAxis *close = ChartStyle::performanceAxis(&owner, 63.0, 71.0);
    QCOMPARE(close->parent(), &owner);
    QCOMPARE(close->titleText(), QStringLiteral("Performance (0–100)"));
    QCOMPARE(close->min(), 50.0);
    QCOMPARE(close->max(), 80.0);
    QCOMPARE(close->tickInterval(), 10.0);
    QCOMPARE(close->tickAnchor(), 0.0);
    QValueAxis *wide = ChartStyle::performanceAxis(&owner, 2.0, 98.0);
    QCOMPARE(wide->min(), 0.0);
    QCOMPARE(wide->max(), 100.0);
    QCOMPARE(wide->tickInterval(), 20.0);

    // The trend and the curve frame their points with it: the months' intervals span 56–74.
    TrendChart trend;
    trend.setSeries(QStringLiteral("Check usage"), sixMonths(), std::nullopt, false);
    auto *y = qobject_cast<QValueAxis *>(trend.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 50.0);
    QCOMPARE(y->max(), 80.0);
    QCOMPARE(y->titleText(), close->titleText());
    ExperienceCurveChart curve;
    curve.setData(m_journey, Findings());
    y = qobject_cast<QValueAxis *>(curve.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->min(), 0.0);
    QCOMPARE(y->max(), 100.0);
    QCOMPARE(y->tickInterval(), 20.0);
}

void TestCharts::distributionHasABarPerValue()
{
    MetricScore csat;
    csat.metric = QStringLiteral("csat");
    csat.min = 1;
    csat.max = 5;
    csat.raw.n = 100;
    csat.raw.mean = 3.5;
    csat.distribution = {{1.0, 10}, {3.0, 30}, {4.0, 50}, {5.0, 10}};
    csat.topBox = wilsonInterval(60, 100);
    DistributionChart chart;
    chart.setMetric(QStringLiteral("First bill"), csat);
    auto *series = seriesNamed<QStackedBarSeries>(&chart, QStringLiteral("distribution"));
    QVERIFY(series);
    // Every value of the 1–5 scale, the unanswered 2 included, each bar the sum of its stack.
    const QList<double> expected{10, 0, 30, 50, 10};
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 5);
    for (int category = 0; category < expected.size(); ++category) {
        double total = 0.0;
        for (const QBarSet *set : sets)
            total += set->at(category);
        QCOMPARE(total, expected.at(category));
        QCOMPARE(sets.at(category)->at(category), expected.at(category));
    }
    QCOMPARE(chart.bars().size(), 5);
    QVERIFY(chart.summary().contains(QStringLiteral("top box 60%")));
    // Low answers are drawn in the map's colour of a low score.
    QVERIFY(sets.first()->color().red() > sets.first()->color().blue());
    QVERIFY(sets.last()->color().blue() > sets.last()->color().red());
    // On a scale where low is good (waiting minutes, say), the other way round.
    MetricScore waiting = csat;
    waiting.higherIsBetter = false;
    chart.setMetric(QStringLiteral("First bill"), waiting);
    const QList<QBarSet *> inverted =
        seriesNamed<QStackedBarSeries>(&chart, QStringLiteral("distribution"))->barSets();
    QCOMPARE(inverted.first()->color(), RenderTheme::scoreColor(100.0));
    QCOMPARE(inverted.last()->color(), RenderTheme::scoreColor(0.0));
}

void TestCharts::npsDistributionGroupsPromotersPassivesDetractors()
{
    MetricScore nps;
    nps.metric = QStringLiteral("nps");
    nps.min = 0;
    nps.max = 10;
    nps.raw.n = 200;
    for (int v = 0; v <= 10; ++v)
        nps.distribution.append({double(v), v < 7 ? 10 : v < 9 ? 30 : 35});
    nps.raw.n = 6 * 10 + 10 + 2 * 30 + 2 * 35;
    nps.nps = netPromoterScore(NpsCounts{70, 60, 70});
    DistributionChart chart;
    chart.setMetric(QStringLiteral("Renew online"), nps);
    auto *series = seriesNamed<QStackedBarSeries>(&chart, QStringLiteral("distribution"));
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 3);
    QVERIFY(sets.at(0)->label().startsWith(QStringLiteral("Detractors (0–6)")));
    QVERIFY(sets.at(1)->label().startsWith(QStringLiteral("Passives (7–8)")));
    QVERIFY(sets.at(2)->label().startsWith(QStringLiteral("Promoters (9–10)")));
    QCOMPARE(sets.at(2)->label(), QStringLiteral("Promoters (9–10) 35%"));
    QCOMPARE(sets.at(0)->count(), 11);
    double detractors = 0.0, passives = 0.0, promoters = 0.0;
    for (int v = 0; v <= 10; ++v) {
        detractors += sets.at(0)->at(v);
        passives += sets.at(1)->at(v);
        promoters += sets.at(2)->at(v);
        // Each value lies in exactly one group.
        QCOMPARE(int(sets.at(0)->at(v) > 0) + int(sets.at(1)->at(v) > 0) +
                     int(sets.at(2)->at(v) > 0),
                 1);
    }
    QCOMPARE(detractors, 70.0);
    QCOMPARE(passives, 60.0);
    QCOMPARE(promoters, 70.0);
    QVERIFY(chart.summary().contains(QStringLiteral("NPS 0")));
}

void TestCharts::wideScaleDistributionIsBinned()
{
    // Every value of a 0–100 scale answered: a bar each would be 101 sets of 101 bars.
    MetricScore score;
    score.metric = QStringLiteral("score");
    score.min = 0;
    score.max = 100;
    for (int v = 0; v <= 100; ++v) {
        score.distribution.append({double(v), 1 + v % 7});
        score.raw.n += 1 + v % 7;
    }
    score.raw.mean = 50.0;
    DistributionChart chart;
    chart.setMetric(QStringLiteral("Help centre"), score);
    const QList<DistributionBar> &bars = chart.bars();
    QVERIFY2(bars.size() <= 20, qPrintable(QString::number(bars.size())));
    qint64 counted = 0;
    for (const DistributionBar &bar : bars)
        counted += bar.count;
    QCOMPARE(counted, score.raw.n);
    // Equal widths over the scale, labelled by the values each holds.
    QCOMPARE(bars.first().label, QStringLiteral("0–4"));
    QCOMPARE(bars.first().count, 1 + 2 + 3 + 4 + 5);
    QCOMPARE(bars.at(1).label, QStringLiteral("5–9"));
    QCOMPARE(bars.last().label, QStringLiteral("95–100"));

    // What is drawn is as bounded, and shows the same counts.
    auto *series = seriesNamed<QStackedBarSeries>(&chart, QStringLiteral("distribution"));
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), bars.size());
    double drawn = 0.0;
    for (const QBarSet *set : sets) {
        QCOMPARE(set->count(), bars.size());
        for (int i = 0; i < set->count(); ++i)
            drawn += set->at(i);
    }
    QCOMPARE(drawn, double(score.raw.n));

    // Answers between the whole numbers of a small scale are binned too, none lost.
    MetricScore means;
    means.metric = QStringLiteral("csat");
    means.min = 1;
    means.max = 7;
    for (int i = 0; i <= 60; ++i) {
        means.distribution.append({1.0 + i / 10.0, 2});
        means.raw.n += 2;
    }
    chart.setMetric(QStringLiteral("Help centre"), means);
    QVERIFY(chart.bars().size() <= 20);
    counted = 0;
    for (const DistributionBar &bar : chart.bars())
        counted += bar.count;
    QCOMPARE(counted, means.raw.n);
}

void TestCharts::matrixPlotsImportanceAgainstPerformance()
{
    ImportanceMatrixChart chart;
    chart.resize(700, 500);
    chart.setFindings(m_findings);
    QList<double> performance, importance;
    QHash<TouchpointId, const TouchpointFinding *> eligible;
    for (const TouchpointFinding &t : m_findings.touchpoints)
        if (t.reliable && t.importance && t.importance->valid) {
            eligible.insert(t.id, &t);
            performance << t.performance.mean;
            importance << t.importance->r;
        }
    QVERIFY(eligible.size() >= 4);
    QCOMPARE(chart.points().size(), eligible.size());
    QCOMPARE(*chart.performanceSplit(), median(performance));
    QCOMPARE(*chart.importanceSplit(), median(importance));

    // Each quadrant series holds exactly the touchpoints the findings put in that quadrant.
    const std::pair<Quadrant, QString> quadrants[] = {
        {Quadrant::FixFirst, QStringLiteral("fixFirst")},
        {Quadrant::KeepUpTheGoodWork, QStringLiteral("keepUp")},
        {Quadrant::PossibleOverkill, QStringLiteral("overkill")},
        {Quadrant::LowPriority, QStringLiteral("lowPriority")}};
    qsizetype plotted = 0;
    for (const auto &[quadrant, key] : quadrants) {
        auto *scatter = seriesNamed<QScatterSeries>(&chart, QStringLiteral("quadrant:") + key);
        QList<QPointF> expected;
        for (const TouchpointFinding *t : std::as_const(eligible))
            if (t->quadrant == quadrant)
                expected << QPointF(t->performance.mean, t->importance->r);
        if (expected.isEmpty()) {
            QVERIFY(!scatter);
            continue;
        }
        QVERIFY(scatter);
        QList<QPointF> points = scatter->points();
        auto byX = [](const QPointF &a, const QPointF &b) {
            return std::pair(a.x(), a.y()) < std::pair(b.x(), b.y());
        };
        std::sort(points.begin(), points.end(), byX);
        std::sort(expected.begin(), expected.end(), byX);
        QCOMPARE(points, expected);
        plotted += points.size();
    }
    QCOMPARE(plotted, eligible.size());
    // Fix first is below the performance median and above the importance median.
    for (const QPointF &p :
         seriesNamed<QScatterSeries>(&chart, QStringLiteral("quadrant:fixFirst"))->points()) {
        QVERIFY(p.x() < *chart.performanceSplit());
        QVERIFY(p.y() >= *chart.importanceSplit());
    }
    auto *area = seriesNamed<QAreaSeries>(&chart, QStringLiteral("fixFirstArea"));
    QVERIFY(area);
    QCOMPARE(area->lowerSeries()->at(0).y(), *chart.importanceSplit());
    QCOMPARE(area->upperSeries()->at(1).x(), *chart.performanceSplit());
    QVERIFY(area->upperSeries()->at(0).y() >=
            *std::max_element(importance.cbegin(), importance.cend()));
    QCOMPARE(seriesNamed<QLineSeries>(&chart, QStringLiteral("split:performance"))->at(0).x(),
             *chart.performanceSplit());
    QCOMPARE(seriesNamed<QLineSeries>(&chart, QStringLiteral("split:importance"))->at(0).y(),
             *chart.importanceSplit());

    // Clicking a point asks for its touchpoint.
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy activated(&chart, &ImportanceMatrixChart::touchpointActivated);
    const ImportanceMatrixChart::Point &target = chart.points().first();
    const QPointF inChart =
        chart.chart()->mapToPosition(QPointF(target.performance, target.importance));
    const QPoint inView = chart.mapFromScene(chart.chart()->mapToScene(inChart));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, inView);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<TouchpointId>(), target.id);
}

void TestCharts::chartsFollowThePalette()
{
    ExperienceCurveChart chart;
    chart.setData(m_journey, m_findings);
    QPalette light = chart.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf7));
    light.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x2c));
    light.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    chart.setPalette(light);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(seriesNamed<QLineSeries>(&chart, QStringLiteral("curve"))->pen().color(),
             QColor(0x1f, 0x6f, 0xeb));
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x18, 0x1b, 0x20));
    dark.setColor(QPalette::Window, QColor(0x21, 0x25, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe4, 0xe8, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x74, 0xe0));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x18, 0x1b, 0x20));
    QCOMPARE(seriesNamed<QLineSeries>(&chart, QStringLiteral("curve"))->pen().color(),
             QColor(0x2f, 0x74, 0xe0));
    QCOMPARE(chart.chart()->axes(Qt::Vertical).first()->titleBrush().color(),
             QColor(0xe4, 0xe8, 0xee));
    QVERIFY(!chart.accessibleName().isEmpty());
}

void TestCharts::emptyChartsSayWhy()
{
    ExperienceCurveChart curve;
    Findings none;
    for (TouchpointFinding t : m_findings.touchpoints) {
        t.performance = MeanSummary();
        t.reliable = false;
        t.importance.reset();
        none.touchpoints << t;
    }
    curve.setData(m_journey, none);
    QVERIFY(curve.placeholder().contains(QStringLiteral("No answers")));
    QCOMPARE(seriesNamed<QLineSeries>(&curve, QStringLiteral("curve"))->count(), 0);
    ImportanceMatrixChart matrix;
    matrix.setFindings(none);
    QVERIFY(matrix.placeholder().contains(QStringLiteral("importance")));
    TrendChart trend;
    trend.setSeries(QStringLiteral("Help centre"), {}, std::nullopt, false);
    QVERIFY(trend.placeholder().contains(QStringLiteral("Help centre")));
    DistributionChart distribution;
    QVERIFY(distribution.placeholder().contains(QStringLiteral("Select a touchpoint")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
