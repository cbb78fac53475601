// Tidy at scale (issue 9, point 3): cards ordered inside their cells so fewer transitions cross,
// with the invariants a layout must keep — never more crossings than before, every card in its
// stage and lane, no two cards overlapping, deterministic, and a tidy map left as it is.
#include "largejourney.h"
#include "layout/cellgrid.h"
#include "layout/crossings.h"
#include "layout/tidylayout.h"
#include "samplejourney.h"
#include "store/documentfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

enum class Start { Inventory, Scattered, Tidied };

Journey startingJourney(Start start, int count, quint32 seed)
{
    switch (start) {
    case Start::Inventory:
        return largeJourney(count, seed);
    case Start::Scattered:
        return scatteredJourney(count, seed);
    case Start::Tidied:
        return tidied(largeJourney(count, seed));
    }
    return {};
}

// Every card inside its cell's padding, and no two cards overlapping: empty when so.
QString layoutProblem(const Journey &journey, const MapMetrics &metrics = {})
{
    const CellGrid grid(journey);
    QList<QRectF> cards;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        const QRectF cell = grid.cellRect(journey, Cell{touchpoint.stage, touchpoint.lane});
        const QRectF card(cell.topLeft() + touchpoint.position, metrics.cardSize());
        const QRectF inside =
            cell.adjusted(metrics.cellPadding, metrics.cellPadding, -metrics.cellPadding + 0.001,
                          -metrics.cellPadding + 0.001);
        if (!inside.contains(card))
            return QStringLiteral("\"%1\" is not inside its cell").arg(touchpoint.name);
        for (qsizetype i = 0; i < cards.size(); ++i)
            if (cards.at(i).intersects(card))
                return QStringLiteral("\"%1\" overlaps \"%2\"")
                    .arg(touchpoint.name, journey.touchpoints().at(i).name);
        cards.append(card);
    }
    return {};
}

} // namespace

class TestTidyLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeJourneyIsRealistic();
    void crossingsAreCounted();
    void tidyCrossesLessOnTheLargeJourney();
    void invariants_data();
    void invariants();
    void unconnectedCardsKeepTheirOrder();
    void mapShapeApproachesTheScreen();
    void writesTheLargeJourney();
};

void TestTidyLayout::largeJourneyIsRealistic()
{
    const Journey journey = largeJourney();
    QCOMPARE(journey.checkConsistency(), QString());
    QCOMPARE(journey.touchpoints().size(), 300);
    QCOMPARE(journey.stages().size(), 7);
    QCOMPARE(journey.lanes().size(), 7);
    QCOMPARE(layoutProblem(journey), QString());
    // Every stage and lane is used, the busy stages hold more than the quiet ones.
    for (const Stage &stage : journey.stages())
        QVERIFY2(!journey.touchpointsInStage(stage.id).isEmpty(), qPrintable(stage.name));
    for (const Lane &lane : journey.lanes())
        QVERIFY2(!journey.touchpointsInLane(lane.id).isEmpty(), qPrintable(lane.name));
    QVERIFY(journey.touchpointsInStage(journey.stages().at(4).id).size() >
            journey.touchpointsInStage(journey.stages().at(6).id).size());
    // Loops back to an earlier stage, shares at most 1 per source, names unique.
    int backwards = 0;
    QHash<TouchpointId, double> shares;
    for (const Transition &transition : journey.transitions()) {
        const qsizetype from =
            journey.stages().indexOf(journey.touchpoints().find(transition.from)->stage);
        const qsizetype to =
            journey.stages().indexOf(journey.touchpoints().find(transition.to)->stage);
        backwards += to < from ? 1 : 0;
        QVERIFY(transition.share);
        shares[transition.from] += *transition.share;
    }
    QVERIFY2(backwards >= 10, qPrintable(QString::number(backwards)));
    for (double total : std::as_const(shares))
        QVERIFY(std::abs(total - 1.0) < 1e-9);
    QVERIFY(journey.transitions().size() > 400);
    QSet<QString> names;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        names.insert(touchpoint.name);
    QCOMPARE(names.size(), 300);
    // The same seed gives the same map; another seed another one.
    QCOMPARE(largeJourney(), journey);
    QVERIFY(!(largeJourney(300, 2) == journey));
}

