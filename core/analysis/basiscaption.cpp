#include "basiscaption.h"

#include "findings.h"
#include "model/metric.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap", text);
}

QString dayOrMonth(const std::optional<QDate> &date)
{
    return date ? QLocale().toString(*date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

QString monthCaption(const QString &month)
{
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("MMM yyyy")) : month;
}

QString filterCaption(const Findings &f)
{
    const AnalysisRequest &r = f.request;
    QStringList parts;
    parts << tr("Segment: %1").arg(r.segment.isEmpty() ? tr("all") : r.segment);

    QString period;
    if (r.from || r.to)
        period = QStringLiteral("%1 – %2").arg(r.from ? dayOrMonth(r.from) : tr("start"), r.to ? dayOrMonth(r.to) : tr("end"));
    else if (!f.firstMonth.isEmpty())
        period = tr("all, %1 – %2").arg(monthCaption(f.firstMonth), monthCaption(f.lastMonth));
    else
        period = tr("all");
    parts << tr("Period: %1").arg(period);

    if (r.metrics.size() == 1)
        parts << tr("Metric: %1").arg(r.metrics.first());
    else if (!r.metrics.isEmpty())
        parts << tr("Metrics: %1, performance 0–100").arg(r.metrics.join(QStringLiteral(", ")));
    else
        parts << tr("Metric: all, performance 0–100");

    if (!f.outcomeMetric.isEmpty())
        parts << (f.outcomeChosen ? tr("Outcome: %1").arg(f.outcomeMetric)
                                  : tr("Outcome: %1 (default)").arg(f.outcomeMetric));
    else
        parts << tr("Outcome: none");

    const QLocale locale;
    if (f.answers > 0)
        parts << tr("%1 answers from %2 respondents").arg(locale.toString(f.answers), locale.toString(f.respondents));
    else
        parts << tr("no answers");
    return parts.join(QStringLiteral(" · "));
}

QString badgeNote(const Findings &findings)
{
    const QString metric = findings.badgeMetric();
    if (metric.isEmpty())
        return {};
    std::optional<double> topBoxFrom;
    for (const Metric &builtin : builtinMetrics())
        if (builtin.name.compare(metric, Qt::CaseInsensitive) == 0)
            topBoxFrom = builtin.topBoxFrom;
    for (const TouchpointFinding &t : findings.touchpoints)
        for (const MetricScore &score : t.metrics)
            if (score.metric.compare(metric, Qt::CaseInsensitive) == 0)
                return tr("badges: %1").arg(scaleDescription(score.metric, score.min, score.max, topBoxFrom));
    return tr("badges: %1").arg(metric);
}

} // namespace cxmap
