#pragma once

#include "mapgeometry.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>

namespace cxmap {

/** How an arrow runs between its two cards, which decides the sides it leaves and enters by. */
enum class RouteKind {
    /** Target to the right: right edge to left edge, an S-curve. */
    Forward,
    /**
     * Target to the left (a loop back to use, say): out of the bottom, under both cards, into
     * the bottom — or by the side where a card sits right under an end.
     */
    Backward,
    /** Same column, target below with nothing between: bottom edge to top edge. */
    Down,
    /** Same column, target above with nothing between: top edge to bottom edge. */
    Up,
    /** Same column with cards between: out of the right edge, around them, into the right edge. */
    Around,
    /** Overlapping cards: centre to centre. */
    Overlap,
    /** A touchpoint leading to itself. */
    SelfLoop,
};

/** One arrow's route. The path stops short of the tip, where the arrow head takes over. */
struct TransitionRoute
{
    RouteKind kind = RouteKind::Forward;
    QPainterPath path;
    QPointF tip;
    /** Unit vector of travel at the tip. */
    QPointF direction{1, 0};
    /** The path flattened, with the length run up to each point: cheap points along it. */
    QPolygonF polyline;
    QList<double> runLength;

    bool isValid() const { return !path.isEmpty(); }
    /** The point `fraction` (0–1) of the way along the path, by length. */
    QPointF pointAt(double fraction) const;
};

/**
 * Routes transition arrows so that they read on a busy map: arrows between columns run edge to
 * edge, arrows inside a column run top to bottom or around the cards between, arrows going
 * backwards loop underneath both cards in a free channel, and arrows sharing a card edge get
 * their own spread-out ports, ordered by where their other ends are so they do not cross.
 *
 * Keeps an index of transitions by card and of cards by stage; reindex them after structural
 * changes. Card positions are read live from the journey.
 */
class TransitionRouter
{
public:
    TransitionRouter(const Journey &journey, const MapGeometry &geometry);

    /** After transitions are added or removed or change their ends. */
    void reindexTransitions();
    /** After touchpoints are added or removed or change cell. */
    void reindexCards();

    RouteKind kindOf(const Transition &transition) const;
    /** The route; the path ends `headLength` before the tip. */
    TransitionRoute route(const Transition &transition, double headLength) const;

    /**
     * Transitions whose routes may change when this card moves: its own, and those that share a
     * card edge (and so a port order) with them.
     */
    QList<TransitionId> dependentsOf(TouchpointId touchpoint) const;
    const QList<TransitionId> &transitionsAt(TouchpointId touchpoint) const;

    /** Where a line from the centre of `rect` towards `towards` leaves the rectangle. */
    static QPointF borderPoint(const QRectF &rect, const QPointF &towards);

private:
    enum class Side { Left, Right, Top, Bottom, None };

    QRectF rectOf(TouchpointId id) const;
    bool cardsBetween(const Transition &transition, const QRectF &from, const QRectF &to) const;
    RouteKind classify(const Transition &transition, const QRectF &from, const QRectF &to) const;
    Side sideAt(const Transition &transition, TouchpointId card) const;
    /** Offset of the transition's port along the card side, and its index among the ports. */
    std::pair<double, int> port(const Transition &transition, TouchpointId card) const;
    /** Whether a card other than the transition's own is in the way straight down to toY. */
    bool blockedBelow(const Transition &transition, const QPointF &from, double toY) const;
    double freeChannel(double startY, double left, double right, const QList<QLineF> &drops) const;

    const Journey &m_journey;
    const MapGeometry &m_geometry;
    QHash<TouchpointId, QList<TransitionId>> m_byCard;
    QHash<StageId, QList<TouchpointId>> m_byStage;
};

} // namespace cxmap