void TestTidyLayout::crossingsAreCounted()
{
    // Two transitions forming an X between four cards of one lane over two stages.
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    const StageId left = journey.stages().at(0).id;
    const StageId right = journey.stages().at(1).id;
    const LaneId lane = journey.lanes().at(0).id;
    QList<TouchpointId> ids;
    for (int i = 0; i < 4; ++i) {
        Touchpoint t = makeTouchpoint(journey.allocateId(), i < 2 ? left : right, lane,
                                      QStringLiteral("T%1").arg(i));
        t.position = QPointF(10, 10 + (i % 2) * 80);
        journey.touchpoints().append(t);
        ids.append(t.id);
    }
    journey.lanes().replace(Lane{lane, journey.lanes().at(0).name, 200});
    auto link = [&journey](TouchpointId a, TouchpointId b) {
        journey.transitions().append(Transition{TransitionId(journey.allocateId()), a, b, {}, {}});
    };
    link(ids[0], ids[3]);
    link(ids[1], ids[2]);
    QCOMPARE(countCrossings(journey), 1);
    // A transition sharing a card with another never crosses it; parallel ones do not either.
    link(ids[0], ids[2]);
    QCOMPARE(countCrossings(journey), 1);
    // Tidy uncrosses them, keeping each card in its cell.
    const Journey tidy = tidied(journey);
    QCOMPARE(countCrossings(tidy), 0);
    for (const Touchpoint &t : tidy.touchpoints())
        QCOMPARE(t.stage, journey.touchpoints().find(t.id)->stage);
}

void TestTidyLayout::tidyCrossesLessOnTheLargeJourney()
{
    const Journey journey = largeJourney();
    QElapsedTimer timer;
    timer.start();
    const TidyPlan plan = planTidyLayout(journey);
    const qint64 elapsed = timer.elapsed();
    Journey after = journey;
    applyTidyPlan(after, plan);
    QCOMPARE(plan.crossingsBefore, countCrossings(journey));
    QCOMPARE(plan.crossingsAfter, countCrossings(after));
    qInfo("300 touchpoints, %lld transitions: %lld crossings before Tidy, %lld after (planned in "
          "%lld ms)",
          qint64(journey.transitions().size()), plan.crossingsBefore, plan.crossingsAfter, elapsed);
    // Measurably fewer: at least a fifth less than the inventory's rows in generation order.
    QVERIFY2(
        plan.crossingsAfter * 5 <= plan.crossingsBefore * 4,
        qPrintable(QStringLiteral("%1 → %2").arg(plan.crossingsBefore).arg(plan.crossingsAfter)));
}

void TestTidyLayout::invariants_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    const std::pair<Start, const char *> starts[] = {{Start::Inventory, "inventory"},
                                                     {Start::Scattered, "scattered"},
                                                     {Start::Tidied, "tidied"}};
    for (const auto &[start, name] : starts)
        for (int count : {12, 60, 300})
            for (quint32 seed : {1u, 2u, 3u, 4u})
                QTest::addRow("%s %d #%u", name, count, seed) << int(start) << count << seed;
}

void TestTidyLayout::invariants()
{
    QFETCH(int, start);
    QFETCH(int, count);
    QFETCH(quint32, seed);
    const Journey before = startingJourney(Start(start), count, seed);
    const TidyPlan plan = planTidyLayout(before);
    Journey after = before;
    applyTidyPlan(after, plan);

    QCOMPARE(after.checkConsistency(), QString());
    QVERIFY2(
        plan.crossingsAfter <= plan.crossingsBefore,
        qPrintable(QStringLiteral("%1 → %2").arg(plan.crossingsBefore).arg(plan.crossingsAfter)));
    QCOMPARE(countCrossings(after), plan.crossingsAfter);
    QCOMPARE(layoutProblem(after), QString());
    for (const Touchpoint &touchpoint : after.touchpoints()) {
        const Touchpoint *was = before.touchpoints().find(touchpoint.id);
        QCOMPARE(touchpoint.stage, was->stage);
        QCOMPARE(touchpoint.lane, was->lane);
        QCOMPARE(touchpoint.name, was->name);
    }
    for (qsizetype i = 0; i < after.stages().size(); ++i)
        QVERIFY(after.stages().at(i).extent >= before.stages().at(i).extent);
    for (qsizetype i = 0; i < after.lanes().size(); ++i)
        QVERIFY(after.lanes().at(i).extent >= before.lanes().at(i).extent);
    QCOMPARE(after.transitions(), before.transitions());

    // Deterministic, and a fixed point: tidying the tidy map changes nothing.
    const TidyPlan again = planTidyLayout(before);
    QCOMPARE(again.moved, plan.moved);
    QCOMPARE(again.stages, plan.stages);
    QCOMPARE(again.lanes, plan.lanes);
    const TidyPlan twice = planTidyLayout(after);
    QVERIFY2(twice.isEmpty(),
             qPrintable(QStringLiteral("%1 cards move again").arg(twice.moved.size())));
    QCOMPARE(twice.crossingsAfter, plan.crossingsAfter);
}

