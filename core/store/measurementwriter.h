#pragma once

#include "batch.h"
#include "measurement.h"
#include "pendinganswers.h"
#include "sqlitedb.h"

#include <QByteArrayList>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <future>
#include <memory>
#include <vector>

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
    /** nullopt: the source did not say ("n unknown"). */
    std::optional<qint64> n;
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
    /** As stored, for messages. */
    QString name;
};

/**
 * Appends the answers of one import batch, inside the caller's transaction: resolves metric
 * and segment names to IDs (creating segments on first sight), keeps respondent keys as salted
 * hashes (unless asked not to), and derives the month for trend queries.
 *
 * Answers are buffered a run at a time, and each run is sorted by the table's key (the order
 * of the score queries, Schema): SQLite then inserts from ordered input, several times faster
 * than from file order. A full run is sorted, and written or kept (see expectAnswers()), by a
 * worker thread while the caller fills the next one, on the same connection and in the same
 * transaction; new respondents get their stored IDs there too. finish() writes what is left
 * and waits; without it nothing of the buffer is written, which the caller's rollback makes
 * moot anyway. A failure of the
 * worker is thrown by the next call that waits for it (insertAggregate(), segmentId() for a new
 * segment, finish()). The caller must not use the connection itself until finish() returned.
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
    /**
     * Says how many answers are about to come (an estimate). When they are many, and at least
     * as many as those stored, every sorted run is kept in memory (up to KeptRows answers, the
     * stored ones counted) and all go into the table in one pass in key order, with the stored
     * answers merged in: SQLite then appends each answer rather than searching for its place.
     * Otherwise each run goes in as it fills, overlapped with the caller's reading.
     */
    void expectAnswers(qint64 answers);
    void add(const MeasurementRecord &record);
    /** Appends an answer already resolved and checked against its scale by the caller. */
    void insert(const ResolvedMeasurement &measurement);
    void insertAggregate(const AggregateRecord &aggregate);
    qint64 written() const { return m_written; }
    qint64 aggregatesWritten() const { return m_aggregates; }
    /** Aggregated rows written without an n. */
    qint64 aggregatesWithoutN() const { return m_aggregatesWithoutN; }

    /** The scale of a metric by name (any case), or nullptr. */
    const MetricScale *metric(const QString &name) const;
    /**
     * The ID of a respondent key (stored hashed unless asked not to) for this writer's answers.
     * A new respondent gets a provisional ID, replaced by the stored one when its run is written.
     */
    qint64 respondentId(QByteArrayView key);
    /** The ID of a segment by name, whatever its case; created on first sight. */
    qint64 segmentId(QByteArrayView name);
    /** Segments this batch created, in order of first appearance. */
    QStringList newSegments() const { return m_newSegments; }
    /** Writes the buffered answers and the final counts into the batch row. */
    void finish(qint64 rowsRead, const QMap<QString, qint64> &skipped);

    /** Answers buffered before a run is sorted (80 bytes each; two runs are in memory). */
    static constexpr qsizetype RunLength = 64 * 1024;
    /** expectAnswers() below this keeps writing each run as it fills. */
    static constexpr qint64 CollectFrom = 20000;
    /** Answers kept in sorted runs before they go into the table (about 120 MB). */
    static constexpr qint64 KeptRows = 3 * 512 * 1024;
    /** Shorter runs, for tests of the run boundaries; at least 1. */
    void setRunLength(qsizetype rows) { m_runLength = std::max<qsizetype>(rows, 1); }
    /** A smaller limit of kept answers, for tests of the writes it causes; at least 1. */
    void setKeptLimit(qint64 rows) { m_keptLimit = std::max<qint64>(rows, 1); }

    /** year * 12 + month − 1 of a UTC timestamp, without QDateTime (this runs per row). */
    static qint64 monthIndex(qint64 unixSeconds);


private:
    // What the worker writes: a run of answers and the respondent keys first seen in it.
    struct Run;
    void flush();
    void waitForRun();
    void writeRun(Run &run);
    void writeKept();
    bool readStoredAnswers();

    SqliteDatabase &m_db;
    BatchId m_batch;
    bool m_hashRespondents;
    QByteArray m_salt;
    SqliteStatement m_insertRespondent;
    SqliteStatement m_findRespondent;
    SqliteStatement m_insertSegment;
    std::unique_ptr<SqliteStatement> m_insertAggregate;
    QHash<QString, MetricScale> m_metrics;
    // Keyed by the raw UTF-8 of the cell, so lookups from CSV fields need no conversion.
    static QByteArray segmentKey(QByteArrayView name);

    /** By segmentKey(): case-folded names. */
    QHash<QByteArray, qint64> m_segments;
    /** By the bytes of each spelling met in this import, so the per-row path folds no case. */
    QHash<QByteArray, qint64> m_segmentSpellings;
    QHash<QByteArray, qint64> m_respondents;
    QStringList m_newSegments;
    std::vector<PendingAnswer> m_pending;
    // The run's rows in the table's key order: their places in the run.
    std::vector<quint32> m_order;
    // Sorted runs not yet in the table, and a run's memory kept for the next one.
    std::vector<AnswerRun> m_kept;
    qint64 m_keptRows = 0;
    std::vector<PendingAnswer> m_spare;
    bool m_collecting = false;
    bool m_rebuilding = false;
    bool m_emptyTable = false;
    // Stored answers a rebuild will hold in memory beside the kept ones.
    qint64 m_storedRows = 0;
    // The run's sort keys, kept between runs so each run reuses their memory.
    std::vector<quint64> m_packed;
    bool m_attached = false;
    std::unique_ptr<SqliteStatement> m_insertKept;
    // Keys of respondents first seen since the last run was handed over (provisional ID −1 − i
    // for the i-th of all), and the stored IDs the worker gave the earlier ones.
    QByteArrayList m_newKeys;
    qint64 m_provisionalCount = 0;
    std::vector<qint64> m_storedIds;
    std::unique_ptr<Run> m_running;
    std::future<void> m_job;
    qsizetype m_runLength = RunLength;
    qint64 m_keptLimit = KeptRows;
    qint64 m_written = 0;
    qint64 m_aggregates = 0;
    qint64 m_aggregatesWithoutN = 0;
};

} // namespace cxmap
