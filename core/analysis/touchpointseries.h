#pragma once

// Series the charts draw beside the findings: one touchpoint's performance month by month, and
// every touchpoint's performance per segment (the experience curve split by segment). Findings
// keep only what each touchpoint's summary needs (the fitted trend, not its monthly points), so
// these are separate, cheap queries, asked for only when a chart shows them.

#include "analysisrequest.h"
#include "model/ids.h"
#include "statistics.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cxmap {

class SqliteDatabase;

/** One month of a touchpoint's performance (0–100) with its n and t interval. */
struct MonthlyScore
{
    /** year × 12 + month − 1, as monthName() names it. */
    qint64 month = 0;
    MeanSummary performance;
};

/**
 * The touchpoint's monthly performance, in month order, over `metrics` (the names that made up
 * performance: Findings::metrics), pooled on the 0–100 scale like the findings' trend, within
 * the request's segment and period. Respondent-level answers with a date only: aggregated rows
 * have no month of their own. One GROUP BY month per metric over the answers' key range of
 * (metric, kind, touchpoint). An unknown segment or metric gives an empty series; throws SqliteError.
 */
QList<MonthlyScore> monthlyPerformance(SqliteDatabase &db, TouchpointId touchpoint,
                                       const AnalysisRequest &request, const QStringList &metrics);

/**
 * Every touchpoint's performance per segment: segment name → touchpoint → 0–100 summary, over
 * `metrics` and within the request's period (its segment is ignored: this is the split by
 * segment). Respondent-level answers that carry a segment only. Throws SqliteError.
 */
QMap<QString, QHash<TouchpointId, MeanSummary>> performanceBySegment(SqliteDatabase &db,
                                                                     const AnalysisRequest &request,
                                                                     const QStringList &metrics);

/**
 * What the filters can offer: the segments, the metrics answered at some touchpoint (in metric
 * order) and the first and last month with answers (empty without dated answers).
 */
struct AnswerScope
{
    QStringList segments;
    QStringList metrics;
    /** Metrics with journey-level answers: the outcomes to choose from. */
    QStringList outcomes;
    QString firstMonth;
    QString lastMonth;
};

/** Reads the AnswerScope: index seeks per metric, one pass for the months. Throws SqliteError. */
AnswerScope readAnswerScope(SqliteDatabase &db);

} // namespace cxmap
