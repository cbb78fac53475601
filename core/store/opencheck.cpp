#include "opencheck.h"

#include "printable.h"
#include "sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace cxmap::OpenCheck {

namespace {

qint64 bigEndian32(const QByteArray &bytes, int offset)
{
    return qint32((quint32(quint8(bytes[offset])) << 24) |
                  (quint32(quint8(bytes[offset + 1])) << 16) |
                  (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3])));
}

// SQLite reports integrity problems under a heading per database ("*** in database main ***"),
// which says nothing to a user: the first line after it does.
QString firstProblem(const QString &report)
{
    const QStringList lines = report.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("*** in database")))
            return printable(line.trimmed());
    }
    return QCoreApplication::translate("cxmap::OpenCheck", "its integrity check failed");
}

// How a value check names the row it found: by its name, or by its number.
enum class Named { ByName, ByNumber };

struct ValueCheck
{
    const char *sql;
    const char *reason;
    Named named;
};

// The map and its metrics: every number in them stays within these bounds in a file cxmap wrote.
// A coordinate or an extent beyond a billion points, or a scale end beyond a trillion, is
// damage or a forgery, and would overflow the layout or the statistics.
//
// The tables' CHECK constraints are repeated here: SQLite leaves CHECKs out of a schema it reads
// from a read-only connection, so the integrity check of a read-only open (info, analyze,
// convert) never evaluates them, and a row a foreign writer slipped past them would be read.
const ValueCheck ValueChecks[] = {
    {"SELECT name FROM stage WHERE NOT (width BETWEEN 0 AND 1e9) LIMIT 1",
     "the stage %1 has a width that is not a usable number", Named::ByName},
    {"SELECT name FROM lane WHERE NOT (height BETWEEN 0 AND 1e9) LIMIT 1",
     "the lane %1 has a height that is not a usable number", Named::ByName},
    {"SELECT name FROM touchpoint WHERE NOT (x BETWEEN -1e9 AND 1e9 AND y BETWEEN -1e9 AND 1e9) "
     "LIMIT 1",
     "the touchpoint %1 has a position that is not a usable number", Named::ByName},
    {"SELECT name FROM touchpoint WHERE kind NOT IN ('direct', 'indirect') LIMIT 1",
     "the touchpoint %1 has a kind that is neither direct nor indirect", Named::ByName},
    {"SELECT name FROM touchpoint WHERE NOT (target IS NULL OR target BETWEEN 0 AND 100) LIMIT 1",
     "the touchpoint %1 has a target outside 0–100", Named::ByName},
    {"SELECT id FROM transition WHERE NOT (share IS NULL OR share BETWEEN 0 AND 1) LIMIT 1",
     "the transition %1 has a share outside 0–1", Named::ByNumber},
    {"SELECT name FROM metric WHERE NOT (min BETWEEN -1e12 AND 1e12 AND max BETWEEN -1e12 AND 1e12"
     " AND max > min AND (top_box_from IS NULL OR top_box_from BETWEEN min AND max)) LIMIT 1",
     "the metric %1 has a scale that is not a usable range", Named::ByName},
    {"SELECT rowid FROM aggregate WHERE NOT ((n IS NULL OR n > 0) AND (top_box IS NULL OR top_box BETWEEN 0 AND 1))"
     " LIMIT 1",
     "the aggregated row %1 has an n or a top-box share that is not a usable number", Named::ByNumber},
};

// Workshop input (format version 3): what its foreign keys and CHECKs promise, for a file whose
// writer did not enforce them. A vote of no session would make the next save fail.
const ValueCheck WorkshopChecks[] = {
    {"SELECT id FROM workshop_vote WHERE session_id NOT IN (SELECT id FROM workshop_session) LIMIT 1",
     "the workshop vote %1 belongs to a session that does not exist", Named::ByNumber},
    {"SELECT id FROM workshop_note WHERE session_id NOT IN (SELECT id FROM workshop_session) LIMIT 1",
     "the workshop note %1 belongs to a session that does not exist", Named::ByNumber},
    {"SELECT id FROM workshop_note WHERE kind NOT IN ('pain_point', 'idea', 'question') LIMIT 1",
     "the workshop note %1 has a kind that is not pain_point, idea or question", Named::ByNumber},
};

