#pragma once

#include "ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cxmap {

/** One workshop: the room's votes and notes are dated by the session they were captured in. */
struct WorkshopSession
{
    qint64 id = 0;
    QString name;
    /** When it started, in UTC. */
    QDateTime started;

    friend bool operator==(const WorkshopSession &, const WorkshopSession &) = default;
};

/** One dot vote of the room on a touchpoint. */
struct WorkshopVote
{
    qint64 id = 0;
    qint64 session = 0;
    TouchpointId touchpoint;
    QDateTime created;

    friend bool operator==(const WorkshopVote &, const WorkshopVote &) = default;
};

/** What a note is about: something that hurts, something to try, something to find out. */
enum class NoteKind { PainPoint, Idea, Question };

QString noteKindToString(NoteKind kind);
std::optional<NoteKind> noteKindFromString(const QString &text);
/** "Pain point", "Idea", "Question". */
QString noteKindName(NoteKind kind);

/** One note the room made on a touchpoint. */
struct WorkshopNote
{
    qint64 id = 0;
    qint64 session = 0;
    TouchpointId touchpoint;
    NoteKind kind = NoteKind::PainPoint;
    QString text;
    QDateTime created;

    friend bool operator==(const WorkshopNote &, const WorkshopNote &) = default;
};

/**
 * The workshop input of a map (DESIGN §4): dot votes and notes on touchpoints, each dated by
 * its session. Part of the map — saved with it and undone like any edit — and kept apart from
 * the survey measurements: a room's votes are not answers.
 */
struct Workshop
{
    QList<WorkshopSession> sessions;
    QList<WorkshopVote> votes;
    QList<WorkshopNote> notes;

    bool isEmpty() const { return sessions.isEmpty() && votes.isEmpty() && notes.isEmpty(); }
    int votesFor(TouchpointId touchpoint) const;
    QList<WorkshopNote> notesFor(TouchpointId touchpoint) const;
    const WorkshopSession *session(qint64 id) const;

    friend bool operator==(const Workshop &, const Workshop &) = default;
};

} // namespace cxmap
