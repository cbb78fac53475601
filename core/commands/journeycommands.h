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

} // namespace cxmap
