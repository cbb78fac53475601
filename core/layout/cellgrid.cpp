#include "cellgrid.h"

#include <algorithm>

namespace cxmap {

namespace {

template<typename Bands> QList<double> edgesOf(const Bands &bands)
{
    QList<double> edges{0.0};
    for (const auto &band : bands)
        edges.append(edges.last() + std::max(band.extent, MinimumBandExtent));
    return edges;
}

} // namespace

CellGrid::CellGrid(const Journey &journey)
    : m_stageEdges(edgesOf(journey.stages()))
    , m_laneEdges(edgesOf(journey.lanes()))
{}

QRectF CellGrid::cellRect(qsizetype stageIndex, qsizetype laneIndex) const
{
    if (stageIndex < 0 || laneIndex < 0 || stageIndex + 1 >= m_stageEdges.size() ||
        laneIndex + 1 >= m_laneEdges.size())
        return {};
    return QRectF(QPointF(m_stageEdges.at(stageIndex), m_laneEdges.at(laneIndex)),
                  QPointF(m_stageEdges.at(stageIndex + 1), m_laneEdges.at(laneIndex + 1)));
}

QRectF CellGrid::cellRect(const Journey &journey, const Cell &cell) const
{
    return cellRect(journey.stages().indexOf(cell.stage), journey.lanes().indexOf(cell.lane));
}

QPointF CellGrid::cardCentre(const Journey &journey, const Touchpoint &touchpoint,
                             const MapMetrics &metrics) const
{
    const QRectF cell = cellRect(journey, Cell{touchpoint.stage, touchpoint.lane});
    return cell.topLeft() + touchpoint.position +
           QPointF(metrics.cardWidth / 2, metrics.cardHeight / 2);
}

} // namespace cxmap
