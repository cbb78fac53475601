#pragma once

#include "model/ids.h"

#include <QMetaType>

namespace cxmap {

/** Something on the canvas that can be selected, renamed in place or inspected, by ID. */
struct EditTarget
{
    enum class Kind { None, Card, Arrow, StageHeader, LaneHeader };

    Kind kind = Kind::None;
    qint64 id = 0;

    static EditTarget touchpoint(TouchpointId id) { return {Kind::Card, id.value()}; }
    static EditTarget transition(TransitionId id) { return {Kind::Arrow, id.value()}; }
    static EditTarget stage(StageId id) { return {Kind::StageHeader, id.value()}; }
    static EditTarget lane(LaneId id) { return {Kind::LaneHeader, id.value()}; }

    bool isValid() const { return kind != Kind::None; }
    friend bool operator==(const EditTarget &, const EditTarget &) = default;
};

} // namespace cxmap

Q_DECLARE_METATYPE(cxmap::EditTarget)
