#pragma once

#include "ids.h"

#include <QPointF>
#include <QString>

#include <optional>

namespace cxmap {

/** Whether the customer interacts with us, or hears of us (reviews, friends, competitors). */
enum class TouchpointKind { Direct, Indirect };

/** One place where the customer meets the brand: a node in one stage × lane cell. */
struct Touchpoint
{
    TouchpointId id;
    StageId stage;
    LaneId lane;
    QString name;
    QString description;
    TouchpointKind kind = TouchpointKind::Direct;
    /** The department responsible for it. */
    QString owner;
    /** Target score on the 0–100 scale, used as the expectation when no answers give one. */
    std::optional<double> target;
    /** Set by hand: a moment of truth whatever the data says. */
    bool momentOfTruth = false;
    QString notes;
    /** Top-left corner of the card, relative to its cell's top-left corner. */
    QPointF position;

    friend bool operator==(const Touchpoint &, const Touchpoint &) = default;
};

QString kindToString(TouchpointKind kind);
std::optional<TouchpointKind> kindFromString(const QString &text);

} // namespace cxmap
