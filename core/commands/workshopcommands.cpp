#include "workshopcommands.h"

#include "document/journeydocument.h"

#include <QCoreApplication>

namespace cxmap {

CaptureWorkshopInputCommand::CaptureWorkshopInputCommand(JourneyDocument *document, const WorkshopVote &vote,
                                                         const std::optional<WorkshopSession> &newSession,
                                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Vote"), parent)
    , m_document(document)
    , m_session(newSession)
    , m_vote(vote)
{}

CaptureWorkshopInputCommand::CaptureWorkshopInputCommand(JourneyDocument *document, const WorkshopNote &note,
                                                         const std::optional<WorkshopSession> &newSession,
                                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Add %1").arg(noteKindName(note.kind).toLower()), parent)
    , m_document(document)
    , m_session(newSession)
    , m_note(note)
{}

void CaptureWorkshopInputCommand::redo()
{
    if (m_session)
        m_document->insertWorkshopSession(*m_session);
    if (m_vote)
        m_document->insertVote(*m_vote);
    if (m_note)
        m_document->insertNote(*m_note);
}

void CaptureWorkshopInputCommand::undo()
{
    if (m_note)
        m_document->takeNote(m_note->id);
    if (m_vote)
        m_document->takeVote(m_vote->id);
    if (m_session)
        m_document->takeWorkshopSession(m_session->id);
}

RemoveWorkshopVoteCommand::RemoveWorkshopVoteCommand(JourneyDocument *document, const WorkshopVote &vote, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Take back a vote"), parent)
    , m_document(document)
    , m_vote(vote)
{}

void RemoveWorkshopVoteCommand::redo()
{
    m_document->takeVote(m_vote.id);
}

void RemoveWorkshopVoteCommand::undo()
{
    m_document->insertVote(m_vote);
}

RemoveWorkshopNoteCommand::RemoveWorkshopNoteCommand(JourneyDocument *document, const WorkshopNote &note, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Delete note"), parent)
    , m_document(document)
    , m_note(note)
{}

void RemoveWorkshopNoteCommand::redo()
{
    m_document->takeNote(m_note.id);
}

void RemoveWorkshopNoteCommand::undo()
{
    m_document->insertNote(m_note);
}

} // namespace cxmap
