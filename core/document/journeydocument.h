#pragma once

#include "change.h"
#include "model/journey.h"

#include <QObject>

class QUndoStack;

namespace cxmap {

/**
 * One open journey map: owns the model and its undo stack, and announces every change.
 *
 * Views never change the model directly: they push a command onto undoStack(); the command
 * calls the mutators below, which apply the change and emit changed(). The mutators are public
 * only so that commands (core/commands) can reach them.
 */
class JourneyDocument : public QObject
{
    Q_OBJECT

public:
    explicit JourneyDocument(QObject *parent = nullptr);
    explicit JourneyDocument(Journey journey, QObject *parent = nullptr);
    ~JourneyDocument() override;

    const Journey &journey() const { return m_journey; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** True when there are edits since the last save (or load). */
    bool isModified() const;
    /** Marks the current state as saved. */
    void setClean();

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /** Replaces the whole journey (a load or a revert); clears the undo history. */
    void resetJourney(const Journey &journey);

    qint64 allocateId() { return m_journey.allocateId(); }

    // Mutators for commands. Each applies one change and emits changed().
    void setJourneyProperties(const QString &name, const QString &description);
    void setOutcomeMetric(const QString &metric);

    void insertStage(qsizetype index, const Stage &stage);
    Stage takeStage(StageId id);
    void replaceStage(const Stage &stage);
    void moveStage(StageId id, qsizetype to);

    void insertLane(qsizetype index, const Lane &lane);
    Lane takeLane(LaneId id);
    void replaceLane(const Lane &lane);
    void moveLane(LaneId id, qsizetype to);

    void insertTouchpoint(qsizetype index, const Touchpoint &touchpoint);
    Touchpoint takeTouchpoint(TouchpointId id);
    void replaceTouchpoint(const Touchpoint &touchpoint);

    void insertTransition(qsizetype index, const Transition &transition);
    Transition takeTransition(TransitionId id);
    void replaceTransition(const Transition &transition);

    // Workshop input: the room's sessions, votes and notes.
    void insertWorkshopSession(const WorkshopSession &session);
    void takeWorkshopSession(qint64 id);
    void insertVote(const WorkshopVote &vote);
    void takeVote(qint64 id);
    void insertNote(const WorkshopNote &note);
    void takeNote(qint64 id);

    /** Tells views that the stored answers changed (an import or a removed batch). */
    void notifyMeasurementsChanged();

    // Band helpers so commands can treat stages and lanes alike.
    const IndexedList<Stage, StageId> &bands(StageId) const { return m_journey.stages(); }
    const IndexedList<Lane, LaneId> &bands(LaneId) const { return m_journey.lanes(); }
    void insertBand(qsizetype index, const Stage &stage) { insertStage(index, stage); }
    void insertBand(qsizetype index, const Lane &lane) { insertLane(index, lane); }
    Stage takeBand(StageId id) { return takeStage(id); }
    Lane takeBand(LaneId id) { return takeLane(id); }
    void replaceBand(const Stage &stage) { replaceStage(stage); }
    void replaceBand(const Lane &lane) { replaceLane(lane); }
    void moveBand(StageId id, qsizetype to) { moveStage(id, to); }
    void moveBand(LaneId id, qsizetype to) { moveLane(id, to); }

Q_SIGNALS:
    void changed(const cxmap::Change &change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void emitChange(Change::Kind kind, qint64 id, Change::Properties properties = {});

    Journey m_journey;
    QUndoStack *m_undoStack;
    QString m_filePath;
};

/** Which properties differ between two versions of the same object. */
Change::Properties changedProperties(const Touchpoint &before, const Touchpoint &after);
Change::Properties changedProperties(const Transition &before, const Transition &after);

} // namespace cxmap
