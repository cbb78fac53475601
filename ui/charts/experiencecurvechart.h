#pragma once

#include "analysis/stagecurve.h"
#include "analysis/statistics.h"
#include "chartview.h"
#include "model/ids.h"
#include "model/journey.h"

#include <QHash>
#include <QMap>

namespace cxmap {

struct Findings;

/**
 * The experience curve: mean performance per stage, in map order, with its 95% interval as a
 * band; optionally one line per segment. A stage's mean pools every answer given at its
 * touchpoints, so a touchpoint counts by how many customers rated it, as they experienced the
 * stage; a stage without answers shows no point.
 */
class ExperienceCurveChart : public ChartView
{
    Q_OBJECT

public:
    explicit ExperienceCurveChart(QWidget *parent = nullptr);
    ~ExperienceCurveChart() override;

    /** The overall curve from the findings' touchpoint scores, stages in the journey's order. */
    void setData(const Journey &journey, const Findings &findings);
    /** Segment name → touchpoint scores (performanceBySegment); empty draws no segment lines. */
    void setSegments(const QMap<QString, QHash<TouchpointId, MeanSummary>> &segments);

    const QList<StagePoint> &curve() const { return m_curve; }

protected:
    void rebuild() override;

private:
    void showTooltip(const QPointF &point, bool state, const QString &series);

    Journey m_journey;
    QString m_label;
    QList<StagePoint> m_curve;
    QMap<QString, QList<StagePoint>> m_segmentCurves;
};

} // namespace cxmap
