// The filter bar: choices from the answers, one request per change, and fall-backs when a
// choice disappears.
#include "findings/filterbar.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace cxmap;

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheChoicesOfTheAnswers();
    void everyChangeIsOneRequest();
    void aBackwardPeriodIsOneMonth();
    void clearingShowsEverything();
    void aVanishedChoiceFallsBackToAll();
    void setRequestShowsWithoutAnnouncing();

private:
    static AnswerScope demoScope();
};

AnswerScope TestFilterBar::demoScope()
{
    AnswerScope scope;
    scope.segments = {QStringLiteral("Business"), QStringLiteral("Handset bundle"),
                      QStringLiteral("SIM only")};
    scope.metrics = {QStringLiteral("csat"), QStringLiteral("ces"), QStringLiteral("nps")};
    scope.firstMonth = QStringLiteral("2025-11");
    scope.lastMonth = QStringLiteral("2026-10");
    return scope;
}

void TestFilterBar::offersTheChoicesOfTheAnswers()
{
    FilterBar bar;
    QVERIFY(!bar.segmentBox()->isEnabled());
    bar.setAnswerScope(demoScope());
    QCOMPARE(bar.segmentBox()->count(), 4);
    QCOMPARE(bar.segmentBox()->itemText(0), QStringLiteral("All segments"));
    QCOMPARE(bar.segmentBox()->itemText(3), QStringLiteral("SIM only"));
    QCOMPARE(bar.metricBox()->count(), 4);
    QCOMPARE(bar.fromBox()->count(), 13);
    QCOMPARE(bar.toBox()->count(), 13);
    QCOMPARE(bar.fromBox()->itemData(1).toDate(), QDate(2025, 11, 1));
    QCOMPARE(bar.toBox()->itemData(12).toDate(), QDate(2026, 10, 1));
    QVERIFY(bar.segmentBox()->isEnabled());
    QVERIFY(!bar.segmentBox()->accessibleName().isEmpty());
}

void TestFilterBar::everyChangeIsOneRequest()
{
    FilterBar bar;
    bar.setAnswerScope(demoScope());
    QSignalSpy requests(&bar, &FilterBar::requestChanged);
    bar.segmentBox()->setCurrentIndex(1);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.last().first().value<AnalysisRequest>().segment, QStringLiteral("Business"));

    bar.fromBox()->setCurrentIndex(5);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.last().first().value<AnalysisRequest>().from,
             std::optional<QDate>(QDate(2026, 3, 1)));
    QVERIFY(!requests.last().first().value<AnalysisRequest>().to);

    bar.metricBox()->setCurrentIndex(2);
    QCOMPARE(requests.size(), 3);
    const AnalysisRequest request = requests.last().first().value<AnalysisRequest>();
    QCOMPARE(request.metrics, QStringList{QStringLiteral("ces")});
    QCOMPARE(request.segment, QStringLiteral("Business"));
    QCOMPARE(bar.request().cacheKey(), request.cacheKey());
}

void TestFilterBar::aBackwardPeriodIsOneMonth()
{
    FilterBar bar;
    bar.setAnswerScope(demoScope());
    QSignalSpy requests(&bar, &FilterBar::requestChanged);
    bar.toBox()->setCurrentIndex(3);   // Jan 2026
    bar.fromBox()->setCurrentIndex(6); // Apr 2026, after "to": "to" follows
    const AnalysisRequest request = requests.last().first().value<AnalysisRequest>();
    QCOMPARE(request.from, std::optional<QDate>(QDate(2026, 4, 1)));
    QCOMPARE(request.to, std::optional<QDate>(QDate(2026, 4, 1)));
    QCOMPARE(bar.toBox()->currentIndex(), 6);
}

void TestFilterBar::clearingShowsEverything()
{
    FilterBar bar;
    bar.setAnswerScope(demoScope());
    bar.segmentBox()->setCurrentIndex(2);
    bar.toBox()->setCurrentIndex(4);
    QSignalSpy requests(&bar, &FilterBar::requestChanged);
    auto *clear = bar.findChild<QToolButton *>();
    QVERIFY(clear && clear->isEnabled());
    clear->click();
    QCOMPARE(requests.size(), 1);
    const AnalysisRequest request = requests.last().first().value<AnalysisRequest>();
    QVERIFY(request.segment.isEmpty());
    QVERIFY(!request.to);
    QVERIFY(!clear->isEnabled());
}

void TestFilterBar::aVanishedChoiceFallsBackToAll()
{
    FilterBar bar;
    bar.setAnswerScope(demoScope());
    bar.segmentBox()->setCurrentIndex(1);
    QSignalSpy requests(&bar, &FilterBar::requestChanged);
    AnswerScope without = demoScope();
    without.segments.removeFirst();
    bar.setAnswerScope(without);
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.last().first().value<AnalysisRequest>().segment.isEmpty());

    // Choices that are still there stay chosen, silently.
    bar.segmentBox()->setCurrentIndex(2);
    bar.setAnswerScope(without);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(bar.request().segment, QStringLiteral("SIM only"));
}

void TestFilterBar::setRequestShowsWithoutAnnouncing()
{
    FilterBar bar;
    bar.setAnswerScope(demoScope());
    QSignalSpy requests(&bar, &FilterBar::requestChanged);
    AnalysisRequest request;
    request.segment = QStringLiteral("sim ONLY");
    request.to = QDate(2026, 2, 14);
    request.outcome = QStringLiteral("nps");
    bar.setRequest(request);
    QCOMPARE(requests.size(), 0);
    QCOMPARE(bar.segmentBox()->currentText(), QStringLiteral("SIM only"));
    QCOMPARE(bar.toBox()->currentData().toDate(), QDate(2026, 2, 1));
    // The outcome is not a filter of the bar, but it stays in the requests it makes.
    bar.metricBox()->setCurrentIndex(1);
    QCOMPARE(requests.last().first().value<AnalysisRequest>().outcome, QStringLiteral("nps"));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
