#pragma once

#include "batch.h"
#include "measurement.h"
#include "sqlitedb.h"

#include <QHash>

#include <memory>

namespace cxmap {

/**
 * Appends the answers of one import batch, inside the caller's transaction: resolves metric
 * and segment names to IDs (creating segments on first sight), keeps respondent keys as salted
 * hashes (unless asked not to), and derives the month for trend queries.
 *
 * Throws DocumentError for an unknown metric or a value outside the metric's scale, naming
 * what is wrong; the caller adds the file and line.
 */
class MeasurementWriter
{
public:
    /** Records the batch (its counts are filled in by finish()) and prepares the inserts. */
    MeasurementWriter(SqliteDatabase &db, const Batch &batch, bool hashRespondents = true);
    ~MeasurementWriter();

    BatchId batchId() const { return m_batch; }
    void add(const MeasurementRecord &record);
    qint64 written() const { return m_written; }
    /** Writes the final counts into the batch row. */
    void finish(qint64 rowsRead, const QMap<QString, qint64> &skipped);

    /** year * 12 + month − 1 of a UTC timestamp, without QDateTime (this runs per row). */
    static qint64 monthIndex(qint64 unixSeconds);

private:
    qint64 respondentId(const QString &key);
    qint64 segmentId(const QString &name);

    SqliteDatabase &m_db;
    BatchId m_batch;
    bool m_hashRespondents;
    QByteArray m_salt;
    SqliteStatement m_insertMeasurement;
    SqliteStatement m_insertRespondent;
    SqliteStatement m_findRespondent;
    SqliteStatement m_insertSegment;
    struct Scale
    {
        qint64 id;
        double min, max;
    };
    QHash<QString, Scale> m_metrics;
    QHash<QString, qint64> m_segments;
    QHash<QString, qint64> m_respondents;
    qint64 m_written = 0;
};

} // namespace cxmap