// A time that is no time ("yesterday", "2026-13-45T…"): QDateTime is the judge, as it reads them.
// The pattern is the tables' CHECK.
const char *const WorkshopTimes[][2] = {
    {"SELECT id, started, started LIKE '____-__-__T__:__:__.___Z' FROM workshop_session"
     " WHERE started IS NOT NULL",
     "the workshop session %1"},
    {"SELECT id, created, created LIKE '____-__-__T__:__:__.___Z' FROM workshop_vote WHERE created IS NOT NULL",
     "the workshop vote %1"},
    {"SELECT id, created, created LIKE '____-__-__T__:__:__.___Z' FROM workshop_note WHERE created IS NOT NULL",
     "the workshop note %1"},
};

QString firstFailing(SqliteDatabase &db, const ValueCheck &check)
{
    SqliteStatement query(db, check.sql);
    if (!query.step())
        return {};
    const QString row = check.named == Named::ByName ? quoted(query.columnText(0)) : QString::number(query.columnInt(0));
    return QString::fromUtf8(check.reason).arg(row);
}

bool hasWorkshopTables(SqliteDatabase &db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'workshop_session'")
               .value_or(0) > 0;
}

QString workshopProblem(SqliteDatabase &db)
{
    for (const ValueCheck &check : WorkshopChecks)
        if (QString problem = firstFailing(db, check); !problem.isEmpty())
            return problem;
    for (const auto &[sql, what] : WorkshopTimes) {
        SqliteStatement query(db, sql);
        while (query.step())
            if (query.columnInt(2) == 0 || !QDateTime::fromString(query.columnText(1), Qt::ISODateWithMs).isValid())
                return QStringLiteral("%1 has a time that is not a date and time (%2)")
                    .arg(QString::fromUtf8(what).arg(query.columnInt(0)), quoted(query.columnText(1)));
    }
    return {};
}

} // namespace

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return header;
    header.isSqlite = true;
    header.writeVersion = quint8(bytes[18]);
    header.readVersion = quint8(bytes[19]);
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

void harden(SqliteDatabase &db)
{
    sqlite3 *handle = db.handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 16 * 1000 * 1000);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    // A busy file (another program mid-write) is waited for briefly, then reported.
    sqlite3_busy_timeout(handle, 3000);
}

QString integrityProblem(SqliteDatabase &db, qint64 fileSize)
{
    QStringList pragmas;
    if (fileSize < FullCheckBelowBytes) {
        pragmas << QStringLiteral("PRAGMA integrity_check(1)");
    } else {
        for (const char *table : {"document", "stage", "lane", "touchpoint", "transition", "metric",
                                  "segment", "batch"})
            pragmas << QStringLiteral("PRAGMA integrity_check('%1')").arg(QLatin1String(table));
        if (hasWorkshopTables(db))
            for (const char *table : {"workshop_session", "workshop_vote", "workshop_note"})
                pragmas << QStringLiteral("PRAGMA integrity_check('%1')").arg(QLatin1String(table));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        SqliteStatement check(db, pragma);
        if (check.step() && check.columnText(0) != QLatin1String("ok"))
            return firstProblem(check.columnText(0));
    }
    return {};
}

QString valueProblem(SqliteDatabase &db)
{
    for (const ValueCheck &check : ValueChecks)
        if (QString problem = firstFailing(db, check); !problem.isEmpty())
            return problem;
    return hasWorkshopTables(db) ? workshopProblem(db) : QString();
}

} // namespace cxmap::OpenCheck
