#include "datatables.h"

#include "sqlitedb.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxmap {

QList<Metric> readMetrics(SqliteDatabase &db)
{
    QList<Metric> metrics;
    SqliteStatement query(db, "SELECT id, name, min, max, higher_is_better, top_box_from,"
                              " description FROM metric ORDER BY id");
    while (query.step()) {
        metrics.append(Metric{MetricId(query.columnInt(0)), query.columnText(1),
                              query.columnDouble(2), query.columnDouble(3), query.columnInt(4) != 0,
                              query.columnOptionalDouble(5), query.columnText(6)});
    }
    return metrics;
}

QList<Segment> readSegments(SqliteDatabase &db)
{
    QList<Segment> segments;
    SqliteStatement query(db, "SELECT id, name FROM segment ORDER BY name");
    while (query.step())
        segments.append(Segment{SegmentId(query.columnInt(0)), query.columnText(1)});
    return segments;
}

QList<Batch> readBatches(SqliteDatabase &db)
{
    QList<Batch> batches;
    SqliteStatement query(db, "SELECT id, file_name, sha256, imported_at, format, rows_read,"
                              " rows_imported, skipped, mapping FROM batch ORDER BY id");
    while (query.step()) {
        Batch batch;
        batch.id = BatchId(query.columnInt(0));
        batch.fileName = query.columnText(1);
        batch.sha256 = query.columnText(2);
        batch.importedAt = query.columnText(3);
        batch.format = query.columnText(4);
        batch.rowsRead = query.columnInt(5);
        batch.rowsImported = query.columnInt(6);
        const QJsonObject skipped = QJsonDocument::fromJson(query.columnText(7).toUtf8()).object();
        for (auto it = skipped.begin(); it != skipped.end(); ++it)
            batch.skipped.insert(it.key(), it.value().toInteger());
        batch.mapping = query.columnText(8);
        batches.append(batch);
    }
    return batches;
}

DataCounts readDataCounts(SqliteDatabase &db)
{
    DataCounts counts;
    counts.measurements = db.queryInt("SELECT count(*) FROM measurement").value_or(0);
    counts.aggregateRows = db.queryInt("SELECT count(*) FROM aggregate").value_or(0);
    counts.respondents = db.queryInt("SELECT count(*) FROM respondent").value_or(0);
    // Grouped in the table's own order first, so this stays cheap with millions of answers.
    counts.orphanedMeasurements
        = db.queryInt("SELECT coalesce(sum(n), 0) FROM (SELECT touchpoint_id, count(*) AS n"
                      " FROM measurement WHERE touchpoint_id > 0 GROUP BY touchpoint_id)"
                      " WHERE touchpoint_id NOT IN (SELECT id FROM touchpoint)")
              .value_or(0);
    return counts;
}

qint64 readDataVersion(SqliteDatabase &db)
{
    return db.queryInt("SELECT value FROM document WHERE key = 'data_version'").value_or(0);
}

void bumpDataVersion(SqliteDatabase &db)
{
    db.execute("INSERT INTO document (key, value) VALUES ('data_version', 1)"
               " ON CONFLICT (key) DO UPDATE SET value = value + 1");
}

} // namespace cxmap
