#include "scorelegendpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cxmap::ScoreLegendPainter {

namespace {

constexpr double BarWidth = 160;
constexpr double BarHeight = 8;
constexpr double SwatchWidth = 22;
constexpr double SwatchGap = 6;

QString caption()
{
    return QCoreApplication::translate("cxmap", "Performance, 0–100");
}

QString unreliable()
{
    return QCoreApplication::translate("cxmap", "unreliable (n < 30 or ± > 10)");
}

} // namespace

QSizeF size(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const double width = std::max({BarWidth, metrics.horizontalAdvance(caption()),
                                   SwatchWidth + SwatchGap + metrics.horizontalAdvance(unreliable())});
    return {std::ceil(width), std::ceil(3 * metrics.height() + BarHeight + 6)};
}

void draw(QPainter *painter, const QPointF &topLeft, const RenderTheme &theme, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double width = size(font).width();
    const double left = topLeft.x();
    double top = topLeft.y();

    painter->setPen(theme.cardText);
    painter->drawText(QRectF(left, top, width, metrics.height()), Qt::AlignLeft, caption());
    top += metrics.height() + 3;

    const QRectF bar(left, top, BarWidth, BarHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(RenderTheme::scoreGradient(bar.topLeft(), bar.topRight()));
    painter->drawRoundedRect(bar, 2, 2);
    top += BarHeight + 1;

    painter->setPen(theme.mutedText);
    const QRectF ticks(left, top, BarWidth, metrics.height());
    painter->drawText(ticks, Qt::AlignLeft, QStringLiteral("0"));
    painter->drawText(ticks, Qt::AlignHCenter, QStringLiteral("50"));
    painter->drawText(ticks, Qt::AlignRight, QStringLiteral("100"));
    top += metrics.height() + 2;

    // The same hatching the cards use, over a mid-scale colour.
    const QRectF swatch(left, top + 2, SwatchWidth, metrics.height() - 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(RenderTheme::scoreColor(50));
    painter->drawRect(swatch);
    painter->setBrush(RenderTheme::unreliableBrush(theme.cardBackground));
    painter->drawRect(swatch);
    painter->setPen(theme.mutedText);
    painter->drawText(QRectF(left + SwatchWidth + SwatchGap, top, width - SwatchWidth - SwatchGap, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, unreliable());
    painter->restore();
}

} // namespace cxmap::ScoreLegendPainter
