#include "opencheck.h"

#include "printable.h"
#include "sqlitedb.h"

#include <QCoreApplication>
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

// The map and its metrics: every number in them stays within these bounds in a file cxmap wrote.
// A coordinate or an extent beyond a billion points, or a scale end beyond a trillion, is
// damage or a forgery, and would overflow the layout or the statistics.
const char *const ValueChecks[][2] = {
    {"SELECT name FROM stage WHERE NOT (width BETWEEN 0 AND 1e9) LIMIT 1",
     "the stage %1 has a width that is not a usable number"},
    {"SELECT name FROM lane WHERE NOT (height BETWEEN 0 AND 1e9) LIMIT 1",
     "the lane %1 has a height that is not a usable number"},
    {"SELECT name FROM touchpoint WHERE NOT (x BETWEEN -1e9 AND 1e9 AND y BETWEEN -1e9 AND 1e9) "
     "LIMIT 1",
     "the touchpoint %1 has a position that is not a usable number"},
    {"SELECT name FROM metric WHERE NOT (min BETWEEN -1e12 AND 1e12 AND max BETWEEN -1e12 AND 1e12"
     " AND (top_box_from IS NULL OR top_box_from BETWEEN min AND max)) LIMIT 1",
     "the metric %1 has a scale that is not a usable range"},
};

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
    for (const auto &[sql, reason] : ValueChecks) {
        SqliteStatement query(db, sql);
        if (query.step())
            return QString::fromUtf8(reason).arg(quoted(query.columnText(0)));
    }
    return {};
}

} // namespace cxmap::OpenCheck
