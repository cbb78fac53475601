#pragma once

#include "analysis/regression.h"
#include "analysis/touchpointseries.h"
#include "chartview.h"

#include <optional>

namespace cxmap {

/**
 * A touchpoint's performance month by month, with each month's 95% interval as a band and the
 * fitted least-squares trend (the one the findings test for "declining") as a dashed line.
 */
class TrendChart : public ChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    /** `trend` is TouchpointFinding::trend (x = month index); `declining` colours it. */
    void setSeries(const QString &touchpoint, const QList<MonthlyScore> &months,
                   const std::optional<LinearTrend> &trend, bool declining);
    /** Nothing selected (or nothing to show): only `message`. */
    void clear(const QString &message);

    const QList<MonthlyScore> &months() const { return m_months; }

protected:
    void rebuild() override;

private:
    QString m_touchpoint;
    QList<MonthlyScore> m_months;
    std::optional<LinearTrend> m_trend;
    bool m_declining = false;
    QString m_message;
};

} // namespace cxmap
