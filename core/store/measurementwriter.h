#pragma once

#include "batch.h"
#include "measurement.h"
#include "sqlitedb.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace cxmap {

/** An answer whose names are already resolved to IDs: the importers' fast path. */
struct ResolvedMeasurement
{
    std::optional<qint64> respondent;
    /** nullopt for a journey-level outcome. */
    std::optional<qint64> touchpoint;
    qint64 metric = 0;
    MeasurementKind kind = MeasurementKind::Experience;
    std::optional<qint64> segment;
    std::optional<qint64> time;
    double value = 0.0;
};

/** One published or dashboard figure: n and mean (and sd) or a top-box share for a period. */
struct AggregateRecord
{
    std::optional<qint64> touchpoint;
    qint64 metric = 0;
    MeasurementKind kind = MeasurementKind::Experience;
    std::optional<qint64> segment;
    std::optional<qint64> monthFrom;
    std::optional<qint64> monthTo;
    qint64 n = 0;
    std::optional<double> mean;
    std::optional<double> sd;
    /** Share 0–1. */
    std::optional<double> topBox;
};

/** A metric's ID and scale, as the writer checks answers against it. */
struct MetricScale
{
    qint64 id = 0;
    double min = 0.0;
    double max = 0.0;
};

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
    /** Appends an answer already resolved and checked against its scale by the caller. */
    void insert(const ResolvedMeasurement &measurement);
    void insertAggregate(const AggregateRecord &aggregate);
    qint64 written() const { return m_written; }
    qint64 aggregatesWritten() const { return m_aggregates; }

    /** The scale of a metric by name (any case), or nullptr. */
    const MetricScale *metric(const QString &name) const;
    /** The stored ID of a respondent key (hashed unless asked not to), created on first sight. */
    qint64 respondentId(QByteArrayView key);
    /** The ID of a segment by name, created on first sight. */
    qint64 segmentId(QByteArrayView name);
    /** Segments this batch created, in order of first appearance. */
    QStringList newSegments() const { return m_newSegments; }
    /** Writes the final counts into the batch row. */
    void finish(qint64 rowsRead, const QMap<QString, qint64> &skipped);

    /** year * 12 + month − 1 of a UTC timestamp, without QDateTime (this runs per row). */
    static qint64 monthIndex(qint64 unixSeconds);

private:

    SqliteDatabase &m_db;
    BatchId m_batch;
    bool m_hashRespondents;
    QByteArray m_salt;
    SqliteStatement m_insertMeasurement;
    SqliteStatement m_insertRespondent;
    SqliteStatement m_findRespondent;
    SqliteStatement m_insertSegment;
    std::unique_ptr<SqliteStatement> m_insertAggregate;
    QHash<QString, MetricScale> m_metrics;
    // Keyed by the raw UTF-8 of the cell, so lookups from CSV fields need no conversion.
    QHash<QByteArray, qint64> m_segments;
    QHash<QByteArray, qint64> m_respondents;
    QStringList m_newSegments;
    qint64 m_written = 0;
    qint64 m_aggregates = 0;
};

} // namespace cxmap
