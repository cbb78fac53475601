#include "chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <cmath>

namespace cxmap::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Highlight);
}

QColor faded(const QColor &color, double alpha)
{
    QColor result = color;
    result.setAlphaF(float(alpha));
    return result;
}

QColor muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](float a, float b) { return a + (b - a) * 0.6f; };
    return QColor::fromRgbF(mix(base.redF(), text.redF()), mix(base.greenF(), text.greenF()),
                            mix(base.blueF(), text.blueF()));
}

QList<QColor> categorical(const QPalette &palette)
{
    // Blue is left out: it is the accent, the colour of the overall series beside these.
    QList<QColor> colors = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                            QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00),
                            QColor(0x56, 0xb4, 0xe9), QColor(0xf0, 0xe4, 0x42)};
    if (isDark(palette))
        for (QColor &color : colors)
            color = color.lighter(125);
    return colors;
}

QValueAxis *performanceAxis(QChart *chart, double lowest, double highest)
{
    const double low = std::max(0.0, std::floor((lowest - 4.0) / 10.0) * 10.0);
    const double high = std::min(100.0, std::ceil((highest + 4.0) / 10.0) * 10.0);
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(QCoreApplication::translate("cxmap::ChartStyle", "Performance (0–100)"));
    axis->setRange(low, high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(high - low > 50.0 ? 20.0 : 10.0);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

void applyToAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    axis->setLabelsColor(muted(palette));
    axis->setTitleBrush(text);
    axis->setLinePenColor(faded(text, 0.35));
    axis->setGridLineColor(faded(text, isDark(palette) ? 0.10 : 0.08));
    axis->setMinorGridLineColor(faded(text, 0.04));
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(8.5);
    title.setBold(false);
    axis->setTitleFont(title);
}

void apply(QChart *chart, const QPalette &palette)
{
    // The plot sits on the view's base colour, like a document; the margins blend into it.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setBackgroundVisible(false);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    chart->legend()->setFont(legendFont);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        applyToAxis(axis, palette);
}

void finish(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const QPalette &palette)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        one->attachAxis(x);
        one->attachAxis(y);
    }
    chart->legend()->setVisible(true);
    apply(chart, palette);
}

} // namespace cxmap::ChartStyle
