// The findings controller: findings for the demo, from the cache at once when current, again
// after the edits and filters the analysis reads — and not after those it does not.
#include "analysis/findingscache.h"
#include "commands/touchpointcommands.h"
#include "demofixture.h"
#include "document/journeydocument.h"
#include "findings/findingscontroller.h"
#include "store/documentfile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cxmap;

namespace {

constexpr int AnalysisTimeout = 60000;

QString nameOf(const Findings &findings, TouchpointId id)
{
    const TouchpointFinding *finding = findings.find(id);
    return finding ? finding->name : QString();
}

} // namespace

class TestFindingsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsTheDemosWeakestLink();
    void cachedFindingsArriveAtOnce();
    void editsTheAnalysisReadsRunItAgain();
    void editsItDoesNotReadCostNothing();
    void filtersChangeTheBasis();
    void newAnswersRunItAgain();
    void pausedControllerWaits();
    void answerScopeListsWhatTheFiltersOffer();

private:
    /** The newest findings with answers emitted after the first `already` signals. */
    static std::optional<Findings> waitForFindings(QSignalSpy &spy, qsizetype already = 0);

    std::unique_ptr<test::DemoFixture> m_demo;
};

void TestFindingsController::init()
{
    m_demo = std::make_unique<test::DemoFixture>();
    QVERIFY(m_demo->dir.isValid());
}

void TestFindingsController::cleanup()
{
    m_demo.reset();
}

std::optional<Findings> TestFindingsController::waitForFindings(QSignalSpy &spy, qsizetype already)
{
    // Findings with answers: the first signal after setDocument() is the empty reset.
    auto current = [&spy, already] {
        return spy.size() > already && spy.last().first().value<Findings>().answers > 0;
    };
    if (!QTest::qWaitFor(current, AnalysisTimeout))
        return std::nullopt;
    return spy.last().first().value<Findings>();
}

void TestFindingsController::findsTheDemosWeakestLink()
{
    FindingsController controller;
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    QSignalSpy busy(&controller, &FindingsController::busyChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    QVERIFY(controller.isBusy());
    const std::optional<Findings> result = waitForFindings(findings);
    QVERIFY(result);
    QVERIFY(!result->weakestLinks.isEmpty());
    QCOMPARE(nameOf(*result, result->weakestLinks.first()), QStringLiteral("Number porting"));
    QCOMPARE(result->respondents, 5000);
    QTRY_VERIFY(!controller.isBusy());
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
    QVERIFY(controller.hasFindings());
    QCOMPARE(controller.findings().weakestLinks, result->weakestLinks);
}

void TestFindingsController::cachedFindingsArriveAtOnce()
{
    {
        FindingsController first;
        QSignalSpy findings(&first, &FindingsController::findingsChanged);
        first.setDocument(m_demo->document.get(), m_demo->file.get());
        QVERIFY(waitForFindings(findings));
    }
    // The first controller kept its findings in the file ...
    QVERIFY(FindingsCache::load(m_demo->file->database(), m_demo->document->journey(), AnalysisRequest())
                .has_value());
    // ... so the next one has them before returning from setDocument(), with no analysis.
    FindingsController second;
    QSignalSpy findings(&second, &FindingsController::findingsChanged);
    second.setDocument(m_demo->document.get(), m_demo->file.get());
    QVERIFY(second.hasFindings());
    QVERIFY(!second.isBusy());
    QCOMPARE(findings.last().first().value<Findings>().answers, second.findings().answers);
    QCOMPARE(nameOf(second.findings(), second.findings().weakestLinks.first()),
             QStringLiteral("Number porting"));
}

void TestFindingsController::editsTheAnalysisReadsRunItAgain()
{
    FindingsController controller;
    controller.setDebounceInterval(10);
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    const std::optional<Findings> first = waitForFindings(findings);
    QVERIFY(first);
    const Findings before = *first;
    const Touchpoint *found =
        m_demo->document->journey().findTouchpointByName(QStringLiteral("Support hotline"));
    QVERIFY(found);
    // A copy: the command replaces the document's touchpoint.
    const Touchpoint hotline = *found;
    QCOMPARE(before.find(hotline.id)->expectationSource, QStringLiteral("target"));

    // A higher target raises the hotline's shortfall: it moves up the weakest links.
    Touchpoint raised = hotline;
    raised.target = 95.0;
    const qsizetype seen = findings.size();
    m_demo->document->undoStack()->push(
        new ChangeTouchpointsCommand(m_demo->document.get(), {raised}, QStringLiteral("Target")));
    QVERIFY(controller.isBusy());
    const std::optional<Findings> second = waitForFindings(findings, seen);
    QVERIFY(second);
    const Findings after = *second;
    QCOMPARE(*after.find(hotline.id)->expectation, 95.0);
    QVERIFY(after.weakestLinks.indexOf(hotline.id) < before.weakestLinks.indexOf(hotline.id));
    QCOMPARE(nameOf(after, after.weakestLinks.at(2)), QStringLiteral("Support hotline"));

    // Removing the weakest link re-ranks the rest.
    const qsizetype seenAgain = findings.size();
    const TouchpointId porting = after.weakestLinks.first();
    m_demo->document->undoStack()->push(new RemoveTouchpointsCommand(m_demo->document.get(), {porting}));
    const std::optional<Findings> removed = waitForFindings(findings, seenAgain);
    QVERIFY(removed);
    QVERIFY(!removed->find(porting));
    QVERIFY(!removed->weakestLinks.contains(porting));
}

void TestFindingsController::editsItDoesNotReadCostNothing()
{
    FindingsController controller;
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    QVERIFY(waitForFindings(findings));
    QTRY_VERIFY(!controller.isBusy());

    Touchpoint moved = m_demo->document->journey().touchpoints().at(0);
    moved.position += QPointF(12.0, 8.0);
    moved.description = QStringLiteral("Moved a little");
    m_demo->document->undoStack()->push(
        new ChangeTouchpointsCommand(m_demo->document.get(), {moved}, QStringLiteral("Move")));
    // A run is scheduled the moment a change arrives, so "not busy" now means none was.
    QVERIFY(!controller.isBusy());

    Touchpoint renamed = moved;
    renamed.name = QStringLiteral("Word of mouth");
    m_demo->document->undoStack()->push(
        new ChangeTouchpointsCommand(m_demo->document.get(), {renamed}, QStringLiteral("Rename")));
    QVERIFY(controller.isBusy());
}

void TestFindingsController::filtersChangeTheBasis()
{
    FindingsController controller;
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    const std::optional<Findings> unfiltered = waitForFindings(findings);
    QVERIFY(unfiltered);
    const Findings all = *unfiltered;

    AnalysisRequest business;
    business.segment = QStringLiteral("Business");
    const qsizetype seen = findings.size();
    controller.setRequest(business);
    QVERIFY(controller.isBusy());
    const std::optional<Findings> segment = waitForFindings(findings, seen);
    QVERIFY(segment);
    QCOMPARE(segment->request.segment, QStringLiteral("Business"));
    QVERIFY(segment->answers < all.answers);
    QVERIFY(segment->respondents < all.respondents);
    QVERIFY(segment->respondents > 0);

    // Another document starts unfiltered: "Business" may mean nothing there.
    QSignalSpy requests(&controller, &FindingsController::requestChanged);
    JourneyDocument other(m_demo->document->journey());
    controller.setDocument(&other, m_demo->file.get());
    QVERIFY(controller.request().segment.isEmpty());
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.last().first().value<AnalysisRequest>().segment.isEmpty());
    controller.setDocument(m_demo->document.get(), m_demo->file.get());

    AnalysisRequest spring;
    spring.from = QDate(2026, 3, 1);
    spring.to = QDate(2026, 5, 31);
    spring.metrics = {QStringLiteral("csat")};
    const qsizetype seenAgain = findings.size();
    controller.setRequest(spring);
    const std::optional<Findings> period = waitForFindings(findings, seenAgain);
    QVERIFY(period);
    QCOMPARE(period->firstMonth, QStringLiteral("2026-03"));
    QCOMPARE(period->lastMonth, QStringLiteral("2026-05"));
    QCOMPARE(period->metrics, QStringList{QStringLiteral("csat")});
    QVERIFY(period->answers < all.answers);
}

