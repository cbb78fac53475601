#pragma once

#include "ids.h"

#include <QString>

namespace cxmap {

/**
 * A stage (column) or a lane (row) of the journey grid. The two differ only in direction, so
 * they share one value type; the ID type keeps them apart.
 */
template<typename IdType>
struct Band
{
    IdType id;
    QString name;
    /** Width of a stage or height of a lane, in scene units. */
    double extent = 0.0;

    friend bool operator==(const Band &, const Band &) = default;
};

using Stage = Band<StageId>;
using Lane = Band<LaneId>;

inline constexpr double DefaultStageWidth = 300.0;
inline constexpr double DefaultLaneHeight = 150.0;
inline constexpr double MinimumBandExtent = 80.0;

} // namespace cxmap
