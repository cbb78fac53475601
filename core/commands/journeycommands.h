#pragma once

#include <QString>
#include <QUndoCommand>

namespace cxmap {

class JourneyDocument;

/** Renames the journey or changes its description. */
class ChangeJourneyPropertiesCommand : public QUndoCommand
{
public:
    ChangeJourneyPropertiesCommand(JourneyDocument *document, const QString &name,
                                   const QString &description, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    QString m_name, m_description;
    QString m_oldName, m_oldDescription;
};

/**
 * Chooses the journey-level outcome metric behind the moments of truth (empty: the stable
 * default). A property of the map: saved with it and undone like any edit.
 */
class SetOutcomeMetricCommand : public QUndoCommand
{
public:
    SetOutcomeMetricCommand(JourneyDocument *document, const QString &metric, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    QString m_metric;
    QString m_oldMetric;
};

} // namespace cxmap
