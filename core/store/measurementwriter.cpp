#include "measurementwriter.h"

#include "datatables.h"
#include "documenterror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>

namespace cxmap {

namespace {

constexpr qint64 Null = PendingAnswer::Null;

qint64 orNull(const std::optional<qint64> &value)
{
    return value.value_or(Null);
}

// KiB of page cache while the merged runs are appended to an empty table.
constexpr qint64 AppendCacheKiB = 4 * 1024;

} // namespace

struct MeasurementWriter::Run
{
    std::vector<PendingAnswer> rows;
    QByteArrayList newKeys;
};

MeasurementWriter::MeasurementWriter(SqliteDatabase &db, const Batch &batch, bool hashRespondents)
    : m_db(db)
    , m_hashRespondents(hashRespondents)
    // New people are the common case in a survey wave: one statement for them, a lookup after
    // for those seen in an earlier batch (the insert then changes nothing).
    , m_insertRespondent(db, "INSERT OR IGNORE INTO respondent (key) VALUES (?)")
    , m_findRespondent(db, "SELECT id FROM respondent WHERE key = ?")
    , m_insertSegment(db, "INSERT INTO segment (name) VALUES (?)")
{
    m_salt = db.queryText("SELECT value FROM document WHERE key = 'respondent_salt'")
                 .value_or(QString())
                 .toUtf8();

    SqliteStatement metrics(db, "SELECT id, name, min, max FROM metric");
    while (metrics.step())
        m_metrics.insert(metrics.columnText(1).toLower(),
                         MetricScale{metrics.columnInt(0), metrics.columnDouble(2), metrics.columnDouble(3),
                                     metrics.columnText(1)});
    SqliteStatement segments(db, "SELECT id, name FROM segment");
    while (segments.step())
        m_segments.insert(segmentKey(segments.columnText(1).toUtf8()), segments.columnInt(0));

    SqliteStatement insertBatch(db, "INSERT INTO batch (file_name, sha256, imported_at, format,"
                                    " rows_read, rows_imported, skipped, mapping)"
                                    " VALUES (?, ?, ?, ?, 0, 0, '{}', ?)");
    insertBatch.bind(1, batch.fileName);
    insertBatch.bind(2, batch.sha256);
    insertBatch.bind(3, batch.importedAt.isEmpty()
                            ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                            : batch.importedAt);
    insertBatch.bind(4, batch.format);
    insertBatch.bind(5, batch.mapping.isEmpty() ? QStringLiteral("{}") : batch.mapping);
    insertBatch.run();
    m_batch = BatchId(db.lastInsertRowId());
}

MeasurementWriter::~MeasurementWriter()
{
    // A run still being written must end before the caller's transaction does.
    if (m_job.valid())
        m_job.wait();
    if (m_attached) {
        m_insertKept.reset();
        PendingAnswers::detach(m_db.handle());
    }
}

void MeasurementWriter::expectAnswers(qint64 answers)
{
    if (answers < CollectFrom)
        return;
    // Appending answers costs about a third of inserting them between stored ones, so writing
    // the stored ones again pays while they are fewer than the new ones; they are held in memory
    // meanwhile, within half the limit of kept answers. Otherwise each run goes in as it fills.
    // Counted only as far as it matters: counting a WITHOUT ROWID table reads all of it.
    const qint64 enough = std::min(answers, m_keptLimit / 2);
    SqliteStatement count(m_db, "SELECT count(*) FROM (SELECT 1 FROM measurement LIMIT ?)");
    count.bind(1, enough + 1);
    const qint64 stored = count.step() ? count.columnInt(0) : 0;
    m_collecting = stored <= enough;
    m_rebuilding = m_collecting && stored > 0;
    m_emptyTable = m_collecting && stored == 0;
    m_storedRows = m_rebuilding ? stored : 0;
}

void MeasurementWriter::add(const MeasurementRecord &record)
{
    const MetricScale *scale = metric(record.metric);
    if (!scale)
        throw DocumentError(QCoreApplication::translate("cxmap::MeasurementWriter", "unknown metric \"%1\"").arg(record.metric));
    if (!(record.value >= scale->min && record.value <= scale->max))
        throw DocumentError(QCoreApplication::translate("cxmap::MeasurementWriter", "value %1 is outside the %2 scale (%3 to %4)")
                                .arg(record.value)
                                .arg(record.metric)
                                .arg(scale->min)
                                .arg(scale->max));
    ResolvedMeasurement measurement;
    if (!record.respondent.isEmpty())
        measurement.respondent = respondentId(record.respondent.toUtf8());
    if (record.touchpoint.isValid())
        measurement.touchpoint = record.touchpoint.value();
    measurement.metric = scale->id;
    measurement.kind = record.kind;
    if (!record.segment.isEmpty())
        measurement.segment = segmentId(record.segment.toUtf8());
    measurement.time = record.timestamp;
    measurement.value = record.value;
    insert(measurement);
}

void MeasurementWriter::insert(const ResolvedMeasurement &measurement)
{
    if (m_pending.capacity() == 0)
        m_pending.reserve(size_t(m_runLength)); // address space only: pages are touched as rows come
    PendingAnswer &row = m_pending.emplace_back();
    row.key[PendingAnswer::Metric] = measurement.metric;
    row.key[PendingAnswer::Kind] = static_cast<qint64>(measurement.kind);
    row.key[PendingAnswer::Touchpoint] = measurement.touchpoint.value_or(0);
    row.key[PendingAnswer::Month] = measurement.time ? monthIndex(*measurement.time) : 0;
    row.key[PendingAnswer::ValueKey] = PendingAnswer::orderKey(measurement.value);
    row.key[PendingAnswer::Position] = m_written;
    row.key[PendingAnswer::Respondent] = orNull(measurement.respondent);
    row.key[PendingAnswer::Segment] = orNull(measurement.segment);
    row.key[PendingAnswer::Time] = orNull(measurement.time);
    row.value = measurement.value;
    ++m_written;
    if (qsizetype(m_pending.size()) >= m_runLength)
        flush();
}

void MeasurementWriter::flush()
{
    if (m_pending.empty() && m_newKeys.isEmpty())
        return;
    waitForRun();
    if (!m_running)
        m_running = std::make_unique<Run>();
    m_running->rows.swap(m_pending);
    m_running->newKeys.swap(m_newKeys);
    m_pending.clear();
    m_newKeys.clear();
    m_job = std::async(std::launch::async, [this] { writeRun(*m_running); });
}

void MeasurementWriter::waitForRun()
{
    // get() rethrows what the worker threw, once.
    if (m_job.valid())
        m_job.get();
}

// On the worker thread: the only user of the connection until waitForRun() returns.
void MeasurementWriter::writeRun(Run &run)
{
    // The respondents first seen in this run, in order: stored (or found) now.
    for (const QByteArray &stored : std::as_const(run.newKeys)) {
        m_insertRespondent.bind(1, stored);
        m_insertRespondent.run();
        if (m_db.changes() == 1) {
            m_storedIds.push_back(m_db.lastInsertRowId());
            continue;
        }
        m_findRespondent.bind(1, stored);
        if (!m_findRespondent.step())
            throw DocumentError(QStringLiteral("respondent %1 is neither new nor stored").arg(QString::fromLatin1(stored)));
        m_storedIds.push_back(m_findRespondent.columnInt(0));
        m_findRespondent.reset();
    }
    for (PendingAnswer &row : run.rows) {
        qint64 &id = row.key[PendingAnswer::Respondent];
        if (id < 0 && id != Null)
            id = m_storedIds[size_t(-id - 1)];
    }

    if (!run.rows.empty()) {
        PendingAnswers::sortByKey(run.rows, m_order, m_packed);
        // Gathered into order once: SQLite then reads the run front to back, where reading it
        // through the order would miss the cache on every row.
        AnswerRun &kept = m_kept.emplace_back(AnswerRun{m_batch.value(), std::move(m_spare)});
        kept.rows.clear();
        kept.rows.reserve(run.rows.size());
        for (const quint32 i : m_order)
            kept.rows.push_back(run.rows[i]);
        m_keptRows += qint64(kept.rows.size());
        if (!m_collecting || m_keptRows + m_storedRows >= m_keptLimit)
            writeKept();
    }
    run.rows.clear();
    run.newKeys.clear();
    m_order.clear();
}

void MeasurementWriter::writeKept()
{
    if (m_kept.empty())
        return;
    if (!m_attached) {
        if (const int rc = PendingAnswers::attach(m_db.handle(), &m_kept); rc != SQLITE_OK)
            throw SqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        m_attached = true;
        m_insertKept = std::make_unique<SqliteStatement>(
            m_db, QStringLiteral("INSERT INTO measurement (%1) SELECT %1 FROM %2")
                      .arg(QLatin1String(PendingAnswers::Columns), QLatin1String(PendingAnswers::TableName)));
    }
    // Into an empty table, the merged runs are appended.
    bool appending = m_emptyTable;
    m_emptyTable = false;
    if (m_rebuilding) {
        // The answers already stored join the runs and the table is emptied: all then go in
        // merged in key order, and SQLite appends each to the B-tree's last page, where an
        // answer inserted between stored ones costs a search from the root and a split in the
        // middle (about three times as much).
        m_rebuilding = false;
        if (readStoredAnswers()) {
            m_db.execute("DELETE FROM measurement");
            appending = true;
        }
        m_storedRows = 0;
    }
    if (!appending) {
        m_insertKept->run();
    } else {
        // Appending needs only the pages being filled: a small cache lets SQLite write full
        // ones out as it goes rather than hold the whole table until the commit (a million
        // answers went in 0.15 s faster, 1.1 s instead of 1.3 s).
        const qint64 cache = m_db.queryInt("PRAGMA cache_size").value_or(-2000);
        m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-AppendCacheKiB));
        try {
            m_insertKept->run();
        } catch (...) {
            m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(cache));
            throw;
        }
        m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(cache));
    }
    m_spare = std::move(m_kept.front().rows);
    m_kept.clear();
    m_keptRows = 0;
}

