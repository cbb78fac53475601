// The renderer's arrows: where they leave and enter cards, that they go around cards instead of
// through them, that every arrow end has its own port, that arrows sharing a gutter run in
// channels of their own, and that labels never sit on a card, an arrow or another label.
// Geometry only: no widgets (the renderer is shared with the exports).
#include "demo/demojourney.h"
#include "render/journeyrenderer.h"
#include "samplejourney.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

// A journey of named cards at given cells and positions.
struct Layout
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);

    TouchpointId card(int stage, int lane, double y, const char *name, double x = 10)
    {
        Touchpoint t = makeTouchpoint(journey.allocateId(), journey.stages().at(stage).id,
                                      journey.lanes().at(lane).id, QString::fromUtf8(name));
        t.position = QPointF(x, y);
        journey.touchpoints().append(t);
        return t.id;
    }
    TransitionId link(TouchpointId from, TouchpointId to, std::optional<double> share = std::nullopt)
    {
        const TransitionId id(journey.allocateId());
        journey.transitions().append(Transition{id, from, to, share, {}});
        return id;
    }
};

/** The geometry, a renderer and the arrows laid out, for one journey. */
struct Routed
{
    explicit Routed(const Journey &j, double minimumShare = 0.0)
        : journey(j)
        , geometry(journey)
        , renderer(journey, geometry, RenderTheme::light())
    {
        renderer.layoutArrows(minimumShare);
    }
    const TransitionRoute &route(TransitionId id) const { return *renderer.arrows().routes.constFind(id); }
    QRectF card(TouchpointId id) const { return geometry.cardRect(*journey.touchpoints().find(id)); }

    Journey journey;
    MapGeometry geometry;
    JourneyRenderer renderer;
};

// True when the path runs through the inside of the rectangle (its border excepted).
bool crosses(const TransitionRoute &route, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(2, 2, -2, -2);
    for (int i = 0; i <= 400; ++i)
        if (inside.contains(route.pointAt(i / 400.0)))
            return true;
    return false;
}

struct Run
{
    TransitionId id;
    QLineF line;
};

// The straight horizontal and vertical runs of every route, corners excluded.
QList<Run> runsOf(const ArrowLayout &layout)
{
    QList<Run> runs;
    for (auto it = layout.routes.cbegin(); it != layout.routes.cend(); ++it) {
        const QPolygonF &c = it->corners;
        for (qsizetype i = 1; i + 1 < c.size(); ++i)
            runs.append({it.key(), QLineF(c.at(i - 1), c.at(i))});
    }
    return runs;
}

// Two runs on one line that overlap for more than `slack` units.
bool shareALine(const QLineF &a, const QLineF &b, double slack)
{
    auto overlap = [slack](double a1, double a2, double b1, double b2) {
        return std::min(std::max(a1, a2), std::max(b1, b2)) - std::max(std::min(a1, a2), std::min(b1, b2)) > slack;
    };
    const bool aVertical = std::abs(a.x1() - a.x2()) < 0.01;
    const bool bVertical = std::abs(b.x1() - b.x2()) < 0.01;
    const bool aHorizontal = std::abs(a.y1() - a.y2()) < 0.01;
    const bool bHorizontal = std::abs(b.y1() - b.y2()) < 0.01;
    if (aVertical && bVertical && std::abs(a.x1() - b.x1()) < 1.0)
        return overlap(a.y1(), a.y2(), b.y1(), b.y2());
    if (aHorizontal && bHorizontal && std::abs(a.y1() - b.y1()) < 1.0)
        return overlap(a.x1(), a.x2(), b.x1(), b.x2());
    return false;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardRunsEdgeToEdge();
    void forwardPastCardsBetweenTakesALaneGutter();
    void sameColumnNeighboursRunTopToBottom();
    void sameColumnWithCardsBetweenGoesAround();
    void backwardsLoopsUnderneath();
    void backwardsLeavesBySideWhereACardIsBelow();
    void portsFanOutInOrder();
    void maps_data();
    void maps();
    void labelsAreNineAtAHundredPercent();
    void smallestShareHidesThinArrows();
    void wholeMapDraws();
};

