#pragma once

#include "csvreader.h"
#include "importmapping.h"
#include "store/measurementwriter.h"
#include "valueparsing.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace cxmap {

class Journey;

/**
 * What every row reader needs while an import runs: the writer, the journey's names, caches
 * keyed by raw cell bytes (a million rows repeat a few hundred names, and consecutive rows
 * mostly repeat the respondent, segment and time), the skip counts, and one way to fail with
 * "<file>:<line>:<column>: <what> (column "<header>")", the column counted from 1 as a
 * spreadsheet does.
 */
class ImportContext
{
public:
    ImportContext(MeasurementWriter &writer, const Journey &journey, const ImportMapping &mapping,
                  const QString &fileName, char delimiter, const QStringList &columnNames);

    MeasurementWriter &writer() { return m_writer; }
    const ImportMapping &mapping() const { return m_mapping; }

    [[noreturn]] void fail(const CsvRecord &record, int column, const QString &what) const;
    [[noreturn]] void fail(const CsvRecord &record, const QString &what) const;

    /** Dates without a zone in `column` are local times of `zone` (a Qualtrics export's). */
    void setTimeZone(int column, const QTimeZone &zone);

    /** The touchpoint a cell names, or nullopt for an empty cell; fails for an unknown name. */
    std::optional<qint64> touchpoint(const CsvRecord &record, int column);
    const MetricScale &metric(const CsvRecord &record, int column);
    /** The scale of a metric the plan already checked exists. */
    const MetricScale &metricNamed(const QString &name) const;
    std::optional<qint64> segment(const CsvRecord &record, int column);
    std::optional<qint64> respondent(const CsvRecord &record, int column);
    std::optional<qint64> timestamp(const CsvRecord &record, int column);
    MeasurementKind kind(const CsvRecord &record, int column);

    /**
     * A rated cell as a number on `scale`: nullopt (and counted as skipped) when empty or "not
     * rated"; text through `recoding`, the mapping's values, a number in front ("5 - Very
     * satisfied") or the words of a 1–5 satisfaction scale. Fails for anything else, or a value
     * off the scale.
     */
    std::optional<double> rating(const CsvRecord &record, int column, const MetricScale &scale,
                                 const QHash<QString, double> &recoding = {});
    /** A number cell (n, mean) that must be present. */
    double number(const CsvRecord &record, int column, const char *what);

    void skip(const QString &reason, qint64 count = 1) { m_skipped[reason] += count; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

private:
    bool isNotRated(QByteArrayView raw, const std::optional<double> &number, QString *reason) const;

    MeasurementWriter &m_writer;
    const ImportMapping &m_mapping;
    QString m_fileName;
    QStringList m_columnNames;
    bool m_commaDecimal;
    ValueParsing::DateOrder m_dateOrder;
    QHash<QString, qint64> m_touchpointsByName;
    QHash<QByteArray, qint64> m_touchpointCache;
    QHash<QByteArray, MetricScale> m_metricCache;
    // "Not rated": cells compared as lower-case text, and numbers (a mapping's "0" is 0, 0.0…).
    QSet<QString> m_notRatedTexts;
    QList<double> m_notRatedNumbers;
    QHash<int, QTimeZone> m_timeZones;
    QMap<QString, qint64> m_skipped;

    // The last cell seen per role, and what it resolved to.
    QByteArray m_lastRespondent;
    qint64 m_lastRespondentId = 0;
    QByteArray m_lastSegment;
    qint64 m_lastSegmentId = 0;
    QByteArray m_lastTime;
    int m_lastTimeColumn = -1;
    qint64 m_lastSeconds = 0;
};

} // namespace cxmap
