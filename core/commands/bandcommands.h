#pragma once

#include "mergeids.h"
#include "model/band.h"

#include <QUndoCommand>

namespace cxmap {

class JourneyDocument;

/*
 * Stages and lanes are edited the same way, so their commands are templates over the ID type,
 * instantiated for StageId and LaneId in bandcommands.cpp.
 */

/** Inserts a stage or lane at a position. The band must carry an ID allocated from the document. */
template<typename IdType>
class AddBandCommand : public QUndoCommand
{
public:
    AddBandCommand(JourneyDocument *document, qsizetype index, const Band<IdType> &band,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    qsizetype m_index;
    Band<IdType> m_band;
};

/** Removes a stage or lane together with the touchpoints in it (and their transitions). */
template<typename IdType>
class RemoveBandCommand : public QUndoCommand
{
public:
    RemoveBandCommand(JourneyDocument *document, IdType id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    IdType m_id;
    qsizetype m_index = -1;
    Band<IdType> m_band;
};

/** Renames or resizes a stage or lane; resizes by drag merge into one step. */
template<typename IdType>
class ChangeBandCommand : public QUndoCommand
{
public:
    ChangeBandCommand(JourneyDocument *document, const Band<IdType> &after, const QString &text,
                      MergeId mergeId = MergeId::None, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    JourneyDocument *m_document;
    Band<IdType> m_before;
    Band<IdType> m_after;
    MergeId m_mergeId;
};

/** Moves a stage or lane to another position in the order. */
template<typename IdType>
class MoveBandCommand : public QUndoCommand
{
public:
    MoveBandCommand(JourneyDocument *document, IdType id, qsizetype to,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    IdType m_id;
    qsizetype m_from;
    qsizetype m_to;
};

using AddStageCommand = AddBandCommand<StageId>;
using AddLaneCommand = AddBandCommand<LaneId>;
using RemoveStageCommand = RemoveBandCommand<StageId>;
using RemoveLaneCommand = RemoveBandCommand<LaneId>;
using ChangeStageCommand = ChangeBandCommand<StageId>;
using ChangeLaneCommand = ChangeBandCommand<LaneId>;
using MoveStageCommand = MoveBandCommand<StageId>;
using MoveLaneCommand = MoveBandCommand<LaneId>;

} // namespace cxmap
