#pragma once

#include "band.h"
#include "indexedlist.h"
#include "touchpoint.h"
#include "transition.h"
#include "workshop.h"

#include <QList>
#include <QString>

namespace cxmap {

/**
 * The map itself: ordered stages and lanes, touchpoints in their cells, and the transitions
 * between them. A plain value type: the document owns one and changes it through undo commands;
 * analysis copies it into an immutable snapshot; the store reads and writes it whole.
 *
 * Measurements, metrics and segments are not here: they live in the document store and are
 * aggregated there (DESIGN §4).
 */
class Journey
{
public:
    enum class Template { Empty, Default };

    static Journey fromTemplate(Template kind);

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString description() const { return m_description; }
    void setDescription(const QString &text) { m_description = text; }
    /**
     * The journey-level metric that moments of truth are measured against, chosen by the user
     * and kept in the file; empty until chosen (the analysis then takes a stable default and
     * names it). An import never changes it.
     */
    QString outcomeMetric() const { return m_outcomeMetric; }
    void setOutcomeMetric(const QString &metric) { m_outcomeMetric = metric; }

    const IndexedList<Stage, StageId> &stages() const { return m_stages; }
    IndexedList<Stage, StageId> &stages() { return m_stages; }
    const IndexedList<Lane, LaneId> &lanes() const { return m_lanes; }
    IndexedList<Lane, LaneId> &lanes() { return m_lanes; }
    const IndexedList<Touchpoint, TouchpointId> &touchpoints() const { return m_touchpoints; }
    IndexedList<Touchpoint, TouchpointId> &touchpoints() { return m_touchpoints; }
    const IndexedList<Transition, TransitionId> &transitions() const { return m_transitions; }
    IndexedList<Transition, TransitionId> &transitions() { return m_transitions; }
    /** The room's dot votes and notes, by workshop session. IDs come from allocateId() too. */
    const Workshop &workshop() const { return m_workshop; }
    Workshop &workshop() { return m_workshop; }

    /** Hands out a new ID, unique across every kind of object in this journey. */
    qint64 allocateId() { return m_nextId++; }
    qint64 nextId() const { return m_nextId; }
    /** Used by the store when loading; never lowers the counter below what is in use. */
    void setNextId(qint64 next);

    /** Appends a stage or lane with a new ID, for templates and imports (not undoable). */
    StageId addStage(const QString &name, double width = DefaultStageWidth);
    LaneId addLane(const QString &name, double height = DefaultLaneHeight);

    QList<TouchpointId> touchpointsInStage(StageId stage) const;
    QList<TouchpointId> touchpointsInLane(LaneId lane) const;
    QList<TouchpointId> touchpointsInCell(StageId stage, LaneId lane) const;
    /** Transitions that start or end at the touchpoint, in list order. */
    QList<TransitionId> transitionsOf(TouchpointId touchpoint) const;

    const Stage *findStageByName(const QString &name) const;
    const Lane *findLaneByName(const QString &name) const;
    const Touchpoint *findTouchpointByName(const QString &name) const;

    /**
     * Checks that every reference resolves (cells, transition ends) and IDs are below the
     * counter. Returns an empty string when consistent, else what is wrong.
     */
    QString checkConsistency() const;

    /** Compares content; the ID counter is allocator state, not content (undo never lowers it). */
    friend bool operator==(const Journey &a, const Journey &b)
    {
        return a.m_name == b.m_name && a.m_description == b.m_description
            && a.m_outcomeMetric == b.m_outcomeMetric
            && a.m_stages == b.m_stages && a.m_lanes == b.m_lanes
            && a.m_touchpoints == b.m_touchpoints && a.m_transitions == b.m_transitions
            && a.m_workshop == b.m_workshop;
    }

private:
    QString m_name;
    QString m_description;
    QString m_outcomeMetric;
    IndexedList<Stage, StageId> m_stages;
    IndexedList<Lane, LaneId> m_lanes;
    IndexedList<Touchpoint, TouchpointId> m_touchpoints;
    IndexedList<Transition, TransitionId> m_transitions;
    Workshop m_workshop;
    qint64 m_nextId = 1;
};

QStringList defaultStageNames();
QStringList defaultLaneNames();

} // namespace cxmap
