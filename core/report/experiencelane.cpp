#include "experiencelane.h"

#include "render/mapgeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxmap::ExperienceLane {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ExperienceLane", text);
}

QFont pixelFont(const QFont &base, double units, bool bold)
{
    QFont font = base;
    font.setPixelSize(std::max(1, int(std::ceil(units))));
    font.setBold(bold);
    return font;
}

} // namespace

QRectF rect(const MapGeometry &geometry)
{
    const QRectF bounds = geometry.bounds();
    return QRectF(bounds.left(), bounds.bottom(), bounds.width(), Height);
}

void draw(QPainter *painter, const QRectF &lane, const MapGeometry &geometry, const Journey &journey,
          const QList<StagePoint> &curve, const RenderTheme &theme, double scale)
{
    const double headerWidth = geometry.metrics().laneHeaderWidth;
    // Text stays at least 9 device pixels, as the cards' score row does.
    const double textUnits = std::max(11.0, 9.0 / std::max(scale, 0.01));
    const QFont label = pixelFont(theme.font, textUnits, false);
    const QFont header = pixelFont(theme.font, std::max(12.0, 11.5 / std::max(scale, 0.01)), true);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(lane, theme.laneBand);
    painter->setPen(QPen(theme.gridLine, 1.0));
    painter->drawLine(lane.topLeft(), lane.topRight());

    const QRectF headerRect(lane.left(), lane.top(), headerWidth, lane.height());
    painter->fillRect(headerRect, theme.headerBackground);
    painter->setPen(theme.laneHeaderText);
    painter->setFont(header);
    painter->drawText(headerRect.adjusted(10, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      tr("Experience"));
    painter->setFont(label);
    painter->setPen(theme.mutedText);
    painter->drawText(headerRect.adjusted(10, 6, -8, -6), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                      tr("mean per stage, 95% band"));

    // The plot: 0–100 over the lane's height less room for the values above the points.
    const double top = lane.top() + textUnits * 1.6;
    const double bottom = lane.bottom() - 8;
    auto yOf = [&](double value) { return bottom - (bottom - top) * std::clamp(value, 0.0, 100.0) / 100.0; };
    painter->setPen(QPen(theme.gridLine, 0.8, Qt::DotLine));
    for (double level : {0.0, 50.0, 100.0})
        painter->drawLine(QPointF(lane.left() + headerWidth, yOf(level)), QPointF(lane.right(), yOf(level)));

    QList<QPointF> points;
    QList<QPointF> lows;
    QList<QPointF> highs;
    for (const StagePoint &point : curve) {
        if (!journey.stages().find(point.stage) || !point.performance.hasMean())
            continue;
        const double x = geometry.stageColumn(point.stage).center().x();
        points.append(QPointF(x, yOf(point.performance.mean)));
        const double low = point.performance.hasInterval ? point.performance.ciLow : point.performance.mean;
        const double high = point.performance.hasInterval ? point.performance.ciHigh : point.performance.mean;
        lows.append(QPointF(x, yOf(low)));
        highs.append(QPointF(x, yOf(high)));
    }
    if (points.isEmpty()) {
        painter->setPen(theme.mutedText);
        painter->drawText(lane.adjusted(headerWidth + 10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("No answers: no experience curve"));
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
    QColor bandColor = theme.ink;
    bandColor.setAlphaF(0.18f);
    painter->fillPath(band, bandColor);
    painter->setPen(QPen(theme.ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (qsizetype i = 1; i < points.size(); ++i)
        painter->drawLine(points.at(i - 1), points.at(i));

    const QFontMetricsF metrics(label);
    const double radius = std::max(4.0, 3.0 / std::max(scale, 0.01));
    qsizetype index = 0;
    for (const StagePoint &point : curve) {
        if (!journey.stages().find(point.stage) || !point.performance.hasMean())
            continue;
        const QPointF at = points.at(index++);
        painter->setPen(QPen(theme.background, 1.5));
        painter->setBrush(RenderTheme::scoreColor(point.performance.mean));
        painter->drawEllipse(at, radius, radius);
        const QString value = QLocale().toString(point.performance.mean, 'f', 0);
        const double width = metrics.horizontalAdvance(value);
        painter->setPen(theme.headerText);
        painter->drawText(QPointF(at.x() - width / 2, at.y() - radius - metrics.descent() - 2), value);
    }
    painter->restore();
}

} // namespace cxmap::ExperienceLane
