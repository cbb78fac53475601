#pragma once

#include "model/ids.h"

#include <QHashFunctions>
#include <QSizeF>

namespace cxmap {

/**
 * Fixed sizes of the map's furniture, in scene units (1 unit = 1 px at 100% zoom). Placement
 * needs the card size as much as drawing does, so it lives with the layout and the renderer
 * reads it from here.
 */
struct MapMetrics
{
    double stageHeaderHeight = 44.0;
    double laneHeaderWidth = 140.0;
    double cardWidth = 200.0;
    double cardHeight = 64.0;
    double cellPadding = 10.0;
    /** Card positions snap to this grid inside their cell. */
    double snap = 5.0;
    /** The experience lane under the last lane (the curve under the stages); 0 leaves it out. */
    double experienceLaneHeight = 0.0;

    QSizeF cardSize() const { return {cardWidth, cardHeight}; }
    /** From one card's left (top) edge to the next one's, side by side (stacked) in a cell. */
    double pitchX() const { return cardWidth + cellPadding; }
    double pitchY() const { return cardHeight + cellPadding; }
};

/** A stage × lane cell, the unit a touchpoint belongs to. */
struct Cell
{
    StageId stage;
    LaneId lane;
    friend bool operator==(const Cell &, const Cell &) = default;
};

inline size_t qHash(const Cell &cell, size_t seed = 0) noexcept
{
    return qHashMulti(seed, cell.stage, cell.lane);
}

} // namespace cxmap
