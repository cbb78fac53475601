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

// NULL in a pending row; the smallest value, as SQLite sorts NULL before any number.
constexpr qint64 Null = std::numeric_limits<qint64>::min();

qint64 orNull(const std::optional<qint64> &value)
{
    return value.value_or(Null);
}

// An integer with the order of the double: flip the magnitude bits of negatives.
qint64 orderKey(double value)
{
    const auto bits = std::bit_cast<qint64>(value == 0.0 ? 0.0 : value);
    return bits < 0 ? bits ^ std::numeric_limits<qint64>::max() : bits;
}

} // namespace

// One answer waiting for its run: the table's columns after batch_id (Field), NULL as Null and
// the value also as an integer that sorts as the double does, stored in the order of the score
// index's columns (see m_slots), so that runs sort by comparing plain arrays.
struct MeasurementWriter::PendingRow
{
    enum Field { Respondent, Touchpoint, Metric, Kind, Segment, Time, Month, ValueKey, FieldCount };
    std::array<qint64, FieldCount> key;
    double value;
};

struct MeasurementWriter::Run
{
    std::vector<PendingRow> rows;
    QByteArrayList newKeys;
};

// What the virtual table reads: the writer's run and where each field sits in a row's key.
struct MeasurementWriter::PendingSource
{
    const std::vector<PendingRow> *rows;
    const std::array<int, 8> *slots;
};

namespace {

// The writer's sorted run as a table, for one INSERT … SELECT per run: binding eight values a
// row through the statement API costs several times what SQLite needs to store them. An
// eponymous virtual table that only the writer's own statement reads (direct-only: no view or
// trigger of a file can reach it).
constexpr const char *PendingTableName = "cxmap_pending_answers";

struct PendingTable : sqlite3_vtab
{
    const MeasurementWriter::PendingSource *source = nullptr;
};

struct PendingCursor : sqlite3_vtab_cursor
{
    size_t row = 0;
};


int pendingConnect(sqlite3 *db, void *client, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(respondent_id, touchpoint_id, metric_id, kind,"
                                            " segment_id, time, month, value)");
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    auto *pending = new PendingTable;
    pending->source = static_cast<const MeasurementWriter::PendingSource *>(client);
    *table = pending;
    return SQLITE_OK;
}

int pendingDisconnect(sqlite3_vtab *table)
{
    delete static_cast<PendingTable *>(table);
    return SQLITE_OK;
}

int pendingBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    return SQLITE_OK;
}

int pendingOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = new PendingCursor;
    return SQLITE_OK;
}

int pendingClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<PendingCursor *>(cursor);
    return SQLITE_OK;
}

int pendingFilter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    static_cast<PendingCursor *>(cursor)->row = 0;
    return SQLITE_OK;
}

int pendingNext(sqlite3_vtab_cursor *cursor)
{
    ++static_cast<PendingCursor *>(cursor)->row;
    return SQLITE_OK;
}

int pendingEof(sqlite3_vtab_cursor *cursor)
{
    const auto *pending = static_cast<const PendingTable *>(cursor->pVtab);
    return static_cast<PendingCursor *>(cursor)->row >= pending->source->rows->size() ? 1 : 0;
}

int pendingRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = static_cast<sqlite3_int64>(static_cast<PendingCursor *>(cursor)->row);
    return SQLITE_OK;
}

} // namespace

namespace {

int pendingColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    const MeasurementWriter::PendingSource &source = *static_cast<const PendingTable *>(cursor->pVtab)->source;
    const MeasurementWriter::PendingRow &row = (*source.rows)[static_cast<PendingCursor *>(cursor)->row];
    if (column == MeasurementWriter::PendingRow::ValueKey) {
        sqlite3_result_double(context, row.value);
        return SQLITE_OK;
    }
    const qint64 value = row.key[size_t((*source.slots)[size_t(column)])];
    if (value == Null)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, value);
    return SQLITE_OK;
}

sqlite3_module pendingModule()
{
    sqlite3_module module{};
    module.iVersion = 1;
    module.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE can name it
    module.xConnect = pendingConnect;
    module.xBestIndex = pendingBestIndex;
    module.xDisconnect = pendingDisconnect;
    module.xDestroy = pendingDisconnect;
    module.xOpen = pendingOpen;
    module.xClose = pendingClose;
    module.xFilter = pendingFilter;
    module.xNext = pendingNext;
    module.xEof = pendingEof;
    module.xColumn = pendingColumn;
    module.xRowid = pendingRowid;
    return module;
}

const sqlite3_module PendingModule = pendingModule();

} // namespace

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
    // Runs are sorted by the columns of the index that covers the score queries, whatever they
    // are: those fields take the first places of a pending row's key, the others follow.
    // Table columns: batch_id, respondent_id, touchpoint_id, metric_id, kind, segment_id, time,
    // month, value; the pending fields start at respondent_id.
    std::vector<int> order;
    SqliteStatement columns(db, "SELECT cid FROM pragma_index_info('measurement_score') ORDER BY seqno");
    while (columns.step()) {
        const qint64 column = columns.columnInt(0);
        if (column >= 1 && column <= PendingRow::FieldCount)
            order.push_back(int(column - 1));
    }
    m_sortWidth = int(order.size());
    for (int field = 0; field < PendingRow::FieldCount; ++field) {
        if (std::find(order.begin(), order.end(), field) == order.end())
            order.push_back(field);
    }
    for (int slot = 0; slot < PendingRow::FieldCount; ++slot)
        m_slots[size_t(order[size_t(slot)])] = slot;
    m_fieldAt = order;
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
    if (m_source) {
        m_insertRun.reset();
        // A null module removes the name, so no statement can reach the rows once they are gone.
        sqlite3_create_module_v2(m_db.handle(), PendingTableName, nullptr, nullptr, nullptr);
    }
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
    PendingRow &row = m_pending.emplace_back();
    const auto put = [&row, this](PendingRow::Field field, qint64 value) { row.key[size_t(m_slots[field])] = value; };
    put(PendingRow::Respondent, orNull(measurement.respondent));
    put(PendingRow::Touchpoint, orNull(measurement.touchpoint));
    put(PendingRow::Metric, measurement.metric);
    put(PendingRow::Kind, static_cast<qint64>(measurement.kind));
    put(PendingRow::Segment, orNull(measurement.segment));
    put(PendingRow::Time, orNull(measurement.time));
    put(PendingRow::Month, measurement.time ? monthIndex(*measurement.time) : Null);
    put(PendingRow::ValueKey, orderKey(measurement.value));
    row.value = measurement.value;
    ++m_written;
    if (qsizetype(m_pending.size()) >= m_runLength)
        flush();
}

