#include "schema.h"

#include "model/metric.h"
#include "printable.h"
#include "sqlitedb.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace cxmap::Schema {

namespace {

// Version 2: findings computed once for a state of the answers and the map, and kept, so a
// document with a million answers opens as fast as a small one.
const char *const AnalysisCacheTable =
    "CREATE TABLE analysis_cache (key TEXT PRIMARY KEY NOT NULL, data_version INTEGER NOT NULL,"
    " map_hash TEXT NOT NULL, result TEXT NOT NULL) WITHOUT ROWID";

// One answer, stored in the order every score query reads (version 4): by metric, kind,
// touchpoint, month and value, so one pass yields each touchpoint's answer histogram per month,
// from which n, sums, top box, NPS, recency and the trend all follow with count(*) as the only
// aggregate. The table is that order itself (WITHOUT ROWID), not a table plus a covering index:
// an import then writes each answer once, in sorted runs, while it reads the next rows.
// Key columns cannot be NULL: touchpoint_id is 0 for a journey-level outcome and month is 0 for
// an answer without a time. position (the answer's place in its batch) makes the key unique.
// touchpoint_id has no foreign key on purpose: deleting a touchpoint from the map (undoably)
// must not delete its answers. month = year * 12 + month - 1, kept beside time so trends group
// without date functions.
const char *const MeasurementTable =
    "CREATE TABLE measurement (metric_id INTEGER NOT NULL REFERENCES metric (id),"
    " kind INTEGER NOT NULL, touchpoint_id INTEGER NOT NULL, month INTEGER NOT NULL,"
    " value REAL NOT NULL, batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " position INTEGER NOT NULL, respondent_id INTEGER REFERENCES respondent (id),"
    " segment_id INTEGER REFERENCES segment (id), time INTEGER,"
    " PRIMARY KEY (metric_id, kind, touchpoint_id, month, value, batch_id, position)) WITHOUT ROWID";

// Versions 1 to 3: a table in file order, NULL for no touchpoint or no month, and two indexes.
const char *const Version3MeasurementTable =
    "CREATE TABLE measurement (batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " respondent_id INTEGER REFERENCES respondent (id), touchpoint_id INTEGER,"
    " metric_id INTEGER NOT NULL REFERENCES metric (id), kind INTEGER NOT NULL,"
    " segment_id INTEGER REFERENCES segment (id), time INTEGER, month INTEGER,"
    " value REAL NOT NULL)";
const char *const Version3MeasurementBatchIndex = "CREATE INDEX measurement_batch ON measurement (batch_id)";
// Version 2 put month and value right after the touchpoint.
const char *const Version3ScoreIndex =
    "CREATE INDEX measurement_score ON measurement (metric_id, kind, touchpoint_id, month, value,"
    " segment_id, respondent_id)";

// Published or dashboard figures: n and mean (and sd) or a top-box share per period. Version 3:
// n is NULL when the source did not publish it ("n unknown").
const char *const AggregateTable =
    "CREATE TABLE aggregate (batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " touchpoint_id INTEGER, metric_id INTEGER NOT NULL REFERENCES metric (id),"
    " kind INTEGER NOT NULL, segment_id INTEGER REFERENCES segment (id),"
    " month_from INTEGER, month_to INTEGER, n INTEGER CHECK (n IS NULL OR n > 0), mean REAL,"
    " sd REAL, top_box REAL CHECK (top_box IS NULL OR top_box BETWEEN 0 AND 1))";
const char *const AggregateBatchIndex = "CREATE INDEX aggregate_batch ON aggregate (batch_id)";
// What versions 1 and 2 made: n was always published.
const char *const Version2AggregateTable =
    "CREATE TABLE aggregate (batch_id INTEGER NOT NULL REFERENCES batch (id),"
    " touchpoint_id INTEGER, metric_id INTEGER NOT NULL REFERENCES metric (id),"
    " kind INTEGER NOT NULL, segment_id INTEGER REFERENCES segment (id),"
    " month_from INTEGER, month_to INTEGER, n INTEGER NOT NULL CHECK (n > 0), mean REAL,"
    " sd REAL, top_box REAL CHECK (top_box IS NULL OR top_box BETWEEN 0 AND 1))";

// Version 3: the room's input in a workshop (DESIGN §4), kept apart from the survey answers: a
// dot vote is not an answer. Saved and read whole with the map, in list order (position). A
// vote or note has no foreign key to its touchpoint, for the reason answers have none: a
// touchpoint deleted from the map (undoably) keeps what the room said about it. Its session is
// part of the same save, so that reference is enforced. Times are UTC, ISO 8601 with
// milliseconds, or NULL where the input gave none.
const char *const WorkshopSessionTable =
    "CREATE TABLE workshop_session (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " started TEXT CHECK (started IS NULL OR started LIKE '____-__-__T__:__:__.___Z'))";
