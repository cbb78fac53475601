#pragma once

#include "columnplan.h"
#include "csvreader.h"
#include "importcontext.h"
#include "store/measurementwriter.h"

#include <QStringList>

namespace cxmap {

struct SurveyHeader;

/** Turns one data row of a file into stored answers. One reader per format family. */
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual void read(const CsvRecord &record, ImportContext &context) = 0;
    /** Header columns the reader did not use, reported in the summary. */
    virtual QStringList unusedColumns() const { return {}; }
    /** What the user should look at first, once every row was read. */
    virtual QStringList warnings() const { return {}; }
};

/**
 * respondent,timestamp,segment,touchpoint,metric,value[,kind]: one answer a row. A mapping may
 * name other columns for any of them, rename or skip touchpoints and metrics, and say per
 * metric which values mean "not rated" (the ratings' list applies to rows with a touchpoint
 * only, never to a journey-level outcome).
 */
class LongRowReader : public RowReader
{
public:
    LongRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName,
                  const ImportContext &context);
    void read(const CsvRecord &record, ImportContext &context) override;
    QStringList unusedColumns() const override { return m_unused; }

private:
    const NotRatedRule &rule(const MetricScale &scale, bool outcome);

    const ImportMapping &m_mapping;
    const ImportContext &m_context;
    int m_respondent = -1, m_timestamp = -1, m_segment = -1, m_touchpoint = -1, m_metric = -1,
        m_value = -1, m_kind = -1;
    int m_width = 0;
    QStringList m_unused;
    QHash<qint64, NotRatedRule> m_rules;
    qint64 m_lastRuleKey = -1;
    const NotRatedRule *m_lastRule = nullptr;
};

/**
 * One row per respondent, one column per touchpoint × metric (wide, Qualtrics, SurveyMonkey).
 * Without a respondent column each row is one respondent. Unmatched columns are watched: one
 * whose values look like ratings is a warning.
 */
class WideRowReader : public RowReader
{
public:
    WideRowReader(const ColumnPlan &plan, const SurveyHeader &header, ImportContext &context);
    void read(const CsvRecord &record, ImportContext &context) override;
    QStringList warnings() const override;

private:
    struct Rated
    {
        int column;
        /** The first column of its question: the key its labels are read under. */
        int question;
        qint64 touchpoint;
        MetricScale scale;
        MeasurementKind kind;
        NotRatedRule notRated;
    };
    struct Watched
    {
        int column;
        QString name;
        /** What the column is about, where its name does not say (a Qualtrics question). */
        QString label;
        RatingGuess guess;
    };
    QList<Rated> m_rated;
    QList<Watched> m_watched;
    int m_respondent = -1, m_timestamp = -1, m_segment = -1, m_outcome = -1;
    bool m_respondentPerRow = false;
    MetricScale m_outcomeScale;
    NotRatedRule m_outcomeNotRated;
    QHash<QString, double> m_outcomeValues;
    int m_width = 0;
};

/**
 * Published figures: touchpoint, metric, period, segment, n, mean[, sd] or top_box, under these
 * names or those the mapping gives. n may be missing ("n unknown"); a top box may be a share
 * (0.62), a percentage (62, 62%) — a column whose header says "percent" holds percentages —;
 * a period a year, a quarter, a month (2026-03, 03_2026, 03/2026) or a date.
 */
class AggregateRowReader : public RowReader
{
public:
    AggregateRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName);
    void read(const CsvRecord &record, ImportContext &context) override;
    QStringList unusedColumns() const override { return m_unused; }

private:
    int m_touchpoint = -1, m_metric = -1, m_period = -1, m_periodStart = -1, m_periodEnd = -1,
        m_segment = -1, m_n = -1, m_mean = -1, m_sd = -1, m_topBox = -1, m_kind = -1;
    bool m_topBoxPercent = false;
    QString m_defaultMetric;
    ValueParsing::DateOrder m_dateOrder = ValueParsing::DateOrder::MonthFirst;
    int m_width = 0;
    QStringList m_unused;
};

/** Months (year * 12 + month − 1, first and last) of a period as published; nullopt when unreadable. */
std::optional<std::pair<qint64, qint64>> parsePeriod(QByteArrayView text,
                                                     ValueParsing::DateOrder order = ValueParsing::DateOrder::MonthFirst);

} // namespace cxmap
