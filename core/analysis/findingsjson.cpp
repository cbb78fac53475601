#include "findingsjson.h"

#include "findings.h"

#include <QJsonArray>

namespace cxmap {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> numberOrNull(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString evidenceName(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Solid:
        return QStringLiteral("solid");
    case EvidenceLevel::Thin:
        return QStringLiteral("thin");
    case EvidenceLevel::None:
        break;
    }
    return QStringLiteral("none");
}

EvidenceLevel evidenceFrom(const QString &name)
{
    if (name == QLatin1String("solid"))
        return EvidenceLevel::Solid;
    if (name == QLatin1String("thin"))
        return EvidenceLevel::Thin;
    return EvidenceLevel::None;
}

const char *const QuadrantNames[] = {"", "fix first", "keep up the good work", "low priority", "possible overkill"};

QJsonObject meanJson(const MeanSummary &mean)
{
    return QJsonObject{{QStringLiteral("n"), mean.n},           {QStringLiteral("mean"), mean.mean},
                       {QStringLiteral("sd"), mean.sd},         {QStringLiteral("ci_low"), mean.ciLow},
                       {QStringLiteral("ci_high"), mean.ciHigh}, {QStringLiteral("has_interval"), mean.hasInterval},
                       {QStringLiteral("approximate"), mean.approximate}};
}

MeanSummary meanFrom(const QJsonObject &object)
{
    MeanSummary mean;
    mean.n = object.value(QLatin1String("n")).toInteger();
    mean.mean = object.value(QLatin1String("mean")).toDouble();
    mean.sd = object.value(QLatin1String("sd")).toDouble();
    mean.ciLow = object.value(QLatin1String("ci_low")).toDouble();
    mean.ciHigh = object.value(QLatin1String("ci_high")).toDouble();
    mean.hasInterval = object.value(QLatin1String("has_interval")).toBool();
    mean.approximate = object.value(QLatin1String("approximate")).toBool();
    return mean;
}

QJsonObject correlationJson(const Correlation &c)
{
    return QJsonObject{{QStringLiteral("n"), c.n}, {QStringLiteral("r"), c.r}, {QStringLiteral("p"), c.pValue},
                       {QStringLiteral("ci_low"), c.ciLow}, {QStringLiteral("ci_high"), c.ciHigh},
                       {QStringLiteral("valid"), c.valid}, {QStringLiteral("has_interval"), c.hasInterval}};
}

Correlation correlationFrom(const QJsonObject &object)
{
    Correlation c;
    c.n = object.value(QLatin1String("n")).toInteger();
    c.r = object.value(QLatin1String("r")).toDouble();
    c.pValue = object.value(QLatin1String("p")).toDouble();
    c.ciLow = object.value(QLatin1String("ci_low")).toDouble();
    c.ciHigh = object.value(QLatin1String("ci_high")).toDouble();
    c.valid = object.value(QLatin1String("valid")).toBool();
    c.hasInterval = object.value(QLatin1String("has_interval")).toBool();
    return c;
}

QJsonObject trendJson(const LinearTrend &t)
{
    return QJsonObject{{QStringLiteral("months"), t.points}, {QStringLiteral("slope"), t.slope},
                       {QStringLiteral("intercept"), t.intercept}, {QStringLiteral("se"), t.standardError},
                       {QStringLiteral("ci_low"), t.ciLow}, {QStringLiteral("ci_high"), t.ciHigh},
                       {QStringLiteral("valid"), t.valid}, {QStringLiteral("has_interval"), t.hasInterval}};
}

LinearTrend trendFrom(const QJsonObject &object)
{
    LinearTrend t;
    t.points = object.value(QLatin1String("months")).toInteger();
    t.slope = object.value(QLatin1String("slope")).toDouble();
    t.intercept = object.value(QLatin1String("intercept")).toDouble();
    t.standardError = object.value(QLatin1String("se")).toDouble();
    t.ciLow = object.value(QLatin1String("ci_low")).toDouble();
    t.ciHigh = object.value(QLatin1String("ci_high")).toDouble();
    t.valid = object.value(QLatin1String("valid")).toBool();
    t.hasInterval = object.value(QLatin1String("has_interval")).toBool();
    return t;
}

QJsonObject touchpointJson(const TouchpointFinding &f)
{
    QJsonObject object{
        {QStringLiteral("id"), f.id.value()},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("stage"), f.stage},
        {QStringLiteral("n"), f.performance.n},
        {QStringLiteral("performance"), f.performance.n > 0 || f.nUnknown ? QJsonValue(f.performance.mean) : QJsonValue()},
        {QStringLiteral("ci_low"), f.performance.hasInterval ? QJsonValue(f.performance.ciLow) : QJsonValue()},
        {QStringLiteral("ci_high"), f.performance.hasInterval ? QJsonValue(f.performance.ciHigh) : QJsonValue()},
        {QStringLiteral("reliable"), f.reliable},
        {QStringLiteral("evidence"), evidenceName(f.evidence)},
        {QStringLiteral("aggregated_only"), f.aggregatedOnly},
        {QStringLiteral("n_unknown"), f.nUnknown},
        {QStringLiteral("expectation"), optionalNumber(f.expectation)},
        {QStringLiteral("expectation_source"), f.expectationSource},
        {QStringLiteral("gap"), optionalNumber(f.gap)},
        {QStringLiteral("cx_ratio"), optionalNumber(f.cxRatio)},
        {QStringLiteral("reach"), f.reach},
        {QStringLiteral("expected_visits"), f.expectedVisits},
        {QStringLiteral("observed_reach"), optionalNumber(f.observedReach)},
        {QStringLiteral("unavoidable"), f.unavoidable},
        {QStringLiteral("importance"), f.importance && f.importance->valid ? QJsonValue(f.importance->r) : QJsonValue()},
        {QStringLiteral("declining"), f.declining},
        {QStringLiteral("impact"), f.impact},
        {QStringLiteral("moment_of_truth"), f.momentOfTruth},
        {QStringLiteral("flagged_by_hand"), f.flaggedByHand},
        {QStringLiteral("moment_of_truth_by_data"), f.momentOfTruthByData},
        {QStringLiteral("quadrant"), QLatin1String(QuadrantNames[int(f.quadrant)])},
        {QStringLiteral("performance_detail"), meanJson(f.performance)},
    };
    if (f.importance)
        object.insert(QStringLiteral("importance_detail"), correlationJson(*f.importance));
    if (f.trend)
        object.insert(QStringLiteral("trend"), trendJson(*f.trend));
    QJsonArray metrics;
    for (const MetricScore &metric : f.metrics) {
        QJsonObject m{{QStringLiteral("metric"), metric.metric}, {QStringLiteral("min"), metric.min},
                      {QStringLiteral("max"), metric.max}, {QStringLiteral("higher_is_better"), metric.higherIsBetter},
                      {QStringLiteral("answers"), meanJson(metric.raw)}};
        QJsonArray distribution;
        for (const auto &[value, count] : metric.distribution)
            distribution.append(QJsonArray{value, count});
        m.insert(QStringLiteral("distribution"), distribution);
        if (metric.topBox)
            m.insert(QStringLiteral("top_box"), QJsonObject{{QStringLiteral("share"), metric.topBox->proportion},
                                                            {QStringLiteral("successes"), metric.topBox->successes},
                                                            {QStringLiteral("n"), metric.topBox->n},
                                                            {QStringLiteral("ci_low"), metric.topBox->ciLow},
                                                            {QStringLiteral("ci_high"), metric.topBox->ciHigh}});
        if (metric.nps)
            m.insert(QStringLiteral("nps"), QJsonObject{{QStringLiteral("score"), metric.nps->score},
                                                        {QStringLiteral("n"), metric.nps->n},
                                                        {QStringLiteral("ci_low"), metric.nps->ciLow},
                                                        {QStringLiteral("ci_high"), metric.nps->ciHigh}});
        metrics.append(m);
    }
    object.insert(QStringLiteral("metrics"), metrics);
    return object;
}

