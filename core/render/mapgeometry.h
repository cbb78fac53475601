#pragma once

#include "layout/mapmetrics.h"
#include "model/journey.h"

#include <QHash>
#include <QRectF>

#include <optional>

namespace cxmap {

/**
 * Where everything of a journey sits: stage columns, lane rows, header strips and cards. Computed
 * from the model alone, so the canvas, hit tests and every export agree to the unit.
 *
 * Band rectangles are cached; card rectangles are computed from the touchpoint passed in, so a
 * geometry stays valid while cards move and is rebuilt only when stages or lanes change.
 */
class MapGeometry
{
public:
    explicit MapGeometry(const Journey &journey, const MapMetrics &metrics = {});

    const MapMetrics &metrics() const { return m_metrics; }
    /** Everything, headers included. */
    QRectF bounds() const { return m_bounds; }
    /** The grid without headers (and without the experience lane). */
    QRectF gridRect() const;
    /** The experience lane's plot under the stage columns, and its title under the lane headers. */
    QRectF experienceLaneRect() const;
    QRectF experienceHeaderRect() const;
    bool hasExperienceLane() const { return m_metrics.experienceLaneHeight > 0; }
    /** The corner above the lane headers and left of the stage headers. */
    QRectF cornerRect() const;

    QRectF stageHeader(StageId stage) const;
    QRectF laneHeader(LaneId lane) const;
    QRectF stageColumn(StageId stage) const;
    QRectF laneRow(LaneId lane) const;
    QRectF cellRect(StageId stage, LaneId lane) const;
    QRectF cellRect(const Cell &cell) const { return cellRect(cell.stage, cell.lane); }
    QRectF cardRect(const Touchpoint &touchpoint) const;

    /** The cell under a scene point, if it is inside the grid. */
    std::optional<Cell> cellAt(const QPointF &point) const;
    /** The stage whose column spans x, and the lane whose row spans y, ignoring the other axis. */
    std::optional<StageId> stageAtX(double x) const;
    std::optional<LaneId> laneAtY(double y) const;
    /** The cell nearest to a point, clamped into the grid (a card dragged past the edge). */
    std::optional<Cell> nearestCell(const QPointF &point) const;

    /**
     * Where a stage (lane) dragged to x (y) would be inserted: 0 before the first, n after the
     * last, following the band midpoints. The scene coordinate of that gap is insertionEdge().
     */
    qsizetype stageInsertionIndex(double x) const;
    qsizetype laneInsertionIndex(double y) const;
    double stageInsertionEdge(qsizetype index) const;
    double laneInsertionEdge(qsizetype index) const;

    /**
     * A card position (top-left, relative to the cell) for a card whose top-left would be at the
     * scene point `topLeft`: snapped, and kept inside the cell's padding where the cell is large
     * enough to hold the card.
     */
    QPointF positionInCell(const Cell &cell, const QPointF &topLeft) const;

    /** A free card position in the cell for a new touchpoint: freeCardPosition() (core/layout). */
    QPointF freePositionInCell(const Journey &journey, const Cell &cell) const;

private:
    MapMetrics m_metrics;
    QHash<StageId, QRectF> m_columns;
    QHash<LaneId, QRectF> m_rows;
    QList<std::pair<double, StageId>> m_columnEdges;
    QList<std::pair<double, LaneId>> m_rowEdges;
    QRectF m_bounds;
    /** The bottom of the last lane: the experience lane, when there is one, is below it. */
    double m_gridBottom = 0.0;
};

} // namespace cxmap
