#pragma once

#include "mapmetrics.h"
#include "model/journey.h"

#include <QList>
#include <QRectF>

namespace cxmap {

/**
 * Where the cells of a journey sit relative to the grid's top-left corner, from the stage widths
 * and lane heights alone (headers excluded: placement never needs them). MapGeometry adds the
 * headers for drawing.
 */
class CellGrid
{
public:
    explicit CellGrid(const Journey &journey);

    QRectF cellRect(qsizetype stageIndex, qsizetype laneIndex) const;
    QRectF cellRect(const Journey &journey, const Cell &cell) const;
    /** The centre of a card, in grid coordinates. */
    QPointF cardCentre(const Journey &journey, const Touchpoint &touchpoint,
                       const MapMetrics &metrics) const;
    QSizeF size() const { return {m_stageEdges.last(), m_laneEdges.last()}; }

private:
    /** Left edge of every stage and the right edge of the last: n + 1 values. */
    QList<double> m_stageEdges;
    QList<double> m_laneEdges;
};

} // namespace cxmap