TouchpointFinding touchpointFrom(const QJsonObject &object)
{
    TouchpointFinding f;
    f.id = TouchpointId(object.value(QLatin1String("id")).toInteger());
    f.name = object.value(QLatin1String("name")).toString();
    f.stage = object.value(QLatin1String("stage")).toString();
    f.performance = meanFrom(object.value(QLatin1String("performance_detail")).toObject());
    f.reliable = object.value(QLatin1String("reliable")).toBool();
    f.evidence = evidenceFrom(object.value(QLatin1String("evidence")).toString());
    f.aggregatedOnly = object.value(QLatin1String("aggregated_only")).toBool();
    f.nUnknown = object.value(QLatin1String("n_unknown")).toBool();
    f.expectation = numberOrNull(object.value(QLatin1String("expectation")));
    f.expectationSource = object.value(QLatin1String("expectation_source")).toString();
    f.gap = numberOrNull(object.value(QLatin1String("gap")));
    f.cxRatio = numberOrNull(object.value(QLatin1String("cx_ratio")));
    f.reach = object.value(QLatin1String("reach")).toDouble();
    f.expectedVisits = object.value(QLatin1String("expected_visits")).toDouble();
    f.observedReach = numberOrNull(object.value(QLatin1String("observed_reach")));
    f.unavoidable = object.value(QLatin1String("unavoidable")).toBool();
    if (object.contains(QLatin1String("importance_detail")))
        f.importance = correlationFrom(object.value(QLatin1String("importance_detail")).toObject());
    if (object.contains(QLatin1String("trend")))
        f.trend = trendFrom(object.value(QLatin1String("trend")).toObject());
    f.declining = object.value(QLatin1String("declining")).toBool();
    f.impact = object.value(QLatin1String("impact")).toDouble();
    f.momentOfTruth = object.value(QLatin1String("moment_of_truth")).toBool();
    f.flaggedByHand = object.value(QLatin1String("flagged_by_hand")).toBool();
    f.momentOfTruthByData = object.value(QLatin1String("moment_of_truth_by_data")).toBool();
    const QString quadrant = object.value(QLatin1String("quadrant")).toString();
    for (int i = 0; i < 5; ++i)
        if (quadrant == QLatin1String(QuadrantNames[i]))
            f.quadrant = Quadrant(i);
    for (const QJsonValue &value : object.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject m = value.toObject();
        MetricScore metric;
        metric.metric = m.value(QLatin1String("metric")).toString();
        metric.min = m.value(QLatin1String("min")).toDouble();
        metric.max = m.value(QLatin1String("max")).toDouble();
        metric.higherIsBetter = m.value(QLatin1String("higher_is_better")).toBool(true);
        metric.raw = meanFrom(m.value(QLatin1String("answers")).toObject());
        for (const QJsonValue &pair : m.value(QLatin1String("distribution")).toArray())
            metric.distribution.append({pair.toArray().at(0).toDouble(), pair.toArray().at(1).toInteger()});
        if (m.contains(QLatin1String("top_box"))) {
            const QJsonObject t = m.value(QLatin1String("top_box")).toObject();
            ProportionEstimate p;
            p.proportion = t.value(QLatin1String("share")).toDouble();
            p.successes = t.value(QLatin1String("successes")).toInteger();
            p.n = t.value(QLatin1String("n")).toInteger();
            p.ciLow = t.value(QLatin1String("ci_low")).toDouble();
            p.ciHigh = t.value(QLatin1String("ci_high")).toDouble();
            p.valid = true;
            metric.topBox = p;
        }
        if (m.contains(QLatin1String("nps"))) {
            const QJsonObject t = m.value(QLatin1String("nps")).toObject();
            NpsEstimate nps;
            nps.score = t.value(QLatin1String("score")).toDouble();
            nps.n = t.value(QLatin1String("n")).toInteger();
            nps.ciLow = t.value(QLatin1String("ci_low")).toDouble();
            nps.ciHigh = t.value(QLatin1String("ci_high")).toDouble();
            nps.valid = true;
            metric.nps = nps;
        }
        f.metrics.append(metric);
    }
    return f;
}

