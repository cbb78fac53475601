#include "measurementwriter.h"

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
                         Scale{metrics.columnInt(0), metrics.columnDouble(2), metrics.columnDouble(3)});
    SqliteStatement segments(db, "SELECT id, name FROM segment");
    while (segments.step())
        m_segments.insert(segments.columnText(1), segments.columnInt(0));

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
    const auto metric = m_metrics.constFind(record.metric.toLower());
    if (metric == m_metrics.cend())
        throw DocumentError(QStringLiteral("unknown metric \"%1\"").arg(record.metric));
    if (!(record.value >= metric->min && record.value <= metric->max))
        throw DocumentError(QStringLiteral("value %1 is outside the %2 scale (%3 to %4)")
                                .arg(record.value)
                                .arg(record.metric)
                                .arg(metric->min)
                                .arg(metric->max));

    m_insertMeasurement.bind(1, m_batch.value());
    if (record.respondent.isEmpty())
        m_insertMeasurement.bindNull(2);
    else
        m_insertMeasurement.bind(2, respondentId(record.respondent));
    if (record.touchpoint.isValid())
        m_insertMeasurement.bind(3, record.touchpoint.value());
    else
        m_insertMeasurement.bindNull(3);
    m_insertMeasurement.bind(4, metric->id);
    m_insertMeasurement.bind(5, static_cast<qint64>(record.kind));
    if (record.segment.isEmpty())
        m_insertMeasurement.bindNull(6);
    else
        m_insertMeasurement.bind(6, segmentId(record.segment));
    m_insertMeasurement.bind(7, record.timestamp);
    if (record.timestamp)
        m_insertMeasurement.bind(8, monthIndex(*record.timestamp));
    else
        m_insertMeasurement.bindNull(8);
    m_insertMeasurement.bind(9, record.value);
    m_insertMeasurement.run();
    ++m_written;
}

void MeasurementWriter::finish(qint64 rowsRead, const QMap<QString, qint64> &skipped)
{
    QJsonObject reasons;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        reasons.insert(it.key(), it.value());
    SqliteStatement update(m_db, "UPDATE batch SET rows_read = ?, rows_imported = ?, skipped = ?"
                                 " WHERE id = ?");
    update.bind(1, rowsRead);
    update.bind(2, m_written);
    update.bind(3, QJsonDocument(reasons).toJson(QJsonDocument::Compact));
    update.bind(4, m_batch.value());
    update.run();
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

qint64 MeasurementWriter::respondentId(const QString &key)
{
    if (const auto found = m_respondents.constFind(key); found != m_respondents.cend())
        return *found;

    QString stored = key;
    if (m_hashRespondents) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(m_salt);
        hash.addData(key.toUtf8());
        stored = QString::fromLatin1(hash.result().toHex().left(32));
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
    m_respondents.insert(key, id);
    return id;
}

qint64 MeasurementWriter::segmentId(const QString &name)
{
    if (const auto found = m_segments.constFind(name); found != m_segments.cend())
        return *found;
    m_insertSegment.bind(1, name);
    m_insertSegment.run();
    const qint64 id = m_db.lastInsertRowId();
    m_segments.insert(name, id);
    return id;
}

} // namespace cxmap
