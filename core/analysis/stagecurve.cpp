#include "stagecurve.h"

#include "findings.h"
#include "model/journey.h"

namespace cxmap {

QList<StagePoint> stageCurve(const Journey &journey, const QHash<TouchpointId, MeanSummary> &scores)
{
    QList<StagePoint> curve;
    for (const Stage &stage : journey.stages()) {
        StagePoint point{stage.id, stage.name, {}, 0};
        QList<AggregateRow> rows;
        for (TouchpointId id : journey.touchpointsInStage(stage.id)) {
            const auto found = scores.constFind(id);
            if (found == scores.cend() || found->n == 0)
                continue;
            // Each touchpoint's summary is a row of (n, mean, sd): pooling them is exact.
            rows.append(AggregateRow{found->n, found->mean,
                                     found->hasInterval ? std::optional<double>(found->sd) : std::nullopt});
            ++point.touchpoints;
        }
        point.performance = combineMeans(SampleMoments{}, rows);
        curve.append(point);
    }
    return curve;
}

QList<StagePoint> stageCurve(const Journey &journey, const Findings &findings)
{
    QHash<TouchpointId, MeanSummary> scores;
    for (const TouchpointFinding &finding : findings.touchpoints)
        scores.insert(finding.id, finding.performance);
    return stageCurve(journey, scores);
}

} // namespace cxmap
