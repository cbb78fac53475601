#pragma once

#include "analysis/findings.h"

#include <QList>
#include <QString>

namespace cxmap {

/** One bar of an answer distribution: a single value (from == to) or a range of values. */
struct DistributionBar
{
    double from = 0.0;
    double to = 0.0;
    qint64 count = 0;
    /** "4", or "5–9" for a range. */
    QString label;
};

/**
 * The bars of a metric's answers, lowest first. A small scale of whole numbers (up to 21
 * values) gets a bar per value, unanswered values included, so the shape of the scale shows;
 * up to 21 distinct answered values get a bar each; more are counted in at most 20 equal-width
 * bins over the scale, with round edges. The counts always add up to the answers.
 */
QList<DistributionBar> distributionBars(const MetricScore &metric);

} // namespace cxmap
