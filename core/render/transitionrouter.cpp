#include "transitionrouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxmap {

namespace {

constexpr double CornerRadius = 10.0;
constexpr double ChannelGap = 14.0;
constexpr double ChannelStep = 5.0;
constexpr double AroundGap = 16.0;

QPointF unit(const QPointF &vector)
{
    const double length = std::hypot(vector.x(), vector.y());
    return length > 0 ? vector / length : QPointF(1, 0);
}

// Straight runs between the points, with rounded corners: the orthogonal arrows of loops.
QPainterPath roundedPolyline(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF corner = points.at(i);
        const QLineF in(points.at(i - 1), corner);
        const QLineF out(corner, points.at(i + 1));
        const double r = std::min({CornerRadius, in.length() / 2, out.length() / 2});
        path.lineTo(corner - unit(corner - points.at(i - 1)) * r);
        path.quadTo(corner, corner + unit(points.at(i + 1) - corner) * r);
    }
    path.lineTo(points.last());
    return path;
}

// Flattens the path once; points along it are then a walk along straight segments.
// (QPainterPath::pointAtPercent measures the curves again on every call.)
void measure(TransitionRoute &route)
{
    route.polyline = route.path.toSubpathPolygons().value(0);
    route.runLength.clear();
    double length = 0;
    for (qsizetype i = 0; i < route.polyline.size(); ++i) {
        if (i > 0)
            length += QLineF(route.polyline.at(i - 1), route.polyline.at(i)).length();
        route.runLength.append(length);
    }
}

} // namespace

QPointF TransitionRoute::pointAt(double fraction) const
{
    if (polyline.isEmpty())
        return {};
    const double target = std::clamp(fraction, 0.0, 1.0) * runLength.last();
    const auto next = std::lower_bound(runLength.cbegin(), runLength.cend(), target);
    if (next == runLength.cbegin())
        return polyline.first();
    if (next == runLength.cend())
        return polyline.last();
    const qsizetype i = next - runLength.cbegin();
    const double span = runLength.at(i) - runLength.at(i - 1);
    const double t = span > 0 ? (target - runLength.at(i - 1)) / span : 0.0;
    return polyline.at(i - 1) + (polyline.at(i) - polyline.at(i - 1)) * t;
}

TransitionRouter::TransitionRouter(const Journey &journey, const MapGeometry &geometry)
    : m_journey(journey)
    , m_geometry(geometry)
{
    reindexTransitions();
    reindexCards();
}

void TransitionRouter::reindexTransitions()
{
    m_byCard.clear();
    for (const Transition &transition : m_journey.transitions()) {
        m_byCard[transition.from].append(transition.id);
        if (transition.to != transition.from)
            m_byCard[transition.to].append(transition.id);
    }
}

void TransitionRouter::reindexCards()
{
    m_byStage.clear();
    for (const Touchpoint &touchpoint : m_journey.touchpoints())
        m_byStage[touchpoint.stage].append(touchpoint.id);
}

const QList<TransitionId> &TransitionRouter::transitionsAt(TouchpointId touchpoint) const
{
    static const QList<TransitionId> none;
    const auto found = m_byCard.constFind(touchpoint);
    return found == m_byCard.cend() ? none : *found;
}

QList<TransitionId> TransitionRouter::dependentsOf(TouchpointId touchpoint) const
{
    QList<TransitionId> result = transitionsAt(touchpoint);
    for (TransitionId id : transitionsAt(touchpoint)) {
        const Transition *transition = m_journey.transitions().find(id);
        if (!transition)
            continue;
        const TouchpointId other = transition->from == touchpoint ? transition->to : transition->from;
        for (TransitionId neighbour : transitionsAt(other))
            if (!result.contains(neighbour))
                result.append(neighbour);
    }
    return result;
}

QRectF TransitionRouter::rectOf(TouchpointId id) const
{
    const Touchpoint *touchpoint = m_journey.touchpoints().find(id);
    return touchpoint ? m_geometry.cardRect(*touchpoint) : QRectF();
}

bool TransitionRouter::cardsBetween(const Transition &transition, const QRectF &from,
                                    const QRectF &to) const
{
    const double left = std::max(from.left(), to.left());
    const double right = std::min(from.right(), to.right());
    const double top = std::min(from.bottom(), to.bottom());
    const double bottom = std::max(from.top(), to.top());
    const QRectF corridor(QPointF(left, top + 1), QPointF(right, bottom - 1));
    if (!corridor.isValid())
        return false;
    const Touchpoint *a = m_journey.touchpoints().find(transition.from);
    const Touchpoint *b = m_journey.touchpoints().find(transition.to);
    for (StageId stage : {a->stage, b->stage}) {
        for (TouchpointId id : m_byStage.value(stage)) {
            if (id == transition.from || id == transition.to)
                continue;
            if (rectOf(id).intersects(corridor))
                return true;
        }
        if (a->stage == b->stage)
            break;
    }
    return false;
}