void MeasurementWriter::sortRun(const std::vector<PendingRow> &rows)
{
    const size_t count = rows.size();
    m_order.resize(count);
    for (size_t i = 0; i < count; ++i)
        m_order[i] = quint32(i);

    // Where the index columns' ranges allow (ratings, a few dozen touchpoints, some months, tens
    // of thousands of respondents), pack them and the row's position into one 64-bit number
    // per row: sorting those is several times faster than comparing rows field by field.
    const auto integral = [](double v) { return std::abs(v) < 1e15 && v == double(qint64(v)); };
    const bool valuesIntegral = std::all_of(rows.begin(), rows.end(),
                                            [&](const PendingRow &row) { return integral(row.value); });
    const auto sortValue = [&](const PendingRow &row, int slot) {
        if (m_fieldAt[size_t(slot)] == PendingRow::ValueKey && valuesIntegral)
            return qint64(row.value);
        return row.key[size_t(slot)];
    };
    struct Packing
    {
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = std::numeric_limits<qint64>::min();
        bool hasNull = false;
        int bits = 0;
    };
    std::vector<Packing> packing(static_cast<size_t>(m_sortWidth));
    for (const PendingRow &row : rows) {
        for (int slot = 0; slot < m_sortWidth; ++slot) {
            const qint64 value = sortValue(row, slot);
            Packing &field = packing[size_t(slot)];
            if (value == Null && m_fieldAt[size_t(slot)] != PendingRow::ValueKey) {
                field.hasNull = true;
            } else {
                field.min = std::min(field.min, value);
                field.max = std::max(field.max, value);
            }
        }
    }
    int total = std::bit_width(count);
    for (Packing &field : packing) {
        const quint64 span = field.min > field.max ? 0 : quint64(field.max) - quint64(field.min);
        field.bits = span >= (quint64(1) << 62) ? 64 : std::bit_width(span + (field.hasNull ? 1 : 0));
        total += field.bits;
    }
    if (total > 64) {
        std::sort(m_order.begin(), m_order.end(),
                  [&rows](quint32 a, quint32 b) { return rows[a].key < rows[b].key; });
        return;
    }
    std::vector<quint64> packed(count);
    const int positionBits = std::bit_width(count);
    for (size_t i = 0; i < count; ++i) {
        quint64 key = 0;
        for (int slot = 0; slot < m_sortWidth; ++slot) {
            const Packing &field = packing[size_t(slot)];
            const qint64 value = sortValue(rows[i], slot);
            // NULL first, as SQLite sorts it; then the values from the smallest.
            const quint64 code = field.hasNull ? (value == Null ? 0 : quint64(value) - quint64(field.min) + 1)
                                               : quint64(value) - quint64(field.min);
            key = field.bits == 0 ? key : (key << field.bits) | code;
        }
        packed[i] = (key << positionBits) | i;
    }
    std::sort(packed.begin(), packed.end());
    const quint64 mask = (quint64(1) << positionBits) - 1;
    for (size_t i = 0; i < count; ++i)
        m_order[i] = quint32(packed[i] & mask);
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
    const size_t respondent = size_t(m_slots[PendingRow::Respondent]);
    for (PendingRow &row : run.rows) {
        qint64 &id = row.key[respondent];
        if (id < 0 && id != Null)
            id = m_storedIds[size_t(-id - 1)];
    }

    if (!run.rows.empty()) {
        sortRun(run.rows);
        // Gathered into order once: SQLite then reads the run front to back, where reading it
        // through the order would miss the cache on every row.
        m_sorted.resize(run.rows.size());
        for (size_t i = 0; i < m_order.size(); ++i)
            m_sorted[i] = run.rows[m_order[i]];
        if (!m_insertRun) {
            m_source = std::make_unique<PendingSource>(PendingSource{&m_sorted, &m_slots});
            if (const int rc = sqlite3_create_module_v2(m_db.handle(), PendingTableName, &PendingModule, m_source.get(), nullptr);
                rc != SQLITE_OK)
                throw SqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
            m_insertRun = std::make_unique<SqliteStatement>(
                m_db, QStringLiteral("INSERT INTO measurement (batch_id, respondent_id, touchpoint_id, metric_id, kind,"
                                     " segment_id, time, month, value) SELECT ?, respondent_id, touchpoint_id,"
                                     " metric_id, kind, segment_id, time, month, value FROM %1")
                          .arg(QLatin1String(PendingTableName)));
        }
        m_insertRun->bind(1, m_batch.value());
        m_insertRun->run();
    }
    run.rows.clear();
    run.newKeys.clear();
    m_order.clear();
    m_sorted.clear();
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
    // Give the runs' memory back before the caller builds indexes.
    std::vector<PendingRow>().swap(m_pending);
    std::vector<PendingRow>().swap(m_sorted);
    std::vector<quint32>().swap(m_order);
    m_running.reset();
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
