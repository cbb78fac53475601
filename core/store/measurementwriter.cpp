#include "measurementwriter.h"

#include "datatables.h"
#include "documenterror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxmap {

MeasurementWriter::MeasurementWriter(SqliteDatabase &db, const Batch &batch, bool hashRespondents)
    : m_db(db)
    , m_hashRespondents(hashRespondents)
    , m_insertMeasurement(db, "INSERT INTO measurement (batch_id, respondent_id, touchpoint_id,"
                              " metric_id, kind, segment_id, time, month, value)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_insertRespondent(db, "INSERT INTO respondent (key) VALUES (?)")
    , m_findRespondent(db, "SELECT id FROM respondent WHERE key = ?")
    , m_insertSegment(db, "INSERT INTO segment (name) VALUES (?)")
{
    m_salt = db.queryText("SELECT value FROM document WHERE key = 'respondent_salt'")
                 .value_or(QString())
                 .toUtf8();

    SqliteStatement metrics(db, "SELECT id, name, min, max FROM metric");
    while (metrics.step())
        m_metrics.insert(metrics.columnText(1).toLower(),
                         MetricScale{metrics.columnInt(0), metrics.columnDouble(2), metrics.columnDouble(3)});
    SqliteStatement segments(db, "SELECT id, name FROM segment");
    while (segments.step())
        m_segments.insert(segments.columnText(1).toUtf8(), segments.columnInt(0));

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

MeasurementWriter::~MeasurementWriter() = default;

void MeasurementWriter::add(const MeasurementRecord &record)
{
    const MetricScale *scale = metric(record.metric);
    if (!scale)
        throw DocumentError(QStringLiteral("unknown metric \"%1\"").arg(record.metric));
    if (!(record.value >= scale->min && record.value <= scale->max))
        throw DocumentError(QStringLiteral("value %1 is outside the %2 scale (%3 to %4)")
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
    m_insertMeasurement.bind(1, m_batch.value());
    m_insertMeasurement.bind(2, measurement.respondent);
    m_insertMeasurement.bind(3, measurement.touchpoint);
    m_insertMeasurement.bind(4, measurement.metric);
    m_insertMeasurement.bind(5, static_cast<qint64>(measurement.kind));
    m_insertMeasurement.bind(6, measurement.segment);
    m_insertMeasurement.bind(7, measurement.time);
    m_insertMeasurement.bind(8, measurement.time ? std::optional<qint64>(monthIndex(*measurement.time))
                                                 : std::nullopt);
    m_insertMeasurement.bind(9, measurement.value);
    m_insertMeasurement.run();
    ++m_written;
}

void MeasurementWriter::insertAggregate(const AggregateRecord &aggregate)
{
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
}

const MetricScale *MeasurementWriter::metric(const QString &name) const
{
    const auto found = m_metrics.constFind(name.toLower());
    return found == m_metrics.cend() ? nullptr : &*found;
}

void MeasurementWriter::finish(qint64 rowsRead, const QMap<QString, qint64> &skipped)
{
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
    qint64 id = 0;
    m_findRespondent.bind(1, stored);
    if (m_findRespondent.step()) {
        id = m_findRespondent.columnInt(0);
        m_findRespondent.reset();
    } else {
        m_findRespondent.reset();
        m_insertRespondent.bind(1, stored);
        m_insertRespondent.run();
        id = m_db.lastInsertRowId();
    }
    m_respondents.insert(key.toByteArray(), id);
    return id;
}

qint64 MeasurementWriter::segmentId(QByteArrayView name)
{
    if (const auto found = m_segments.constFind(QByteArray::fromRawData(name.data(), name.size()));
        found != m_segments.cend())
        return *found;
    m_insertSegment.bind(1, name.toByteArray());
    m_insertSegment.run();
    const qint64 id = m_db.lastInsertRowId();
    m_segments.insert(name.toByteArray(), id);
    m_newSegments.append(QString::fromUtf8(name));
    return id;
}

} // namespace cxmap
