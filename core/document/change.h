#pragma once

#include <QFlags>
#include <QMetaType>
#include <QtGlobal>

namespace cxmap {

/**
 * What changed in a document, announced by JourneyDocument::changed() after every edit, undo
 * and redo. Views update themselves from it; no view calls another view (STYLE.md).
 */
struct Change
{
    enum class Kind {
        /** Everything may have changed: a load, a revert. */
        Reset,
        JourneyProperties,
        StageAdded,
        StageRemoved,
        StageChanged,
        StageMoved,
        LaneAdded,
        LaneRemoved,
        LaneChanged,
        LaneMoved,
        TouchpointAdded,
        TouchpointRemoved,
        TouchpointChanged,
        TransitionAdded,
        TransitionRemoved,
        TransitionChanged,
        /** An import or a batch removal changed the stored answers. */
        Measurements,
        /** A workshop vote, note or session was added or taken back (id: the touchpoint, or 0). */
        Workshop,
    };

    /** Which properties a *Changed change touched, so views can skip what they do not show. */
    enum class Property {
        None = 0,
        Name = 1 << 0,
        Description = 1 << 1,
        Extent = 1 << 2,
        Cell = 1 << 3,
        Position = 1 << 4,
        Kind = 1 << 5,
        Owner = 1 << 6,
        Target = 1 << 7,
        MomentOfTruth = 1 << 8,
        Notes = 1 << 9,
        Share = 1 << 10,
        Label = 1 << 11,
        Ends = 1 << 12,
        /** The journey's outcome metric (moments of truth). */
        Outcome = 1 << 13,
    };
    Q_DECLARE_FLAGS(Properties, Property)

    Kind kind = Kind::Reset;
    /** The ID of the stage, lane, touchpoint or transition concerned (0 for Reset and such). */
    qint64 id = 0;
    Properties properties;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Change::Properties)

} // namespace cxmap

Q_DECLARE_METATYPE(cxmap::Change)
