#include "workshoptables.h"

#include "model/workshop.h"
#include "sqlitedb.h"

namespace cxmap {

namespace {

// The shape the tables' CHECKs accept: UTC with milliseconds, so a time comes back to the
// millisecond it was captured at. A time the input did not give is NULL.
void bindTime(SqliteStatement &statement, int index, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    if (!time.isValid() || utc.date().year() < 1 || utc.date().year() > 9999)
        statement.bindNull(index);
    else
        statement.bind(index, utc.toString(Qt::ISODateWithMs));
}

QDateTime columnTime(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    return QDateTime::fromString(statement.columnText(column), Qt::ISODateWithMs).toUTC();
}

} // namespace

Workshop readWorkshop(SqliteDatabase &db)
{
    Workshop workshop;
    SqliteStatement sessions(db, "SELECT id, name, started FROM workshop_session ORDER BY position");
    while (sessions.step())
        workshop.sessions.append(WorkshopSession{sessions.columnInt(0), sessions.columnText(1), columnTime(sessions, 2)});

    SqliteStatement votes(db, "SELECT id, session_id, touchpoint_id, created FROM workshop_vote ORDER BY position");
    while (votes.step())
        workshop.votes.append(WorkshopVote{votes.columnInt(0), votes.columnInt(1), TouchpointId(votes.columnInt(2)),
                                           columnTime(votes, 3)});

    SqliteStatement notes(db, "SELECT id, session_id, touchpoint_id, kind, text, created FROM workshop_note"
                              " ORDER BY position");
    while (notes.step()) {
        WorkshopNote note;
        note.id = notes.columnInt(0);
        note.session = notes.columnInt(1);
        note.touchpoint = TouchpointId(notes.columnInt(2));
        // The table's CHECK admits only the three kinds.
        note.kind = noteKindFromString(notes.columnText(3)).value_or(NoteKind::PainPoint);
        note.text = notes.columnText(4);
        note.created = columnTime(notes, 5);
        workshop.notes.append(note);
    }
    return workshop;
}

void writeWorkshop(SqliteDatabase &db, const Workshop &workshop)
{
    db.execute("DELETE FROM workshop_note; DELETE FROM workshop_vote; DELETE FROM workshop_session");

    SqliteStatement sessions(db, "INSERT INTO workshop_session (id, position, name, started) VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < workshop.sessions.size(); ++i) {
        const WorkshopSession &session = workshop.sessions.at(i);
        sessions.bind(1, session.id);
        sessions.bind(2, qint64(i));
        sessions.bind(3, session.name);
        bindTime(sessions, 4, session.started);
        sessions.run();
    }

    SqliteStatement votes(db, "INSERT INTO workshop_vote (id, position, session_id, touchpoint_id, created)"
                              " VALUES (?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < workshop.votes.size(); ++i) {
        const WorkshopVote &vote = workshop.votes.at(i);
        votes.bind(1, vote.id);
        votes.bind(2, qint64(i));
        votes.bind(3, vote.session);
        votes.bind(4, vote.touchpoint.value());
        bindTime(votes, 5, vote.created);
        votes.run();
    }

    SqliteStatement notes(db, "INSERT INTO workshop_note (id, position, session_id, touchpoint_id, kind, text,"
                              " created) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < workshop.notes.size(); ++i) {
        const WorkshopNote &note = workshop.notes.at(i);
        notes.bind(1, note.id);
        notes.bind(2, qint64(i));
        notes.bind(3, note.session);
        notes.bind(4, note.touchpoint.value());
        notes.bind(5, noteKindToString(note.kind));
        notes.bind(6, note.text);
        bindTime(notes, 7, note.created);
        notes.run();
    }
}

} // namespace cxmap