RouteKind TransitionRouter::classify(const Transition &transition, const QRectF &from,
                                     const QRectF &to) const
{
    if (transition.from == transition.to)
        return RouteKind::SelfLoop;
    if (from.intersects(to))
        return RouteKind::Overlap;
    if (to.left() >= from.right() - 1.0)
        return RouteKind::Forward;
    if (to.right() <= from.left() + 1.0)
        return RouteKind::Backward;
    if (cardsBetween(transition, from, to))
        return RouteKind::Around;
    return to.top() >= from.bottom() ? RouteKind::Down : RouteKind::Up;
}

RouteKind TransitionRouter::kindOf(const Transition &transition) const
{
    return classify(transition, rectOf(transition.from), rectOf(transition.to));
}

TransitionRouter::Side TransitionRouter::sideAt(const Transition &transition, TouchpointId card) const
{
    const bool source = transition.from == card;
    switch (kindOf(transition)) {
    case RouteKind::Forward:
        return source ? Side::Right : Side::Left;
    case RouteKind::Backward:
        return Side::Bottom;
    case RouteKind::Down:
        return source ? Side::Bottom : Side::Top;
    case RouteKind::Up:
        return source ? Side::Top : Side::Bottom;
    case RouteKind::Around:
        return Side::Right;
    case RouteKind::Overlap:
    case RouteKind::SelfLoop:
        break;
    }
    return Side::None;
}

std::pair<double, int> TransitionRouter::port(const Transition &transition, TouchpointId card) const
{
    const Side side = sideAt(transition, card);
    const QRectF rect = rectOf(card);
    const bool vertical = side == Side::Left || side == Side::Right;
    const double length = vertical ? rect.height() : rect.width();

    // Ports on one side are ordered by where their other ends are, so the arrows fan out
    // without crossing each other next to the card.
    QList<std::pair<std::pair<double, qint64>, TransitionId>> ports;
    for (TransitionId id : transitionsAt(card)) {
        const Transition *other = m_journey.transitions().find(id);
        if (!other || sideAt(*other, card) != side)
            continue;
        const QPointF far = rectOf(other->from == card ? other->to : other->from).center();
        ports.append({{vertical ? far.y() : far.x(), id.value()}, id});
    }
    std::sort(ports.begin(), ports.end());
    int index = 0;
    for (qsizetype i = 0; i < ports.size(); ++i)
        if (ports.at(i).second == transition.id)
            index = int(i);
    const double count = std::max<double>(1.0, double(ports.size()));
    const double margin = std::min(14.0, length * 0.2);
    return {margin + (length - 2 * margin) * (index + 1) / (count + 1), index};
}

bool TransitionRouter::blockedBelow(const Transition &transition, const QPointF &from, double toY) const
{
    const QRectF drop(QPointF(from.x() - 2, from.y() + 1), QPointF(from.x() + 2, toY));
    const std::optional<StageId> stage = m_geometry.stageAtX(from.x());
    if (!stage)
        return false;
    for (TouchpointId id : m_byStage.value(*stage))
        if (id != transition.from && id != transition.to && rectOf(id).intersects(drop))
            return true;
    return false;
}

double TransitionRouter::freeChannel(double startY, double left, double right,
                                     const QList<QLineF> &drops) const
{
    QList<QRectF> obstacles;
    for (const Stage &stage : m_journey.stages()) {
        const QRectF column = m_geometry.stageColumn(stage.id);
        if (column.right() < left || column.left() > right)
            continue;
        for (TouchpointId id : m_byStage.value(stage.id))
            obstacles.append(rectOf(id));
    }
    for (int step = 0; step < 16; ++step) {
        const double y = startY + step * ChannelStep;
        QList<QRectF> swept{QRectF(left, y - 3, right - left, 6)};
        for (const QLineF &drop : drops)
            swept.append(QRectF(QPointF(drop.x1() - 2, drop.y1() + 1), QPointF(drop.x1() + 2, y)));
        const bool blocked = std::any_of(obstacles.cbegin(), obstacles.cend(), [&](const QRectF &card) {
            return std::any_of(swept.cbegin(), swept.cend(),
                               [&](const QRectF &part) { return part.intersects(card); });
        });
        if (!blocked)
            return y;
    }
    return startY;
}

QPointF TransitionRouter::borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF centre = rect.center();
    const QPointF delta = towards - centre;
    const double inf = std::numeric_limits<double>::infinity();
    const double tx = delta.x() != 0 ? rect.width() / 2 / std::abs(delta.x()) : inf;
    const double ty = delta.y() != 0 ? rect.height() / 2 / std::abs(delta.y()) : inf;
    const double t = std::min({tx, ty, 1.0});
    return centre + delta * t;
}