QJsonArray namesOf(const Findings &findings, const QList<TouchpointId> &ids)
{
    QJsonArray names;
    for (TouchpointId id : ids)
        if (const TouchpointFinding *finding = findings.find(id))
            names.append(finding->name);
    return names;
}

QJsonArray idsOf(const QList<TouchpointId> &ids)
{
    QJsonArray array;
    for (TouchpointId id : ids)
        array.append(id.value());
    return array;
}

QList<TouchpointId> idsFrom(const QJsonValue &value)
{
    QList<TouchpointId> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(TouchpointId(id.toInteger()));
    return ids;
}

QJsonObject pathJson(const JourneyPath &path)
{
    return QJsonObject{{QStringLiteral("ids"), idsOf(path.touchpoints)},
                       {QStringLiteral("minimum"), optionalNumber(path.minimum)},
                       {QStringLiteral("weakest"), path.weakest.value()},
                       {QStringLiteral("exact"), path.exact}};
}

JourneyPath pathFrom(const QJsonObject &object)
{
    JourneyPath path;
    path.touchpoints = idsFrom(object.value(QLatin1String("ids")));
    path.minimum = numberOrNull(object.value(QLatin1String("minimum")));
    path.weakest = TouchpointId(object.value(QLatin1String("weakest")).toInteger());
    path.exact = object.value(QLatin1String("exact")).toBool(true);
    return path;
}

} // namespace