// The stored answers, as a run per batch in key order (the table's), after the kept runs. They
// are fewer than the new ones and within the memory limit (see expectAnswers()). False, with no
// run added, when one holds what no import stores (a file edited by hand): the stored answers
// then stay where they are, so that nothing about them changes.
bool MeasurementWriter::readStoredAnswers()
{
    const size_t newRuns = m_kept.size();
    QHash<qint64, size_t> runOfBatch;
    SqliteStatement batches(m_db, "SELECT id, rows_imported FROM batch");
    while (batches.step()) {
        runOfBatch.insert(batches.columnInt(0), m_kept.size());
        AnswerRun &run = m_kept.emplace_back(AnswerRun{batches.columnInt(0), {}});
        run.rows.reserve(size_t(std::clamp<qint64>(batches.columnInt(1), 0, m_storedRows)));
    }
    SqliteStatement stored(m_db, QStringLiteral("SELECT %1,"
                                 " typeof(metric_id) = 'integer' AND typeof(kind) = 'integer'"
                                 " AND typeof(touchpoint_id) = 'integer' AND typeof(month) = 'integer'"
                                 " AND typeof(value) IN ('integer', 'real') AND typeof(batch_id) = 'integer'"
                                 " AND typeof(position) = 'integer' AND typeof(respondent_id) IN ('integer', 'null')"
                                 " AND typeof(segment_id) IN ('integer', 'null') AND typeof(time) IN ('integer', 'null')"
                                 " FROM measurement").arg(QLatin1String(PendingAnswers::Columns)));
    const auto orNullColumn = [&stored](int column) { return stored.isNull(column) ? Null : stored.columnInt(column); };
    while (stored.step()) {
        if (stored.columnInt(10) == 0) {
            m_kept.resize(newRuns);
            return false;
        }
        const qint64 batch = stored.columnInt(5);
        auto found = runOfBatch.constFind(batch);
        if (found == runOfBatch.cend()) {
            found = runOfBatch.insert(batch, m_kept.size());
            m_kept.push_back(AnswerRun{batch, {}});
        }
        PendingAnswer &row = m_kept[*found].rows.emplace_back();
        row.value = stored.columnDouble(4);
        row.key = {stored.columnInt(0), stored.columnInt(1), stored.columnInt(2), stored.columnInt(3), PendingAnswer::orderKey(row.value),
                   stored.columnInt(6), orNullColumn(7), orNullColumn(8), orNullColumn(9)};
    }
    return true;
}