void TestRouting::forwardRunsEdgeToEdge()
{
    Layout l;
    const TouchpointId a = l.card(0, 0, 10, "A");
    const TouchpointId b = l.card(1, 2, 10, "B");
    const TransitionId t = l.link(a, b, 0.5);
    const Routed r(l.journey);
    const TransitionRoute &route = r.route(t);
    QCOMPARE(route.kind, RouteKind::Forward);
    QCOMPARE(route.path.pointAtPercent(0).x(), r.card(a).right());
    QCOMPARE(route.tip.x(), r.card(b).left());
    QCOMPARE(route.direction, QPointF(1, 0));
    QVERIFY(!crosses(route, r.card(a)) && !crosses(route, r.card(b)));
    // Orthogonal: every run is horizontal or vertical.
    for (qsizetype i = 1; i < route.corners.size(); ++i) {
        const QLineF run(route.corners.at(i - 1), route.corners.at(i));
        QVERIFY(std::abs(run.dx()) < 0.01 || std::abs(run.dy()) < 0.01);
    }
}

void TestRouting::forwardPastCardsBetweenTakesALaneGutter()
{
    // Stage 0 to stage 3 with a card in the way in stages 1 and 2 on both rows: the old S-curve
    // ran straight over them.
    Layout l;
    const TouchpointId a = l.card(0, 1, 40, "A");
    const TouchpointId b = l.card(3, 3, 40, "B");
    QList<TouchpointId> between;
    for (int stage : {1, 2})
        for (int lane : {1, 3})
            between.append(l.card(stage, lane, 40, "Between"));
    const TransitionId t = l.link(a, b, 0.4);
    const Routed r(l.journey);
    for (TouchpointId id : std::as_const(between))
        QVERIFY(!crosses(r.route(t), r.card(id)));
    QCOMPARE(r.route(t).tip.x(), r.card(b).left());
}

void TestRouting::sameColumnNeighboursRunTopToBottom()
{
    Layout l;
    const TouchpointId a = l.card(2, 0, 10, "A");
    const TouchpointId b = l.card(2, 1, 10, "B");
    const TransitionId down = l.link(a, b);
    const TransitionId up = l.link(b, a);
    const Routed r(l.journey);
    const TransitionRoute &r1 = r.route(down);
    QCOMPARE(r1.kind, RouteKind::Down);
    QCOMPARE(r1.path.pointAtPercent(0).y(), r.card(a).bottom());
    QCOMPARE(r1.tip.y(), r.card(b).top());
    QCOMPARE(r1.direction, QPointF(0, 1));
    const TransitionRoute &r2 = r.route(up);
    QCOMPARE(r2.kind, RouteKind::Up);
    QCOMPARE(r2.tip.y(), r.card(a).bottom());
    // The two share the gap but not a line: their ports differ.
    QVERIFY(std::abs(r1.path.pointAtPercent(0).x() - r2.tip.x()) > 10);
}

void TestRouting::sameColumnWithCardsBetweenGoesAround()
{
    Layout l;
    const TouchpointId top = l.card(3, 0, 10, "Top");
    const TouchpointId middle = l.card(3, 2, 10, "Middle");
    const TouchpointId bottom = l.card(3, 4, 10, "Bottom");
    const TransitionId t = l.link(top, bottom);
    const TransitionId back = l.link(bottom, top);
    const Routed r(l.journey);
    for (TransitionId id : {t, back}) {
        const TransitionRoute &route = r.route(id);
        QCOMPARE(route.kind, RouteKind::Around);
        for (TouchpointId card : {top, middle, bottom})
            QVERIFY(!crosses(route, r.card(card)));
        QCOMPARE(route.direction, QPointF(-1, 0));
    }
    // Side by side in the gutter, not on one line.
    QVERIFY(std::abs(r.route(t).corners.at(1).x() - r.route(back).corners.at(1).x()) >= 2.0);
}

