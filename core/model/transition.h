#pragma once

#include "ids.h"

#include <QString>

#include <optional>

namespace cxmap {

/** A directed edge: customers leaving `from` who go on to `to`. */
struct Transition
{
    TransitionId id;
    TouchpointId from;
    TouchpointId to;
    /** Fraction (0–1) of customers leaving `from` who take this transition, when known. */
    std::optional<double> share;
    QString label;

    friend bool operator==(const Transition &, const Transition &) = default;
};

} // namespace cxmap