TransitionRoute TransitionRouter::route(const Transition &transition, double headLength) const
{
    TransitionRoute route;
    const QRectF from = rectOf(transition.from);
    const QRectF to = rectOf(transition.to);
    if (from.isNull() || to.isNull())
        return route;
    route.kind = classify(transition, from, to);
    QPainterPath &path = route.path;

    switch (route.kind) {
    case RouteKind::Forward: {
        const QPointF start(from.right(), from.top() + port(transition, transition.from).first);
        route.tip = QPointF(to.left(), to.top() + port(transition, transition.to).first);
        route.direction = QPointF(1, 0);
        const QPointF end = route.tip - QPointF(headLength, 0);
        const double pull = std::max(12.0, (end.x() - start.x()) * 0.5);
        path.moveTo(start);
        path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
        break;
    }
    case RouteKind::Backward: {
        // A loop under both cards, in the first channel that no card blocks. Where a card sits
        // right under an end, the loop leaves (or enters) by the side instead of the bottom.
        const auto [offset, index] = port(transition, transition.from);
        QPointF start(from.left() + offset, from.bottom());
        route.tip = QPointF(to.left() + port(transition, transition.to).first, to.bottom());
        const double base = std::max(from.bottom(), to.bottom()) + ChannelGap + ChannelStep * (index % 3);
        const bool startBlocked = blockedBelow(transition, start, base);
        const bool tipBlocked = blockedBelow(transition, route.tip, base);
        if (startBlocked)
            start = QPointF(from.left(), from.center().y());
        if (tipBlocked)
            route.tip = QPointF(to.right(), to.center().y());
        const double startX = startBlocked ? from.left() - AroundGap : start.x();
        const double tipX = tipBlocked ? to.right() + AroundGap : route.tip.x();
        const double y = freeChannel(base, std::min(tipX, startX), std::max(tipX, startX),
                                     {QLineF(QPointF(startX, start.y()), QPointF(startX, base)),
                                      QLineF(QPointF(tipX, route.tip.y()), QPointF(tipX, base))});
        QList<QPointF> points{start};
        if (startBlocked)
            points.append(QPointF(startX, start.y()));
        points.append(QPointF(startX, y));
        points.append(QPointF(tipX, y));
        if (tipBlocked) {
            points.append(QPointF(tipX, route.tip.y()));
            route.direction = QPointF(-1, 0);
            points.append(route.tip + QPointF(headLength, 0));
        } else {
            route.direction = QPointF(0, -1);
            points.append(route.tip + QPointF(0, headLength));
        }
        path = roundedPolyline(points);
        break;
    }
    case RouteKind::Down:
    case RouteKind::Up: {
        const bool down = route.kind == RouteKind::Down;
        const QPointF start(from.left() + port(transition, transition.from).first,
                            down ? from.bottom() : from.top());
        route.tip = QPointF(to.left() + port(transition, transition.to).first,
                            down ? to.top() : to.bottom());
        route.direction = QPointF(0, down ? 1 : -1);
        QPointF end = route.tip - route.direction * headLength;
        if ((end.y() - start.y()) * route.direction.y() < 0)
            end.setY(start.y());
        const double pull = (end.y() - start.y()) / 2;
        path.moveTo(start);
        path.cubicTo(start + QPointF(0, pull), end - QPointF(0, pull), end);
        break;
    }
    case RouteKind::Around: {
        // Cards in between: out to the right of the column, along it, and back in.
        const auto [offset, index] = port(transition, transition.from);
        const QPointF start(from.right(), from.top() + offset);
        route.tip = QPointF(to.right(), to.top() + port(transition, transition.to).first);
        route.direction = QPointF(-1, 0);
        const double x = std::max(from.right(), to.right()) + AroundGap + ChannelStep * (index % 3);
        path = roundedPolyline({start, QPointF(x, start.y()), QPointF(x, route.tip.y()),
                                route.tip + QPointF(headLength, 0)});
        break;
    }
    case RouteKind::Overlap: {
        const QPointF start = borderPoint(from, to.center());
        route.tip = borderPoint(to, from.center());
        route.direction = unit(route.tip - start);
        path.moveTo(start);
        path.lineTo(route.tip - route.direction * headLength);
        break;
    }
    case RouteKind::SelfLoop: {
        const QPointF start(from.right() - 36, from.top());
        route.tip = QPointF(from.right(), from.top() + 22);
        route.direction = QPointF(-1, 0);
        path.moveTo(start);
        path.cubicTo(start + QPointF(0, -30), route.tip + QPointF(30 + headLength, 0),
                     route.tip + QPointF(headLength, 0));
        break;
    }
    }
    measure(route);
    return route;
}

} // namespace cxmap
