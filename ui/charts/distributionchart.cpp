#include "distributionchart.h"

#include "chartstyle.h"
#include "render/rendertheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cxmap {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100.0));
}

// NPS points as people write them: "+12", "−41", "0".
QString signedWhole(double value)
{
    const long long rounded = qRound64(value);
    if (rounded < 0)
        return QChar(0x2212) + QString::number(-rounded);
    return (rounded > 0 ? QStringLiteral("+") : QString()) + QString::number(rounded);
}

QString valueText(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

DistributionChart::DistributionChart(QWidget *parent)
    : ChartView(parent)
{
    setAccessibleName(tr("Answer distribution of the selected touchpoint"));
    m_message = tr("Select a touchpoint on the map to see its answers.");
    rebuild();
}

DistributionChart::~DistributionChart() = default;

bool DistributionChart::isNps(const MetricScore &metric)
{
    return metric.nps.has_value() ||
           metric.metric.compare(QLatin1String("nps"), Qt::CaseInsensitive) == 0;
}

void DistributionChart::setMetric(const QString &touchpoint, const MetricScore &metric)
{
    m_touchpoint = touchpoint;
    m_metric = metric;
    m_bars = distributionBars(metric);
    m_message = metric.raw.n == 0
                    ? tr("No %1 answers for %2 in this selection.").arg(metric.metric, touchpoint)
                    : QString();
    rebuild();
}

void DistributionChart::clear(const QString &message)
{
    m_touchpoint.clear();
    m_metric.reset();
    m_bars.clear();
    m_message = message;
    rebuild();
}

QString DistributionChart::summary() const
{
    if (!m_metric || m_metric->raw.n == 0)
        return {};
    const MetricScore &m = *m_metric;
    QString text = tr("%1 on %2–%3: mean %4, n %5")
                       .arg(m.metric.toUpper(), valueText(m.min), valueText(m.max),
                            QString::number(m.raw.mean, 'f', 2), QLocale().toString(m.raw.n));
    if (m.nps && m.nps->valid)
        text += tr(" · NPS %1 (95% interval %2 to %3)")
                    .arg(signedWhole(m.nps->score), signedWhole(m.nps->ciLow),
                         signedWhole(m.nps->ciHigh));
    else if (m.topBox && m.topBox->valid)
        text += tr(" · top box %1 (95% interval %2–%3)")
                    .arg(percent(m.topBox->proportion), percent(m.topBox->ciLow),
                         percent(m.topBox->ciHigh));
    return text;
}

void DistributionChart::rebuild()
{
    clearChart();
    QChart *chart = this->chart();
    const QPalette palette = this->palette();
    setPlaceholder(m_message);
    chart->setTitle(summary());
    if (!m_metric || m_metric->raw.n == 0) {
        chart->legend()->setVisible(false);
        setAccessibleDescription(m_message);
        return;
    }
    const MetricScore &m = *m_metric;
    const bool nps = isNps(m);
    const double total = double(m.raw.n);

    // One set per group, each with values only in its own categories: stacked, that gives every
    // bar the group's colour and the legend its groups.
    struct Group
    {
        QString name;
        QColor color;
        std::function<bool(const DistributionBar &)> holds;
    };
    QList<Group> groups;
    if (nps) {
        groups = {{tr("Detractors (0–6)"), RenderTheme::scoreColor(8.0),
                   [](const DistributionBar &bar) { return bar.to <= 6.0; }},
                  {tr("Passives (7–8)"), RenderTheme::scoreColor(50.0),
                   [](const DistributionBar &bar) { return bar.from > 6.0 && bar.to < 9.0; }},
                  {tr("Promoters (9–10)"), RenderTheme::scoreColor(95.0),
                   [](const DistributionBar &bar) { return bar.from >= 9.0; }}};
    } else {
        // Each bar its own colour on the map's scale: what its answers score on 0–100.
        for (const DistributionBar &bar : std::as_const(m_bars)) {
            const double middle = (bar.from + bar.to) / 2.0;
            const double position = m.max > m.min ? 100.0 * (middle - m.min) / (m.max - m.min) : 50.0;
            // Where a low answer is the good one, it is drawn in the colour of a high score.
            const double normalised = m.higherIsBetter ? position : 100.0 - position;
            groups.append({bar.label, RenderTheme::scoreColor(std::clamp(normalised, 0.0, 100.0)),
                           [from = bar.from](const DistributionBar &x) { return x.from == from; }});
        }
    }
    auto *series = new QStackedBarSeries(chart);
    series->setObjectName(QStringLiteral("distribution"));
    series->setBarWidth(0.72);
    QStringList categories;
    QStringList description;
    for (const DistributionBar &bar : std::as_const(m_bars)) {
        categories << bar.label;
        description << tr("%1: %2 (%3)")
                           .arg(bar.label)
                           .arg(bar.count)
                           .arg(percent(double(bar.count) / total));
    }
    qint64 highest = 0;
    for (const Group &group : std::as_const(groups)) {
        auto *set = new QBarSet(group.name, series);
        qint64 groupCount = 0;
        for (const DistributionBar &bar : std::as_const(m_bars)) {
            const bool mine = group.holds(bar);
            set->append(mine ? double(bar.count) : 0.0);
            groupCount += mine ? bar.count : 0;
            highest = std::max(highest, bar.count);
        }
        if (nps)
            set->setLabel(
                QStringLiteral("%1 %2").arg(group.name, percent(double(groupCount) / total)));
        set->setColor(group.color);
        set->setBorderColor(group.color);
        series->append(set);
    }
    connect(series, &QStackedBarSeries::hovered, this,
            [this, total](bool status, int index, QBarSet *) {
                if (!status || index < 0 || index >= m_bars.size()) {
                    QToolTip::hideText();
                    return;
                }
                const DistributionBar &bar = m_bars.at(index);
                const QString answers =
                    bar.count == 1 ? tr("1 answer") : tr("%1 answers").arg(bar.count);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 %2: %3 (%4)")
                                       .arg(m_metric->metric, bar.label, answers,
                                            percent(double(bar.count) / total)),
                                   this);
            });
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(tr("Answer (%1)").arg(m.metric));
    x->setGridLineVisible(false);
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("Answers"));
    y->setRange(0.0, std::max(1.0, double(highest) * 1.08));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(nps);
    ChartStyle::apply(chart, palette);
    QFont title = chart->titleFont();
    title.setPointSizeF(9.0);
    title.setBold(false);
    chart->setTitleFont(title);
    setAccessibleDescription(
        tr("%1 answers at %2. %3. %4.")
            .arg(m.metric, m_touchpoint, summary(), description.join(QStringLiteral("; "))));
}

} // namespace cxmap