QJsonObject findingsToJson(const Findings &findings)
{
    QJsonArray touchpoints;
    for (const TouchpointFinding &finding : findings.touchpoints)
        touchpoints.append(touchpointJson(finding));
    QJsonArray loops;
    for (const QList<TouchpointId> &loop : findings.structure.reworkLoops)
        loops.append(namesOf(findings, loop));
    QJsonArray loopIds;
    for (const QList<TouchpointId> &loop : findings.structure.reworkLoops)
        loopIds.append(idsOf(loop));
    QJsonArray differences;
    for (const SegmentDifference &d : findings.segmentDifferences)
        differences.append(QJsonObject{
            {QStringLiteral("touchpoint"), findings.find(d.touchpoint) ? findings.find(d.touchpoint)->name : QString()},
            {QStringLiteral("touchpoint_id"), d.touchpoint.value()},
            {QStringLiteral("segment_a"), d.segmentA}, {QStringLiteral("segment_b"), d.segmentB},
            {QStringLiteral("a"), meanJson(d.a)}, {QStringLiteral("b"), meanJson(d.b)},
            {QStringLiteral("difference"), d.test.difference}, {QStringLiteral("t"), d.test.t},
            {QStringLiteral("df"), d.test.df}, {QStringLiteral("p"), d.test.pValue},
            {QStringLiteral("ci_low"), d.test.ciLow}, {QStringLiteral("ci_high"), d.test.ciHigh}});

    const AnalysisRequest &r = findings.request;
    return QJsonObject{
        {QStringLiteral("basis"), QJsonObject{
             {QStringLiteral("answers"), findings.answers}, {QStringLiteral("respondents"), findings.respondents},
             {QStringLiteral("first_month"), findings.firstMonth}, {QStringLiteral("last_month"), findings.lastMonth},
             {QStringLiteral("segment"), r.segment.isEmpty() ? QJsonValue() : QJsonValue(r.segment)},
             {QStringLiteral("from"), r.from ? QJsonValue(r.from->toString(Qt::ISODate)) : QJsonValue()},
             {QStringLiteral("to"), r.to ? QJsonValue(r.to->toString(Qt::ISODate)) : QJsonValue()},
             {QStringLiteral("outcome"), findings.outcomeMetric},
             {QStringLiteral("outcome_chosen"), findings.outcomeChosen},
             {QStringLiteral("metrics"), QJsonArray::fromStringList(findings.metrics)},
             {QStringLiteral("importance_method"), r.spearman ? QStringLiteral("spearman") : QStringLiteral("pearson")}}},
        {QStringLiteral("touchpoints"), touchpoints},
        {QStringLiteral("weakest_links"), namesOf(findings, findings.weakestLinks)},
        {QStringLiteral("moments_of_truth"), namesOf(findings, findings.momentsOfTruth)},
        {QStringLiteral("weakest_path"), namesOf(findings, findings.weakestPath.touchpoints)},
        {QStringLiteral("best_path"), namesOf(findings, findings.bestPath.touchpoints)},
        {QStringLiteral("unavoidable"), namesOf(findings, findings.structure.unavoidable)},
        {QStringLiteral("entries"), namesOf(findings, findings.structure.entries)},
        {QStringLiteral("exits"), namesOf(findings, findings.structure.exits)},
        {QStringLiteral("rework_loops"), loops},
        {QStringLiteral("dead_ends"), namesOf(findings, findings.structure.deadEnds)},
        {QStringLiteral("unreachable"), namesOf(findings, findings.structure.unreachable)},
        {QStringLiteral("segment_differences"), differences},
        {QStringLiteral("notes"), QJsonArray::fromStringList(findings.notes)},
        {QStringLiteral("ids"), QJsonObject{
             {QStringLiteral("weakest_links"), idsOf(findings.weakestLinks)},
             {QStringLiteral("moments_of_truth"), idsOf(findings.momentsOfTruth)},
             {QStringLiteral("weakest_path"), pathJson(findings.weakestPath)},
             {QStringLiteral("best_path"), pathJson(findings.bestPath)},
             {QStringLiteral("unavoidable"), idsOf(findings.structure.unavoidable)},
             {QStringLiteral("entries"), idsOf(findings.structure.entries)},
             {QStringLiteral("exits"), idsOf(findings.structure.exits)},
             {QStringLiteral("rework_loops"), loopIds},
             {QStringLiteral("dead_ends"), idsOf(findings.structure.deadEnds)},
             {QStringLiteral("unreachable"), idsOf(findings.structure.unreachable)}}},
    };
}

