#pragma once

#include "mergeids.h"
#include "model/touchpoint.h"
#include "model/transition.h"

#include <QList>
#include <QUndoCommand>

#include <utility>

namespace cxmap {

class JourneyDocument;

/**
 * Adds touchpoints and, optionally, transitions among them (a paste, an inventory import).
 * The objects must carry IDs allocated from the document.
 */
class AddTouchpointsCommand : public QUndoCommand
{
public:
    AddTouchpointsCommand(JourneyDocument *document, QList<Touchpoint> touchpoints,
                          QList<Transition> transitions = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    QList<Touchpoint> m_touchpoints;
    QList<Transition> m_transitions;
};

/**
 * Removes touchpoints with every transition that touches them. Undo puts everything back at its
 * old position in the lists, so drawing order and saved files round-trip exactly.
 */
class RemoveTouchpointsCommand : public QUndoCommand
{
public:
    RemoveTouchpointsCommand(JourneyDocument *document, QList<TouchpointId> ids,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    QList<TouchpointId> m_ids;
    // What redo took away, with list positions, in ascending position order.
    QList<std::pair<qsizetype, Touchpoint>> m_removedTouchpoints;
    QList<std::pair<qsizetype, Transition>> m_removedTransitions;
};

/**
 * Changes any properties of one or more touchpoints: rename, move to another cell, edit in the
 * inspector. Holds the before and after values; merges with the next command of the same
 * MergeId on the same touchpoints (a drag is one undo step).
 */
class ChangeTouchpointsCommand : public QUndoCommand
{
public:
    ChangeTouchpointsCommand(JourneyDocument *document, QList<Touchpoint> after,
                             const QString &text, MergeId mergeId = MergeId::None,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    JourneyDocument *m_document;
    QList<Touchpoint> m_before;
    QList<Touchpoint> m_after;
    MergeId m_mergeId;
};

} // namespace cxmap
