#include "journeycommands.h"

#include "document/journeydocument.h"

#include <QCoreApplication>

namespace cxmap {

ChangeJourneyPropertiesCommand::ChangeJourneyPropertiesCommand(JourneyDocument *document,
                                                               const QString &name,
                                                               const QString &description,
                                                               QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Change journey properties"), parent)
    , m_document(document)
    , m_name(name)
    , m_description(description)
    , m_oldName(document->journey().name())
    , m_oldDescription(document->journey().description())
{}

void ChangeJourneyPropertiesCommand::redo()
{
    m_document->setJourneyProperties(m_name, m_description);
}

void ChangeJourneyPropertiesCommand::undo()
{
    m_document->setJourneyProperties(m_oldName, m_oldDescription);
}

SetOutcomeMetricCommand::SetOutcomeMetricCommand(JourneyDocument *document, const QString &metric,
                                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Choose the outcome"), parent)
    , m_document(document)
    , m_metric(metric)
    , m_oldMetric(document->journey().outcomeMetric())
{}

void SetOutcomeMetricCommand::redo()
{
    m_document->setOutcomeMetric(m_metric);
}

void SetOutcomeMetricCommand::undo()
{
    m_document->setOutcomeMetric(m_oldMetric);
}

} // namespace cxmap
