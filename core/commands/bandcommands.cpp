#include "bandcommands.h"

#include "document/journeydocument.h"
#include "touchpointcommands.h"

#include <QCoreApplication>

namespace cxmap {

namespace {

constexpr bool isStage(StageId) { return true; }
constexpr bool isStage(LaneId) { return false; }

QString bandText(bool stage, const char *stageText, const char *laneText)
{
    return QCoreApplication::translate("cxmap", stage ? stageText : laneText);
}

QList<TouchpointId> touchpointsIn(const Journey &journey, StageId id)
{
    return journey.touchpointsInStage(id);
}

QList<TouchpointId> touchpointsIn(const Journey &journey, LaneId id)
{
    return journey.touchpointsInLane(id);
}

} // namespace

template<typename IdType>
AddBandCommand<IdType>::AddBandCommand(JourneyDocument *document, qsizetype index,
                                       const Band<IdType> &band, QUndoCommand *parent)
    : QUndoCommand(bandText(isStage(IdType()), QT_TRANSLATE_NOOP("cxmap", "Add stage"), QT_TRANSLATE_NOOP("cxmap", "Add lane")), parent)
    , m_document(document)
    , m_index(index)
    , m_band(band)
{}

template<typename IdType>
void AddBandCommand<IdType>::redo()
{
    m_document->insertBand(m_index, m_band);
}

template<typename IdType>
void AddBandCommand<IdType>::undo()
{
    m_document->takeBand(m_band.id);
}

template<typename IdType>
RemoveBandCommand<IdType>::RemoveBandCommand(JourneyDocument *document, IdType id,
                                             QUndoCommand *parent)
    : QUndoCommand(bandText(isStage(IdType()), QT_TRANSLATE_NOOP("cxmap", "Delete stage"), QT_TRANSLATE_NOOP("cxmap", "Delete lane")), parent)
    , m_document(document)
    , m_id(id)
{
    // A child command: QUndoCommand::redo() runs it before the band goes, undo() after it returns.
    const QList<TouchpointId> inside = touchpointsIn(document->journey(), id);
    if (!inside.isEmpty())
        new RemoveTouchpointsCommand(document, inside, this);
}

template<typename IdType>
void RemoveBandCommand<IdType>::redo()
{
    QUndoCommand::redo();
    m_index = m_document->bands(m_id).indexOf(m_id);
    m_band = m_document->takeBand(m_id);
}

template<typename IdType>
void RemoveBandCommand<IdType>::undo()
{
    m_document->insertBand(m_index, m_band);
    QUndoCommand::undo();
}

template<typename IdType>
ChangeBandCommand<IdType>::ChangeBandCommand(JourneyDocument *document, const Band<IdType> &after,
                                             const QString &text, MergeId mergeId,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(*document->bands(after.id).find(after.id))
    , m_after(after)
    , m_mergeId(mergeId)
{}

template<typename IdType>
void ChangeBandCommand<IdType>::redo()
{
    m_document->replaceBand(m_after);
}

template<typename IdType>
void ChangeBandCommand<IdType>::undo()
{
    m_document->replaceBand(m_before);
}

template<typename IdType>
bool ChangeBandCommand<IdType>::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeBandCommand *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

template<typename IdType>
MoveBandCommand<IdType>::MoveBandCommand(JourneyDocument *document, IdType id, qsizetype to,
                                         QUndoCommand *parent)
    : QUndoCommand(bandText(isStage(IdType()), QT_TRANSLATE_NOOP("cxmap", "Move stage"), QT_TRANSLATE_NOOP("cxmap", "Move lane")), parent)
    , m_document(document)
    , m_id(id)
    , m_from(document->bands(id).indexOf(id))
    , m_to(to)
{}

template<typename IdType>
void MoveBandCommand<IdType>::redo()
{
    m_document->moveBand(m_id, m_to);
}

template<typename IdType>
void MoveBandCommand<IdType>::undo()
{
    m_document->moveBand(m_id, m_from);
}

template class AddBandCommand<StageId>;
template class AddBandCommand<LaneId>;
template class RemoveBandCommand<StageId>;
template class RemoveBandCommand<LaneId>;
template class ChangeBandCommand<StageId>;
template class ChangeBandCommand<LaneId>;
template class MoveBandCommand<StageId>;
template class MoveBandCommand<LaneId>;

} // namespace cxmap