std::optional<Findings> findingsFromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("touchpoints")).isArray() || !object.value(QLatin1String("ids")).isObject())
        return std::nullopt;
    Findings findings;
    const QJsonObject basis = object.value(QLatin1String("basis")).toObject();
    findings.answers = basis.value(QLatin1String("answers")).toInteger();
    findings.respondents = basis.value(QLatin1String("respondents")).toInteger();
    findings.firstMonth = basis.value(QLatin1String("first_month")).toString();
    findings.lastMonth = basis.value(QLatin1String("last_month")).toString();
    findings.outcomeMetric = basis.value(QLatin1String("outcome")).toString();
    findings.outcomeChosen = basis.value(QLatin1String("outcome_chosen")).toBool();
    for (const QJsonValue &metric : basis.value(QLatin1String("metrics")).toArray())
        findings.metrics.append(metric.toString());
    findings.request.segment = basis.value(QLatin1String("segment")).toString();
    if (basis.value(QLatin1String("from")).isString())
        findings.request.from = QDate::fromString(basis.value(QLatin1String("from")).toString(), Qt::ISODate);
    if (basis.value(QLatin1String("to")).isString())
        findings.request.to = QDate::fromString(basis.value(QLatin1String("to")).toString(), Qt::ISODate);
    findings.request.spearman = basis.value(QLatin1String("importance_method")).toString() == QLatin1String("spearman");
    for (const QJsonValue &value : object.value(QLatin1String("touchpoints")).toArray())
        findings.touchpoints.append(touchpointFrom(value.toObject()));
    const QJsonObject ids = object.value(QLatin1String("ids")).toObject();
    findings.weakestLinks = idsFrom(ids.value(QLatin1String("weakest_links")));
    findings.momentsOfTruth = idsFrom(ids.value(QLatin1String("moments_of_truth")));
    findings.weakestPath = pathFrom(ids.value(QLatin1String("weakest_path")).toObject());
    findings.bestPath = pathFrom(ids.value(QLatin1String("best_path")).toObject());
    findings.structure.unavoidable = idsFrom(ids.value(QLatin1String("unavoidable")));
    findings.structure.entries = idsFrom(ids.value(QLatin1String("entries")));
    findings.structure.exits = idsFrom(ids.value(QLatin1String("exits")));
    for (const QJsonValue &loop : ids.value(QLatin1String("rework_loops")).toArray())
        findings.structure.reworkLoops.append(idsFrom(loop));
    findings.structure.deadEnds = idsFrom(ids.value(QLatin1String("dead_ends")));
    findings.structure.unreachable = idsFrom(ids.value(QLatin1String("unreachable")));
    for (const QJsonValue &value : object.value(QLatin1String("segment_differences")).toArray()) {
        const QJsonObject d = value.toObject();
        SegmentDifference difference;
        difference.touchpoint = TouchpointId(d.value(QLatin1String("touchpoint_id")).toInteger());
        difference.segmentA = d.value(QLatin1String("segment_a")).toString();
        difference.segmentB = d.value(QLatin1String("segment_b")).toString();
        difference.a = meanFrom(d.value(QLatin1String("a")).toObject());
        difference.b = meanFrom(d.value(QLatin1String("b")).toObject());
        difference.test.difference = d.value(QLatin1String("difference")).toDouble();
        difference.test.t = d.value(QLatin1String("t")).toDouble();
        difference.test.df = d.value(QLatin1String("df")).toDouble();
        difference.test.pValue = d.value(QLatin1String("p")).toDouble();
        difference.test.ciLow = d.value(QLatin1String("ci_low")).toDouble();
        difference.test.ciHigh = d.value(QLatin1String("ci_high")).toDouble();
        difference.test.valid = difference.test.significant = true;
        findings.segmentDifferences.append(difference);
    }
    for (const QJsonValue &note : object.value(QLatin1String("notes")).toArray())
        findings.notes.append(note.toString());
    return findings;
}

} // namespace cxmap
