#pragma once

// A small journey for tests: the default stages and lanes, five touchpoints, a support loop.
#include "model/journey.h"

#include <QStringList>

#include <initializer_list>

namespace cxmap::test {

/** Test code is built with QT_NO_CAST_FROM_ASCII too; this keeps expected lists readable. */
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

inline Touchpoint makeTouchpoint(qint64 id, StageId stage, LaneId lane, const QString &name)
{
    Touchpoint touchpoint;
    touchpoint.id = TouchpointId(id);
    touchpoint.stage = stage;
    touchpoint.lane = lane;
    touchpoint.name = name;
    return touchpoint;
}

inline Journey sampleJourney()
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    journey.setName(QStringLiteral("Sample"));
    auto add = [&journey](int stage, int lane, const char *name, TouchpointKind kind = TouchpointKind::Direct) {
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = journey.stages().at(stage).id;
        touchpoint.lane = journey.lanes().at(lane).id;
        touchpoint.name = QString::fromUtf8(name);
        touchpoint.kind = kind;
        touchpoint.position = QPointF(10, 10);
        journey.touchpoints().append(touchpoint);
        return touchpoint.id;
    };
    const TouchpointId review = add(0, 5, "Friend's review", TouchpointKind::Indirect);
    const TouchpointId compare = add(1, 0, "Compare plans");
    const TouchpointId checkout = add(2, 0, "Online checkout");
    const TouchpointId use = add(4, 1, "Check usage in app");
    const TouchpointId support = add(5, 3, "Call support");
    auto connect = [&journey](TouchpointId from, TouchpointId to, std::optional<double> share) {
        journey.transitions().append(Transition{TransitionId(journey.allocateId()), from, to, share, {}});
    };
    connect(review, compare, 1.0);
    connect(compare, checkout, 0.6);
    connect(checkout, use, std::nullopt);
    connect(use, support, 0.2);
    connect(support, use, 0.7);
    return journey;
}

} // namespace cxmap::test