void TestFindingsController::newAnswersRunItAgain()
{
    FindingsController controller;
    controller.setDebounceInterval(10);
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    QVERIFY(waitForFindings(findings));
    QTRY_VERIFY(!controller.isBusy());
    const qsizetype seen = findings.size();
    m_demo->document->notifyMeasurementsChanged();
    QVERIFY(controller.isBusy());
    QVERIFY(waitForFindings(findings, seen));
}

void TestFindingsController::pausedControllerWaits()
{
    FindingsController controller;
    controller.setPaused(true);
    QSignalSpy findings(&controller, &FindingsController::findingsChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    // Only the reset to "nothing yet"; no cache read, no analysis while paused.
    QCOMPARE(findings.size(), 1);
    QVERIFY(!controller.isBusy());
    controller.setPaused(false);
    QVERIFY(controller.isBusy());
    const std::optional<Findings> result = waitForFindings(findings);
    QVERIFY(result);
    QCOMPARE(nameOf(*result, result->weakestLinks.value(0)), QStringLiteral("Number porting"));
}

void TestFindingsController::answerScopeListsWhatTheFiltersOffer()
{
    FindingsController controller;
    QSignalSpy scope(&controller, &FindingsController::answerScopeChanged);
    controller.setDocument(m_demo->document.get(), m_demo->file.get());
    QTRY_VERIFY_WITH_TIMEOUT(!controller.answerScope().segments.isEmpty(), AnalysisTimeout);
    const AnswerScope offered = controller.answerScope();
    QCOMPARE(offered.segments,
             (QStringList{QStringLiteral("Business"), QStringLiteral("Handset bundle"),
                          QStringLiteral("SIM only")}));
    QCOMPARE(offered.metrics,
             (QStringList{QStringLiteral("csat"), QStringLiteral("ces"), QStringLiteral("nps")}));
    QCOMPARE(offered.firstMonth, QStringLiteral("2025-11"));
    QCOMPARE(offered.lastMonth, QStringLiteral("2026-10"));
    QCOMPARE(scope.last().first().value<AnswerScope>().segments, offered.segments);
}

QTEST_MAIN(TestFindingsController)
#include "tst_findingscontroller.moc"
