#include "findings.h"

#include "answerscan.h"
#include "graphsnapshot.h"
#include "importancematrix.h"
#include "model/journey.h"
#include "model/metric.h"
#include "reach.h"
#include "scorequeries.h"
#include "store/documenterror.h"
#include "store/sqlitedb.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cxmap {

namespace {

// Importance needs this many respondents who rated both the touchpoint and the outcome.
constexpr qint64 MinimumPairs = 30;
// A trend needs this many months, each with at least this many answers.
constexpr int MinimumTrendMonths = 3;
constexpr qint64 MinimumAnswersPerMonth = 5;
// Evidence is solid only when its newest answers are this recent, relative to the data.
constexpr qint64 RecentMonths = 6;

qint64 monthOf(const QDate &date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

// The smallest value at or above which a quarter of the values lie (the top quartile's edge).
double upperQuartile(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const double position = 0.75 * double(values.size() - 1);
    const auto low = qsizetype(std::floor(position));
    const auto high = qsizetype(std::ceil(position));
    return values.at(low) + (values.at(high) - values.at(low)) * (position - double(low));
}

struct Resolved
{
    QueryScope scope;
    QList<ScaleInfo> scales;
    std::optional<ScaleInfo> outcome;
    /** By the request or the journey; otherwise it is the stable default. */
    bool outcomeChosen = false;
    QStringList notes;
};

const ScaleInfo *scaleNamed(const QList<ScaleInfo> &scales, const QString &name)
{
    for (const ScaleInfo &scale : scales)
        if (scale.name.compare(name, Qt::CaseInsensitive) == 0)
            return &scale;
    return nullptr;
}

/**
 * The outcome when none was chosen: of the journey-level metrics with answers, the one whose
 * answers arrived first (lowest batch), then the lowest metric ID. Stable by design: it never
 * follows answer counts, so an import of another outcome's answers cannot switch it.
 */
std::optional<ScaleInfo> defaultOutcome(SqliteDatabase &db, const QList<ScaleInfo> &scales,
                                        const QList<MetricMoments> &allMoments)
{
    QList<qint64> candidates;
    for (const MetricMoments &moments : allMoments)
        if (moments.touchpoint == 0 && moments.kind == MeasurementKind::Experience && moments.raw.n > 0
            && !candidates.contains(moments.metric))
            candidates.append(moments.metric);
    std::sort(candidates.begin(), candidates.end());
    if (candidates.size() > 1) {
        // Only when there is a choice: the first batch of each candidate's answers.
        QList<std::pair<qint64, qint64>> firstBatch;
        SqliteStatement first(db, "SELECT min(batch_id) FROM measurement"
                                  " WHERE metric_id = ? AND kind = 0 AND touchpoint_id = 0");
        for (qint64 metric : std::as_const(candidates)) {
            first.reset();
            first.bind(1, metric);
            const qint64 batch = first.step() ? first.columnInt(0) : std::numeric_limits<qint64>::max();
            firstBatch.append({batch, metric});
        }
        std::sort(firstBatch.begin(), firstBatch.end());
        candidates = {firstBatch.first().second};
    }
    for (const ScaleInfo &scale : scales)
        if (!candidates.isEmpty() && scale.id == candidates.first())
            return scale;
    return std::nullopt;
}

Resolved resolve(SqliteDatabase &db, const AnalysisRequest &request, const QString &journeyOutcome,
                 const QList<MetricMoments> &allMoments)
{
    Resolved resolved;
    resolved.scales = ScoreQueries::scales(db);
    if (!request.segment.isEmpty()) {
        SqliteStatement find(db, "SELECT id FROM segment WHERE name = ? COLLATE NOCASE");
        find.bind(1, request.segment);
        if (!find.step()) {
            QStringList names;
            SqliteStatement all(db, "SELECT name FROM segment ORDER BY name");
            while (all.step())
                names << all.columnText(0);
            throw DocumentError(QStringLiteral("unknown segment \"%1\" (the segments are: %2)")
                                    .arg(request.segment, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        }
        resolved.scope.segment = find.columnInt(0);
    }
    if (request.from)
        resolved.scope.monthFrom = monthOf(*request.from);
    if (request.to)
        resolved.scope.monthTo = monthOf(*request.to);

    if (!request.metrics.isEmpty()) {
        for (const QString &name : request.metrics) {
            const ScaleInfo *scale = scaleNamed(resolved.scales, name);
            if (!scale)
                throw DocumentError(QStringLiteral("unknown metric \"%1\"").arg(name));
            resolved.scope.metrics.append(*scale);
        }
    } else {
        // Every metric answered at some touchpoint: performance pools them on the 0–100 scale.
        QSet<qint64> used;
        for (const MetricMoments &moments : allMoments)
            if (moments.touchpoint != 0)
                used.insert(moments.metric);
        // Published figures score touchpoints too: a document of aggregated rows alone has scores.
        SqliteStatement aggregated(db, "SELECT DISTINCT metric_id FROM aggregate WHERE touchpoint_id IS NOT NULL");
        while (aggregated.step())
            used.insert(aggregated.columnInt(0));
        for (const ScaleInfo &scale : std::as_const(resolved.scales))
            if (used.contains(scale.id))
                resolved.scope.metrics.append(scale);
    }

    if (!request.outcome.isEmpty()) {
        const ScaleInfo *scale = scaleNamed(resolved.scales, request.outcome);
        if (!scale)
            throw DocumentError(QStringLiteral("unknown outcome metric \"%1\"").arg(request.outcome));
        resolved.outcome = *scale;
        resolved.outcomeChosen = true;
    } else if (const ScaleInfo *chosen = journeyOutcome.isEmpty() ? nullptr : scaleNamed(resolved.scales, journeyOutcome)) {
        resolved.outcome = *chosen;
        resolved.outcomeChosen = true;
    } else {
        if (!journeyOutcome.isEmpty())
            resolved.notes << QStringLiteral("the chosen outcome \"%1\" is not a metric of this file: the default is used").arg(journeyOutcome);
        resolved.outcome = defaultOutcome(db, resolved.scales, allMoments);
    }
    return resolved;
}

bool inScope(const QueryScope &scope, qint64 metric)
{
    return std::any_of(scope.metrics.cbegin(), scope.metrics.cend(), [metric](const ScaleInfo &s) { return s.id == metric; });
}

const ScaleInfo &scaleOf(const QList<ScaleInfo> &scales, qint64 id)
{
    return *std::find_if(scales.cbegin(), scales.cend(), [id](const ScaleInfo &s) { return s.id == id; });
}

// A published mean and sd moved onto the 0–100 scale.
AggregateRow normalisedRow(const ScaleInfo &scale, const AggregateRow &row)
{
    AggregateRow result;
    result.n = row.n;
    result.mean = scale.offset() + scale.factor() * row.mean;
    if (row.sd)
        result.sd = std::abs(scale.factor()) * *row.sd;
    return result;
}

void scoreTouchpoints(Findings &findings, const Journey &journey, const Resolved &resolved,
                      const QList<MetricMoments> &moments, const QList<AggregateMoments> &aggregates)
{
    struct Sums
    {
        SampleMoments experience, expectation;
        QList<AggregateRow> experienceRows, expectationRows;
        // Rows without n: they cannot be weighed against others, so they score a touchpoint
        // only where nothing with an n does.
        QList<double> experienceUnknownN, expectationUnknownN;
        std::optional<qint64> lastMonth;
        bool hasRespondentData = false;
        QHash<qint64, MetricScore> metrics;
    };
    QHash<qint64, Sums> sums;
    std::optional<qint64> newest;
    for (const MetricMoments &m : moments) {
        if (m.touchpoint == 0 || !inScope(resolved.scope, m.metric))
            continue;
        const ScaleInfo &scale = scaleOf(resolved.scales, m.metric);
        Sums &s = sums[m.touchpoint];
        if (m.kind == MeasurementKind::Expectation) {
            s.expectation += scale.normalised(m.raw);
            continue;
        }
        s.experience += scale.normalised(m.raw);
        s.hasRespondentData = true;
        if (m.lastMonth) {
            s.lastMonth = std::max(s.lastMonth.value_or(*m.lastMonth), *m.lastMonth);
            newest = std::max(newest.value_or(*m.lastMonth), *m.lastMonth);
        }
        MetricScore &metric = s.metrics[m.metric];
        metric.metric = scale.name;
        metric.min = scale.min;
        metric.max = scale.max;
        metric.higherIsBetter = scale.higherIsBetter;
        metric.raw = summarizeMean(m.raw);
        for (auto it = m.distribution.cbegin(); it != m.distribution.cend(); ++it)
            metric.distribution.append({it.key(), it.value()});
        if (scale.topBoxFrom)
            metric.topBox = wilsonInterval(m.topBox, m.raw.n);
        if (scale.name == QLatin1String("nps"))
            metric.nps = netPromoterScore(NpsCounts{m.promoters, m.raw.n - m.promoters - m.detractors, m.detractors});
    }
    for (const AggregateMoments &a : aggregates) {
        if (a.touchpoint == 0 || !inScope(resolved.scope, a.metric) || (a.row.n <= 0 && !a.nUnknown))
            continue;
        const ScaleInfo &scale = scaleOf(resolved.scales, a.metric);
        Sums &s = sums[a.touchpoint];
        const bool expectation = a.kind == MeasurementKind::Expectation;
        // A mean on the 0–100 scale; a top-box share alone counts as the share of customers in
        // the top box (78% → 78), with the spread of a yes/no answer.
        AggregateRow row = a.row;
        if (a.hasMean) {
            row = normalisedRow(scale, a.row);
        } else {
            row.mean = 100.0 * *a.topBox;
            row.sd = 100.0 * std::sqrt(*a.topBox * (1.0 - *a.topBox));
        }
        if (a.nUnknown)
            (expectation ? s.expectationUnknownN : s.experienceUnknownN).append(row.mean);
        else
            (expectation ? s.expectationRows : s.experienceRows).append(row);
        if (a.lastMonth) {
            s.lastMonth = std::max(s.lastMonth.value_or(*a.lastMonth), *a.lastMonth);
            newest = std::max(newest.value_or(*a.lastMonth), *a.lastMonth);
        }
    }

    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        TouchpointFinding finding;
        finding.id = touchpoint.id;
        finding.name = touchpoint.name;
        finding.stage = journey.stages().find(touchpoint.stage)->name;
        finding.flaggedByHand = touchpoint.momentOfTruth;
        const auto found = sums.constFind(touchpoint.id.value());
        if (found != sums.cend()) {
            const Sums &s = *found;
            finding.performance = combineMeans(s.experience, s.experienceRows);
            if (finding.performance.n == 0 && !s.experienceUnknownN.isEmpty()) {
                // Only figures without n: their plain mean, shown as "n unknown", never reliable.
                finding.nUnknown = true;
                finding.performance.mean = std::accumulate(s.experienceUnknownN.cbegin(), s.experienceUnknownN.cend(), 0.0)
                    / double(s.experienceUnknownN.size());
            }
            finding.reliable = isReliable(finding.performance);
            finding.aggregatedOnly = !s.hasRespondentData && (finding.performance.n > 0 || finding.nUnknown);
            for (const MetricScore &metric : s.metrics)
                finding.metrics.append(metric);
            std::sort(finding.metrics.begin(), finding.metrics.end(),
                      [](const MetricScore &a, const MetricScore &b) { return a.metric < b.metric; });
            const MeanSummary expectation = combineMeans(s.expectation, s.expectationRows);
            if (expectation.n > 0) {
                finding.expectation = expectation.mean;
                finding.expectationSource = QStringLiteral("answers");
            } else if (!s.expectationUnknownN.isEmpty()) {
                finding.expectation = std::accumulate(s.expectationUnknownN.cbegin(), s.expectationUnknownN.cend(), 0.0)
                    / double(s.expectationUnknownN.size());
                finding.expectationSource = QStringLiteral("answers");
            }
            if (finding.performance.n == 0 && !finding.nUnknown)
                finding.evidence = EvidenceLevel::None;
            else if (finding.reliable && !finding.aggregatedOnly && s.lastMonth && newest && *s.lastMonth > *newest - RecentMonths)
                finding.evidence = EvidenceLevel::Solid;
            else
                finding.evidence = EvidenceLevel::Thin;
        }
        if (!finding.expectation && touchpoint.target) {
            finding.expectation = touchpoint.target;
            finding.expectationSource = QStringLiteral("target");
        }
        if ((finding.performance.n > 0 || finding.nUnknown) && finding.expectation) {
            finding.gap = finding.performance.mean - *finding.expectation;
            if (*finding.expectation > 0.0)
                finding.cxRatio = finding.performance.mean / *finding.expectation;
        }
        findings.touchpoints.append(finding);
    }
}

void analyseGraph(Findings &findings, const Journey &journey)
{
    const GraphSnapshot snapshot = makeSnapshot(journey);
    const ReachResult reach = computeReach(snapshot);
    findings.structure = analyseStructure(snapshot);
    const QSet<TouchpointId> unavoidable(findings.structure.unavoidable.cbegin(), findings.structure.unavoidable.cend());

    // Paths are compared on reliable scores only (twelve answers must not decide the route), and
    // only on the touchpoints that tell paths apart: an unavoidable touchpoint is on every path,
    // so as everyone's minimum it would make the weakest and the best path the same.
    QHash<TouchpointId, double> reliable;
    for (TouchpointFinding &finding : findings.touchpoints) {
        finding.reach = reach.reach.value(finding.id);
        finding.expectedVisits = reach.expectedVisits.value(finding.id);
        finding.unavoidable = unavoidable.contains(finding.id);
        if (finding.reliable)
            reliable.insert(finding.id, finding.performance.mean);
    }
    QHash<TouchpointId, double> distinguishing = reliable;
    for (TouchpointId id : std::as_const(findings.structure.unavoidable))
        distinguishing.remove(id);
    findings.weakestPath = weakestPath(snapshot, distinguishing);
    findings.bestPath = bestPath(snapshot, distinguishing);
    // Each path's minimum is stated over all its reliable touchpoints, unavoidable ones included.
    for (JourneyPath *path : {&findings.weakestPath, &findings.bestPath}) {
        path->minimum.reset();
        for (TouchpointId id : std::as_const(path->touchpoints))
            if (const auto score = reliable.constFind(id); score != reliable.cend() && (!path->minimum || *score < *path->minimum)) {
                path->minimum = *score;
                path->weakest = id;
            }
    }
    if (!reach.inconsistentShares.isEmpty())
        findings.notes << QStringLiteral("%1 touchpoints have transition shares that do not sum to 1; they were rescaled")
                              .arg(reach.inconsistentShares.size());
    if (reach.trappedProbability > 1e-9)
        findings.notes << QStringLiteral("%1% of customers end in a loop with no exit (a dead end)")
                              .arg(reach.trappedProbability * 100.0, 0, 'f', 1);
}

void rankWeakestLinks(Findings &findings)
{
    QList<const TouchpointFinding *> weak;
    for (TouchpointFinding &finding : findings.touchpoints) {
        if (!finding.reliable)
            continue;
        const double shortfall = finding.expectation ? std::max(0.0, *finding.expectation - finding.performance.mean)
                                                     : 100.0 - finding.performance.mean;
        finding.impact = finding.reach * shortfall;
        if (finding.impact > 0.0)
            weak.append(&finding);
    }
    // Unavoidable weak touchpoints first: every customer suffers them.
    std::stable_sort(weak.begin(), weak.end(), [](const TouchpointFinding *a, const TouchpointFinding *b) {
        if (a->unavoidable != b->unavoidable)
            return a->unavoidable;
        return a->impact > b->impact;
    });
    for (const TouchpointFinding *finding : std::as_const(weak))
        findings.weakestLinks.append(finding->id);
}

void findMomentsOfTruth(Findings &findings, SqliteDatabase &db, const AnswerScan &scan, const Resolved &resolved,
                        bool spearman)
{
    if (!resolved.outcome) {
        findings.notes << QStringLiteral("no journey-level outcome answers: importance and moments of truth need them");
    } else {
        findings.outcomeMetric = resolved.outcome->name;
        findings.outcomeChosen = resolved.outcomeChosen;
        if (spearman) {
            const auto lists = ScoreQueries::outcomePairLists(db, resolved.scope, resolved.outcome->id);
            for (TouchpointFinding &finding : findings.touchpoints)
                if (const auto found = lists.constFind(finding.id.value()); found != lists.cend() && found->first.size() >= MinimumPairs)
                    finding.importance = spearmanCorrelation(found->first, found->second);
        } else {
            const auto pairs = scan.outcomePairs(resolved.outcome->id);
            for (TouchpointFinding &finding : findings.touchpoints)
                if (const auto found = pairs.constFind(finding.id.value()); found != pairs.cend() && found->n >= MinimumPairs)
                    finding.importance = pearsonCorrelation(*found);
        }
    }

    QList<double> importances;
    for (const TouchpointFinding &finding : std::as_const(findings.touchpoints))
        if (finding.importance && finding.importance->valid)
            importances.append(finding.importance->r);
    const double threshold = importances.isEmpty() ? 2.0 : upperQuartile(importances);

    QList<const TouchpointFinding *> moments;
    QList<const TouchpointFinding *> byHand;
    for (TouchpointFinding &finding : findings.touchpoints) {
        const bool important = finding.importance && finding.importance->valid
            && isSignificantlyPositive(*finding.importance) && finding.importance->r >= threshold;
        finding.momentOfTruth = important || finding.flaggedByHand;
        finding.momentOfTruthByData = important;
        if (important)
            moments.append(&finding);
        else if (finding.flaggedByHand)
            byHand.append(&finding);
    }
    std::sort(moments.begin(), moments.end(),
              [](const TouchpointFinding *a, const TouchpointFinding *b) { return a->importance->r > b->importance->r; });
    for (const TouchpointFinding *finding : std::as_const(moments) + byHand)
        findings.momentsOfTruth.append(finding->id);

    // Importance × performance, split at the medians of the touchpoints that have both.
    const ImportanceMatrix matrix = importanceMatrix(findings.touchpoints);
    if (matrix.valid) {
        for (TouchpointFinding &finding : findings.touchpoints) {
            if (!finding.importance || !finding.importance->valid || !finding.reliable)
                continue;
            const bool high = finding.importance->r >= matrix.importanceSplit;
            const bool good = finding.performance.mean >= matrix.performanceSplit;
            finding.quadrant = high ? (good ? Quadrant::KeepUpTheGoodWork : Quadrant::FixFirst)
                                    : (good ? Quadrant::PossibleOverkill : Quadrant::LowPriority);
        }
    }
}

void findTrends(Findings &findings, const Resolved &resolved, const QList<MetricMoments> &moments)
{
    // Monthly 0–100 moments per touchpoint, pooled over the selected metrics.
    QHash<qint64, QMap<qint64, SampleMoments>> series;
    for (const MetricMoments &m : moments) {
        if (m.touchpoint == 0 || m.kind != MeasurementKind::Experience || !inScope(resolved.scope, m.metric))
            continue;
        const ScaleInfo &scale = scaleOf(resolved.scales, m.metric);
        for (const auto &[month, raw] : m.months)
            series[m.touchpoint][month] += scale.normalised(raw);
    }
    for (TouchpointFinding &finding : findings.touchpoints) {
        const auto found = series.constFind(finding.id.value());
        if (found == series.cend())
            continue;
        QList<TrendPoint> points;
        for (auto it = found->cbegin(); it != found->cend(); ++it)
            if (it->n >= MinimumAnswersPerMonth)
                points.append(TrendPoint{double(it.key()), it->sum / double(it->n), 1.0});
        if (points.size() < MinimumTrendMonths)
            continue;
        finding.trend = fitLinearTrend(points);
        finding.declining = finding.trend->valid && isDeclining(*finding.trend);
    }
}

void compareSegments(Findings &findings, SqliteDatabase &db, const AnswerScan &scan, const QueryScope &scope)
{
    if (scope.segment)
        return;
    QHash<qint64, QString> names;
    SqliteStatement segments(db, "SELECT id, name FROM segment");
    while (segments.step())
        names.insert(segments.columnInt(0), segments.columnText(1));
    const auto &bySegment = scan.perSegment();
    for (const TouchpointFinding &finding : std::as_const(findings.touchpoints)) {
        const auto found = bySegment.constFind(finding.id.value());
        if (found == bySegment.cend())
            continue;
        QList<qint64> ids = found->keys();
        std::sort(ids.begin(), ids.end(), [&names](qint64 a, qint64 b) { return names.value(a) < names.value(b); });
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                const MeanSummary a = summarizeMean(found->value(ids.at(i)));
                const MeanSummary b = summarizeMean(found->value(ids.at(j)));
                const WelchTest test = welchTest(a, b);
                if (test.valid && test.significant)
                    findings.segmentDifferences.append({finding.id, names.value(ids.at(i)), names.value(ids.at(j)), a, b, test});
            }
    }
    // With many answers, many small differences are "real": the largest come first, where a
    // reader starts.
    std::stable_sort(findings.segmentDifferences.begin(), findings.segmentDifferences.end(),
                     [](const SegmentDifference &x, const SegmentDifference &y) {
                         return std::abs(x.a.mean - x.b.mean) > std::abs(y.a.mean - y.b.mean);
                     });
}

} // namespace

QString monthName(qint64 monthIndex)
{
    return QStringLiteral("%1-%2").arg(monthIndex / 12).arg(monthIndex % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString AnalysisRequest::cacheKey() const
{
    QStringList sorted = metrics;
    sorted.sort(Qt::CaseInsensitive);
    return QStringLiteral("segment=%1;from=%2;to=%3;outcome=%4;metrics=%5;spearman=%6")
        .arg(segment.toLower(), from ? from->toString(Qt::ISODate) : QString(), to ? to->toString(Qt::ISODate) : QString(),
             outcome.toLower(), sorted.join(QLatin1Char(',')).toLower(), spearman ? QStringLiteral("1") : QStringLiteral("0"));
}

const TouchpointFinding *Findings::find(TouchpointId id) const
{
    for (const TouchpointFinding &finding : touchpoints)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

QString Findings::badgeMetric() const
{
    return request.metrics.size() == 1 ? request.metrics.first() : QString();
}

QHash<TouchpointId, CardScore> Findings::cardScores() const
{
    const QString metric = badgeMetric();
    QHash<TouchpointId, CardScore> scores;
    for (const TouchpointFinding &finding : touchpoints) {
        // A score from published figures without n is shown too, marked "n ?".
        if (finding.performance.n <= 0 && !finding.nUnknown)
            continue;
        CardScore score{.performance = finding.performance.mean, .n = finding.performance.n, .reliable = finding.reliable,
                         .evidence = finding.evidence};
        score.nUnknown = finding.nUnknown;
        if (!metric.isEmpty()) {
            for (const MetricScore &m : finding.metrics)
                if (m.metric.compare(metric, Qt::CaseInsensitive) == 0)
                    score.scaleValue = scaleValueText(m);
        }
        scores.insert(finding.id, score);
    }
    return scores;
}

QString scaleValueText(const MetricScore &score)
{
    switch (reportedAs(score.metric)) {
    case ReportedAs::Nps:
        if (score.nps && score.nps->valid) {
            const auto value = qRound(score.nps->score);
            // A real minus sign: "−8" reads as negative at a glance, "-8" looks like a dash.
            return value > 0 ? QStringLiteral("+%1").arg(value)
                             : value < 0 ? QStringLiteral("\u2212%1").arg(-value) : QStringLiteral("0");
        }
        break;
    case ReportedAs::TopBox:
        if (score.topBox && score.topBox->valid)
            return QStringLiteral("%1%").arg(qRound(score.topBox->proportion * 100.0));
        break;
    case ReportedAs::Mean:
        break;
    }
    return score.raw.n > 0 ? QString::number(score.raw.mean, 'f', 1) : QString();
}

QString scaleDescription(const QString &metric, double min, double max, std::optional<double> topBoxFrom)
{
    auto number = [](double value) { return QString::number(value, 'g', 4); };
    switch (reportedAs(metric)) {
    case ReportedAs::Nps:
        return QStringLiteral("NPS, \u2212100 to +100 (%% 9\u201310 minus %% 0\u20136)").replace(QStringLiteral("%%"), QStringLiteral("%"));
    case ReportedAs::TopBox:
        if (topBoxFrom)
            return QStringLiteral("%1, %% answering %2\u2013%3 of %4\u2013%3")
                .arg(metric.toUpper(), number(*topBoxFrom), number(max), number(min))
                .replace(QStringLiteral("%%"), QStringLiteral("%"));
        break;
    case ReportedAs::Mean:
        break;
    }
    return QStringLiteral("%1 mean, %2 to %3").arg(metric, number(min), number(max));
}

namespace {

struct Scored
{
    Findings findings;
    Resolved resolved;
    QList<MetricMoments> moments;
    bool aggregated = false;
    /** Answers in the file that no import could have stored, left out of everything. */
    qint64 invalidAnswers = 0;
};

// The scores; with `scan`, the one pass over the answers the whole analysis needs is made and
// kept there, its histogram serving the scores.
Scored score(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request,
             std::optional<AnswerScan> *scan = nullptr)
{
    Scored scored;
    Findings &findings = scored.findings;
    findings.request = request;
    // Which metrics are answered where, from a few index seeks: no pass over the answers.
    scored.resolved = resolve(db, request, journey.outcomeMetric(), ScoreQueries::usage(db));
    findings.notes << scored.resolved.notes;
    const Resolved &resolved = scored.resolved;
    if (scan) {
        scan->emplace(db, resolved.scope, resolved.scales);
        scored.moments = (*scan)->moments();
        scored.invalidAnswers = (*scan)->invalidAnswers();
    } else {
        scored.moments = ScoreQueries::moments(db, resolved.scope, &scored.invalidAnswers);
    }
    const QList<MetricMoments> &moments = scored.moments;
    const QList<AggregateMoments> aggregates = ScoreQueries::aggregates(db, resolved.scope);
    scored.aggregated = !aggregates.isEmpty();
    for (const ScaleInfo &scale : resolved.scope.metrics)
        findings.metrics.append(scale.name);
    for (const MetricMoments &m : moments)
        findings.answers += m.raw.n;
    scoreTouchpoints(findings, journey, resolved, moments, aggregates);
    return scored;
}

} // namespace

Findings computeScores(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request)
{
    return score(db, journey, request).findings;
}

Findings computeFindings(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request)
{
    std::optional<AnswerScan> scan;
    Scored scored = score(db, journey, request, &scan);
    Findings &findings = scored.findings;
    const Resolved &resolved = scored.resolved;
    if (const auto range = scan->monthRange()) {
        findings.firstMonth = monthName(range->first);
        findings.lastMonth = monthName(range->second);
    }

    const qint64 respondents = scan->respondents();
    const QHash<qint64, qint64> &rated = scan->respondentsPerTouchpoint();
    findings.respondents = respondents;
    if (respondents > 0)
        for (TouchpointFinding &finding : findings.touchpoints)
            finding.observedReach = double(rated.value(finding.id.value())) / double(respondents);

    analyseGraph(findings, journey);
    rankWeakestLinks(findings);
    findMomentsOfTruth(findings, db, *scan, resolved, findings.request.spearman);
    findTrends(findings, resolved, scored.moments);
    compareSegments(findings, db, *scan, resolved.scope);

    qint64 unreliable = 0;
    for (const TouchpointFinding &finding : std::as_const(findings.touchpoints))
        unreliable += finding.performance.n > 0 && !finding.reliable ? 1 : 0;
    if (unreliable > 0)
        findings.notes << (unreliable == 1
                               ? QStringLiteral("1 touchpoint has an unreliable score (n < 30 or a 95% CI wider than "
                                                "±10); it is shown but left out of weakest links and paths")
                               : QStringLiteral("%1 touchpoints have unreliable scores (n < 30 or a 95% CI wider "
                                                "than ±10); they are shown but left out of weakest links and paths")
                                     .arg(unreliable));
    if (scored.invalidAnswers > 0)
        findings.notes << QStringLiteral("%1 stored answers lie outside their metric's scale or outside the years %2–%3, which "
                                         "no import stores; the file was changed by other means, and they were left out")
                              .arg(scored.invalidAnswers)
                              .arg(ScoreQueries::FirstValidMonth / 12)
                              .arg(ScoreQueries::LastValidMonth / 12);
    if (scored.aggregated)
        findings.notes << QStringLiteral("aggregated rows count towards scores (weighted by n) but cannot feed importance: "
                                         "that needs respondent-level answers");
    return findings;
}

} // namespace cxmap
