#pragma once

// What the store tests do to a file as a tool other than cxmap would: SQL with no defences and no
// checks, the file's bytes, and a current file turned back into what version 1 of cxmap wrote.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <sqlite3.h>

namespace cxmap::test {

/** Runs `sql` on the file directly (sqlite3, no cxmap); a failure fails the calling test. */
inline void runSqlite(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const QByteArray message = error ? QByteArray(error) : QByteArray();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, message.constData());
}

inline void runSqlite(const QString &path, const QString &sql)
{
    runSqlite(path, sql.toUtf8());
}

inline void runSqlite(const QString &path, const char *sql)
{
    runSqlite(path, QByteArray(sql));
}

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * Turns a file cxmap makes today into one as version 1 wrote it: the answers in a plain table in
 * file order (NULL for no touchpoint or no month) with its two indexes, no cache, no workshop.
 */
inline constexpr const char *DowngradeToVersion1 =
    "DROP TABLE analysis_cache;"
    " ALTER TABLE measurement RENAME TO measurement_version4;"
    " CREATE TABLE measurement (batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " respondent_id INTEGER REFERENCES respondent (id), touchpoint_id INTEGER,"
    " metric_id INTEGER NOT NULL REFERENCES metric (id), kind INTEGER NOT NULL,"
    " segment_id INTEGER REFERENCES segment (id), time INTEGER, month INTEGER,"
    " value REAL NOT NULL);"
    " INSERT INTO measurement SELECT batch_id, respondent_id, nullif(touchpoint_id, 0), metric_id, kind,"
    " segment_id, time, nullif(month, 0), value FROM measurement_version4 ORDER BY batch_id, position;"
    " DROP TABLE measurement_version4;"
    " CREATE INDEX measurement_score ON measurement (metric_id, kind, touchpoint_id, segment_id,"
    " month, value, respondent_id);"
    " CREATE INDEX measurement_batch ON measurement (batch_id);"
    " DROP TABLE workshop_note; DROP TABLE workshop_vote; DROP TABLE workshop_session;"
    " DROP TABLE aggregate;"
    " CREATE TABLE aggregate (batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " touchpoint_id INTEGER, metric_id INTEGER NOT NULL REFERENCES metric (id),"
    " kind INTEGER NOT NULL, segment_id INTEGER REFERENCES segment (id),"
    " month_from INTEGER, month_to INTEGER, n INTEGER NOT NULL CHECK (n > 0), mean REAL,"
    " sd REAL, top_box REAL CHECK (top_box IS NULL OR top_box BETWEEN 0 AND 1));"
    " CREATE INDEX aggregate_batch ON aggregate (batch_id); PRAGMA user_version = 1";

} // namespace cxmap::test
