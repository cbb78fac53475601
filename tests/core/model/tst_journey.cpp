#include "model/journey.h"
#include "model/metric.h"
#include "samplejourney.h"

#include <QTest>

using namespace cxmap;

class TestJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTemplateHasTheDesignedStagesAndLanes();
    void idsAreUniqueAcrossKinds();
    void indexedListKeepsOrderAndIndex();
    void indexedListMoveReindexes();
    void cellQueries();
    void consistencyFindsBrokenReferences_data();
    void consistencyFindsBrokenReferences();
    void metricNormalisation_data();
    void metricNormalisation();
    void builtinMetricsHaveFixedIds();
};

void TestJourney::defaultTemplateHasTheDesignedStagesAndLanes()
{
    const Journey journey = Journey::fromTemplate(Journey::Template::Default);
    QStringList stages, lanes;
    for (const Stage &stage : journey.stages())
        stages << stage.name;
    for (const Lane &lane : journey.lanes())
        lanes << lane.name;
    QCOMPARE(stages, test::strings({"Discover", "Consider", "Buy", "Onboard", "Use", "Get support", "Renew or leave"}));
    QCOMPARE(lanes, test::strings({"Web", "Mobile app", "Store", "Call centre", "Chat", "Social", "Email"}));
    QVERIFY(Journey::fromTemplate(Journey::Template::Empty).stages().isEmpty());
    QCOMPARE(journey.checkConsistency(), QString());
}

void TestJourney::idsAreUniqueAcrossKinds()
{
    Journey journey;
    const StageId stage = journey.addStage(QStringLiteral("A"));
    const LaneId lane = journey.addLane(QStringLiteral("B"));
    const qint64 next = journey.allocateId();
    QCOMPARE(stage.value(), 1);
    QCOMPARE(lane.value(), 2);
    QCOMPARE(next, 3);
    journey.setNextId(2); // never lowers the counter
    QCOMPARE(journey.nextId(), 4);
}

void TestJourney::indexedListKeepsOrderAndIndex()
{
    IndexedList<Stage, StageId> list;
    list.append(Stage{StageId(10), QStringLiteral("a"), 1});
    list.append(Stage{StageId(20), QStringLiteral("b"), 1});
    list.insert(0, Stage{StageId(30), QStringLiteral("c"), 1});
    QCOMPARE(list.indexOf(StageId(30)), 0);
    QCOMPARE(list.indexOf(StageId(10)), 1);
    QCOMPARE(list.indexOf(StageId(20)), 2);
    QCOMPARE(list.find(StageId(20))->name, QStringLiteral("b"));
    const Stage taken = list.take(StageId(10));
    QCOMPARE(taken.name, QStringLiteral("a"));
    QCOMPARE(list.indexOf(StageId(20)), 1);
    QCOMPARE(list.indexOf(StageId(10)), -1);
    QVERIFY(!list.find(StageId(10)));
}

void TestJourney::indexedListMoveReindexes()
{
    IndexedList<Lane, LaneId> list;
    for (int i = 1; i <= 4; ++i)
        list.append(Lane{LaneId(i), QString::number(i), 1});
    list.move(LaneId(1), 3);
    QCOMPARE(list.at(3).id, LaneId(1));
    QCOMPARE(list.indexOf(LaneId(1)), 3);
    QCOMPARE(list.indexOf(LaneId(2)), 0);
    list.move(LaneId(1), 0);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(list.indexOf(LaneId(i)), i - 1);
}

void TestJourney::cellQueries()
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    const Stage &buy = journey.stages().at(2);
    const Lane &store = journey.lanes().at(2);
    const Touchpoint a = test::makeTouchpoint(journey.allocateId(), buy.id, store.id, QStringLiteral("Checkout"));
    const Touchpoint b = test::makeTouchpoint(journey.allocateId(), buy.id, journey.lanes().at(0).id, QStringLiteral("Web shop"));
    journey.touchpoints().append(a);
    journey.touchpoints().append(b);
    journey.transitions().append(Transition{TransitionId(journey.allocateId()), b.id, a.id, 0.5, {}});
    QCOMPARE(journey.touchpointsInCell(buy.id, store.id), QList<TouchpointId>{a.id});
    QCOMPARE(journey.touchpointsInStage(buy.id).size(), 2);
    QCOMPARE(journey.touchpointsInLane(store.id), QList<TouchpointId>{a.id});
    QCOMPARE(journey.transitionsOf(a.id).size(), 1);
    QCOMPARE(journey.findTouchpointByName(QStringLiteral("web SHOP"))->id, b.id);
    QCOMPARE(journey.findStageByName(QStringLiteral("buy"))->id, buy.id);
}

void TestJourney::consistencyFindsBrokenReferences_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing stage") << 0 << QStringLiteral("in stage");
    QTest::newRow("missing lane") << 1 << QStringLiteral("in lane");
    QTest::newRow("dangling transition") << 2 << QStringLiteral("connects a touchpoint that does not exist");
    QTest::newRow("share above one") << 3 << QStringLiteral("share outside");
    QTest::newRow("id beyond counter") << 4 << QStringLiteral("outside the allocated range");
}

void TestJourney::consistencyFindsBrokenReferences()
{
    QFETCH(int, breakage);
    QFETCH(QString, expected);
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    Touchpoint touchpoint = test::makeTouchpoint(journey.allocateId(), journey.stages().at(0).id,
                                                 journey.lanes().at(0).id, QStringLiteral("Ad"));
    if (breakage == 0)
        touchpoint.stage = StageId(999);
    if (breakage == 1)
        touchpoint.lane = LaneId(999);
    if (breakage == 4)
        touchpoint.id = TouchpointId(journey.nextId() + 5);
    journey.touchpoints().append(touchpoint);
    Transition transition{TransitionId(journey.allocateId()), touchpoint.id, touchpoint.id, 0.5, {}};
    if (breakage == 2)
        transition.to = TouchpointId(12345);
    if (breakage == 3)
        transition.share = 1.5;
    journey.transitions().append(transition);
    QVERIFY2(journey.checkConsistency().contains(expected), qPrintable(journey.checkConsistency()));
}

void TestJourney::metricNormalisation_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    // 100 × (v − min) / (max − min), DESIGN §3; worked by hand.
    QTest::newRow("csat 4") << 1.0 << 5.0 << true << 4.0 << 75.0;
    QTest::newRow("csat 1") << 1.0 << 5.0 << true << 1.0 << 0.0;
    QTest::newRow("nps 9") << 0.0 << 10.0 << true << 9.0 << 90.0;
    QTest::newRow("emotion -1") << -3.0 << 3.0 << true << -1.0 << 100.0 / 3.0;
    QTest::newRow("wait minutes inverted") << 0.0 << 60.0 << false << 15.0 << 75.0;
}

void TestJourney::metricNormalisation()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, higherIsBetter);
    QFETCH(double, value);
    QFETCH(double, expected);
    Metric metric;
    metric.min = min;
    metric.max = max;
    metric.higherIsBetter = higherIsBetter;
    QVERIFY(qAbs(metric.normalise(value) - expected) < 1e-9);
}

void TestJourney::builtinMetricsHaveFixedIds()
{
    const QList<Metric> metrics = builtinMetrics();
    QStringList names;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QCOMPARE(metrics.at(i).id.value(), i + 1);
        names << metrics.at(i).name;
    }
    QCOMPARE(names, test::strings({"csat", "ces", "nps", "emotion", "effectiveness", "ease", "emotion_cxi"}));
    QCOMPARE(metrics.at(1).max, 7.0);
    QCOMPARE(metrics.at(3).min, -3.0);
}

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
