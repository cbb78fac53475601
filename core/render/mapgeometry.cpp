#include "mapgeometry.h"

#include <algorithm>

namespace cxmap {

MapGeometry::MapGeometry(const Journey &journey, const MapMetrics &metrics)
    : m_metrics(metrics)
{
    double x = metrics.laneHeaderWidth;
    for (const Stage &stage : journey.stages()) {
        const double width = std::max(stage.extent, MinimumBandExtent);
        m_columns.insert(stage.id, QRectF(x, metrics.stageHeaderHeight, width, 0));
        m_columnEdges.append({x + width, stage.id});
        x += width;
    }
    double y = metrics.stageHeaderHeight;
    for (const Lane &lane : journey.lanes()) {
        const double height = std::max(lane.extent, MinimumBandExtent);
        m_rows.insert(lane.id, QRectF(0, y, 0, height));
        m_rowEdges.append({y + height, lane.id});
        y += height;
    }
    m_bounds = QRectF(0, 0, x, y);
    for (QRectF &column : m_columns)
        column.setHeight(y - metrics.stageHeaderHeight);
    for (QRectF &row : m_rows)
        row.setWidth(x);
}

QRectF MapGeometry::gridRect() const
{
    return m_bounds.adjusted(m_metrics.laneHeaderWidth, m_metrics.stageHeaderHeight, 0, 0);
}

QRectF MapGeometry::stageColumn(StageId stage) const
{
    return m_columns.value(stage);
}

QRectF MapGeometry::laneRow(LaneId lane) const
{
    const QRectF row = m_rows.value(lane);
    return row.adjusted(m_metrics.laneHeaderWidth, 0, 0, 0);
}

QRectF MapGeometry::stageHeader(StageId stage) const
{
    const QRectF column = m_columns.value(stage);
    return QRectF(column.left(), 0, column.width(), m_metrics.stageHeaderHeight);
}

QRectF MapGeometry::laneHeader(LaneId lane) const
{
    const QRectF row = m_rows.value(lane);
    return QRectF(0, row.top(), m_metrics.laneHeaderWidth, row.height());
}

QRectF MapGeometry::cellRect(StageId stage, LaneId lane) const
{
    const QRectF column = m_columns.value(stage);
    const QRectF row = m_rows.value(lane);
    return QRectF(column.left(), row.top(), column.width(), row.height());
}

QRectF MapGeometry::cardRect(const Touchpoint &touchpoint) const
{
    const QRectF cell = cellRect(touchpoint.stage, touchpoint.lane);
    return QRectF(cell.topLeft() + touchpoint.position,
                  QSizeF(m_metrics.cardWidth, m_metrics.cardHeight));
}

std::optional<Cell> MapGeometry::cellAt(const QPointF &point) const
{
    if (!gridRect().contains(point))
        return std::nullopt;
    // Edges are in ascending order: the first edge beyond the point is its band.
    const auto column = std::find_if(m_columnEdges.cbegin(), m_columnEdges.cend(),
                                     [&](const auto &edge) { return point.x() < edge.first; });
    const auto row = std::find_if(m_rowEdges.cbegin(), m_rowEdges.cend(),
                                  [&](const auto &edge) { return point.y() < edge.first; });
    if (column == m_columnEdges.cend() || row == m_rowEdges.cend())
        return std::nullopt;
    return Cell{column->second, row->second};
}

QPointF MapGeometry::freePositionInCell(const Journey &journey, const Cell &cell) const
{
    double y = m_metrics.cellPadding;
    for (TouchpointId id : journey.touchpointsInCell(cell.stage, cell.lane)) {
        const Touchpoint *touchpoint = journey.touchpoints().find(id);
        y = std::max(y, touchpoint->position.y() + m_metrics.cardHeight + m_metrics.cellPadding);
    }
    return QPointF(m_metrics.cellPadding, y);
}

} // namespace cxmap
