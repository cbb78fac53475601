#include "transitioncommands.h"

#include "document/journeydocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace cxmap {

AddTransitionCommand::AddTransitionCommand(JourneyDocument *document, const Transition &transition,
                                           QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Connect touchpoints"), parent)
    , m_document(document)
    , m_transition(transition)
{}

void AddTransitionCommand::redo()
{
    m_document->insertTransition(-1, m_transition);
}

void AddTransitionCommand::undo()
{
    m_document->takeTransition(m_transition.id);
}

RemoveTransitionsCommand::RemoveTransitionsCommand(JourneyDocument *document,
                                                   QList<TransitionId> ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_ids(std::move(ids))
{
    setText(m_ids.size() == 1
                ? QCoreApplication::translate("cxmap", "Delete transition")
                : QCoreApplication::translate("cxmap", "Delete %1 transitions").arg(m_ids.size()));
}

void RemoveTransitionsCommand::redo()
{
    const auto &transitions = m_document->journey().transitions();
    m_removed.clear();
    for (TransitionId id : std::as_const(m_ids))
        if (const qsizetype index = transitions.indexOf(id); index >= 0)
            m_removed.append({index, transitions.at(index)});
    std::sort(m_removed.begin(), m_removed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->takeTransition(it->second.id);
}

void RemoveTransitionsCommand::undo()
{
    for (const auto &[index, transition] : std::as_const(m_removed))
        m_document->insertTransition(index, transition);
}

ChangeTransitionCommand::ChangeTransitionCommand(JourneyDocument *document, const Transition &after,
                                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(*document->journey().transitions().find(after.id))
    , m_after(after)
{}

void ChangeTransitionCommand::redo()
{
    m_document->replaceTransition(m_after);
}

void ChangeTransitionCommand::undo()
{
    m_document->replaceTransition(m_before);
}

} // namespace cxmap
