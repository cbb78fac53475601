#pragma once

#include "analysis/findings.h"
#include "analysis/stagecurve.h"
#include "analysis/touchpointseries.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace cxmap {

struct ReportStyle;

/**
 * The report's charts, painted with QPainter in points (Qt Charts is widget-bound): the same
 * data as the editor's chart docks (core/analysis), drawn as vectors for paper.
 */
namespace ReportCharts {

/** Mean performance per stage with its 95% band; stages without answers are gaps. */
void experienceCurve(QPainter *painter, const QRectF &rect, const ReportStyle &style,
                     const QList<StagePoint> &curve);

/**
 * The importance–performance matrix of the findings (core/analysis/importancematrix: the
 * touchpoints and median splits the findings engine uses), "fix first" shaded; points numbered
 * in the matrix's order, names listed. Returns the names by number, for the legend under it.
 */
QStringList importanceMatrix(QPainter *painter, const QRectF &rect, const ReportStyle &style,
                             const Findings &findings);

/** One touchpoint's monthly performance with 95% whiskers and its fitted trend line. */
void trend(QPainter *painter, const QRectF &rect, const ReportStyle &style, const TouchpointFinding &finding,
           const QList<MonthlyScore> &months);

/** The answers per value of each metric at a touchpoint, as bars with shares. */
void distribution(QPainter *painter, const QRectF &rect, const ReportStyle &style,
                  const TouchpointFinding &finding);
/** The height distribution() needs at `width`. */
double distributionHeight(const TouchpointFinding &finding, const ReportStyle &style);

} // namespace ReportCharts
} // namespace cxmap
