// The renderer's arrows: where they leave and enter cards, that they go around cards instead
// of through them, that loops run underneath, and that labels never sit on a card or another
// label. Geometry only: no widgets (the renderer is shared with the exports).
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

    TouchpointId card(int stage, int lane, double y, const char *name)
    {
        Touchpoint t = makeTouchpoint(journey.allocateId(), journey.stages().at(stage).id,
                                      journey.lanes().at(lane).id, QString::fromUtf8(name));
        t.position = QPointF(10, y);
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

QList<QPointF> samples(const QPainterPath &path)
{
    QList<QPointF> points;
    for (int i = 0; i <= 200; ++i)
        points.append(path.pointAtPercent(i / 200.0));
    return points;
}

// True when the path runs through the inside of the rectangle (its border excepted).
bool crosses(const QPainterPath &path, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(2, 2, -2, -2);
    const QList<QPointF> points = samples(path);
    return std::any_of(points.cbegin(), points.cend(), [&inside](const QPointF &p) { return inside.contains(p); });
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardRunsEdgeToEdge();
    void sameColumnNeighboursRunTopToBottom();
    void sameColumnWithCardsBetweenGoesAround();
    void backwardsLoopsUnderneath();
    void backwardsLoopsAroundCardsBelowItsEnds();
    void portsFanOutInOrder();
    void labelsAvoidCardsAndEachOther();
    void labelsShrinkWhenZoomedOut();
    void wholeMapDraws();
};

void TestRouting::forwardRunsEdgeToEdge()
{
    Layout l;
    const TouchpointId a = l.card(0, 0, 10, "A");
    const TouchpointId b = l.card(1, 2, 10, "B");
    const TransitionId t = l.link(a, b, 0.5);
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    const TransitionRoute route = renderer.transitionRoute(*l.journey.transitions().find(t));
    const QRectF from = geometry.cardRect(*l.journey.touchpoints().find(a));
    const QRectF to = geometry.cardRect(*l.journey.touchpoints().find(b));
    QCOMPARE(route.kind, RouteKind::Forward);
    QCOMPARE(route.path.pointAtPercent(0).x(), from.right());
    QCOMPARE(route.tip.x(), to.left());
    QCOMPARE(route.direction, QPointF(1, 0));
    QVERIFY(!crosses(route.path, from) && !crosses(route.path, to));
}

void TestRouting::sameColumnNeighboursRunTopToBottom()
{
    Layout l;
    const TouchpointId a = l.card(2, 0, 10, "A");
    const TouchpointId b = l.card(2, 1, 10, "B");
    const TransitionId down = l.link(a, b);
    const TransitionId up = l.link(b, a);
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    const QRectF from = geometry.cardRect(*l.journey.touchpoints().find(a));
    const QRectF to = geometry.cardRect(*l.journey.touchpoints().find(b));

    const TransitionRoute r1 = renderer.transitionRoute(*l.journey.transitions().find(down));
    QCOMPARE(r1.kind, RouteKind::Down);
    QCOMPARE(r1.path.pointAtPercent(0).y(), from.bottom());
    QCOMPARE(r1.tip.y(), to.top());
    QCOMPARE(r1.direction, QPointF(0, 1));
    const TransitionRoute r2 = renderer.transitionRoute(*l.journey.transitions().find(up));
    QCOMPARE(r2.kind, RouteKind::Up);
    QCOMPARE(r2.tip.y(), from.bottom());
    // The two share the gap but not a line: their ports differ.
    QVERIFY(std::abs(r1.tip.x() - r2.path.pointAtPercent(0).x()) > 10);
}

void TestRouting::sameColumnWithCardsBetweenGoesAround()
{
    // The old renderer drew this as a vertical line straight through the middle card.
    Layout l;
    const TouchpointId top = l.card(3, 0, 10, "Top");
    const TouchpointId middle = l.card(3, 2, 10, "Middle");
    const TouchpointId bottom = l.card(3, 4, 10, "Bottom");
    const TransitionId t = l.link(top, bottom);
    const TransitionId back = l.link(bottom, top);
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    const QRectF between = geometry.cardRect(*l.journey.touchpoints().find(middle));
    for (TransitionId id : {t, back}) {
        const TransitionRoute route = renderer.transitionRoute(*l.journey.transitions().find(id));
        QCOMPARE(route.kind, RouteKind::Around);
        QVERIFY(!crosses(route.path, between));
        QVERIFY(!crosses(route.path, geometry.cardRect(*l.journey.touchpoints().find(top))));
        QVERIFY(!crosses(route.path, geometry.cardRect(*l.journey.touchpoints().find(bottom))));
        QCOMPARE(route.direction, QPointF(-1, 0));
    }
}

void TestRouting::backwardsLoopsUnderneath()
{
    Layout l;
    const TouchpointId use = l.card(4, 1, 10, "Use");
    const TouchpointId support = l.card(5, 3, 10, "Support");
    const TouchpointId other = l.card(5, 1, 10, "Beside");
    const TransitionId loop = l.link(support, use, 0.7);
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    const TransitionRoute route = renderer.transitionRoute(*l.journey.transitions().find(loop));
    const QRectF from = geometry.cardRect(*l.journey.touchpoints().find(support));
    const QRectF to = geometry.cardRect(*l.journey.touchpoints().find(use));
    QCOMPARE(route.kind, RouteKind::Backward);
    QCOMPARE(route.path.pointAtPercent(0).y(), from.bottom());
    QCOMPARE(route.tip.y(), to.bottom());
    QCOMPARE(route.direction, QPointF(0, -1));
    // Below both ends, and through no card.
    QVERIFY(route.path.boundingRect().bottom() > std::max(from.bottom(), to.bottom()));
    for (TouchpointId id : {use, support, other})
        QVERIFY(!crosses(route.path, geometry.cardRect(*l.journey.touchpoints().find(id))));
}

void TestRouting::backwardsLoopsAroundCardsBelowItsEnds()
{
    Layout l;
    const TouchpointId use = l.card(4, 1, 10, "Use");
    const TouchpointId support = l.card(5, 3, 10, "Support");
    // Cards right under both ends, where a loop into the bottom would have to cross them.
    const TouchpointId belowUse = l.card(4, 1, 84, "Below use");
    const TouchpointId belowSupport = l.card(5, 3, 84, "Below support");
    const TransitionId loop = l.link(support, use, 0.7);
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    const TransitionRoute route = renderer.transitionRoute(*l.journey.transitions().find(loop));
    const QRectF from = geometry.cardRect(*l.journey.touchpoints().find(support));
    const QRectF to = geometry.cardRect(*l.journey.touchpoints().find(use));
    QCOMPARE(route.kind, RouteKind::Backward);
    QCOMPARE(route.path.pointAtPercent(0).x(), from.left());
    QCOMPARE(route.tip.x(), to.right());
    QCOMPARE(route.direction, QPointF(-1, 0));
    for (TouchpointId id : {use, support, belowUse, belowSupport})
        QVERIFY2(!crosses(route.path, geometry.cardRect(*l.journey.touchpoints().find(id))),
                 qPrintable(l.journey.touchpoints().find(id)->name));
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
    const MapGeometry geometry(l.journey);
    const JourneyRenderer renderer(l.journey, geometry, RenderTheme::light());
    auto startY = [&](TransitionId id) {
        return renderer.transitionRoute(*l.journey.transitions().find(id)).path.pointAtPercent(0).y();
    };
    // Ordered by where they go, so they leave the card without crossing.
    QVERIFY(startY(toHigh) < startY(toLevel));
    QVERIFY(startY(toLevel) < startY(toLow));
    const QRectF card = geometry.cardRect(*l.journey.touchpoints().find(source));
    QVERIFY(startY(toHigh) > card.top() && startY(toLow) < card.bottom());
}

void TestRouting::labelsAvoidCardsAndEachOther()
{
    Journey journey = sampleJourney();
    for (Transition transition : journey.transitions().items()) {
        transition.label = QStringLiteral("customers who go on");
        journey.transitions().replace(transition);
    }
    const MapGeometry geometry(journey);
    const JourneyRenderer renderer(journey, geometry, RenderTheme::light());
    QHash<TransitionId, TransitionRoute> routes;
    for (const Transition &transition : journey.transitions())
        routes.insert(transition.id, renderer.transitionRoute(transition));
    const QHash<TransitionId, QRectF> labels = renderer.layoutLabels(routes);
    QVERIFY(labels.size() >= journey.transitions().size() - 1);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        for (const Touchpoint &touchpoint : journey.touchpoints())
            QVERIFY(!it->intersects(geometry.cardRect(touchpoint)));
        for (auto other = labels.cbegin(); other != labels.cend(); ++other)
            QVERIFY(other.key() == it.key() || !it->intersects(*other));
        // On its own arrow.
        const QPainterPath &path = routes.value(it.key()).path;
        const QList<QPointF> points = samples(path);
        QVERIFY(std::any_of(points.cbegin(), points.cend(),
                            [&it](const QPointF &p) { return it->adjusted(-1, -1, 1, 1).contains(p); }));
    }
}

