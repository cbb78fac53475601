#include "tidylayoutcommand.h"

#include "bandcommands.h"
#include "document/journeydocument.h"
#include "touchpointcommands.h"

#include <QCoreApplication>

namespace cxmap {

TidyLayoutCommand::TidyLayoutCommand(JourneyDocument *document, const MapMetrics &metrics,
                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Tidy layout"), parent)
{
    const TidyPlan plan = planTidyLayout(document->journey(), metrics);
    m_crossingsBefore = plan.crossingsBefore;
    m_crossingsAfter = plan.crossingsAfter;
    for (const Stage &stage : plan.stages)
        new ChangeStageCommand(document, stage, text(), MergeId::None, this);
    for (const Lane &lane : plan.lanes)
        new ChangeLaneCommand(document, lane, text(), MergeId::None, this);
    if (!plan.moved.isEmpty())
        new ChangeTouchpointsCommand(document, plan.moved, text(), MergeId::None, this);
}

} // namespace cxmap