void TestTidyLayout::unconnectedCardsKeepTheirOrder()
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    const StageId stage = journey.stages().at(2).id;
    const LaneId lane = journey.lanes().at(1).id;
    for (int i = 0; i < 5; ++i) {
        Touchpoint t =
            makeTouchpoint(journey.allocateId(), stage, lane, QStringLiteral("Card %1").arg(i));
        t.position = QPointF(10 + i, 60 - i * 9); // listed bottom to top
        journey.touchpoints().append(t);
    }
    const Journey after = tidied(journey);
    QList<const Touchpoint *> cards;
    for (const Touchpoint &t : after.touchpoints())
        cards.append(&t);
    std::sort(cards.begin(), cards.end(), [](const Touchpoint *a, const Touchpoint *b) {
        return std::pair(a->position.y(), a->position.x()) <
               std::pair(b->position.y(), b->position.x());
    });
    QStringList order;
    for (const Touchpoint *t : std::as_const(cards))
        order.append(t->name);
    QCOMPARE(order, strings({"Card 4", "Card 3", "Card 2", "Card 1", "Card 0"}));
    QCOMPARE(layoutProblem(after), QString());
}

void TestTidyLayout::mapShapeApproachesTheScreen()
{
    // Six cards a cell stacked in one column make a map three times as tall as a screen is;
    // Tidy gives the cells as many columns as bring it close to 16:9.
    const MapMetrics metrics;
    const auto aspect = [&metrics](const Journey &journey) {
        const QSizeF grid = CellGrid(journey).size();
        return (grid.width() + metrics.laneHeaderWidth) /
               (grid.height() + metrics.stageHeaderHeight);
    };
    const Journey before = largeJourney();
    const Journey after = tidied(before);
    QVERIFY2(std::abs(std::log(aspect(after) / (16.0 / 9.0))) <
                 std::abs(std::log(aspect(before) / (16.0 / 9.0))),
             qPrintable(QStringLiteral("%1 → %2").arg(aspect(before)).arg(aspect(after))));
    QVERIFY2(aspect(after) > 1.3 && aspect(after) < 2.4,
             qPrintable(QString::number(aspect(after))));
    // A portrait target stacks them instead.
    Journey tall = before;
    applyTidyPlan(tall, planTidyLayout(before, metrics, TidyOptions{0.5}));
    QVERIFY(aspect(tall) < aspect(after));
}

void TestTidyLayout::writesTheLargeJourney()
{
    // For screenshots of the map at fit: CXMAP_LARGE_JOURNEY_DIR=DIR writes large-journey.cxmap
    // (as an inventory lays it out) and large-journey-tidy.cxmap there; otherwise a temporary
    // folder checks that both are written and read back whole.
    QTemporaryDir temporary;
    const QString wanted = qEnvironmentVariable("CXMAP_LARGE_JOURNEY_DIR");
    const QDir dir(wanted.isEmpty() ? temporary.path() : wanted);
    QVERIFY(dir.exists());
    const Journey journey = largeJourney();
    const std::pair<QString, Journey> files[] = {
        {dir.filePath(QStringLiteral("large-journey.cxmap")), journey},
        {dir.filePath(QStringLiteral("large-journey-tidy.cxmap")), tidied(journey)}};
    for (const auto &[path, map] : files) {
        DocumentFile::create(path, map, true);
        QCOMPARE(DocumentFile::open(path, DocumentFile::Access::ReadOnly)->readJourney(), map);
        if (!wanted.isEmpty())
            qInfo("wrote %s", qPrintable(QDir::toNativeSeparators(path)));
    }
}

QTEST_GUILESS_MAIN(TestTidyLayout)
#include "tst_tidylayout.moc"