const char *const WorkshopVoteTable =
    "CREATE TABLE workshop_vote (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " session_id INTEGER NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,"
    " touchpoint_id INTEGER NOT NULL,"
    " created TEXT CHECK (created IS NULL OR created LIKE '____-__-__T__:__:__.___Z'))";
const char *const WorkshopNoteTable =
    "CREATE TABLE workshop_note (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " session_id INTEGER NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,"
    " touchpoint_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('pain_point', 'idea', 'question')), text TEXT NOT NULL,"
    " created TEXT CHECK (created IS NULL OR created LIKE '____-__-__T__:__:__.___Z'))";

// The statements that make a current file. They are also what verify() compares against, so
// any change here needs a new version and a migration.
const char *const CreateStatements[] = {
    // Key-value properties of the document: name, description, next_id, respondent_salt.
    "CREATE TABLE document (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID",

    "CREATE TABLE stage (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " width REAL NOT NULL)",
    "CREATE TABLE lane (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " height REAL NOT NULL)",
    "CREATE TABLE touchpoint (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " stage_id INTEGER NOT NULL REFERENCES stage (id),"
    " lane_id INTEGER NOT NULL REFERENCES lane (id),"
    " name TEXT NOT NULL, description TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')), owner TEXT NOT NULL,"
    " target REAL CHECK (target IS NULL OR target BETWEEN 0 AND 100),"
    " moment_of_truth INTEGER NOT NULL, notes TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL)",
    "CREATE TABLE transition (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " from_id INTEGER NOT NULL REFERENCES touchpoint (id),"
    " to_id INTEGER NOT NULL REFERENCES touchpoint (id),"
    " share REAL CHECK (share IS NULL OR share BETWEEN 0 AND 1), label TEXT NOT NULL)",

    "CREATE TABLE metric (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, min REAL NOT NULL,"
    " max REAL NOT NULL, higher_is_better INTEGER NOT NULL, top_box_from REAL,"
    " description TEXT NOT NULL, CHECK (max > min))",
    "CREATE TABLE segment (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    // A respondent's key is stored as a salted hash unless the import asked to keep it.
    "CREATE TABLE respondent (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
    "CREATE TABLE batch (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " imported_at TEXT NOT NULL, format TEXT NOT NULL, rows_read INTEGER NOT NULL,"
    " rows_imported INTEGER NOT NULL, skipped TEXT NOT NULL, mapping TEXT NOT NULL)",

    MeasurementTable,

    AggregateTable,
    AggregateBatchIndex,
    AnalysisCacheTable,

    WorkshopSessionTable,
    WorkshopVoteTable,
    WorkshopNoteTable,
};

// Version 1 (cxmap 0.1) had no findings cache and grouped the answer index by segment first.
const char *const Version1ScoreIndex =
    "CREATE INDEX measurement_score ON measurement (metric_id, kind, touchpoint_id, segment_id,"
    " month, value, respondent_id)";

// What each version added, for migrate(): run in order on an older file. (Version 2 also
// reordered the score index; version 4 drops it with its table, so that is not done again.)
const char *const Version2Statements[] = {AnalysisCacheTable};
// Version 3: n may be unknown. SQLite cannot change a column's constraint, so the table is
// made anew; its index goes with the old one and is made again. And the workshop tables.
const char *const Version3Statements[] = {"ALTER TABLE aggregate RENAME TO aggregate_version2", AggregateTable,
                                          "INSERT INTO aggregate SELECT * FROM aggregate_version2",
                                          "DROP TABLE aggregate_version2", AggregateBatchIndex,
                                          WorkshopSessionTable, WorkshopVoteTable, WorkshopNoteTable};

