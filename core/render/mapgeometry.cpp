#include "mapgeometry.h"

#include "layout/placement.h"

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

// The gap index for a coordinate: before the first band whose midpoint lies beyond it.
template<typename Edges>
qsizetype insertionIndex(const Edges &edges, double start, double coordinate)
{
    double previous = start;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const double end = edges.at(i).first;
        if (coordinate < (previous + end) / 2)
            return i;
        previous = end;
    }
    return edges.size();
}

template<typename Edges>
double insertionEdge(const Edges &edges, double start, qsizetype index)
{
    if (index <= 0 || edges.isEmpty())
        return start;
    return edges.at(std::min(index, edges.size()) - 1).first;
}

double snapped(double value, double step)
{
    return step > 0 ? std::round(value / step) * step : value;
}

} // namespace

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
    m_gridBottom = y;
    m_bounds = QRectF(0, 0, x, y + std::max(0.0, metrics.experienceLaneHeight));
    for (QRectF &column : m_columns)
        column.setHeight(y - metrics.stageHeaderHeight);
    for (QRectF &row : m_rows)
        row.setWidth(x);
}

QRectF MapGeometry::gridRect() const
{
    return QRectF(QPointF(m_metrics.laneHeaderWidth, m_metrics.stageHeaderHeight), QPointF(m_bounds.right(), m_gridBottom));
}

QRectF MapGeometry::experienceLaneRect() const
{
    return QRectF(QPointF(m_metrics.laneHeaderWidth, m_gridBottom), QPointF(m_bounds.right(), m_bounds.bottom()));
}

QRectF MapGeometry::experienceHeaderRect() const
{
    return QRectF(QPointF(0, m_gridBottom), QPointF(m_metrics.laneHeaderWidth, m_bounds.bottom()));
}

QRectF MapGeometry::cornerRect() const
{
    return QRectF(0, 0, m_metrics.laneHeaderWidth, m_metrics.stageHeaderHeight);
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
    return QRectF(cell.topLeft() + touchpoint.position, m_metrics.cardSize());
}

std::optional<StageId> MapGeometry::stageAtX(double x) const
{
    if (x < m_metrics.laneHeaderWidth)
        return std::nullopt;
    const auto column = std::find_if(m_columnEdges.cbegin(), m_columnEdges.cend(),
                                     [&](const auto &edge) { return x < edge.first; });
    if (column == m_columnEdges.cend())
        return std::nullopt;
    return column->second;
}

std::optional<LaneId> MapGeometry::laneAtY(double y) const
{
    if (y < m_metrics.stageHeaderHeight)
        return std::nullopt;
    const auto row = std::find_if(m_rowEdges.cbegin(), m_rowEdges.cend(),
                                  [&](const auto &edge) { return y < edge.first; });
    if (row == m_rowEdges.cend())
        return std::nullopt;
    return row->second;
}

std::optional<Cell> MapGeometry::cellAt(const QPointF &point) const
{
    if (!gridRect().contains(point))
        return std::nullopt;
    const std::optional<StageId> stage = stageAtX(point.x());
    const std::optional<LaneId> lane = laneAtY(point.y());
    if (!stage || !lane)
        return std::nullopt;
    return Cell{*stage, *lane};
}

std::optional<Cell> MapGeometry::nearestCell(const QPointF &point) const
{
    if (m_columnEdges.isEmpty() || m_rowEdges.isEmpty())
        return std::nullopt;
    const QRectF grid = gridRect();
    const QPointF clamped(std::clamp(point.x(), grid.left(), grid.right() - 0.5),
                          std::clamp(point.y(), grid.top(), grid.bottom() - 0.5));
    return cellAt(clamped);
}

qsizetype MapGeometry::stageInsertionIndex(double x) const
{
    return insertionIndex(m_columnEdges, m_metrics.laneHeaderWidth, x);
}

qsizetype MapGeometry::laneInsertionIndex(double y) const
{
    return insertionIndex(m_rowEdges, m_metrics.stageHeaderHeight, y);
}

double MapGeometry::stageInsertionEdge(qsizetype index) const
{
    return insertionEdge(m_columnEdges, m_metrics.laneHeaderWidth, index);
}

double MapGeometry::laneInsertionEdge(qsizetype index) const
{
    return insertionEdge(m_rowEdges, m_metrics.stageHeaderHeight, index);
}

QPointF MapGeometry::positionInCell(const Cell &cell, const QPointF &topLeft) const
{
    const QRectF rect = cellRect(cell);
    const double padding = m_metrics.cellPadding;
    QPointF position = topLeft - rect.topLeft();
    // A cell smaller than a card keeps the card at its padding rather than pushing it outside.
    const double maxX = std::max(padding, rect.width() - m_metrics.cardWidth - padding);
    const double maxY = std::max(padding, rect.height() - m_metrics.cardHeight - padding);
    position.setX(std::clamp(snapped(position.x(), m_metrics.snap), padding, maxX));
    position.setY(std::clamp(snapped(position.y(), m_metrics.snap), padding, maxY));
    return position;
}

QPointF MapGeometry::freePositionInCell(const Journey &journey, const Cell &cell) const
{
    return freeCardPosition(journey, cell, m_metrics);
}

} // namespace cxmap
