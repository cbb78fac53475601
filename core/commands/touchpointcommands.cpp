#include "touchpointcommands.h"

#include "document/journeydocument.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cxmap {

namespace {

QString countedText(const char *singular, const char *plural, qsizetype count)
{
    return count == 1 ? QCoreApplication::translate("cxmap", singular)
                      : QCoreApplication::translate("cxmap", plural).arg(count);
}

} // namespace

AddTouchpointsCommand::AddTouchpointsCommand(JourneyDocument *document,
                                             QList<Touchpoint> touchpoints,
                                             QList<Transition> transitions, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_touchpoints(std::move(touchpoints))
    , m_transitions(std::move(transitions))
{
    setText(countedText(QT_TRANSLATE_NOOP("cxmap", "Add touchpoint"), QT_TRANSLATE_NOOP("cxmap", "Add %1 touchpoints"), m_touchpoints.size()));
}

void AddTouchpointsCommand::redo()
{
    for (const Touchpoint &touchpoint : std::as_const(m_touchpoints))
        m_document->insertTouchpoint(-1, touchpoint);
    for (const Transition &transition : std::as_const(m_transitions))
        m_document->insertTransition(-1, transition);
}

void AddTouchpointsCommand::undo()
{
    for (auto it = m_transitions.crbegin(); it != m_transitions.crend(); ++it)
        m_document->takeTransition(it->id);
    for (auto it = m_touchpoints.crbegin(); it != m_touchpoints.crend(); ++it)
        m_document->takeTouchpoint(it->id);
}

RemoveTouchpointsCommand::RemoveTouchpointsCommand(JourneyDocument *document,
                                                   QList<TouchpointId> ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_ids(std::move(ids))
{
    setText(countedText(QT_TRANSLATE_NOOP("cxmap", "Delete touchpoint"), QT_TRANSLATE_NOOP("cxmap", "Delete %1 touchpoints"), m_ids.size()));
}

void RemoveTouchpointsCommand::redo()
{
    const Journey &journey = m_document->journey();
    QSet<TouchpointId> doomed(m_ids.cbegin(), m_ids.cend());

    m_removedTransitions.clear();
    for (qsizetype i = 0; i < journey.transitions().size(); ++i) {
        const Transition &transition = journey.transitions().at(i);
        if (doomed.contains(transition.from) || doomed.contains(transition.to))
            m_removedTransitions.append({i, transition});
    }
    m_removedTouchpoints.clear();
    for (TouchpointId id : std::as_const(m_ids))
        if (const qsizetype index = journey.touchpoints().indexOf(id); index >= 0)
            m_removedTouchpoints.append({index, journey.touchpoints().at(index)});
    std::sort(m_removedTouchpoints.begin(), m_removedTouchpoints.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    // Remove from the back so the recorded positions stay valid.
    for (auto it = m_removedTransitions.crbegin(); it != m_removedTransitions.crend(); ++it)
        m_document->takeTransition(it->second.id);
    for (auto it = m_removedTouchpoints.crbegin(); it != m_removedTouchpoints.crend(); ++it)
        m_document->takeTouchpoint(it->second.id);
}

void RemoveTouchpointsCommand::undo()
{
    for (const auto &[index, touchpoint] : std::as_const(m_removedTouchpoints))
        m_document->insertTouchpoint(index, touchpoint);
    for (const auto &[index, transition] : std::as_const(m_removedTransitions))
        m_document->insertTransition(index, transition);
}

ChangeTouchpointsCommand::ChangeTouchpointsCommand(JourneyDocument *document,
                                                   QList<Touchpoint> after, const QString &text,
                                                   MergeId mergeId, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{
    m_before.reserve(m_after.size());
    for (const Touchpoint &touchpoint : std::as_const(m_after))
        m_before.append(*document->journey().touchpoints().find(touchpoint.id));
}

void ChangeTouchpointsCommand::redo()
{
    for (const Touchpoint &touchpoint : std::as_const(m_after))
        m_document->replaceTouchpoint(touchpoint);
}

void ChangeTouchpointsCommand::undo()
{
    for (const Touchpoint &touchpoint : std::as_const(m_before))
        m_document->replaceTouchpoint(touchpoint);
}

bool ChangeTouchpointsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeTouchpointsCommand *>(other);
    if (next->m_document != m_document || next->m_after.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i)
        if (next->m_after.at(i).id != m_after.at(i).id)
            return false;
    m_after = next->m_after;
    return true;
}

} // namespace cxmap
