#pragma once

#include "ids.h"

#include <QString>

namespace cxmap {

/** A customer group (persona, region, plan) that measurements may carry. */
struct Segment
{
    SegmentId id;
    QString name;

    friend bool operator==(const Segment &, const Segment &) = default;
};

} // namespace cxmap
