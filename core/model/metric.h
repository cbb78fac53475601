#pragma once

#include "ids.h"

#include <QList>
#include <QString>

#include <optional>

namespace cxmap {

/** A named answer scale. Built-in ones exist in every document; users add their own. */
struct Metric
{
    MetricId id;
    QString name;
    double min = 1.0;
    double max = 5.0;
    bool higherIsBetter = true;
    /** Lowest raw value that counts as "top box" (CSAT 4–5), when the scale has one. */
    std::optional<double> topBoxFrom;
    QString description;

    /** Maps a raw answer to 0–100, inverted when lower is better (DESIGN §3). */
    double normalise(double value) const;
    bool contains(double value) const { return value >= min && value <= max; }

    friend bool operator==(const Metric &, const Metric &) = default;
};

/**
 * How a metric's score is reported when it is shown on its own scale, as people know it: NPS as
 * % promoters − % detractors (−100…+100), CSAT as the share of satisfied answers (top-2-box),
 * every other scale (CES, emotion, CX Index, users' own) as its mean.
 */
enum class ReportedAs { Mean, TopBox, Nps };
ReportedAs reportedAs(const QString &metricName);

/** The metrics every document starts with, with fixed IDs 1…n. */
QList<Metric> builtinMetrics();

} // namespace cxmap
