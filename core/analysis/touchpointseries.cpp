#include "touchpointseries.h"

#include "findings.h"
#include "scorequeries.h"
#include "store/sqlitedb.h"

#include <QDate>

#include <algorithm>
#include <optional>

namespace cxmap {

namespace {

qint64 monthOf(const QDate &date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

// The scales named, in the order given; nullopt when one is unknown (the findings would have
// refused such a request, so there is nothing to draw).
std::optional<QList<ScaleInfo>> scalesNamed(SqliteDatabase &db, const QStringList &names)
{
    const QList<ScaleInfo> all = ScoreQueries::scales(db);
    QList<ScaleInfo> result;
    for (const QString &name : names) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&name](const ScaleInfo &scale) {
            return scale.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == all.cend())
            return std::nullopt;
        result.append(*found);
    }
    return result;
}

std::optional<qint64> segmentId(SqliteDatabase &db, const QString &name)
{
    SqliteStatement find(db, "SELECT id FROM segment WHERE name = ? COLLATE NOCASE");
    find.bind(1, name);
    if (!find.step())
        return std::nullopt;
    return find.columnInt(0);
}

} // namespace

QList<MonthlyScore> monthlyPerformance(SqliteDatabase &db, TouchpointId touchpoint,
                                       const AnalysisRequest &request, const QStringList &metrics)
{
    const std::optional<QList<ScaleInfo>> scales = scalesNamed(db, metrics);
    std::optional<qint64> segment;
    if (!request.segment.isEmpty()) {
        segment = segmentId(db, request.segment);
        if (!segment)
            return {};
    }
    if (!scales || scales->isEmpty())
        return {};

    // Parameters rather than text: every filter is optional, and "?n IS NULL OR …" keeps one
    // statement that still walks the index range of (metric, kind, touchpoint) in month order.
    SqliteStatement query(
        db, "SELECT month, count(*), total(value), total(value * value) FROM measurement"
            " WHERE metric_id = ?1 AND kind = 0 AND touchpoint_id = ?2 AND month <> 0"
            " AND (?3 IS NULL OR segment_id = ?3) AND (?4 IS NULL OR month >= ?4)"
            " AND (?5 IS NULL OR month <= ?5) GROUP BY month");
    QMap<qint64, SampleMoments> months;
    for (const ScaleInfo &scale : *scales) {
        query.bind(1, scale.id);
        query.bind(2, touchpoint.value());
        query.bind(3, segment);
        query.bind(4, request.from ? std::optional<qint64>(monthOf(*request.from)) : std::nullopt);
        query.bind(5, request.to ? std::optional<qint64>(monthOf(*request.to)) : std::nullopt);
        while (query.step()) {
            const SampleMoments raw{query.columnInt(1), query.columnDouble(2),
                                    query.columnDouble(3)};
            // Pooled on 0–100, as performance pools the metrics (ScaleInfo::normalised is exact).
            months[query.columnInt(0)] += scale.normalised(raw);
        }
        query.reset();
    }
    QList<MonthlyScore> series;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        series.append(MonthlyScore{it.key(), summarizeMean(it.value())});
    return series;
}

QMap<QString, QHash<TouchpointId, MeanSummary>>
performanceBySegment(SqliteDatabase &db, const AnalysisRequest &request, const QStringList &metrics)
{
    const std::optional<QList<ScaleInfo>> scales = scalesNamed(db, metrics);
    if (!scales || scales->isEmpty())
        return {};
    QueryScope scope;
    scope.metrics = *scales;
    if (request.from)
        scope.monthFrom = monthOf(*request.from);
    if (request.to)
        scope.monthTo = monthOf(*request.to);

    QHash<qint64, QString> names;
    SqliteStatement segments(db, "SELECT id, name FROM segment");
    while (segments.step())
        names.insert(segments.columnInt(0), segments.columnText(1));

    QMap<QString, QHash<TouchpointId, MeanSummary>> result;
    const auto bySegment = ScoreQueries::perSegment(db, scope);
    for (auto touchpoint = bySegment.cbegin(); touchpoint != bySegment.cend(); ++touchpoint)
        for (auto segment = touchpoint->cbegin(); segment != touchpoint->cend(); ++segment)
            result[names.value(segment.key())].insert(TouchpointId(touchpoint.key()),
                                                      summarizeMean(segment.value()));
    return result;
}

AnswerScope readAnswerScope(SqliteDatabase &db)
{
    AnswerScope scope;
    SqliteStatement segments(db, "SELECT name FROM segment ORDER BY name COLLATE NOCASE");
    while (segments.step())
        scope.segments.append(segments.columnText(0));

    // One seek into the answers' key per metric: is there any answer at a touchpoint?
    SqliteStatement answered(db, "SELECT 1 FROM measurement WHERE metric_id = ? AND kind = 0"
                                 " AND touchpoint_id > 0 LIMIT 1");
    // And one per metric for journey-level answers: the outcomes moments of truth can use.
    SqliteStatement outcome(db, "SELECT 1 FROM measurement WHERE metric_id = ? AND kind = 0"
                                " AND touchpoint_id = 0 LIMIT 1");
    for (const ScaleInfo &scale : ScoreQueries::scales(db)) {
        answered.bind(1, scale.id);
        if (answered.step())
            scope.metrics.append(scale.name);
        answered.reset();
        outcome.bind(1, scale.id);
        if (outcome.step())
            scope.outcomes.append(scale.name);
        outcome.reset();
    }
    if (const auto range = ScoreQueries::monthRange(db, QueryScope{})) {
        scope.firstMonth = monthName(range->first);
        scope.lastMonth = monthName(range->second);
    }
    return scope;
}

} // namespace cxmap