void TestRouting::backwardsLoopsUnderneath()
{
    Layout l;
    const TouchpointId use = l.card(4, 1, 10, "Use");
    const TouchpointId support = l.card(5, 3, 10, "Support");
    const TouchpointId other = l.card(5, 1, 10, "Beside");
    const TransitionId loop = l.link(support, use, 0.7);
    const Routed r(l.journey);
    const TransitionRoute &route = r.route(loop);
    QCOMPARE(route.kind, RouteKind::Backward);
    QCOMPARE(route.path.pointAtPercent(0).y(), r.card(support).bottom());
    QCOMPARE(route.tip.y(), r.card(use).bottom());
    QCOMPARE(route.direction, QPointF(0, -1));
    QVERIFY(route.path.boundingRect().bottom() > r.card(support).bottom());
    for (TouchpointId id : {use, support, other})
        QVERIFY(!crosses(route, r.card(id)));
}

void TestRouting::backwardsLeavesBySideWhereACardIsBelow()
{
    Layout l;
    const TouchpointId use = l.card(4, 1, 10, "Use");
    const TouchpointId support = l.card(5, 3, 10, "Support");
    // Cards right under both ends, where a loop into the bottom would have to cross them.
    const TouchpointId belowUse = l.card(4, 1, 84, "Below use");
    const TouchpointId belowSupport = l.card(5, 3, 84, "Below support");
    const TransitionId loop = l.link(support, use, 0.7);
    const Routed r(l.journey);
    const TransitionRoute &route = r.route(loop);
    QCOMPARE(route.kind, RouteKind::Backward);
    QCOMPARE(route.startSide, CardSide::Left);
    QCOMPARE(route.path.pointAtPercent(0).x(), r.card(support).left());
    QCOMPARE(route.endSide, CardSide::Right);
    QCOMPARE(route.tip.x(), r.card(use).right());
    QCOMPARE(route.direction, QPointF(-1, 0));
    for (TouchpointId id : {use, support, belowUse, belowSupport})
        QVERIFY2(!crosses(route, r.card(id)), qPrintable(l.journey.touchpoints().find(id)->name));
}

void TestRouting::portsFanOutInOrder()
{
    Layout l;
    const TouchpointId source = l.card(1, 3, 10, "Source");
    const TouchpointId high = l.card(2, 0, 10, "High");
    const TouchpointId level = l.card(2, 3, 10, "Level");
    const TouchpointId low = l.card(2, 6, 10, "Low");
    const TransitionId toLow = l.link(source, low);
    const TransitionId toHigh = l.link(source, high);
    const TransitionId toLevel = l.link(source, level);
    const Routed r(l.journey);
    auto startY = [&](TransitionId id) { return r.route(id).path.pointAtPercent(0).y(); };
    // Ordered by where they go, so they leave the card without crossing.
    QVERIFY(startY(toHigh) < startY(toLevel));
    QVERIFY(startY(toLevel) < startY(toLow));
    QVERIFY(startY(toHigh) > r.card(source).top() && startY(toLow) < r.card(source).bottom());
}

void TestRouting::maps_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("sample") << false;
    QTest::newRow("demo") << true;
}

