#pragma once

#include "columnplan.h"
#include "csvreader.h"
#include "store/measurementwriter.h"

#include <QStringList>

namespace cxmap {

class ImportContext;
struct SurveyHeader;

/** Turns one data row of a file into stored answers. One reader per format family. */
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual void read(const CsvRecord &record, ImportContext &context) = 0;
    /** Header columns the reader did not use, reported in the summary. */
    virtual QStringList unusedColumns() const { return {}; }
};

/**
 * respondent,timestamp,segment,touchpoint,metric,value[,kind]: one answer a row. A mapping may
 * name other respondent, timestamp and segment columns.
 */
class LongRowReader : public RowReader
{
public:
    LongRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName);
    void read(const CsvRecord &record, ImportContext &context) override;
    QStringList unusedColumns() const override { return m_unused; }

private:
    int m_respondent = -1, m_timestamp = -1, m_segment = -1, m_touchpoint = -1, m_metric = -1,
        m_value = -1, m_kind = -1;
    int m_width = 0;
    QStringList m_unused;
};

/** One row per respondent, one column per touchpoint × metric (wide, Qualtrics, SurveyMonkey). */
class WideRowReader : public RowReader
{
public:
    WideRowReader(const ColumnPlan &plan, ImportContext &context);
    void read(const CsvRecord &record, ImportContext &context) override;

private:
    struct Rated
    {
        int column;
        qint64 touchpoint;
        MetricScale scale;
        MeasurementKind kind;
    };
    QList<Rated> m_rated;
    int m_respondent = -1, m_timestamp = -1, m_segment = -1, m_outcome = -1;
    MetricScale m_outcomeScale;
    QHash<QString, double> m_outcomeValues;
    int m_width = 0;
};

/** Published figures: touchpoint, metric, period, segment, n, mean[, sd] or top_box. */
class AggregateRowReader : public RowReader
{
public:
    AggregateRowReader(const SurveyHeader &header, const QString &fileName);
    void read(const CsvRecord &record, ImportContext &context) override;
    QStringList unusedColumns() const override { return m_unused; }

private:
    int m_touchpoint = -1, m_metric = -1, m_period = -1, m_periodStart = -1, m_periodEnd = -1,
        m_segment = -1, m_n = -1, m_mean = -1, m_sd = -1, m_topBox = -1, m_kind = -1;
    int m_width = 0;
    QStringList m_unused;
};

} // namespace cxmap