void TestRouting::labelsShrinkWhenZoomedOut()
{
    Journey journey = sampleJourney();
    Transition transition = journey.transitions().at(1);
    transition.label = QStringLiteral("compares");
    const MapGeometry geometry(journey);
    const JourneyRenderer renderer(journey, geometry, RenderTheme::light());
    QCOMPARE(renderer.transitionLabel(transition, Detail::Full), QStringLiteral("compares · 60%"));
    QCOMPARE(renderer.transitionLabel(transition, Detail::Reduced), QStringLiteral("60%"));
    transition.share.reset();
    QCOMPARE(renderer.transitionLabel(transition, Detail::Reduced), QString());
    QCOMPARE(JourneyRenderer::detailForScale(1.0), Detail::Full);
    QCOMPARE(JourneyRenderer::detailForScale(0.5), Detail::Reduced);
    QCOMPARE(JourneyRenderer::detailForScale(0.1), Detail::Minimal);
}

void TestRouting::wholeMapDraws()
{
    // What the exports will call: the whole map on an image, light and dark.
    const Journey journey = sampleJourney();
    const MapGeometry geometry(journey);
    for (const RenderTheme &theme : {RenderTheme::light(), RenderTheme::dark()}) {
        const JourneyRenderer renderer(journey, geometry, theme);
        QImage image(geometry.bounds().size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.drawMap(&painter);
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), theme.headerBackground);
        const QRectF card = geometry.cardRect(*journey.findTouchpointByName(QStringLiteral("Compare plans")));
        QCOMPARE(image.pixelColor(card.center().toPoint() + QPoint(40, 20)), theme.cardBackground);
    }
}

QTEST_MAIN(TestRouting)
#include "tst_routing.moc"
