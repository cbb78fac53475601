#include "transitionrouter.h"

#include "rectindex.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxmap {

namespace {

constexpr double CornerRadius = 8.0;
/** Widest spacing of arrows sharing a gutter; narrower when many share it. */
constexpr double TrackSpacing = 7.0;
/** Kept clear at a gutter's edges: the room an arrow head needs before a card. */
constexpr double GutterMargin = 14.0;
/** A self-loop's reach beyond its card. */
constexpr double LoopReach = 16.0;

QPointF unit(const QPointF &vector)
{
    const double length = std::hypot(vector.x(), vector.y());
    return length > 0 ? vector / length : QPointF(1, 0);
}

// Straight runs between the points, with rounded corners.
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

// Drops repeated points and the middle of three collinear ones.
QList<QPointF> simplified(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out.at(out.size() - 2);
            const QPointF b = out.last();
            const bool collinear = (std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01)
                || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01);
            if (collinear) {
                out.last() = p;
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

bool segmentsCross(const QLineF &a, const QLineF &b)
{
    QPointF at;
    return a.intersects(b, &at) == QLineF::BoundedIntersection;
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

/**
 * One routing of the whole map. Phases: the kind and the sides of every arrow (from the cards
 * alone), the ports on every card side (from the sides), the shape of every route with its
 * gutter channels left open, the channels of each gutter ordered and spaced, and the paths.
 */
class TransitionRouter::Planner
{
public:
    Planner(const Journey &journey, const MapGeometry &geometry)
        : m_journey(journey)
        , m_geometry(geometry)
    {
        for (qsizetype i = 0; i < journey.stages().size(); ++i)
            m_stageIndex.insert(journey.stages().at(i).id, int(i));
        for (qsizetype i = 0; i < journey.lanes().size(); ++i)
            m_laneIndex.insert(journey.lanes().at(i).id, int(i));
        m_cardsByStage.resize(journey.stages().size());
        m_cardsByLane.resize(journey.lanes().size());
        for (const Touchpoint &touchpoint : journey.touchpoints()) {
            const QRectF rect = geometry.cardRect(touchpoint);
            m_rects.insert(touchpoint.id, rect);
            m_cards.insert(rect, touchpoint.id.value());
            if (const int s = m_stageIndex.value(touchpoint.stage, -1); s >= 0)
                m_cardsByStage[s].append(rect);
            if (const int l = m_laneIndex.value(touchpoint.lane, -1); l >= 0)
                m_cardsByLane[l].append(rect);
        }
        makeGutters();
    }

    RouteKind classify(const Transition &transition) const
    {
        const QRectF from = m_rects.value(transition.from);
        const QRectF to = m_rects.value(transition.to);
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

    QHash<TransitionId, TransitionRoute> route(const QList<const Transition *> &transitions,
                                               const std::function<double(const Transition &)> &headLength)
    {
        m_plans.clear();
        m_slots.clear();
        for (const Transition *transition : transitions) {
            if (!m_rects.contains(transition->from) || !m_rects.contains(transition->to))
                continue;
            Plan plan;
            plan.transition = transition;
            plan.head = headLength(*transition);
            plan.kind = classify(*transition);
            chooseSides(plan);
            m_plans.append(plan);
        }
        assignPorts();
        for (Plan &plan : m_plans)
            shape(plan);
        assignTracks();
        QHash<TransitionId, TransitionRoute> routes;
        routes.reserve(m_plans.size());
        for (const Plan &plan : std::as_const(m_plans))
            routes.insert(plan.transition->id, build(plan));
        return routes;
    }

private:
    // A coordinate that is either known or the track of a channel slot, known once the gutter's
    // tracks are assigned.
    struct Coord
    {
        double value = 0.0;
        int slot = -1;
    };
    struct Waypoint
    {
        Coord x;
        Coord y;
    };
    /** One run of one arrow along a gutter: a vertical gap or a horizontal lane gutter. */
    struct Slot
    {
        bool vertical = true;
        int gutter = 0;
        int plan = 0;
        /** Where the run starts and ends along the gutter, and the sides it comes from and goes to. */
        double a = 0.0;
        double b = 0.0;
        int fromSide = 0;
        int toSide = 0;
        double position = 0.0;
    };
    struct Gutter
    {
        double lo = 0.0;
        double hi = 0.0;
        double centre() const { return (lo + hi) / 2; }
    };
    struct Plan
    {
        const Transition *transition = nullptr;
        RouteKind kind = RouteKind::Forward;
        double head = 0.0;
        CardSide startSide = CardSide::None;
        CardSide endSide = CardSide::None;
        double startPort = 0.0;
        double endPort = 0.0;
        QList<Waypoint> waypoints;
        QPointF tip;
        QPointF direction{1, 0};
    };

    QRectF rectOf(TouchpointId id) const { return m_rects.value(id); }
    int stageOf(TouchpointId id) const
    {
        const Touchpoint *touchpoint = m_journey.touchpoints().find(id);
        return touchpoint ? m_stageIndex.value(touchpoint->stage, 0) : 0;
    }
    int laneOf(TouchpointId id) const
    {
        const Touchpoint *touchpoint = m_journey.touchpoints().find(id);
        return touchpoint ? m_laneIndex.value(touchpoint->lane, 0) : 0;
    }

    void makeGutters()
    {
        const QRectF grid = m_geometry.gridRect();
        const int stages = int(m_journey.stages().size());
        const int lanes = int(m_journey.lanes().size());
        // Gap i is left of stage i; gap `stages` is right of the last one.
        for (int i = 0; i <= stages; ++i) {
            double lo = grid.left();
            double hi = grid.right();
            if (i > 0) {
                const QRectF column = m_geometry.stageColumn(m_journey.stages().at(i - 1).id);
                lo = column.left() + m_geometry.metrics().cellPadding;
                for (const QRectF &card : m_cardsByStage.at(i - 1))
                    lo = std::max(lo, card.right());
            }
            if (i < stages) {
                const QRectF column = m_geometry.stageColumn(m_journey.stages().at(i).id);
                hi = column.right() - m_geometry.metrics().cellPadding;
                for (const QRectF &card : m_cardsByStage.at(i))
                    hi = std::min(hi, card.left());
            }
            m_gaps.append(usable(lo, hi));
        }
        // Lane gutter j is above lane j; gutter `lanes` is below the last one.
        for (int j = 0; j <= lanes; ++j) {
            double lo = grid.top();
            double hi = grid.bottom();
            if (j > 0) {
                const QRectF row = m_geometry.laneRow(m_journey.lanes().at(j - 1).id);
                lo = row.top() + m_geometry.metrics().cellPadding;
                for (const QRectF &card : m_cardsByLane.at(j - 1))
                    lo = std::max(lo, card.bottom());
            }
            if (j < lanes) {
                const QRectF row = m_geometry.laneRow(m_journey.lanes().at(j).id);
                hi = row.bottom() - m_geometry.metrics().cellPadding;
                for (const QRectF &card : m_cardsByLane.at(j))
                    hi = std::min(hi, card.top());
            }
            m_corridors.append(usable(lo, hi));
        }
    }

    static Gutter usable(double lo, double hi)
    {
        if (hi < lo)
            return {(lo + hi) / 2, (lo + hi) / 2};
        const double margin = std::min(GutterMargin, (hi - lo) / 4);
        return {lo + margin, hi - margin};
    }

    bool cardsBetween(const Transition &transition, const QRectF &from, const QRectF &to) const
    {
        const double left = std::max(from.left(), to.left());
        const double right = std::min(from.right(), to.right());
        const double top = std::min(from.bottom(), to.bottom());
        const double bottom = std::max(from.top(), to.top());
        const QRectF corridor(QPointF(left, top + 1), QPointF(right, bottom - 1));
        return corridor.isValid() && blocked(corridor, transition);
    }

    /** Whether a card other than the transition's own ends lies in `area`. */
    bool blocked(const QRectF &area, const Transition &transition) const
    {
        return m_cards.intersects(area, [&](qint64 id) {
            return id != transition.from.value() && id != transition.to.value();
        });
    }
    bool runFree(double x1, double x2, double y, const Transition &transition) const
    {
        return !blocked(QRectF(QPointF(std::min(x1, x2), y - 1.5), QPointF(std::max(x1, x2), y + 1.5)), transition);
    }
    bool dropFree(const QRectF &card, double toY, const Transition &transition) const
    {
        const QRectF area(QPointF(card.left() + 1, std::min(card.bottom(), toY) + 0.5),
                          QPointF(card.right() - 1, std::max(card.bottom(), toY)));
        return area.height() <= 0 || !blocked(area, transition);
    }

    void chooseSides(Plan &plan) const
    {
        const Transition &t = *plan.transition;
        switch (plan.kind) {
        case RouteKind::Forward:
            plan.startSide = CardSide::Right;
            plan.endSide = CardSide::Left;
            break;
        case RouteKind::Backward: {
            // Underneath both cards, unless a card sits right below an end: then by its side.
            const double below = m_corridors.value(laneOf(t.from) + 1).centre();
            const double belowTarget = m_corridors.value(laneOf(t.to) + 1).centre();
            plan.startSide = dropFree(rectOf(t.from), below, t) ? CardSide::Bottom : CardSide::Left;
            plan.endSide = dropFree(rectOf(t.to), belowTarget, t) ? CardSide::Bottom : CardSide::Right;
            break;
        }
        case RouteKind::Down:
            plan.startSide = CardSide::Bottom;
            plan.endSide = CardSide::Top;
            break;
        case RouteKind::Up:
            plan.startSide = CardSide::Top;
            plan.endSide = CardSide::Bottom;
            break;
        case RouteKind::Around:
            plan.startSide = CardSide::Right;
            plan.endSide = CardSide::Right;
            break;
        case RouteKind::SelfLoop:
            plan.startSide = CardSide::Top;
            plan.endSide = CardSide::Right;
            break;
        case RouteKind::Overlap:
            break;
        }
    }

    /**
     * Every arrow end on a card side gets its own port, spread along the side and ordered by
     * where the arrow goes (the other card's centre), so arrows fan out without crossing.
     */
    void assignPorts()
    {
        struct End
        {
            double key;
            qint64 tie;
            int plan;
            bool start;
        };
        QHash<std::pair<qint64, int>, QList<End>> ends;
        for (int i = 0; i < m_plans.size(); ++i) {
            const Plan &plan = m_plans.at(i);
            const Transition &t = *plan.transition;
            auto add = [&](TouchpointId card, CardSide side, TouchpointId other, bool start) {
                if (side == CardSide::None)
                    return;
                const QPointF far = rectOf(other).center();
                const bool alongY = side == CardSide::Left || side == CardSide::Right;
                double key = alongY ? far.y() : far.x();
                // A self-loop leaves by the top's right end and enters by the right's top end.
                if (t.from == t.to)
                    key = start ? std::numeric_limits<double>::max() : std::numeric_limits<double>::lowest();
                ends[{card.value(), int(side)}].append(End{key, t.id.value() * 2 + (start ? 0 : 1), i, start});
            };
            add(t.from, plan.startSide, t.to, true);
            add(t.to, plan.endSide, t.from, false);
        }
        for (auto it = ends.begin(); it != ends.end(); ++it) {
            QList<End> &list = it.value();
            std::sort(list.begin(), list.end(), [](const End &a, const End &b) {
                return a.key != b.key ? a.key < b.key : a.tie < b.tie;
            });
            const QRectF rect = m_rects.value(TouchpointId(it.key().first));
            const auto side = CardSide(it.key().second);
            const bool alongY = side == CardSide::Left || side == CardSide::Right;
            const double length = alongY ? rect.height() : rect.width();
            const double start = alongY ? rect.top() : rect.left();
            const double margin = std::min(14.0, length * 0.2);
            const double count = double(list.size());
            for (qsizetype k = 0; k < list.size(); ++k) {
                const double offset = margin + (length - 2 * margin) * double(k + 1) / (count + 1);
                Plan &plan = m_plans[list.at(k).plan];
                (list.at(k).start ? plan.startPort : plan.endPort) = start + offset;
            }
        }
    }

    int addSlot(bool vertical, int gutter, int plan)
    {
        Slot slot;
        slot.vertical = vertical;
        slot.gutter = gutter;
        slot.plan = plan;
        m_slots.append(slot);
        return int(m_slots.size() - 1);
    }
    Coord gap(int index, int plan)
    {
        return Coord{m_gaps.value(std::clamp(index, 0, int(m_gaps.size()) - 1)).centre(),
                     addSlot(true, std::clamp(index, 0, int(m_gaps.size()) - 1), plan)};
    }
    Coord corridor(int index, int plan)
    {
        return Coord{m_corridors.value(std::clamp(index, 0, int(m_corridors.size()) - 1)).centre(),
                     addSlot(false, std::clamp(index, 0, int(m_corridors.size()) - 1), plan)};
    }
    static Coord fixed(double value) { return Coord{value, -1}; }

    /** The waypoints of one route, with its gutter runs as open slots. */
    void shape(Plan &plan)
    {
        const int index = int(&plan - m_plans.data());
        const Transition &t = *plan.transition;
        const QRectF from = rectOf(t.from);
        const QRectF to = rectOf(t.to);
        QList<Waypoint> &w = plan.waypoints;
        auto point = [&w](Coord x, Coord y) { w.append(Waypoint{x, y}); };

        switch (plan.kind) {
        case RouteKind::Forward: {
            const double ys = plan.startPort;
            const double yt = plan.endPort;
            plan.tip = QPointF(to.left(), yt);
            plan.direction = QPointF(1, 0);
            const double end = to.left() - plan.head;
            const int sa = stageOf(t.from);
            const int sb = stageOf(t.to);
            point(fixed(from.right()), fixed(ys));
            if (std::abs(ys - yt) < 0.5 && runFree(from.right(), end, ys, t)) {
                // Straight across.
            } else if (sa >= sb) {
                // Side by side in one stage: turn halfway between them.
                const Coord x = fixed((from.right() + end) / 2);
                point(x, fixed(ys));
                point(x, fixed(yt));
            } else {
                const double firstGap = m_gaps.value(sa + 1).centre();
                const double lastGap = m_gaps.value(sb).centre();
                if (runFree(from.right(), firstGap, ys, t) && runFree(firstGap, end, yt, t)) {
                    // Down (or up) in the first gutter, then along the target's row.
                    const Coord x = gap(sa + 1, index);
                    point(x, fixed(ys));
                    point(x, fixed(yt));
                } else if (runFree(from.right(), lastGap, ys, t) && runFree(lastGap, end, yt, t)) {
                    // Along the source's row, then down (or up) in the last gutter.
                    const Coord x = gap(sb, index);
                    point(x, fixed(ys));
                    point(x, fixed(yt));
                } else {
                    // Into the first gutter, along a lane gutter past the cards between, and
                    // out of the last gutter.
                    const int lane = nearestCorridor(ys, yt, firstGap, lastGap, t);
                    const Coord x1 = gap(sa + 1, index);
                    const Coord y = corridor(lane, index);
                    const Coord x2 = gap(sb, index);
                    point(x1, fixed(ys));
                    point(x1, y);
                    point(x2, y);
                    point(x2, fixed(yt));
                }
            }
            point(fixed(end), fixed(yt));
            break;
        }
        case RouteKind::Backward: {
            const int laneFrom = laneOf(t.from) + 1;
            const int laneTo = laneOf(t.to) + 1;
            const Coord below = corridor(laneFrom, index);
            if (plan.startSide == CardSide::Bottom) {
                point(fixed(plan.startPort), fixed(from.bottom()));
                point(fixed(plan.startPort), below);
            } else {
                const Coord x = gap(stageOf(t.from), index);
                point(fixed(from.left()), fixed(plan.startPort));
                point(x, fixed(plan.startPort));
                point(x, below);
            }
            if (plan.endSide == CardSide::Bottom) {
                plan.tip = QPointF(plan.endPort, to.bottom());
                plan.direction = QPointF(0, -1);
                if (laneFrom != laneTo) {
                    const Coord x = gap(stageOf(t.to) + 1, index);
                    const Coord belowTarget = corridor(laneTo, index);
                    point(x, below);
                    point(x, belowTarget);
                    point(fixed(plan.endPort), belowTarget);
                } else {
                    point(fixed(plan.endPort), below);
                }
                point(fixed(plan.endPort), fixed(to.bottom() + plan.head));
            } else {
                plan.tip = QPointF(to.right(), plan.endPort);
                plan.direction = QPointF(-1, 0);
                const Coord x = gap(stageOf(t.to) + 1, index);
                point(x, below);
                point(x, fixed(plan.endPort));
                point(fixed(to.right() + plan.head), fixed(plan.endPort));
            }
            break;
        }
        case RouteKind::Down:
        case RouteKind::Up: {
            const bool down = plan.kind == RouteKind::Down;
            const double ys = down ? from.bottom() : from.top();
            const double yt = down ? to.top() : to.bottom();
            plan.tip = QPointF(plan.endPort, yt);
            plan.direction = QPointF(0, down ? 1 : -1);
            double end = yt - plan.direction.y() * plan.head;
            if ((end - ys) * plan.direction.y() < 0)
                end = ys;
            const double middle = (ys + end) / 2;
            point(fixed(plan.startPort), fixed(ys));
            point(fixed(plan.startPort), fixed(middle));
            point(fixed(plan.endPort), fixed(middle));
            point(fixed(plan.endPort), fixed(end));
            break;
        }
        case RouteKind::Around: {
            const Coord x = gap(stageOf(t.from) + 1, index);
            plan.tip = QPointF(to.right(), plan.endPort);
            plan.direction = QPointF(-1, 0);
            point(fixed(from.right()), fixed(plan.startPort));
            point(x, fixed(plan.startPort));
            point(x, fixed(plan.endPort));
            point(fixed(to.right() + plan.head), fixed(plan.endPort));
            break;
        }
        case RouteKind::SelfLoop: {
            const double top = from.top() - LoopReach;
            const double right = from.right() + LoopReach;
            plan.tip = QPointF(from.right(), plan.endPort);
            plan.direction = QPointF(-1, 0);
            point(fixed(plan.startPort), fixed(from.top()));
            point(fixed(plan.startPort), fixed(top));
            point(fixed(right), fixed(top));
            point(fixed(right), fixed(plan.endPort));
            point(fixed(from.right() + plan.head), fixed(plan.endPort));
            break;
        }
        case RouteKind::Overlap: {
            const QPointF start = borderPoint(from, to.center());
            plan.tip = borderPoint(to, from.center());
            plan.direction = unit(plan.tip - start);
            const QPointF end = plan.tip - plan.direction * plan.head;
            point(fixed(start.x()), fixed(start.y()));
            point(fixed(end.x()), fixed(end.y()));
            break;
        }
        }
    }

    /** The lane gutter that a route from y1 to y2 can run along between x1 and x2, nearest first. */
    int nearestCorridor(double y1, double y2, double x1, double x2, const Transition &t) const
    {
        int best = -1;
        double bestCost = std::numeric_limits<double>::max();
        for (int j = 0; j < m_corridors.size(); ++j) {
            const double y = m_corridors.at(j).centre();
            const double cost = std::abs(y - y1) + std::abs(y - y2);
            if (cost < bestCost && runFree(x1, x2, y, t)) {
                best = j;
                bestCost = cost;
            }
        }
        if (best >= 0)
            return best;
        // Nothing is free (cards overhanging every lane): the nearest, crossing what it must.
        for (int j = 0; j < m_corridors.size(); ++j) {
            const double y = m_corridors.at(j).centre();
            const double cost = std::abs(y - y1) + std::abs(y - y2);
            if (cost < bestCost) {
                best = j;
                bestCost = cost;
            }
        }
        return std::max(best, 0);
    }

    static double valueOf(const Coord &coord, const QList<Slot> &slots, bool assigned)
    {
        if (coord.slot < 0)
            return coord.value;
        return assigned ? slots.at(coord.slot).position : coord.value;
    }

    /** Fills each slot's span and the sides its route comes from and goes to. */
    void describeSlots()
    {
        for (const Plan &plan : std::as_const(m_plans)) {
            const QList<Waypoint> &w = plan.waypoints;
            for (qsizetype i = 0; i + 1 < w.size(); ++i) {
                const int slot = w.at(i).x.slot >= 0 && w.at(i).x.slot == w.at(i + 1).x.slot ? w.at(i).x.slot
                    : (w.at(i).y.slot >= 0 && w.at(i).y.slot == w.at(i + 1).y.slot ? w.at(i).y.slot : -1);
                if (slot < 0)
                    continue;
                Slot &s = m_slots[slot];
                const double centre = s.vertical ? m_gaps.at(s.gutter).centre() : m_corridors.at(s.gutter).centre();
                auto along = [&](const Waypoint &p) { return s.vertical ? valueOf(p.y, m_slots, false) : valueOf(p.x, m_slots, false); };
                auto across = [&](const Waypoint &p) { return s.vertical ? valueOf(p.x, m_slots, false) : valueOf(p.y, m_slots, false); };
                s.a = along(w.at(i));
                s.b = along(w.at(i + 1));
                s.fromSide = i > 0 ? (across(w.at(i - 1)) < centre ? -1 : 1) : 0;
                s.toSide = i + 2 < w.size() ? (across(w.at(i + 2)) < centre ? -1 : 1) : 0;
            }
        }
    }

    /** Crossings between two runs of one gutter with `first` at the lower track. */
    static int crossings(const Slot &first, const Slot &second, double lo, double hi)
    {
        auto lines = [lo, hi](const Slot &s, double at) {
            QList<QLineF> out;
            const double stubFrom = s.fromSide < 0 ? lo - 50 : hi + 50;
            const double stubTo = s.toSide < 0 ? lo - 50 : hi + 50;
            if (s.fromSide != 0)
                out.append(QLineF(stubFrom, s.a, at, s.a));
            out.append(QLineF(at, s.a, at, s.b));
            if (s.toSide != 0)
                out.append(QLineF(at, s.b, stubTo, s.b));
            return out;
        };
        const double middle = (lo + hi) / 2;
        const QList<QLineF> a = lines(first, middle - 1);
        const QList<QLineF> b = lines(second, middle + 1);
        int count = 0;
        for (const QLineF &la : a)
            for (const QLineF &lb : b)
                count += segmentsCross(la, lb) ? 1 : 0;
        return count;
    }

    static bool overlaps(const Slot &a, const Slot &b)
    {
        constexpr double Clearance = 6.0;
        return std::max(std::min(a.a, a.b), std::min(b.a, b.b)) - Clearance
            <= std::min(std::max(a.a, a.b), std::max(b.a, b.b));
    }

    /**
     * Per gutter: orders its runs so they cross least (adjacent swaps while they help), gives
     * each the lowest track above every earlier run it overlaps, and spreads the tracks.
     */
    void assignTracks()
    {
        describeSlots();
        QHash<std::pair<bool, int>, QList<int>> byGutter;
        for (int i = 0; i < m_slots.size(); ++i)
            byGutter[{m_slots.at(i).vertical, m_slots.at(i).gutter}].append(i);
        for (auto it = byGutter.begin(); it != byGutter.end(); ++it) {
            QList<int> &order = it.value();
            const Gutter gutter = it.key().first ? m_gaps.at(it.key().second) : m_corridors.at(it.key().second);
            std::sort(order.begin(), order.end(), [this](int x, int y) {
                const Slot &a = m_slots.at(x);
                const Slot &b = m_slots.at(y);
                const double ka = (a.a + a.b) / 2;
                const double kb = (b.a + b.b) / 2;
                return ka != kb ? ka < kb : m_slots.at(x).plan < m_slots.at(y).plan;
            });
            // A run's neighbours in this order that overlap it are the ones that can cross it.
            for (int pass = 0; pass < 8; ++pass) {
                bool swapped = false;
                for (qsizetype i = 0; i + 1 < order.size(); ++i) {
                    const Slot &a = m_slots.at(order.at(i));
                    const Slot &b = m_slots.at(order.at(i + 1));
                    if (!overlaps(a, b))
                        continue;
                    if (crossings(b, a, gutter.lo, gutter.hi) < crossings(a, b, gutter.lo, gutter.hi)) {
                        order.swapItemsAt(i, i + 1);
                        swapped = true;
                    }
                }
                if (!swapped)
                    break;
            }
            QList<int> tracks(order.size(), 0);
            int count = 0;
            for (qsizetype i = 0; i < order.size(); ++i) {
                int track = 0;
                for (qsizetype k = 0; k < i; ++k)
                    if (tracks.at(k) >= track && overlaps(m_slots.at(order.at(k)), m_slots.at(order.at(i))))
                        track = tracks.at(k) + 1;
                tracks[i] = track;
                count = std::max(count, track + 1);
            }
            const double spacing = std::min(TrackSpacing, (gutter.hi - gutter.lo) / std::max(1, count - 1 + 1));
            const double first = gutter.centre() - spacing * (count - 1) / 2.0;
            for (qsizetype i = 0; i < order.size(); ++i)
                m_slots[order.at(i)].position = first + spacing * tracks.at(i);
        }
    }

    TransitionRoute build(const Plan &plan) const
    {
        TransitionRoute route;
        route.kind = plan.kind;
        route.startSide = plan.startSide;
        route.endSide = plan.endSide;
        QList<QPointF> points;
        for (const Waypoint &w : plan.waypoints)
            points.append(QPointF(valueOf(w.x, m_slots, true), valueOf(w.y, m_slots, true)));
        points = simplified(points);
        if (points.size() < 2)
            points.append(plan.tip - plan.direction * plan.head);
        route.tip = plan.tip;
        route.direction = plan.direction;
        route.corners = QPolygonF(points);
        route.corners.append(plan.tip);
        route.path = roundedPolyline(points);
        measure(route);
        return route;
    }

    const Journey &m_journey;
    const MapGeometry &m_geometry;
    QHash<StageId, int> m_stageIndex;
    QHash<LaneId, int> m_laneIndex;
    QHash<TouchpointId, QRectF> m_rects;
    RectIndex m_cards;
    QList<QList<QRectF>> m_cardsByStage;
    QList<QList<QRectF>> m_cardsByLane;
    QList<Gutter> m_gaps;
    QList<Gutter> m_corridors;
    QList<Plan> m_plans;
    QList<Slot> m_slots;
};

TransitionRouter::TransitionRouter(const Journey &journey, const MapGeometry &geometry)
    : m_journey(journey)
    , m_geometry(geometry)
{}

TransitionRouter::~TransitionRouter() = default;

QHash<TransitionId, TransitionRoute>
TransitionRouter::routeAll(const QList<const Transition *> &transitions,
                           const std::function<double(const Transition &)> &headLength) const
{
    Planner planner(m_journey, m_geometry);
    return planner.route(transitions, headLength);
}

RouteKind TransitionRouter::kindOf(const Transition &transition) const
{
    const Planner planner(m_journey, m_geometry);
    return planner.classify(transition);
}

} // namespace cxmap
