#include "reportcharts.h"

#include "reportstyle.h"

#include "analysis/basiscaption.h"
#include "analysis/findingwording.h"
#include "analysis/importancematrix.h"
#include "model/metric.h"
#include "render/rendertheme.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxmap::ReportCharts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportCharts", text);
}

using FindingWording::number;

/** A value axis from `low` to `high` mapped onto [bottom, top] of a plot. */
struct Axis
{
    double low;
    double high;
    double from;
    double to;
    double at(double value) const { return from + (to - from) * (value - low) / std::max(high - low, 1e-9); }
};

/** Gridlines and their labels on the left of `plot` at `ticks`. */
void valueGrid(QPainter *painter, const QRectF &plot, const Axis &y, const QList<double> &ticks,
               const ReportStyle &style, int decimals)
{
    painter->save();
    for (double tick : ticks) {
        const double at = y.at(tick);
        painter->setPen(QPen(style.rule, 0.4));
        painter->drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        ReportText::line(painter, QRectF(plot.left() - 30, at - 6, 26, 12), number(tick, decimals), style.small,
                         style.muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    painter->setPen(QPen(style.muted, 0.6));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->restore();
}

QList<double> ticksBetween(double low, double high, int count)
{
    const double raw = (high - low) / std::max(count, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    QList<double> ticks;
    for (double tick = std::ceil(low / step) * step; tick <= high + 1e-9; tick += step)
        ticks.append(tick);
    return ticks;
}

void dot(QPainter *painter, const QPointF &at, double radius, const QColor &fill, const ReportStyle &style)
{
    painter->setPen(QPen(style.paper, 1.0));
    painter->setBrush(fill);
    painter->drawEllipse(at, radius, radius);
}

} // namespace

void experienceCurve(QPainter *painter, const QRectF &rect, const ReportStyle &style, const QList<StagePoint> &curve)
{
    const double labelHeight = ReportText::lineHeight(style.small) * 2 + 4;
    const QRectF plot = rect.adjusted(34, 10, -6, -labelHeight);
    const Axis y{0, 100, plot.bottom(), plot.top()};
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    valueGrid(painter, plot, y, {0, 25, 50, 75, 100}, style, 0);
    const double step = plot.width() / std::max<qsizetype>(curve.size(), 1);
    QList<QPointF> points;
    QList<QPointF> lows;
    QList<QPointF> highs;
    for (qsizetype i = 0; i < curve.size(); ++i) {
        const StagePoint &stage = curve.at(i);
        const double x = plot.left() + step * (i + 0.5);
        ReportText::draw(painter, QRectF(x - step / 2 + 2, plot.bottom() + 3, step - 4, labelHeight), stage.name,
                         style.small, style.text, Qt::AlignHCenter);
        if (!stage.performance.hasMean())
            continue;
        const MeanSummary &p = stage.performance;
        points.append(QPointF(x, y.at(p.mean)));
        lows.append(QPointF(x, y.at(p.hasInterval ? p.ciLow : p.mean)));
        highs.append(QPointF(x, y.at(p.hasInterval ? p.ciHigh : p.mean)));
    }
    if (points.isEmpty()) {
        ReportText::line(painter, plot, tr("No answers: no experience curve."), style.body, style.muted,
                         Qt::AlignCenter);
        painter->restore();
        return;
    }
    QPainterPath band;
    band.moveTo(highs.first());
    for (qsizetype i = 1; i < highs.size(); ++i)
        band.lineTo(highs.at(i));
    for (qsizetype i = lows.size() - 1; i >= 0; --i)
        band.lineTo(lows.at(i));
    band.closeSubpath();
    QColor bandColor = style.accent;
    bandColor.setAlphaF(0.18f);
    painter->fillPath(band, bandColor);
    painter->setPen(QPen(style.accent, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (qsizetype i = 1; i < points.size(); ++i)
        painter->drawLine(points.at(i - 1), points.at(i));
    qsizetype index = 0;
    for (const StagePoint &stage : curve) {
        if (!stage.performance.hasMean())
            continue;
        const QPointF at = points.at(index++);
        dot(painter, at, 3.5, RenderTheme::scoreColor(stage.performance.mean), style);
        ReportText::line(painter, QRectF(at.x() - 20, at.y() - 17, 40, 11), number(stage.performance.mean),
                         style.small, style.text, Qt::AlignCenter);
    }
    painter->restore();
}

QStringList importanceMatrix(QPainter *painter, const QRectF &rect, const ReportStyle &style,
                             const Findings &findings)
{
    // The quadrants the findings engine names "fix first" from: one matrix for every view of it.
    const ImportanceMatrix matrix = cxmap::importanceMatrix(findings);
    QStringList names;
    const double axisHeight = ReportText::lineHeight(style.small) * 2 + 4;
    const QRectF plot = rect.adjusted(34, 6, -6, -axisHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!matrix.valid) {
        ReportText::draw(painter, plot,
                         tr("Too few reliable touchpoints with a measured importance to draw the matrix: it needs "
                            "four, with an outcome metric answered by the same respondents (%1 here).")
                             .arg(matrix.points.size()),
                         style.body, style.muted);
        painter->restore();
        return names;
    }
    const auto byImportance = std::minmax_element(matrix.points.cbegin(), matrix.points.cend(),
                                                  [](const MatrixPoint &a, const MatrixPoint &b) {
                                                      return a.importance < b.importance;
                                                  });
    const auto byPerformance = std::minmax_element(matrix.points.cbegin(), matrix.points.cend(),
                                                   [](const MatrixPoint &a, const MatrixPoint &b) {
                                                       return a.performance < b.performance;
                                                   });
    const double iMin = byImportance.first->importance;
    const double iMax = byImportance.second->importance;
    const double pMin = byPerformance.first->performance;
    const double pMax = byPerformance.second->performance;
    const double iPad = std::max(0.02, (iMax - iMin) * 0.08);
    const double pPad = std::max(2.0, (pMax - pMin) * 0.08);
    const Axis x{iMin - iPad, iMax + iPad, plot.left(), plot.right()};
    const Axis y{std::max(0.0, pMin - pPad), std::min(100.0, pMax + pPad), plot.bottom(), plot.top()};
    const double splitX = x.at(matrix.importanceSplit);
    const double splitY = y.at(matrix.performanceSplit);

    // Fix first: important and performing below the median.
    QColor fixFirst = RenderTheme::scoreColor(5);
    fixFirst.setAlphaF(style.theme.isDark ? 0.22f : 0.12f);
    painter->fillRect(QRectF(QPointF(splitX, splitY), plot.bottomRight()), fixFirst);
    valueGrid(painter, plot, y, ticksBetween(y.low, y.high, 5), style, 0);
    for (double tick : ticksBetween(x.low, x.high, 5))
        ReportText::line(painter, QRectF(x.at(tick) - 20, plot.bottom() + 2, 40, 11), number(tick, 2), style.small,
                         style.muted, Qt::AlignCenter);
    ReportText::line(painter, QRectF(plot.left(), plot.bottom() + 13, plot.width(), 11),
                     tr("importance: correlation with %1 →").arg(findings.outcomeMetric), style.small, style.muted,
                     Qt::AlignCenter);
    painter->setPen(QPen(style.muted, 0.8, Qt::DashLine));
    painter->drawLine(QPointF(splitX, plot.top()), QPointF(splitX, plot.bottom()));
    painter->drawLine(QPointF(plot.left(), splitY), QPointF(plot.right(), splitY));
    const QFont quadrant = style.bold;
    const double pad = 4;
    ReportText::line(painter, QRectF(plot.left() + pad, plot.top() + pad, splitX - plot.left() - 2 * pad, 12),
                     tr("Possible overkill"), quadrant, style.muted);
    ReportText::line(painter, QRectF(splitX + pad, plot.top() + pad, plot.right() - splitX - 2 * pad, 12),
                     tr("Keep up the good work"), quadrant, style.muted, Qt::AlignRight | Qt::AlignVCenter);
    ReportText::line(painter, QRectF(plot.left() + pad, plot.bottom() - 14, splitX - plot.left() - 2 * pad, 12),
                     tr("Low priority"), quadrant, style.muted);
    ReportText::line(painter, QRectF(splitX + pad, plot.bottom() - 14, plot.right() - splitX - 2 * pad, 12),
                     tr("Fix first"), quadrant, style.text, Qt::AlignRight | Qt::AlignVCenter);

    int numberOf = 0;
    for (const MatrixPoint &point : matrix.points) {
        const QPointF at(x.at(point.importance), y.at(point.performance));
        dot(painter, at, 4.5, RenderTheme::scoreColor(point.performance), style);
        const QString label = QString::number(++numberOf);
        ReportText::line(painter, QRectF(at.x() + 5, at.y() - 11, 24, 10), label, style.small, style.text);
        const TouchpointFinding *finding = findings.find(point.id);
        names.append(QStringLiteral("%1 %2").arg(label, finding ? finding->name : QString()));
    }
    painter->restore();
    return names;
}

void trend(QPainter *painter, const QRectF &rect, const ReportStyle &style, const TouchpointFinding &finding,
           const QList<MonthlyScore> &months)
{
    const double titleHeight = ReportText::lineHeight(style.bold) + 2;
    const double captionHeight = ReportText::lineHeight(style.small) * 2 + 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    ReportText::line(painter, QRectF(rect.left(), rect.top(), rect.width(), titleHeight), finding.name, style.bold,
                     style.text);
    ReportText::draw(painter, QRectF(rect.left(), rect.top() + titleHeight, rect.width(), captionHeight),
                     FindingWording::trend(finding), style.small, style.muted);
    const QRectF plot = rect.adjusted(30, titleHeight + captionHeight + 6, -4, -13);
    if (months.size() < 2) {
        ReportText::line(painter, plot, tr("Fewer than two months with answers."), style.small, style.muted,
                         Qt::AlignCenter);
        painter->restore();
        return;
    }
    double low = 100.0;
    double high = 0.0;
    for (const MonthlyScore &m : months) {
        low = std::min(low, m.performance.hasInterval ? m.performance.ciLow : m.performance.mean);
        high = std::max(high, m.performance.hasInterval ? m.performance.ciHigh : m.performance.mean);
    }
    low = std::max(0.0, low - 3);
    high = std::min(100.0, high + 3);
    const Axis y{low, high, plot.bottom(), plot.top()};
    const Axis x{double(months.first().month), double(months.last().month), plot.left() + 6, plot.right() - 6};
    valueGrid(painter, plot, y, ticksBetween(low, high, 4), style, 0);
    ReportText::line(painter, QRectF(plot.left(), plot.bottom() + 2, 60, 11),
                     monthCaption(monthName(months.first().month)), style.small, style.muted);
    ReportText::line(painter, QRectF(plot.right() - 60, plot.bottom() + 2, 60, 11),
                     monthCaption(monthName(months.last().month)), style.small, style.muted, Qt::AlignRight | Qt::AlignVCenter);
    painter->setPen(QPen(style.muted, 0.7));
    for (const MonthlyScore &m : months)
        if (m.performance.hasInterval)
            painter->drawLine(QPointF(x.at(m.month), y.at(m.performance.ciLow)),
                              QPointF(x.at(m.month), y.at(m.performance.ciHigh)));
    if (finding.trend && finding.trend->valid) {
        const LinearTrend &fit = *finding.trend;
        painter->setPen(QPen(finding.declining ? RenderTheme::scoreColor(5) : style.muted, 1.2, Qt::DashLine));
        painter->drawLine(QPointF(x.at(x.low), y.at(fit.intercept + fit.slope * x.low)),
                          QPointF(x.at(x.high), y.at(fit.intercept + fit.slope * x.high)));
    }
    painter->setPen(QPen(style.accent, 1.4));
    for (qsizetype i = 1; i < months.size(); ++i)
        painter->drawLine(QPointF(x.at(months.at(i - 1).month), y.at(months.at(i - 1).performance.mean)),
                          QPointF(x.at(months.at(i).month), y.at(months.at(i).performance.mean)));
    for (const MonthlyScore &m : months)
        dot(painter, QPointF(x.at(m.month), y.at(m.performance.mean)), 2.4,
            RenderTheme::scoreColor(m.performance.mean), style);
    painter->restore();
}

double distributionHeight(const TouchpointFinding &finding, const ReportStyle &style)
{
    const double line = ReportText::lineHeight(style.small);
    double height = ReportText::lineHeight(style.bold) + 4;
    for (const MetricScore &m : finding.metrics)
        height += line + 4 + m.distribution.size() * (line + 1) + 6;
    return height;
}

void distribution(QPainter *painter, const QRectF &rect, const ReportStyle &style, const TouchpointFinding &finding)
{
    const double line = ReportText::lineHeight(style.small);
    double top = rect.top();
    painter->save();
    ReportText::line(painter, QRectF(rect.left(), top, rect.width(), ReportText::lineHeight(style.bold)),
                     finding.name, style.bold, style.text);
    top += ReportText::lineHeight(style.bold) + 4;
    for (const MetricScore &m : finding.metrics) {
        qint64 total = 0;
        for (const auto &[value, count] : m.distribution)
            total += count;
        QString head = tr("%1, scale %2–%3: %4 answers").arg(m.metric).arg(m.min).arg(m.max).arg(FindingWording::count(total));
        head += QStringLiteral(" · ") + scaleValueText(m);
        ReportText::line(painter, QRectF(rect.left(), top, rect.width(), line), head, style.small, style.muted);
        top += line + 4;
        const double labelWidth = 34;
        const double shareWidth = 78;
        const double barRoom = rect.width() - labelWidth - shareWidth - 8;
        for (const auto &[value, count] : m.distribution) {
            const double share = total > 0 ? double(count) / double(total) : 0.0;
            // Each value in the colour its normalised score has on the map.
            double normalised = 100.0 * (value - m.min) / std::max(m.max - m.min, 1e-9);
            if (!m.higherIsBetter)
                normalised = 100.0 - normalised;
            ReportText::line(painter, QRectF(rect.left(), top, labelWidth - 4, line), number(value, value == std::floor(value) ? 0 : 1),
                             style.small, style.text, Qt::AlignRight | Qt::AlignVCenter);
            const QRectF bar(rect.left() + labelWidth, top + 1, std::max(0.5, barRoom * share), line - 2);
            painter->fillRect(bar, RenderTheme::scoreColor(normalised));
            ReportText::line(painter, QRectF(bar.right() + 4, top, shareWidth, line),
                             QStringLiteral("%1% (%2)").arg(number(share * 100, 1), FindingWording::count(count)),
                             style.small, style.text);
            top += line + 1;
        }
        top += 6;
    }
    painter->restore();
}

} // namespace cxmap::ReportCharts
