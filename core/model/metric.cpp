#include "metric.h"

namespace cxmap {

double Metric::normalise(double value) const
{
    const double span = max - min;
    if (span <= 0.0)
        return 0.0;
    const double share = (value - min) / span;
    return 100.0 * (higherIsBetter ? share : 1.0 - share);
}

ReportedAs reportedAs(const QString &metricName)
{
    if (metricName.compare(QLatin1String("nps"), Qt::CaseInsensitive) == 0)
        return ReportedAs::Nps;
    if (metricName.compare(QLatin1String("csat"), Qt::CaseInsensitive) == 0)
        return ReportedAs::TopBox;
    return ReportedAs::Mean;
}

QList<Metric> builtinMetrics()
{
    // IDs are part of the file format: never renumber, only append.
    return {
        {MetricId(1), QStringLiteral("csat"), 1, 5, true, 4.0,
         QStringLiteral("Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied)")},
        {MetricId(2), QStringLiteral("ces"), 1, 7, true, 5.0,
         QStringLiteral("Customer effort score, 1 (very difficult) to 7 (very easy)")},
        {MetricId(3), QStringLiteral("nps"), 0, 10, true, 9.0,
         QStringLiteral("Likelihood to recommend, 0 to 10; NPS = % promoters (9–10) − % detractors (0–6)")},
        {MetricId(4), QStringLiteral("emotion"), -3, 3, true, std::nullopt,
         QStringLiteral("Emotion felt, −3 (very negative) to +3 (very positive)")},
        {MetricId(5), QStringLiteral("effectiveness"), 1, 5, true, 4.0,
         QStringLiteral("CX Index: the experience met my needs, 1 to 5")},
        {MetricId(6), QStringLiteral("ease"), 1, 5, true, 4.0,
         QStringLiteral("CX Index: it was easy, 1 to 5")},
        {MetricId(7), QStringLiteral("emotion_cxi"), 1, 5, true, 4.0,
         QStringLiteral("CX Index: how it made me feel, 1 to 5")},
    };
}

} // namespace cxmap
