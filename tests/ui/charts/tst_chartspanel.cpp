// The charts dock: the curve from the findings, the selected touchpoint's trend read from the
// file off the GUI thread, its answers, the split by segment, and clicks on the matrix.
#include "analysis/findings.h"
#include "analysis/touchpointseries.h"
#include "charts/chartspanel.h"
#include "charts/distributionchart.h"
#include "charts/experiencecurvechart.h"
#include "charts/importancematrixchart.h"
#include "charts/trendchart.h"
#include "commands/touchpointcommands.h"
#include "demofixture.h"
#include "document/journeydocument.h"
#include "store/documentfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace cxmap;

namespace {

QLineSeries *lineNamed(QChartView *view, const QString &objectName)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all)
        if (series->objectName() == objectName)
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

int segmentLines(QChartView *view)
{
    int count = 0;
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all)
        count += series->objectName().startsWith(QLatin1String("segment:")) ? 1 : 0;
    return count;
}

} // namespace

class TestChartsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void curveFollowsTheFindings();
    void trendOfTheSelectedTouchpointIsReadFromTheFile();
    void answersOfTheSelectedTouchpoint();
    void touchpointWithoutAnswersIsStillNamed();
    void curveSplitsBySegmentOnRequest();
    void removingTheSelectedTouchpointClearsItsCharts();
    void matrixClicksAskForTheTouchpoint();

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    Findings m_findings;
};

void TestChartsPanel::initTestCase()
{
    m_demo = std::make_unique<test::DemoFixture>(DocumentFile::Access::ReadOnly);
    m_findings = computeFindings(m_demo->file->database(), m_demo->document->journey(), {});
}

void TestChartsPanel::curveFollowsTheFindings()
{
    ChartsPanel panel;
    panel.setDocument(m_demo->document.get(), m_demo->path);
    QCOMPARE(lineNamed(panel.curveChart(), QStringLiteral("curve"))->count(), 0);
    panel.setFindings(m_findings);
    QLineSeries *curve = lineNamed(panel.curveChart(), QStringLiteral("curve"));
    QCOMPARE(curve->count(), m_demo->document->journey().stages().size());
    QCOMPARE(panel.curveChart()->curve().size(), m_demo->document->journey().stages().size());
    QCOMPARE(curve->at(0).y(), panel.curveChart()->curve().first().performance.mean);
    QCOMPARE(panel.tabs()->count(), 4);
}

void TestChartsPanel::trendOfTheSelectedTouchpointIsReadFromTheFile()
{
    ChartsPanel panel;
    panel.setDocument(m_demo->document.get(), m_demo->path);
    panel.setFindings(m_findings);
    const TouchpointId usage =
        m_demo->document->journey().findTouchpointByName(QStringLiteral("Check usage"))->id;
    panel.setSelectedTouchpoint(usage);
    // Read only when shown.
    QVERIFY(panel.trendChart()->months().isEmpty());
    panel.tabs()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(panel.trendChart()->months().size(), 12, 20000);
    const TouchpointFinding *finding = m_findings.find(usage);
    qint64 n = 0;
    double sum = 0.0;
    for (const MonthlyScore &month : panel.trendChart()->months()) {
        n += month.performance.n;
        sum += double(month.performance.n) * month.performance.mean;
    }
    QCOMPARE(n, finding->performance.n);
    QVERIFY(std::abs(sum / double(n) - finding->performance.mean) < 1e-9);
    QLineSeries *fit = lineNamed(panel.trendChart(), QStringLiteral("trend"));
    QVERIFY(fit);
    // The dashed line is the findings' own fitted trend, over the months drawn.
    const double first = double(panel.trendChart()->months().first().month);
    QVERIFY(std::abs(fit->at(0).y() - (finding->trend->intercept + finding->trend->slope * first)) <
            1e-6);
    QVERIFY(fit->name().contains(QStringLiteral("declining")));

    // Another touchpoint: its own months.
    const TouchpointId bill =
        m_demo->document->journey().findTouchpointByName(QStringLiteral("First bill"))->id;
    panel.setSelectedTouchpoint(bill);
    QTRY_VERIFY_WITH_TIMEOUT(
        lineNamed(panel.trendChart(), QStringLiteral("monthly")) &&
            lineNamed(panel.trendChart(), QStringLiteral("monthly"))->count() == 12 &&
            !panel.trendChart()->accessibleDescription().contains(QStringLiteral("Check usage")),
        20000);
    QVERIFY(panel.trendChart()->accessibleDescription().contains(QStringLiteral("First bill")));
}

