#include "experiencecurvechart.h"

#include "analysis/findings.h"
#include "chartstyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace cxmap {

namespace {

QString describe(const StagePoint &point)
{
    const MeanSummary &p = point.performance;
    QString text = QStringLiteral("%1: %2").arg(point.name, QString::number(p.mean, 'f', 1));
    if (p.hasInterval)
        text += QCoreApplication::translate("cxmap::ExperienceCurveChart", " (95% interval %1–%2)")
                    .arg(QString::number(p.ciLow, 'f', 1), QString::number(p.ciHigh, 'f', 1));
    return text + QCoreApplication::translate("cxmap::ExperienceCurveChart", ", %1 answers at %2 touchpoints").arg(p.n).arg(point.touchpoints);
}

} // namespace

ExperienceCurveChart::ExperienceCurveChart(QWidget *parent)
    : ChartView(parent)
{
    setAccessibleName(tr("Experience curve across stages"));
    rebuild();
}

ExperienceCurveChart::~ExperienceCurveChart() = default;

void ExperienceCurveChart::setData(const Journey &journey, const Findings &findings)
{
    m_journey = journey;
    m_curve = stageCurve(journey, findings);
    m_label = findings.request.segment.isEmpty() ? tr("All respondents") : findings.request.segment;
    rebuild();
}

void ExperienceCurveChart::setSegments(
    const QMap<QString, QHash<TouchpointId, MeanSummary>> &segments)
{
    m_segmentCurves.clear();
    for (auto it = segments.cbegin(); it != segments.cend(); ++it)
        m_segmentCurves.insert(it.key(), stageCurve(m_journey, it.value()));
    rebuild();
}

void ExperienceCurveChart::rebuild()
{
    clearChart();
    QChart *chart = this->chart();
    const QPalette palette = this->palette();
    const bool hasData = std::any_of(m_curve.cbegin(), m_curve.cend(),
                                     [](const StagePoint &p) { return p.performance.n > 0; });
    setPlaceholder(m_curve.isEmpty() ? tr("The map has no stages yet.")
                   : hasData         ? QString()
                             : tr("No answers in this selection: import survey answers to draw the "
                                  "experience curve."));

    auto *upper = new QLineSeries(chart);
    auto *lower = new QLineSeries(chart);
    auto *curve = new QLineSeries(chart);
    curve->setObjectName(QStringLiteral("curve"));
    curve->setName(m_label);
    double low = 100.0;
    double high = 0.0;
    QStringList description;
    for (int i = 0; i < m_curve.size(); ++i) {
        const MeanSummary &p = m_curve.at(i).performance;
        if (p.n == 0)
            continue;
        curve->append(i, p.mean);
        low = std::min(low, p.hasInterval ? p.ciLow : p.mean);
        high = std::max(high, p.hasInterval ? p.ciHigh : p.mean);
        if (p.hasInterval) {
            upper->append(i, p.ciHigh);
            lower->append(i, p.ciLow);
        }
        description << describe(m_curve.at(i));
    }
    const QColor accent = ChartStyle::accent(palette);
    auto *band = new QAreaSeries(upper, lower);
    band->setObjectName(QStringLiteral("band"));
    band->setName(tr("95% interval"));
    band->setColor(ChartStyle::faded(accent, ChartStyle::isDark(palette) ? 0.28 : 0.18));
    band->setBorderColor(Qt::transparent);
    chart->addSeries(band);

    QList<QLineSeries *> lines{curve};
    const QList<QColor> colors = ChartStyle::categorical(palette);
    int colorIndex = 0;
    for (auto it = m_segmentCurves.cbegin(); it != m_segmentCurves.cend(); ++it) {
        auto *line = new QLineSeries(chart);
        line->setObjectName(QStringLiteral("segment:%1").arg(it.key()));
        line->setName(it.key());
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).performance.n > 0) {
                line->append(i, it->at(i).performance.mean);
                low = std::min(low, it->at(i).performance.mean);
                high = std::max(high, it->at(i).performance.mean);
            }
        QPen pen(colors.at(colorIndex++ % colors.size()), 1.6);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(5.5);
        chart->addSeries(line);
        lines.append(line);
    }
    curve->setPen(QPen(accent, 2.4));
    curve->setPointsVisible(true);
    curve->setMarkerSize(7.5);
    chart->addSeries(curve);

    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    x->setGridLineVisible(false);
    QStringList used;
    for (int i = 0; i < m_curve.size(); ++i) {
        // Category labels must be unique; two stages of one name get invisible distinct suffixes.
        // A stage without answers among stages with them says so; when none has any, the
        // placeholder says it once.
        QString label = m_curve.at(i).performance.n > 0 || !hasData
                            ? m_curve.at(i).name
                            : tr("%1 (no answers)").arg(m_curve.at(i).name);
        while (used.contains(label))
            label += QChar(0x200b);
        used << label;
        // Words on lines of their own: a dock's width shows "Get support" whole, not "Get s…".
        x->append(label.toHtmlEscaped().replace(QLatin1Char(' '), QLatin1String("<br>")), i);
    }
    x->setRange(-0.5, std::max<double>(0.5, double(m_curve.size()) - 0.5));

    // Without a point to frame, the whole scale.
    const bool framed = hasData || !m_segmentCurves.isEmpty();
    QValueAxis *y = ChartStyle::performanceAxis(chart, framed ? low : 0.0, framed ? high : 100.0);
    ChartStyle::finish(chart, x, y, palette);
    for (QLineSeries *line : std::as_const(lines))
        connect(line, &QLineSeries::hovered, this,
                [this, name = line->objectName()](const QPointF &point, bool state) {
                    showTooltip(point, state, name);
                });
    // Stage names share a dock's width seven ways: a point smaller, they fit whole.
    QFont stageFont = x->labelsFont();
    stageFont.setPointSizeF(7.5);
    x->setLabelsFont(stageFont);
    setAccessibleDescription(hasData ? tr("Mean performance per stage, %1: %2.")
                                           .arg(m_label, description.join(QStringLiteral("; ")))
                                     : placeholder());
}

void ExperienceCurveChart::showTooltip(const QPointF &point, bool state, const QString &series)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const int index = qRound(point.x());
    const QList<StagePoint> &curve =
        series.startsWith(QLatin1String("segment:")) ? m_segmentCurves[series.mid(8)] : m_curve;
    if (index < 0 || index >= curve.size())
        return;
    const QString who = series.startsWith(QLatin1String("segment:")) ? series.mid(8) : m_label;
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2").arg(who, describe(curve.at(index))),
                       this);
}

} // namespace cxmap
