#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxmap {

/** What an analysis is about: the filters of `cxmap analyze` and of the editor's toolbar. */
struct AnalysisRequest
{
    /** Segment name; empty means every respondent. */
    QString segment;
    /** First and last day of the period; their months are included whole. */
    std::optional<QDate> from;
    std::optional<QDate> to;
    /** The journey-level outcome for importance; empty picks the one with most answers. */
    QString outcome;
    /** Metrics that make up performance; empty means every metric answered at touchpoints. */
    QStringList metrics;
    /** Rank importance by Spearman's rho instead of Pearson's r. */
    bool spearman = false;

    /** Identifies the request in the findings cache. */
    QString cacheKey() const;
};

} // namespace cxmap
