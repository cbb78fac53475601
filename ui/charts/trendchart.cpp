#include "trendchart.h"

#include "analysis/findings.h"
#include "chartstyle.h"
#include "findings/findingtext.h"
#include "render/rendertheme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace cxmap {

namespace {

QString describe(const MonthlyScore &month)
{
    const MeanSummary &p = month.performance;
    QString text = QStringLiteral("%1: %2").arg(FindingText::monthLabel(monthName(month.month)),
                                                QString::number(p.mean, 'f', 1));
    if (p.hasInterval)
        text += QStringLiteral(" (95% interval %1–%2)")
                    .arg(QString::number(p.ciLow, 'f', 1), QString::number(p.ciHigh, 'f', 1));
    return text + QStringLiteral(", n %1").arg(p.n);
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : ChartView(parent)
{
    setAccessibleName(tr("Trend of the selected touchpoint by month"));
    m_message = tr("Select a touchpoint on the map to see its trend.");
    rebuild();
}

TrendChart::~TrendChart() = default;

void TrendChart::setSeries(const QString &touchpoint, const QList<MonthlyScore> &months,
                           const std::optional<LinearTrend> &trend, bool declining)
{
    m_touchpoint = touchpoint;
    m_months = months;
    m_trend = trend;
    m_declining = declining;
    m_message = months.isEmpty() ? tr("No dated answers for %1 in this selection.").arg(touchpoint)
                                 : QString();
    rebuild();
}

void TrendChart::clear(const QString &message)
{
    m_touchpoint.clear();
    m_months.clear();
    m_trend.reset();
    m_declining = false;
    m_message = message;
    rebuild();
}

void TrendChart::rebuild()
{
    clearChart();
    QChart *chart = this->chart();
    const QPalette palette = this->palette();
    setPlaceholder(m_message);
    if (m_months.isEmpty()) {
        chart->legend()->setVisible(false);
        setAccessibleDescription(m_message);
        return;
    }

    const QColor accent = ChartStyle::accent(palette);
    auto *upper = new QLineSeries(chart);
    auto *lower = new QLineSeries(chart);
    auto *line = new QLineSeries(chart);
    line->setObjectName(QStringLiteral("monthly"));
    line->setName(tr("Monthly mean"));
    double low = 100.0;
    double high = 0.0;
    QStringList description;
    for (const MonthlyScore &month : std::as_const(m_months)) {
        const MeanSummary &p = month.performance;
        const double x = double(month.month);
        line->append(x, p.mean);
        low = std::min(low, p.hasInterval ? p.ciLow : p.mean);
        high = std::max(high, p.hasInterval ? p.ciHigh : p.mean);
        if (p.hasInterval) {
            upper->append(x, p.ciHigh);
            lower->append(x, p.ciLow);
        }
        description << describe(month);
    }
    auto *band = new QAreaSeries(upper, lower);
    band->setObjectName(QStringLiteral("band"));
    band->setName(tr("95% interval"));
    band->setColor(ChartStyle::faded(accent, ChartStyle::isDark(palette) ? 0.28 : 0.18));
    band->setBorderColor(Qt::transparent);
    chart->addSeries(band);

    const double first = double(m_months.first().month);
    const double last = double(m_months.last().month);
    if (m_trend && m_trend->valid) {
        auto *fit = new QLineSeries(chart);
        fit->setObjectName(QStringLiteral("trend"));
        QString slope = QString::number(m_trend->slope, 'f', 2);
        slope = slope.startsWith(QLatin1Char('-')) ? QChar(0x2212) + slope.mid(1)
                                                   : QLatin1Char('+') + slope;
        fit->setName(m_declining ? tr("Trend %1 a month (declining)").arg(slope)
                                 : tr("Trend %1 a month").arg(slope));
        fit->append(first, m_trend->intercept + m_trend->slope * first);
        fit->append(last, m_trend->intercept + m_trend->slope * last);
        // Declining is drawn in the colour of a bad score, so it reads as a warning at a glance.
        QPen pen(m_declining ? RenderTheme::scoreColor(5.0) : ChartStyle::muted(palette), 2.0,
                 Qt::DashLine);
        fit->setPen(pen);
        chart->addSeries(fit);
    }
    line->setPen(QPen(accent, 2.2));
    line->setPointsVisible(true);
    line->setMarkerSize(7);
    chart->addSeries(line);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (const MonthlyScore &month : std::as_const(m_months))
            if (month.month == qRound64(point.x()))
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1\n%2").arg(m_touchpoint, describe(month)),
                                   this);
    });

    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(first - 0.5);
    x->setGridLineVisible(false);
    // At most six labels (every second month of a year), which a dock's width shows whole. Month
    // names only, with the year at each January and the whole period in the axis title.
    const qint64 step = std::max<qint64>(1, qint64(std::ceil(double(last - first + 1) / 6.0)));
    const auto dateOf = [](qint64 month) { return QDate(int(month / 12), int(month % 12) + 1, 1); };
    x->setTitleText(QStringLiteral("%1 – %2").arg(
        QLocale().toString(dateOf(qint64(first)), QStringLiteral("MMMM yyyy")),
        QLocale().toString(dateOf(qint64(last)), QStringLiteral("MMMM yyyy"))));
    QStringList used;
    for (qint64 month = qint64(first); month <= qint64(last); month += step) {
        const QDate date = dateOf(month);
        QString label = QLocale().toString(date, month != qint64(first) && date.month() == 1
                                                     ? QStringLiteral("MMM yy")
                                                     : QStringLiteral("MMM"));
        // Category labels must be unique: "Mar" of two years gets an invisible difference.
        while (used.contains(label))
            label += QChar(0x200b);
        used << label;
        x->append(label, double(month));
    }
    x->setRange(first - 0.5, last + 0.5);
    QValueAxis *y = ChartStyle::performanceAxis(chart, low, high);
    ChartStyle::finish(chart, x, y, palette);
    setAccessibleDescription(tr("Monthly performance of %1: %2.")
                                 .arg(m_touchpoint, description.join(QStringLiteral("; "))));
}

} // namespace cxmap
