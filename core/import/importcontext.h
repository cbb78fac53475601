#pragma once

#include "csvreader.h"
#include "importmapping.h"
#include "store/measurementwriter.h"
#include "valueparsing.h"

#include <QHash>
#include <QSet>

namespace cxmap {

class Journey;

/**
 * What every row reader needs while an import runs: the writer, the journey's names, caches
 * keyed by raw cell bytes (a million rows repeat a few hundred names), the skip counts, and
 * one way to fail with "<file>:<line>:<column>: <what>".
 */
class ImportContext
{
public:
    ImportContext(MeasurementWriter &writer, const Journey &journey, const ImportMapping &mapping,
                  const QString &fileName, char delimiter);

    MeasurementWriter &writer() { return m_writer; }
    const ImportMapping &mapping() const { return m_mapping; }

    [[noreturn]] void fail(const CsvRecord &record, int column, const QString &what) const;
    [[noreturn]] void fail(const CsvRecord &record, const QString &what) const;

    /** The touchpoint a cell names, or nullopt for an empty cell; fails for an unknown name. */
    std::optional<qint64> touchpoint(const CsvRecord &record, int column);
    const MetricScale &metric(const CsvRecord &record, int column);
    const MetricScale &metricNamed(const QString &name, const CsvRecord &record, int column);
    std::optional<qint64> segment(const CsvRecord &record, int column);
    std::optional<qint64> respondent(const CsvRecord &record, int column);
    std::optional<qint64> timestamp(const CsvRecord &record, int column);
    MeasurementKind kind(const CsvRecord &record, int column);

    /**
     * A rated cell as a number on `scale`: nullopt (and counted as skipped) when empty or "not
     * rated"; text through the mapping's values or a number in front ("5 - Very satisfied").
     * Fails for anything else, or a value off the scale.
     */
    std::optional<double> rating(const CsvRecord &record, int column, const MetricScale &scale,
                                 const QString &metricName, const QHash<QString, double> &recoding);
    /** A number cell (n, mean) that must be present. */
    double number(const CsvRecord &record, int column, const char *what);

    void skip(const QString &reason, qint64 count = 1) { m_skipped[reason] += count; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

private:
    MeasurementWriter &m_writer;
    const Journey &m_journey;
    const ImportMapping &m_mapping;
    QString m_fileName;
    bool m_commaDecimal;
    ValueParsing::DateOrder m_dateOrder;
    QHash<QString, qint64> m_touchpointsByName;
    QHash<QByteArray, qint64> m_touchpointCache;
    QHash<QByteArray, MetricScale> m_metricCache;
    QSet<QString> m_notRated;
    QMap<QString, qint64> m_skipped;
};

} // namespace cxmap
