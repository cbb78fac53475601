#pragma once

#include "correlation.h"
#include "statistics.h"
#include "store/measurement.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cxmap {

class SqliteDatabase;

/** A metric's scale as the queries need it. */
struct ScaleInfo
{
    qint64 id = 0;
    QString name;
    double min = 0.0;
    double max = 1.0;
    bool higherIsBetter = true;
    std::optional<double> topBoxFrom;

    /** The 0–100 value of a raw answer is `offset + factor * value` (DESIGN §3). */
    double factor() const { return (higherIsBetter ? 100.0 : -100.0) / (max - min); }
    double offset() const { return higherIsBetter ? -100.0 * min / (max - min) : 100.0 * max / (max - min); }
    /** Moments of raw answers moved onto the 0–100 scale (a linear map keeps them exact). */
    SampleMoments normalised(const SampleMoments &raw) const;
};

/** Which answers an analysis reads. Month indexes are year * 12 + month − 1. */
struct QueryScope
{
    std::optional<qint64> segment;
    std::optional<qint64> monthFrom;
    std::optional<qint64> monthTo;
    /** Metrics making up performance (experience and expectation answers at touchpoints). */
    QList<ScaleInfo> metrics;
};

/** Sums of one metric's answers at one touchpoint (0 = journey level), of one kind. */
struct MetricMoments
{
    qint64 touchpoint = 0;
    qint64 metric = 0;
    MeasurementKind kind = MeasurementKind::Experience;
    SampleMoments raw;
    qint64 topBox = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;
    std::optional<qint64> lastMonth;
    /** Raw moments per month with answers, in month order (answers without a date left out). */
    QList<std::pair<qint64, SampleMoments>> months;
    /** How many answers gave each value: the answer distribution. */
    QMap<double, qint64> distribution;
};

/** One stored aggregated row, within the scope. */
struct AggregateMoments
{
    qint64 touchpoint = 0;
    qint64 metric = 0;
    MeasurementKind kind = MeasurementKind::Experience;
    /** row.n is 0 when the source gave no n (nUnknown); row.mean is 0 without a mean. */
    AggregateRow row;
    bool hasMean = false;
    bool nUnknown = false;
    std::optional<double> topBox;
    std::optional<qint64> lastMonth;
};

/**
 * The SQL behind every score (DESIGN §4: aggregated in SQLite, never loaded row by row).
 * Each function is one GROUP BY over the measurement table, whose key (metric, kind,
 * touchpoint, month, value) is the order the histograms group in.
 *
 * Only answers cxmap could have stored are read: a value within its metric's scale (so never
 * an infinite one) and a month within ValidMonths. A file changed by other means may hold
 * others; they are left out of every statistic, and moments() counts them.
 */
namespace ScoreQueries {

/** Months an answer can be dated in (the import reads years 1900–2200), as year * 12 + month − 1. */
inline constexpr qint64 FirstValidMonth = 1800 * 12;
inline constexpr qint64 LastValidMonth = 3000 * 12 - 1;

QList<ScaleInfo> scales(SqliteDatabase &db);

/**
 * Which metrics are answered at touchpoints (an entry per metric and kind, touchpoint not 0)
 * and how many journey-level answers each metric has (touchpoint 0, raw.n), from a few index
 * seeks and range counts, without a pass over all the answers: what choosing the metrics and
 * the outcome needs.
 */
QList<MetricMoments> usage(SqliteDatabase &db);

/**
 * n, Σv, Σv², top-box and NPS counts, and the same per month, per metric × kind × touchpoint:
 * from each touchpoint's answer histogram, read in index order with count(*) alone. `leftOut`,
 * when given, receives the number of answers in scope that were not valid (see above).
 */
QList<MetricMoments> moments(SqliteDatabase &db, const QueryScope &scope, qint64 *leftOut = nullptr);
QList<AggregateMoments> aggregates(SqliteDatabase &db, const QueryScope &scope);

/** Respondents who rated each touchpoint, and respondents in scope (for observed reach). */
QHash<qint64, qint64> respondentsPerTouchpoint(SqliteDatabase &db, const QueryScope &scope, qint64 *total);

/**
 * Per touchpoint, sums over respondents of x = their mean 0–100 experience there and y = their
 * mean outcome answer (raw): what Pearson's r needs.
 */
QHash<qint64, PairedMoments> outcomePairs(SqliteDatabase &db, const QueryScope &scope, qint64 outcomeMetric);
/** The same pairs as lists, for Spearman's rho (loaded only on request). */
QHash<qint64, std::pair<QList<double>, QList<double>>> outcomePairLists(SqliteDatabase &db, const QueryScope &scope,
                                                                        qint64 outcomeMetric);

/** Per touchpoint and segment, moments of 0–100 experience values. */
QHash<qint64, QHash<qint64, SampleMoments>> perSegment(SqliteDatabase &db, const QueryScope &scope);

/** The first and last month with answers in scope. */
std::optional<std::pair<qint64, qint64>> monthRange(SqliteDatabase &db, const QueryScope &scope);

} // namespace ScoreQueries
} // namespace cxmap
