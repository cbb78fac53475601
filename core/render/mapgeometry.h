#pragma once

#include "model/journey.h"

#include <QHash>
#include <QRectF>

#include <optional>

namespace cxmap {

/** Fixed sizes of the map's furniture, in scene units (1 unit = 1 px at 100% zoom). */
struct MapMetrics
{
    double stageHeaderHeight = 44.0;
    double laneHeaderWidth = 140.0;
    double cardWidth = 200.0;
    double cardHeight = 64.0;
    double cellPadding = 10.0;
};

/** A stage × lane cell, the unit a touchpoint belongs to. */
struct Cell
{
    StageId stage;
    LaneId lane;
    friend bool operator==(const Cell &, const Cell &) = default;
};

/**
 * Where everything of a journey sits: stage columns, lane rows, header strips and cards. Computed
 * from the model alone, so the canvas, hit tests and every export agree to the unit.
 */
class MapGeometry
{
public:
    explicit MapGeometry(const Journey &journey, const MapMetrics &metrics = {});

    const MapMetrics &metrics() const { return m_metrics; }
    /** Everything, headers included. */
    QRectF bounds() const { return m_bounds; }
    /** The grid without headers. */
    QRectF gridRect() const;

    QRectF stageHeader(StageId stage) const;
    QRectF laneHeader(LaneId lane) const;
    QRectF stageColumn(StageId stage) const;
    QRectF laneRow(LaneId lane) const;
    QRectF cellRect(StageId stage, LaneId lane) const;
    QRectF cardRect(const Touchpoint &touchpoint) const;

    /** The cell under a scene point, if it is inside the grid. */
    std::optional<Cell> cellAt(const QPointF &point) const;
    /** A free card position in the cell for a new touchpoint, below the cards already there. */
    QPointF freePositionInCell(const Journey &journey, const Cell &cell) const;

private:
    MapMetrics m_metrics;
    QHash<StageId, QRectF> m_columns;
    QHash<LaneId, QRectF> m_rows;
    QList<std::pair<double, StageId>> m_columnEdges;
    QList<std::pair<double, LaneId>> m_rowEdges;
    QRectF m_bounds;
};

} // namespace cxmap