// Version 4: the answers in score order, written once (see MeasurementTable). The rows move
// into the new table in its order, so SQLite appends them. The rowid serves as each answer's
// position: unique, and in the order of its batch's rows (a number of the whole table rather
// than from 0 in each batch). The old indexes go with the old table.
const char *const Version4Statements[] = {
    "ALTER TABLE measurement RENAME TO measurement_version3", MeasurementTable,
    "INSERT INTO measurement (metric_id, kind, touchpoint_id, month, value, batch_id, position,"
    " respondent_id, segment_id, time) SELECT metric_id, kind, coalesce(touchpoint_id, 0),"
    " coalesce(month, 0), value, batch_id, rowid, respondent_id, segment_id, time"
    " FROM measurement_version3 ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "DROP TABLE measurement_version3"};

bool isWorkshopTable(const char *statement)
{
    return statement == WorkshopSessionTable || statement == WorkshopVoteTable || statement == WorkshopNoteTable;
}

QString normalised(QString sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    sql.replace(spaces, QStringLiteral(" "));
    sql.replace(QStringLiteral("( "), QStringLiteral("("));
    sql.replace(QStringLiteral(" )"), QStringLiteral(")"));
    return sql.trimmed();
}

QSet<QString> expectedStatements(int version)
{
    QSet<QString> expected;
    for (const char *statement : CreateStatements) {
        if ((version < 2 && statement == AnalysisCacheTable) || (version < 3 && isWorkshopTable(statement)))
            continue;
        if (version < 3 && statement == AggregateTable)
            statement = Version2AggregateTable;
        if (version < 4 && statement == MeasurementTable) {
            expected.insert(normalised(QString::fromUtf8(Version3MeasurementTable)));
            expected.insert(normalised(QString::fromUtf8(version < 2 ? Version1ScoreIndex : Version3ScoreIndex)));
            statement = Version3MeasurementBatchIndex;
        }
        expected.insert(normalised(QString::fromUtf8(statement)));
    }
    return expected;
}

} // namespace

void create(SqliteDatabase &db)
{
    for (const char *statement : CreateStatements)
        db.execute(statement);

    SqliteStatement insert(db, "INSERT INTO metric (id, name, min, max, higher_is_better,"
                               " top_box_from, description) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Metric &metric : builtinMetrics()) {
        insert.bind(1, metric.id.value());
        insert.bind(2, metric.name);
        insert.bind(3, metric.min);
        insert.bind(4, metric.max);
        insert.bind(5, metric.higherIsBetter ? 1 : 0);
        insert.bind(6, metric.topBoxFrom);
        insert.bind(7, metric.description);
        insert.run();
    }
    db.execute(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    db.execute(QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
}

QString verify(SqliteDatabase &db, int version)
{
    const QSet<QString> expected = expectedStatements(version);

    QSet<QString> found;
    SqliteStatement query(db, "SELECT type, name, sql FROM sqlite_schema");
    while (query.step()) {
        const QString type = query.columnText(0);
        const QString name = query.columnText(1);
        if (query.isNull(2)) {
            // Automatic indexes (for UNIQUE and PRIMARY KEY) have no SQL of their own.
            if (type == QLatin1String("index") && name.startsWith(QLatin1String("sqlite_autoindex_")))
                continue;
            return QCoreApplication::translate("cxmap::Schema", "it contains an unexpected %1 %2").arg(printable(type), quoted(name));
        }
        const QString sql = normalised(query.columnText(2));
        if (!expected.contains(sql)) {
            if (type == QLatin1String("trigger") || type == QLatin1String("view"))
                return QStringLiteral("it contains a %1 %2 that cxmap does not create; it is "
                                      "refused for safety")
                    .arg(type, quoted(name));
            return QCoreApplication::translate("cxmap::Schema", "its %1 %2 is not what cxmap creates").arg(printable(type), quoted(name));
        }
        found.insert(sql);
    }
    if (found.size() != expected.size())
        return QCoreApplication::translate("cxmap::Schema", "%1 of its tables or indexes are missing")
            .arg(expected.size() - found.size());
    return {};
}

void migrate(SqliteDatabase &db, int fromVersion)
{
    if (fromVersion < 1)
        throw SqliteError(0, QStringLiteral("format version %1 was never released").arg(fromVersion));
    if (fromVersion < 2)
        for (const char *statement : Version2Statements)
            db.execute(statement);
    if (fromVersion < 3)
        for (const char *statement : Version3Statements)
            db.execute(statement);
    if (fromVersion < 4)
        for (const char *statement : Version4Statements)
            db.execute(statement);
    db.execute(QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
}

} // namespace cxmap::Schema
