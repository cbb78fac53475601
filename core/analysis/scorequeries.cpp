#include "scorequeries.h"

#include "store/schema.h"
#include "store/sqlitedb.h"

#include <QStringList>

namespace cxmap {

SampleMoments ScaleInfo::normalised(const SampleMoments &raw) const
{
    // v' = a + b v  ⇒  Σv' = n a + b Σv,  Σv'² = n a² + 2ab Σv + b² Σv².
    const double a = offset();
    const double b = factor();
    SampleMoments moments;
    moments.n = raw.n;
    moments.sum = double(raw.n) * a + b * raw.sum;
    moments.sumSquares = double(raw.n) * a * a + 2.0 * a * b * raw.sum + b * b * raw.sumSquares;
    return moments;
}

namespace ScoreQueries {

namespace {

// Every value put into SQL text here is an integer of our own (IDs, month indexes), never text
// from a file or a user, so building the clause as text is safe and lets SQLite plan each query
// for its actual filters.
QString filters(const QueryScope &scope, const char *table = "m", bool validMonthsOnly = true)
{
    QString clause;
    const QString prefix = QString::fromLatin1(table);
    if (validMonthsOnly)
        clause += QStringLiteral(" AND (%1.month = 0 OR %1.month BETWEEN %2 AND %3)")
                      .arg(prefix).arg(FirstValidMonth).arg(LastValidMonth);
    if (scope.segment)
        clause += QStringLiteral(" AND %1.segment_id = %2").arg(prefix).arg(*scope.segment);
    // Undated answers (month 0) are outside any period.
    if (scope.monthFrom || scope.monthTo)
        clause += QStringLiteral(" AND %1.month <> 0").arg(prefix);
    if (scope.monthFrom)
        clause += QStringLiteral(" AND %1.month >= %2").arg(prefix).arg(*scope.monthFrom);
    if (scope.monthTo)
        clause += QStringLiteral(" AND %1.month <= %2").arg(prefix).arg(*scope.monthTo);
    return clause;
}

QString metricList(const QueryScope &scope)
{
    QStringList ids;
    for (const ScaleInfo &metric : scope.metrics)
        ids.append(QString::number(metric.id));
    return ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(','));
}

// The 0–100 value of an answer, for queries that must normalise before grouping.
const char *const Normalised = "CASE WHEN mt.higher_is_better THEN 100.0 * (m.value - mt.min) / (mt.max - mt.min)"
                               " ELSE 100.0 * (mt.max - m.value) / (mt.max - mt.min) END";

// An answer within its metric's scale: what the import lets in, and never an infinite value.
const char *const InScale = "m.value BETWEEN mt.min AND mt.max";

std::optional<qint64> optionalInt(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.columnInt(column);
}

} // namespace

QList<ScaleInfo> scales(SqliteDatabase &db)
{
    QList<ScaleInfo> result;
    SqliteStatement query(db, "SELECT id, name, min, max, higher_is_better, top_box_from FROM metric ORDER BY id");
    while (query.step())
        result.append(ScaleInfo{query.columnInt(0), query.columnText(1), query.columnDouble(2),
                                query.columnDouble(3), query.columnInt(4) != 0, query.columnOptionalDouble(5)});
    return result;
}

QList<MetricMoments> usage(SqliteDatabase &db)
{
    QList<MetricMoments> result;
    SqliteStatement rated(db, "SELECT 1 FROM measurement WHERE metric_id = ? AND kind = ? AND touchpoint_id > 0 LIMIT 1");
    SqliteStatement journey(db, "SELECT count(*) FROM measurement WHERE metric_id = ? AND kind = 0 AND touchpoint_id = 0");
    for (const ScaleInfo &metric : scales(db)) {
        for (const MeasurementKind kind : {MeasurementKind::Experience, MeasurementKind::Expectation}) {
            rated.bind(1, metric.id);
            rated.bind(2, qint64(kind));
            if (rated.step())
                result.append(MetricMoments{1, metric.id, kind, SampleMoments{1, 0.0, 0.0}, 0, 0, 0, std::nullopt, {}, {}});
            rated.reset();
        }
        journey.bind(1, metric.id);
        const qint64 answers = journey.step() ? journey.columnInt(0) : 0;
        journey.reset();
        if (answers > 0)
            result.append(MetricMoments{0, metric.id, MeasurementKind::Experience, SampleMoments{answers, 0.0, 0.0}, 0, 0, 0,
                                        std::nullopt, {}, {}});
    }
    return result;
}

QList<MetricMoments> moments(SqliteDatabase &db, const QueryScope &scope, qint64 *leftOut)
{
    QList<MetricMoments> result;
    qint64 invalid = 0;
    // One range of the table per metric, grouped in its key order (no sorting) down to the
    // answer value: survey answers are few distinct values, so the histogram
    // is small and every statistic below is exact arithmetic on it.
    const QString sql = QStringLiteral("SELECT kind, touchpoint_id, month, value, count(*)"
                                       " FROM measurement m WHERE metric_id = ?1%1"
                                       " GROUP BY kind, touchpoint_id, month, value")
                            .arg(filters(scope, "m", false));
    SqliteStatement query(db, sql);
    for (const ScaleInfo &metric : scales(db)) {
        query.bind(1, metric.id);
        MetricMoments *current = nullptr;
        while (query.step()) {
            // Checked here rather than in SQL, on the histogram's few rows, so they can be counted.
            const std::optional<qint64> month = Schema::storedMonth(query.columnInt(2));
            const double value = query.columnDouble(3);
            const qint64 count = query.columnInt(4);
            if (!(value >= metric.min && value <= metric.max) || (month && (*month < FirstValidMonth || *month > LastValidMonth))) {
                invalid += count;
                continue;
            }
            const MeasurementKind kind = query.columnInt(0) == 1 ? MeasurementKind::Expectation : MeasurementKind::Experience;
            const qint64 touchpoint = query.columnInt(1);
            if (!current || current->kind != kind || current->touchpoint != touchpoint) {
                result.append(MetricMoments{touchpoint, metric.id, kind, {}, 0, 0, 0, std::nullopt, {}, {}});
                current = &result.last();
            }
            const SampleMoments cell{count, double(count) * value, double(count) * value * value};
            current->raw += cell;
            current->distribution[value] += count;
            if (metric.topBoxFrom && value >= *metric.topBoxFrom)
                current->topBox += count;
            current->promoters += value >= 9.0 ? count : 0;
            current->detractors += value <= 6.0 ? count : 0;
            if (month) {
                current->lastMonth = std::max(current->lastMonth.value_or(*month), *month);
                if (current->months.isEmpty() || current->months.last().first != *month)
                    current->months.append({*month, SampleMoments{}});
                current->months.last().second += cell;
            }
        }
        query.reset();
    }
    if (leftOut)
        *leftOut = invalid;
    return result;
}

QList<AggregateMoments> aggregates(SqliteDatabase &db, const QueryScope &scope)
{
    QString clause;
    if (scope.segment)
        clause += QStringLiteral(" AND a.segment_id = %1").arg(*scope.segment);
    // An aggregated period counts when it overlaps the selected one.
    if (scope.monthFrom)
        clause += QStringLiteral(" AND (month_to IS NULL OR month_to >= %1)").arg(*scope.monthFrom);
    if (scope.monthTo)
        clause += QStringLiteral(" AND (month_from IS NULL OR month_from <= %1)").arg(*scope.monthTo);
    // Published figures are valid like answers: a mean within the scale, a spread no wider than
    // it, months within the valid ones.
    clause += QStringLiteral(" AND (mean IS NULL OR mean BETWEEN mt.min AND mt.max)"
                             " AND (sd IS NULL OR sd BETWEEN 0 AND mt.max - mt.min)"
                             " AND (month_from IS NULL OR month_from BETWEEN %1 AND %2)"
                             " AND (month_to IS NULL OR month_to BETWEEN %1 AND %2)")
                  .arg(FirstValidMonth).arg(LastValidMonth);
    SqliteStatement query(db, QStringLiteral("SELECT coalesce(touchpoint_id, 0), metric_id, kind, n, mean, sd, top_box, month_to"
                                             " FROM aggregate a JOIN metric mt ON mt.id = a.metric_id WHERE 1%1")
                                  .arg(clause));
    QList<AggregateMoments> result;
    while (query.step()) {
        AggregateMoments moments;
        moments.touchpoint = query.columnInt(0);
        moments.metric = query.columnInt(1);
        moments.kind = query.columnInt(2) == 1 ? MeasurementKind::Expectation : MeasurementKind::Experience;
        moments.nUnknown = query.isNull(3);
        moments.row.n = moments.nUnknown ? 0 : query.columnInt(3);
        moments.hasMean = !query.isNull(4);
        moments.row.mean = query.columnDouble(4);
        moments.row.sd = query.columnOptionalDouble(5);
        moments.topBox = query.columnOptionalDouble(6);
        moments.lastMonth = optionalInt(query, 7);
        if (!moments.hasMean && !moments.topBox)
            continue;
        result.append(moments);
    }
    return result;
}

QHash<qint64, qint64> respondentsPerTouchpoint(SqliteDatabase &db, const QueryScope &scope, qint64 *total)
{
    QHash<qint64, qint64> result;
    SqliteStatement query(db, QStringLiteral("SELECT m.touchpoint_id, count(DISTINCT m.respondent_id)"
                                             " FROM measurement m JOIN metric mt ON mt.id = m.metric_id"
                                             " WHERE m.touchpoint_id > 0 AND m.respondent_id IS NOT NULL AND m.kind = 0"
                                             " AND %2%1 GROUP BY m.touchpoint_id")
                                  .arg(filters(scope), QLatin1String(InScale)));
    while (query.step())
        result.insert(query.columnInt(0), query.columnInt(1));
    SqliteStatement all(db, QStringLiteral("SELECT count(DISTINCT m.respondent_id) FROM measurement m JOIN metric mt ON mt.id = m.metric_id"
                                           " WHERE %2%1")
                                .arg(filters(scope), QLatin1String(InScale)));
    *total = all.step() ? all.columnInt(0) : 0;
    return result;
}

namespace {

QString pairsSql(const QueryScope &scope, qint64 outcomeMetric, bool summed)
{
    const QString common = QStringLiteral(
                               "WITH outcome AS (SELECT m.respondent_id AS r, avg(m.value) AS y"
                               "  FROM measurement m JOIN metric mt ON mt.id = m.metric_id"
                               "  WHERE m.metric_id = %1 AND m.kind = 0 AND m.touchpoint_id = 0"
                               "  AND m.respondent_id IS NOT NULL AND %5%2 GROUP BY m.respondent_id),"
                               " experience AS (SELECT m.touchpoint_id AS t, m.respondent_id AS r, avg(%3) AS x"
                               "  FROM measurement m JOIN metric mt ON mt.id = m.metric_id"
                               "  WHERE m.metric_id IN (%4) AND m.kind = 0 AND m.touchpoint_id > 0"
                               "  AND m.respondent_id IS NOT NULL AND %5%2 GROUP BY m.touchpoint_id, m.respondent_id) ")
                               .arg(outcomeMetric)
                               .arg(filters(scope), QLatin1String(Normalised), metricList(scope), QLatin1String(InScale));
    if (summed)
        return common + QStringLiteral("SELECT e.t, count(*), total(e.x), total(o.y), total(e.x * e.x), total(o.y * o.y),"
                                       " total(e.x * o.y) FROM experience e JOIN outcome o ON o.r = e.r GROUP BY e.t");
    return common + QStringLiteral("SELECT e.t, e.x, o.y FROM experience e JOIN outcome o ON o.r = e.r ORDER BY e.t");
}

} // namespace

QHash<qint64, PairedMoments> outcomePairs(SqliteDatabase &db, const QueryScope &scope, qint64 outcomeMetric)
{
    QHash<qint64, PairedMoments> result;
    SqliteStatement query(db, pairsSql(scope, outcomeMetric, true));
    while (query.step())
        result.insert(query.columnInt(0), PairedMoments{query.columnInt(1), query.columnDouble(2), query.columnDouble(3),
                                                        query.columnDouble(4), query.columnDouble(5), query.columnDouble(6)});
    return result;
}

QHash<qint64, std::pair<QList<double>, QList<double>>> outcomePairLists(SqliteDatabase &db, const QueryScope &scope,
                                                                        qint64 outcomeMetric)
{
    QHash<qint64, std::pair<QList<double>, QList<double>>> result;
    SqliteStatement query(db, pairsSql(scope, outcomeMetric, false));
    while (query.step()) {
        auto &[x, y] = result[query.columnInt(0)];
        x.append(query.columnDouble(1));
        y.append(query.columnDouble(2));
    }
    return result;
}

QHash<qint64, QHash<qint64, SampleMoments>> perSegment(SqliteDatabase &db, const QueryScope &scope)
{
    QHash<qint64, QHash<qint64, SampleMoments>> result;
    SqliteStatement query(db, QStringLiteral("SELECT m.touchpoint_id, m.segment_id, count(*), total(%1), total((%1) * (%1))"
                                             " FROM measurement m JOIN metric mt ON mt.id = m.metric_id"
                                             " WHERE m.metric_id IN (%2) AND m.kind = 0 AND m.touchpoint_id > 0"
                                             " AND m.segment_id IS NOT NULL AND %4%3 GROUP BY m.touchpoint_id, m.segment_id")
                                  .arg(QLatin1String(Normalised), metricList(scope), filters(scope), QLatin1String(InScale)));
    while (query.step())
        result[query.columnInt(0)].insert(query.columnInt(1),
                                          SampleMoments{query.columnInt(2), query.columnDouble(3), query.columnDouble(4)});
    return result;
}

std::optional<std::pair<qint64, qint64>> monthRange(SqliteDatabase &db, const QueryScope &scope)
{
    SqliteStatement query(db, QStringLiteral("SELECT min(month), max(month) FROM measurement m WHERE month <> 0%1")
                                  .arg(filters(scope)));
    if (!query.step() || query.isNull(0))
        return std::nullopt;
    return std::pair{query.columnInt(0), query.columnInt(1)};
}

} // namespace ScoreQueries
} // namespace cxmap
