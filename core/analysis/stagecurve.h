#pragma once

#include "model/ids.h"
#include "statistics.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cxmap {

class Journey;
struct Findings;

/** One stage's point of the experience curve. */
struct StagePoint
{
    StageId stage;
    QString name;
    /** All answers at the stage's touchpoints, pooled (n-weighted, exact pooled sd). */
    MeanSummary performance;
    int touchpoints = 0;
};

/**
 * The experience curve's data: mean performance per stage, in the journey's order, with its 95%
 * interval. A stage's mean pools every answer given at its touchpoints, so a touchpoint counts
 * by how many customers rated it, as they experienced the stage; a stage without answers has
 * n = 0. Drawn by Qt Charts in the editor's dock and by QPainter on the map and in the report.
 */
QList<StagePoint> stageCurve(const Journey &journey, const QHash<TouchpointId, MeanSummary> &scores);

/** The curve of the findings' touchpoint scores. */
QList<StagePoint> stageCurve(const Journey &journey, const Findings &findings);

} // namespace cxmap
