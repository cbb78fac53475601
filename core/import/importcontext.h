#pragma once

#include "csvreader.h"
#include "importmapping.h"
#include "scalelabels.h"
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

/** Which cells mean "not rated" for one column or metric: texts (lower case) and numbers. */
struct NotRatedRule
{
    QSet<QString> texts;
    QList<double> numbers;
};

/** How the scale labels of each column were read: kept across a second reading of the file. */
using LabelScales = QHash<qint64, int>;

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
    /** Whether numbers may be written "4,5" (the delimiter is not the comma). */
    bool commaDecimal() const { return m_commaDecimal; }
    /** A workbook leaves out the empty cells at the end of a row: a short row is no error there. */
    void setTolerateShortRows(bool tolerate) { m_tolerateShortRows = tolerate; }
    bool toleratesShortRows() const { return m_tolerateShortRows; }

    [[noreturn]] void fail(const CsvRecord &record, int column, const QString &what) const;
    [[noreturn]] void fail(const CsvRecord &record, const QString &what) const;

    /** Dates without a zone in `column` are local times of `zone` (a Qualtrics export's). */
    void setTimeZone(int column, const QTimeZone &zone);

    /**
     * The touchpoint a cell names (matchKey(), or the mapping's touchpoint_names), or nullopt
     * for an empty cell; fails for an unknown name. `skip` is set for a name the mapping skips.
     */
    std::optional<qint64> touchpoint(const CsvRecord &record, int column, bool *skip = nullptr);
    /** The metric a cell names (or the mapping's metric_names); nullptr for one it skips. */
    const MetricScale *metric(const CsvRecord &record, int column);
    /** The scale of a metric the plan already checked exists. */
    const MetricScale &metricNamed(const QString &name) const;
    std::optional<qint64> segment(const CsvRecord &record, int column);
    std::optional<qint64> respondent(const CsvRecord &record, int column);
    std::optional<qint64> timestamp(const CsvRecord &record, int column);
    MeasurementKind kind(const CsvRecord &record, int column);

    /** The rule for `values` (a mapping's not_rated list), with the survey tools' own texts. */
    NotRatedRule notRatedRule(const QStringList &values) const;

    /**
     * A rated cell as a number on `scale`: nullopt (and counted as skipped) when empty or "not
     * rated" by `rule`; text through `recoding`, the mapping's values, a number in front ("5 -
     * Very satisfied") or the default labels of the survey tools' scales (ScaleLabels), read per
     * `labels` (a column, or a metric of a long file). Fails for anything else, or a value off
     * the scale.
     */
    std::optional<double> rating(const CsvRecord &record, int column, const MetricScale &scale,
                                 const NotRatedRule &rule, qint64 labels,
                                 const QHash<QString, double> &recoding = {});
    /** A number cell (n, mean) that must be present. */
    double number(const CsvRecord &record, int column, const char *what);

    void skip(const QString &reason, qint64 count = 1) { m_skipped[reason] += count; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

    /** Label scales fixed by a first reading (a second reading reads each column on its own). */
    void fixLabelScales(const LabelScales &scales);
    /**
     * Columns whose labels settled on a scale that reads some label otherwise than it was read
     * (empty when all is well): the file must be read again with these fixed.
     */
    LabelScales unsettledLabelScales() const;
    /** "question: scale" for every question whose text answers were read as a known scale's labels. */
    QStringList labelNotes() const;
    /** What the summary calls the answers read under `labels` (a question's text). */
    void nameLabels(qint64 labels, const QString &name) { m_labelOwners.insert(labels, name); }

private:
    bool isNotRated(QByteArrayView raw, const std::optional<double> &number, const NotRatedRule &rule,
                    QString *reason) const;

    MeasurementWriter &m_writer;
    const ImportMapping &m_mapping;
    QString m_fileName;
    QStringList m_columnNames;
    bool m_commaDecimal;
    bool m_tolerateShortRows = false;
    ValueParsing::DateOrder m_dateOrder;
    QHash<QString, qint64> m_touchpointsByName;
    QHash<QString, qint64> m_touchpointsByKey;
    QSet<QString> m_ambiguousKeys;
    QHash<QString, QString> m_touchpointNames;
    QHash<QString, QString> m_metricNames;
    QSet<QString> m_skipTouchpoints;
    QSet<QString> m_skipMetrics;
    // A cached touchpoint of -1 is one the mapping skips.
    QHash<QByteArray, qint64> m_touchpointCache;
    QHash<QByteArray, std::optional<MetricScale>> m_metricCache;
    QHash<qint64, LabelColumn> m_labels;
    QHash<qint64, QString> m_labelOwners;
    QHash<int, QTimeZone> m_timeZones;
    QMap<QString, qint64> m_skipped;

    // The last cell seen per role, and what it resolved to (a copy: QHash moves its nodes).
    QByteArray m_lastTouchpoint;
    qint64 m_lastTouchpointId = 0;
    QByteArray m_lastMetric;
    std::optional<MetricScale> m_lastMetricScale;
    bool m_lastMetricValid = false;
    QByteArray m_lastRespondent;
    qint64 m_lastRespondentId = 0;
    QByteArray m_lastSegment;
    qint64 m_lastSegmentId = 0;
    QByteArray m_lastTime;
    int m_lastTimeColumn = -1;
    qint64 m_lastSeconds = 0;
};

} // namespace cxmap