void TestChartsPanel::answersOfTheSelectedTouchpoint()
{
    ChartsPanel panel;
    panel.setDocument(m_demo->document.get(), m_demo->path);
    panel.setFindings(m_findings);
    QVERIFY(panel.distributionChart()->bars().isEmpty());
    // The support hotline is rated on CSAT, CES and NPS: one metric at a time, CES first.
    const TouchpointFinding *hotline = m_findings.find(
        m_demo->document->journey().findTouchpointByName(QStringLiteral("Support hotline"))->id);
    QCOMPARE(hotline->metrics.size(), 3);
    panel.setSelectedTouchpoint(hotline->id);
    QCOMPARE(panel.metricBox()->count(), 3);
    auto total = [&panel] {
        qint64 sum = 0;
        for (const DistributionBar &bar : panel.distributionChart()->bars())
            sum += bar.count;
        return sum;
    };
    QCOMPARE(total(), hotline->metrics.first().raw.n);
    QCOMPARE(panel.distributionChart()->bars().size(), 7);
    panel.metricBox()->setCurrentIndex(panel.metricBox()->findData(QStringLiteral("nps")));
    QCOMPARE(total(), hotline->metrics.last().raw.n);
    QCOMPARE(panel.distributionChart()->bars().size(), 11);
    QVERIFY(panel.distributionChart()->summary().startsWith(QStringLiteral("NPS")));
    // Another touchpoint keeps the chosen metric when it has it.
    panel.setSelectedTouchpoint(
        m_demo->document->journey().findTouchpointByName(QStringLiteral("Upgrade in store"))->id);
    QCOMPARE(panel.metricBox()->currentData().toString(), QStringLiteral("nps"));
    QVERIFY(panel.distributionChart()->summary().startsWith(QStringLiteral("NPS")));
}

void TestChartsPanel::touchpointWithoutAnswersIsStillNamed()
{
    ChartsPanel panel;
    panel.setDocument(m_demo->document.get(), m_demo->path);
    // Findings that leave First bill out, as a selection without its answers does.
    const Touchpoint *bill =
        m_demo->document->journey().findTouchpointByName(QStringLiteral("First bill"));
    const QString stage = m_demo->document->journey().stages().find(bill->stage)->name;
    Findings findings = m_findings;
    findings.touchpoints.removeIf(
        [bill](const TouchpointFinding &finding) { return finding.id == bill->id; });
    panel.setFindings(findings);
    panel.setSelectedTouchpoint(bill->id);

    for (const QLabel *title : {panel.trendTitle(), panel.answersTitle()})
        QCOMPARE(title->text(), QStringLiteral("<b>First bill</b> · %1").arg(stage));
    const QString message = QStringLiteral("First bill has no answers in this selection.");
    QCOMPARE(panel.trendChart()->placeholder(), message);
    QCOMPARE(panel.distributionChart()->placeholder(), message);
    QVERIFY(panel.distributionChart()->bars().isEmpty());

    // Nothing selected is said as such.
    panel.setSelectedTouchpoint(TouchpointId());
    QCOMPARE(panel.trendTitle()->text(), QStringLiteral("No touchpoint selected"));
    QVERIFY(
        panel.distributionChart()->placeholder().contains(QStringLiteral("Select a touchpoint")));
}

void TestChartsPanel::curveSplitsBySegmentOnRequest()
{
    ChartsPanel panel;
    panel.setDocument(m_demo->document.get(), m_demo->path);
    panel.setFindings(m_findings);
    QCOMPARE(segmentLines(panel.curveChart()), 0);
    panel.bySegmentBox()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(segmentLines(panel.curveChart()), 3, 20000);
    QLineSeries *business = lineNamed(panel.curveChart(), QStringLiteral("segment:Business"));
    QCOMPARE(business->count(), m_demo->document->journey().stages().size());
    panel.bySegmentBox()->setChecked(false);
    QCOMPARE(segmentLines(panel.curveChart()), 0);
}

void TestChartsPanel::removingTheSelectedTouchpointClearsItsCharts()
{
    JourneyDocument document(m_demo->document->journey());
    ChartsPanel panel;
    panel.setDocument(&document, m_demo->path);
    panel.setFindings(m_findings);
    const TouchpointId bill =
        document.journey().findTouchpointByName(QStringLiteral("First bill"))->id;
    panel.setSelectedTouchpoint(bill);
    QVERIFY(!panel.distributionChart()->bars().isEmpty());
    document.undoStack()->push(new RemoveTouchpointsCommand(&document, {bill}));
    QVERIFY(!panel.selectedTouchpoint().isValid());
    QVERIFY(panel.distributionChart()->bars().isEmpty());
    QVERIFY(
        panel.distributionChart()->placeholder().contains(QStringLiteral("Select a touchpoint")));
}

void TestChartsPanel::matrixClicksAskForTheTouchpoint()
{
    ChartsPanel panel;
    panel.resize(800, 560);
    panel.setDocument(m_demo->document.get(), m_demo->path);
    panel.setFindings(m_findings);
    panel.tabs()->setCurrentIndex(3);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &ChartsPanel::touchpointActivated);
    ImportanceMatrixChart *matrix = panel.matrixChart();
    const ImportanceMatrixChart::Point &target = matrix->points().last();
    const QPointF inChart =
        matrix->chart()->mapToPosition(QPointF(target.performance, target.importance));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {},
                      matrix->mapFromScene(matrix->chart()->mapToScene(inChart)));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<TouchpointId>(), target.id);
}

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
