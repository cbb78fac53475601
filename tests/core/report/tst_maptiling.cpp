// The map on paper (issue 11, DESIGN §9): fitted on one page when it reads there, else tiled at a
// readable size with every card whole on exactly one page, the headers repeated and the
// experience lane (the map's own, drawn by drawMap) under the last lane of the bottom pages.
#include "largejourney.h"

#include "analysis/findings.h"
#include "demo/demojourney.h"
#include "render/rendertheme.h"
#include "report/mapsheet.h"
#include "report/maptiling.h"

#include <QTest>

using namespace cxmap;

namespace {

// A4 and A3 landscape less the report's margins, title, notes and key (mapsection.cpp).
const QSizeF A4Area(515.0, 640.0);
const QSizeF A3LandscapeArea(1110.0, 660.0);

Journey wideJourney(int stages)
{
    Journey journey = Journey::fromTemplate(Journey::Template::Empty);
    for (int lane = 1; lane <= 2; ++lane)
        journey.lanes().append(Lane{LaneId(journey.allocateId()), QStringLiteral("Lane %1").arg(lane), DefaultLaneHeight});
    QList<TouchpointId> added;
    for (int stage = 1; stage <= stages; ++stage) {
        const Stage band{StageId(journey.allocateId()), QStringLiteral("Stage %1").arg(stage), DefaultStageWidth};
        journey.stages().append(band);
        for (const Lane &lane : journey.lanes()) {
            Touchpoint touchpoint;
            touchpoint.id = TouchpointId(journey.allocateId());
            touchpoint.stage = band.id;
            touchpoint.lane = lane.id;
            touchpoint.name = QStringLiteral("Step %1 in %2").arg(stage).arg(lane.name);
            journey.touchpoints().append(touchpoint);
            added.append(touchpoint.id);
        }
    }
    placeNewCards(journey, added);
    return journey;
}

} // namespace

class TestMapTiling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();
    void theLaneIsTheMapsOwn();
};

void TestMapTiling::pages_data()
{
    QTest::addColumn<QString>("map");
    QTest::addColumn<QSizeF>("area");
    QTest::addColumn<bool>("fits");
    QTest::newRow("demo on A3 landscape") << QStringLiteral("demo") << A3LandscapeArea << true;
    QTest::newRow("40 stages on A4") << QStringLiteral("wide") << A4Area << false;
    QTest::newRow("40 stages on A3 landscape") << QStringLiteral("wide") << A3LandscapeArea << false;
    QTest::newRow("500 touchpoints on A4") << QStringLiteral("large") << A4Area << false;
}

void TestMapTiling::pages()
{
    QFETCH(QString, map);
    QFETCH(QSizeF, area);
    const Journey journey = map == QLatin1String("demo")   ? loadDemoJourney()
                            : map == QLatin1String("wide") ? wideJourney(40)
                                                           : test::largeJourney(500, 7);
    QFETCH(bool, fits);
    const Findings findings;
    const MapSheet sheet(journey, findings, RenderTheme::light(), SpotlightKind::None);
    const MapGeometry &geometry = sheet.geometry();
    const MapMetrics &metrics = geometry.metrics();
    const QRectF body = sheet.body();
    const MapTiling tiling = planMapTiling(journey, geometry, body, area);

    QCOMPARE(tiling.tiles.size() == 1, fits);
    QCOMPARE(tiling.tiles.size(), qsizetype(tiling.rows) * tiling.columns);
    QVERIFY(!tiling.cutsCards);
    // Never below a readable size; a fitted map never blown up past a little over 100%.
    QVERIFY2(tiling.pointsPerUnit >= minimumReadablePointsPerUnit(metrics.cardHeight) - 1e-9,
             qPrintable(QString::number(tiling.pointsPerUnit)));
    QVERIFY(tiling.pointsPerUnit <= MaximumPointsPerUnit + 1e-9);

    double covered = 0.0;
    for (const MapTile &tile : tiling.tiles) {
        // Each page with its repeated headers fits the page's area.
        const QSizeF printed((metrics.laneHeaderWidth + tile.shown.width()) * tiling.pointsPerUnit,
                             (metrics.stageHeaderHeight + tile.shown.height()) * tiling.pointsPerUnit);
        QVERIFY2(printed.width() <= area.width() + 0.5 && printed.height() <= area.height() + 0.5,
                 qPrintable(QStringLiteral("%1 x %2").arg(printed.width()).arg(printed.height())));
        QVERIFY(tile.shown.contains(tile.body));
        QVERIFY(body.contains(tile.shown));
        covered += tile.body.width() * tile.body.height();
    }
    // The pages' own parts cover the map once: nothing left out, nothing twice.
    QVERIFY(qAbs(covered - body.width() * body.height()) < 1.0);

    // Every card belongs to exactly one page (the one holding its centre) and lies whole in what
    // that page shows: no card is cut at a page edge.
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        const QRectF card = geometry.cardRect(touchpoint);
        int owners = 0;
        for (const MapTile &tile : tiling.tiles)
            if (tile.body.contains(card.center())) {
                ++owners;
                QVERIFY2(tile.shown.contains(card),
                         qPrintable(QStringLiteral("%1 is cut on page %2,%3").arg(touchpoint.name).arg(tile.column).arg(tile.row)));
            }
        QVERIFY2(owners == 1, qPrintable(QStringLiteral("%1 on %2 pages").arg(touchpoint.name).arg(owners)));
    }
}

void TestMapTiling::theLaneIsTheMapsOwn()
{
    // The report's map has the experience lane the presentation draws: the geometry's band under
    // the last lane, inside the body the pages tile, so the bottom pages carry it under its stages.
    const Journey journey = wideJourney(40);
    const Findings findings;
    const MapSheet sheet(journey, findings, RenderTheme::light(), SpotlightKind::None);
    const MapGeometry &geometry = sheet.geometry();
    QVERIFY(geometry.hasExperienceLane());
    QVERIFY(sheet.options().experience.has_value());
    QCOMPARE(sheet.options().experience->curve.size(), journey.stages().size());
    QCOMPARE(sheet.extent(), geometry.bounds());
    QCOMPARE(sheet.body().bottom(), geometry.experienceLaneRect().bottom());
    QCOMPARE(geometry.experienceLaneRect().top(), geometry.gridRect().bottom());
    QCOMPARE(geometry.experienceLaneRect().left(), geometry.gridRect().left());
    QCOMPARE(geometry.experienceLaneRect().right(), geometry.gridRect().right());
    const MapTiling tiling = planMapTiling(journey, geometry, sheet.body(), A4Area);
    for (const MapTile &tile : tiling.tiles)
        QCOMPARE(tile.body.bottom() >= geometry.experienceLaneRect().bottom() - 0.5, tile.row == tiling.rows - 1);
}

// Text is measured to lay out the arrows' labels: a QGuiApplication (offscreen under ctest).
QTEST_MAIN(TestMapTiling)
#include "tst_maptiling.moc"
