#pragma once

#include "mapgeometry.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>

#include <functional>

namespace cxmap {

/** How an arrow runs between its two cards, which decides the sides it leaves and enters by. */
enum class RouteKind {
    /** Target to the right: right edge to left edge, through the gutters between the columns. */
    Forward,
    /** Target to the left (a loop back to use, say): out of the bottom, along the lane gutters, in. */
    Backward,
    /** Same column, target below with nothing between: bottom edge to top edge. */
    Down,
    /** Same column, target above with nothing between: top edge to bottom edge. */
    Up,
    /** Same column with cards between: out of the right edge, along the gutter, into the right edge. */
    Around,
    /** Overlapping cards: centre to centre. */
    Overlap,
    /** A touchpoint leading to itself. */
    SelfLoop,
};

/** The side of a card an arrow leaves or enters by. */
enum class CardSide { Left, Right, Top, Bottom, None };

/** One arrow's route. The path stops short of the tip, where the arrow head takes over. */
struct TransitionRoute
{
    RouteKind kind = RouteKind::Forward;
    QPainterPath path;
    QPointF tip;
    /** Unit vector of travel at the tip. */
    QPointF direction{1, 0};
    /** The corners of the route before rounding: start, bends, the base of the head. */
    QPolygonF corners;
    CardSide startSide = CardSide::None;
    CardSide endSide = CardSide::None;
    /** The path flattened, with the length run up to each point: cheap points along it. */
    QPolygonF polyline;
    QList<double> runLength;

    bool isValid() const { return !path.isEmpty(); }
    /** The point `fraction` (0–1) of the way along the path, by length. */
    QPointF pointAt(double fraction) const;
};

/**
 * Routes transition arrows so that each can be followed on a busy map. All arrows are routed
 * together, because they share the map's room:
 *
 * - every arrow end gets its own port on its card side, ordered by where the arrow goes, so no
 *   two arrowheads meet and arrows leave a card without crossing;
 * - routes are orthogonal and run through the gutters — the vertical gaps between stage columns
 *   and the horizontal gaps between lanes — never through a card;
 * - arrows sharing a gutter get their own channel in it, ordered to cross as little as possible,
 *   so no two run on one line.
 *
 * Card positions are read from the journey as it is; route again after any change.
 */
class TransitionRouter
{
public:
    TransitionRouter(const Journey &journey, const MapGeometry &geometry);
    ~TransitionRouter();

    /**
     * Routes the given transitions (the ones drawn: thin ones hidden by the reader take no port
     * and no channel). `headLength` gives each arrow's head, which the path stops short of.
     */
    QHash<TransitionId, TransitionRoute> routeAll(const QList<const Transition *> &transitions,
                                                  const std::function<double(const Transition &)> &headLength) const;

    RouteKind kindOf(const Transition &transition) const;

    /** Where a line from the centre of `rect` towards `towards` leaves the rectangle. */
    static QPointF borderPoint(const QRectF &rect, const QPointF &towards);

private:
    class Planner;

    const Journey &m_journey;
    const MapGeometry &m_geometry;
};

} // namespace cxmap
