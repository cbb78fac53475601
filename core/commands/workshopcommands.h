#pragma once

#include "model/workshop.h"

#include <QUndoCommand>

#include <optional>

namespace cxmap {

class JourneyDocument;

/**
 * Captures one piece of workshop input — a dot vote or a note — and, for the first capture of a
 * workshop, the session it belongs to. Undone like any edit: the vote or note goes, and the
 * session with it when it came with it.
 */
class CaptureWorkshopInputCommand : public QUndoCommand
{
public:
    /** A vote; `newSession` is added first when the workshop has just begun. */
    CaptureWorkshopInputCommand(JourneyDocument *document, const WorkshopVote &vote,
                                const std::optional<WorkshopSession> &newSession = std::nullopt,
                                QUndoCommand *parent = nullptr);
    /** A note. */
    CaptureWorkshopInputCommand(JourneyDocument *document, const WorkshopNote &note,
                                const std::optional<WorkshopSession> &newSession = std::nullopt,
                                QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    std::optional<WorkshopSession> m_session;
    std::optional<WorkshopVote> m_vote;
    std::optional<WorkshopNote> m_note;
};

/** Takes back a dot vote (Shift+V in the presentation, or from the workshop panel). */
class RemoveWorkshopVoteCommand : public QUndoCommand
{
public:
    RemoveWorkshopVoteCommand(JourneyDocument *document, const WorkshopVote &vote, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    WorkshopVote m_vote;
};

/** Deletes a note (from the workshop panel). */
class RemoveWorkshopNoteCommand : public QUndoCommand
{
public:
    RemoveWorkshopNoteCommand(JourneyDocument *document, const WorkshopNote &note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JourneyDocument *m_document;
    WorkshopNote m_note;
};

} // namespace cxmap