void MeasurementWriter::insertAggregate(const AggregateRecord &aggregate)
{
    waitForRun();
    if (!m_insertAggregate)
        m_insertAggregate = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO aggregate (batch_id, touchpoint_id, metric_id, kind, segment_id,"
                  " month_from, month_to, n, mean, sd, top_box) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement &insert = *m_insertAggregate;
    insert.bind(1, m_batch.value());
    insert.bind(2, aggregate.touchpoint);
    insert.bind(3, aggregate.metric);
    insert.bind(4, static_cast<qint64>(aggregate.kind));
    insert.bind(5, aggregate.segment);
    insert.bind(6, aggregate.monthFrom);
    insert.bind(7, aggregate.monthTo);
    insert.bind(8, aggregate.n);
    insert.bind(9, aggregate.mean);
    insert.bind(10, aggregate.sd);
    insert.bind(11, aggregate.topBox);
    insert.run();
    ++m_aggregates;
    m_aggregatesWithoutN += aggregate.n ? 0 : 1;
}

const MetricScale *MeasurementWriter::metric(const QString &name) const
{
    const auto found = m_metrics.constFind(name.toLower());
    return found == m_metrics.cend() ? nullptr : &*found;
}

void MeasurementWriter::finish(qint64 rowsRead, const QMap<QString, qint64> &skipped)
{
    flush();
    waitForRun();
    // The buffers go back before the kept runs go in, which is the import's peak of memory.
    std::vector<PendingAnswer>().swap(m_pending);
    std::vector<PendingAnswer>().swap(m_spare);
    std::vector<quint32>().swap(m_order);
    std::vector<quint64>().swap(m_packed);
    m_running.reset();
    writeKept();
    std::vector<AnswerRun>().swap(m_kept);
    std::vector<PendingAnswer>().swap(m_spare);
    QJsonObject reasons;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        reasons.insert(it.key(), it.value());
    SqliteStatement update(m_db, "UPDATE batch SET rows_read = ?, rows_imported = ?, skipped = ?"
                                 " WHERE id = ?");
    update.bind(1, rowsRead);
    update.bind(2, m_written + m_aggregates);
    update.bind(3, QJsonDocument(reasons).toJson(QJsonDocument::Compact));
    update.bind(4, m_batch.value());
    update.run();
    bumpDataVersion(m_db);
}

qint64 MeasurementWriter::monthIndex(qint64 unixSeconds)
{
    // Howard Hinnant's civil_from_days, which is exact for the proleptic Gregorian calendar.
    qint64 days = unixSeconds / 86400;
    if (unixSeconds % 86400 < 0)
        --days;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + month - 1;
}

qint64 MeasurementWriter::respondentId(QByteArrayView key)
{
    // fromRawData: a lookup that does not copy the cell.
    if (const auto found = m_respondents.constFind(QByteArray::fromRawData(key.data(), key.size()));
        found != m_respondents.cend())
        return *found;

    QByteArray stored = key.toByteArray();
    if (m_hashRespondents) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(m_salt);
        hash.addData(key);
        stored = hash.result().toHex().left(32);
    }
    // Stored (or found, for someone of an earlier batch) by the worker with the run.
    m_newKeys.append(stored);
    const qint64 id = -1 - m_provisionalCount++;
    // The cache stays bounded whatever the file holds: past a million people it starts over;
    // a person seen again then gets a second provisional ID that resolves to the same one.
    if (m_respondents.size() >= (1 << 20))
        m_respondents.clear();
    m_respondents.insert(key.toByteArray(), id);
    return id;
}

QByteArray MeasurementWriter::segmentKey(QByteArrayView name)
{
    // "Business", "business" and "BUSINESS" in one export, or across waves, are one segment
    // (named as first seen), as the analysis's segment filter already matches without case.
    return QString::fromUtf8(name).toCaseFolded().toUtf8();
}

qint64 MeasurementWriter::segmentId(QByteArrayView name)
{
    // Spellings seen before are found as they are; only a new spelling is case-folded.
    if (const auto seen = m_segmentSpellings.constFind(QByteArray::fromRawData(name.data(), name.size()));
        seen != m_segmentSpellings.cend())
        return *seen;
    const QByteArray key = segmentKey(name);
    if (const auto found = m_segments.constFind(key); found != m_segments.cend()) {
        m_segmentSpellings.insert(name.toByteArray(), *found);
        return *found;
    }
    // The connection is the worker's while it writes a run; new segments are rare.
    waitForRun();
    m_insertSegment.bind(1, name.toByteArray());
    m_insertSegment.run();
    const qint64 id = m_db.lastInsertRowId();
    m_segments.insert(key, id);
    m_segmentSpellings.insert(name.toByteArray(), id);
    m_newSegments.append(QString::fromUtf8(name));
    return id;
}

} // namespace cxmap