void TestRouting::maps()
{
    QFETCH(bool, demo);
    Journey journey = demo ? loadDemoJourney() : sampleJourney();
    for (Transition transition : journey.transitions().items()) {
        transition.label = QStringLiteral("customers who go on");
        journey.transitions().replace(transition);
    }
    const Routed r(journey);
    const ArrowLayout &layout = r.renderer.arrows();
    QCOMPARE(layout.routes.size(), journey.transitions().size());

    // No route runs through a card.
    for (auto it = layout.routes.cbegin(); it != layout.routes.cend(); ++it)
        for (const Touchpoint &touchpoint : journey.touchpoints())
            QVERIFY2(!crosses(*it, r.geometry.cardRect(touchpoint)),
                     qPrintable(QStringLiteral("%1 crosses %2").arg(it.key().value()).arg(touchpoint.name)));

    // Every arrow end has its own port: no two heads meet, no two arrows leave from one point.
    QList<QPointF> tips;
    QList<QPointF> starts;
    for (const TransitionRoute &route : layout.routes) {
        tips.append(route.tip);
        starts.append(route.corners.first());
    }
    const QList<QPointF> ends = tips + starts;
    for (qsizetype i = 0; i < ends.size(); ++i)
        for (qsizetype k = i + 1; k < ends.size(); ++k)
            QVERIFY2(QLineF(ends.at(i), ends.at(k)).length() >= 3.0, "two arrow ends share a port");

    // Arrows in a gutter run in channels of their own: no two on one line.
    const QList<Run> runs = runsOf(layout);
    for (qsizetype i = 0; i < runs.size(); ++i)
        for (qsizetype k = i + 1; k < runs.size(); ++k)
            if (runs.at(i).id != runs.at(k).id)
                QVERIFY2(!shareALine(runs.at(i).line, runs.at(k).line, 2.0),
                         qPrintable(QStringLiteral("arrows %1 and %2 share a line").arg(runs.at(i).id.value()).arg(runs.at(k).id.value())));

    // Labels overlap no card, no other label and no other arrow; each sits on its own arrow.
    QVERIFY(!layout.labels.isEmpty());
    for (auto it = layout.labels.cbegin(); it != layout.labels.cend(); ++it) {
        for (const Touchpoint &touchpoint : journey.touchpoints())
            QVERIFY(!it->intersects(r.geometry.cardRect(touchpoint)));
        for (auto other = layout.labels.cbegin(); other != layout.labels.cend(); ++other)
            QVERIFY(other.key() == it.key() || !it->intersects(*other));
        for (const Run &run : runs)
            if (run.id != it.key())
                QVERIFY(!it->intersects(QRectF(run.line.p1(), run.line.p2()).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)));
        const TransitionRoute &own = *layout.routes.constFind(it.key());
        bool onArrow = false;
        for (int i = 0; i <= 200 && !onArrow; ++i)
            onArrow = it->adjusted(-1, -1, 1, 1).contains(own.pointAt(i / 200.0));
        QVERIFY(onArrow);
    }
}

void TestRouting::labelsAreNineAtAHundredPercent()
{
    const Journey journey = sampleJourney();
    const MapGeometry geometry(journey);
    const JourneyRenderer renderer(journey, geometry, RenderTheme::light());
    // 9 pt at 96 dpi is 12 px: the label's text line is at least that tall.
    QVERIFY(renderer.arrowPainter().labelSize(QStringLiteral("compares · 60%")).height() >= 12.0);
    Transition transition = journey.transitions().at(1);
    transition.label = QStringLiteral("compares");
    QCOMPARE(ArrowPainter::labelText(transition), QStringLiteral("compares · 60%"));
    transition.share.reset();
    QCOMPARE(ArrowPainter::labelText(transition), QStringLiteral("compares"));
}

void TestRouting::smallestShareHidesThinArrows()
{
    Layout l;
    const TouchpointId a = l.card(0, 0, 10, "A");
    const TouchpointId b = l.card(1, 0, 10, "B");
    const TouchpointId c = l.card(1, 2, 10, "C");
    const TransitionId thick = l.link(a, b, 0.8);
    const TransitionId thin = l.link(a, c, 0.05);
    const TransitionId unknown = l.link(b, c);
    const Routed all(l.journey);
    QCOMPARE(all.renderer.arrows().routes.size(), 3);
    const Routed some(l.journey, 0.1);
    QVERIFY(some.renderer.arrows().isShown(thick));
    QVERIFY(!some.renderer.arrows().isShown(thin));
    // An arrow without a share has nothing to compare: it stays.
    QVERIFY(some.renderer.arrows().isShown(unknown));
    // The hidden arrow takes no port: the one left leaves from the middle of the side.
    QCOMPARE(some.route(thick).corners.first().y(), some.card(a).center().y());
}

void TestRouting::wholeMapDraws()
{
    // What the exports call: the whole map on an image, light and dark.
    const Journey journey = sampleJourney();
    const MapGeometry geometry(journey);
    for (const RenderTheme &theme : {RenderTheme::light(), RenderTheme::dark()}) {
        JourneyRenderer renderer(journey, geometry, theme);
        renderer.layoutArrows();
        QImage image(geometry.bounds().size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.drawMap(&painter, MapOptions());
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), theme.headerBackground);
        const QRectF card = geometry.cardRect(*journey.findTouchpointByName(QStringLiteral("Compare plans")));
        QCOMPARE(image.pixelColor(card.topRight().toPoint() + QPoint(-20, 4)), theme.cardBackground);
    }
}

QTEST_MAIN(TestRouting)
#include "tst_routing.moc"
