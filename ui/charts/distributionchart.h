#pragma once

#include "analysis/findings.h"
#include "chartview.h"
#include "distributionbars.h"

namespace cxmap {

/**
 * A touchpoint's answers per value for one metric (DESIGN §3: every score shows its answer
 * distribution), on the metric's own scale: NPS as detractors (0–6), passives (7–8) and
 * promoters (9–10), other scales coloured like the map by what each value scores on 0–100.
 */
class DistributionChart : public ChartView
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget *parent = nullptr);
    ~DistributionChart() override;

    void setMetric(const QString &touchpoint, const MetricScore &metric);
    void clear(const QString &message);

    /** The line above the bars: mean, n, top box or NPS with their intervals. */
    QString summary() const;
    /** The bars drawn, lowest first (see distributionBars()). */
    const QList<DistributionBar> &bars() const { return m_bars; }

    static bool isNps(const MetricScore &metric);

protected:
    void rebuild() override;

private:
    QString m_touchpoint;
    std::optional<MetricScore> m_metric;
    QList<DistributionBar> m_bars;
    QString m_message;
};

} // namespace cxmap
