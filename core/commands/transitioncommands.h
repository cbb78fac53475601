#pragma once

#include "model/transition.h"

#include <QList>
#include <QUndoCommand>

#include <utility>

namespace cxmap {

class JourneyDocument;

/** Connects two touchpoints. The transition must carry an ID allocated from the document. */
class AddTransitionCommand : public QUndoCommand
{
public:
    AddTransitionCommand(JourneyDocument *document, const Transition &transition,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    Transition m_transition;
};

/** Removes transitions; undo restores them at their old list positions. */
class RemoveTransitionsCommand : public QUndoCommand
{
public:
    RemoveTransitionsCommand(JourneyDocument *document, QList<TransitionId> ids,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    QList<TransitionId> m_ids;
    QList<std::pair<qsizetype, Transition>> m_removed;
};

/** Changes a transition's share, label or ends. */
class ChangeTransitionCommand : public QUndoCommand
{
public:
    ChangeTransitionCommand(JourneyDocument *document, const Transition &after,
                            const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    Transition m_before;
    Transition m_after;
};

} // namespace cxmap
