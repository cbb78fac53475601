#include "experiencelanepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxmap::ExperienceLanePainter {

namespace {

constexpr double Padding = 12.0;

QFont sized(const QFont &base, double pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(1, int(std::ceil(pixels - 1e-6))));
    font.setBold(bold);
    return font;
}

/** Dash patterns that tell segment lines apart without a colour (they print in grey too). */
QList<qreal> dashes(int index)
{
    switch (index % 4) {
    case 0:
        return {6, 3};
    case 1:
        return {2, 2};
    case 2:
        return {8, 3, 2, 3};
    default:
        return {1, 4};
    }
}

} // namespace

std::pair<double, double> valueRange(const ExperienceLaneData &data)
{
    double low = 100.0;
    double high = 0.0;
    auto take = [&](const QList<StagePoint> &curve) {
        for (const StagePoint &point : curve) {
            if (point.performance.n <= 0)
                continue;
            const MeanSummary &p = point.performance;
            low = std::min(low, p.hasInterval ? p.ciLow : p.mean);
            high = std::max(high, p.hasInterval ? p.ciHigh : p.mean);
        }
    };
    take(data.curve);
    for (const QList<StagePoint> &curve : data.segments)
        take(curve);
    if (low > high)
        return {0.0, 100.0};
    // Whole tens around the data, at least 20 points tall: differences show, the scale stays honest.
    low = std::clamp(std::floor((low - 2.0) / 10.0) * 10.0, 0.0, 100.0);
    high = std::clamp(std::ceil((high + 2.0) / 10.0) * 10.0, 0.0, 100.0);
    if (high - low < 20.0) {
        high = std::min(100.0, low + 20.0);
        low = std::max(0.0, high - 20.0);
    }
    return {low, high};
}

void draw(QPainter *painter, const QRectF &header, const QRectF &plot, const QList<std::pair<double, double>> &columns,
          const ExperienceLaneData &data, const RenderTheme &theme, double scale, double minimumPixels)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double unit = 1.0 / std::max(scale, 0.01);
    const QFont small = sized(theme.font, std::max(11.0, minimumPixels * unit));
    const QFont bold = sized(theme.font, std::max(12.7, minimumPixels * unit), true);
    const QFontMetricsF smallMetrics(small);

    painter->fillRect(header, theme.laneBand);
    painter->fillRect(plot, theme.laneBand);
    painter->setPen(QPen(theme.gridLine, 0));
    painter->drawLine(QLineF(header.topLeft(), plot.topRight()));
    painter->drawLine(QLineF(header.topRight(), header.bottomRight()));

    // The lane's title, where the lane names are. Text as large as the presentation's floor
    // does not fit there: the title then goes into the plot's top left corner, on its own,
    // and the scale's labels are left out (every point carries its value).
    const QString titleText = QCoreApplication::translate("cxmap", "Experience");
    const QRectF title = header.adjusted(14, 12, -10, -8);
    const QFontMetricsF boldMetrics(bold);
    const bool roomy = boldMetrics.horizontalAdvance(titleText) <= title.width();
    painter->setPen(theme.laneHeaderText);
    painter->setFont(bold);
    if (roomy) {
        painter->drawText(title, Qt::AlignTop | Qt::AlignLeft, titleText);
        const QString subtitle = QCoreApplication::translate("cxmap", "performance 0–100, 95% band");
        const QRectF below = title.adjusted(0, boldMetrics.height() + 4, 0, 0);
        const QRectF needed = smallMetrics.boundingRect(below, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, subtitle);
        if (needed.width() <= below.width() + 0.5 && needed.height() <= below.height()) {
            painter->setPen(theme.mutedText);
            painter->setFont(small);
            painter->drawText(below, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, subtitle);
        }
    }
    // Where the title sits in the plot, if it does: the values keep out of it.
    QRectF titleInPlot;
    if (!roomy) {
        const QRectF corner = plot.adjusted(Padding, Padding * 0.5, 0, 0);
        painter->drawText(corner, Qt::AlignTop | Qt::AlignLeft, titleText);
        titleInPlot = QRectF(corner.topLeft(), QSizeF(boldMetrics.horizontalAdvance(titleText), boldMetrics.height()));
    }

    // Named values, not a structured binding: clang 14 (the sanitizer build's) cannot capture one.
    const std::pair<double, double> range = valueRange(data);
    const double low = range.first;
    const double high = range.second;
    const QRectF area = plot.adjusted(0, Padding + smallMetrics.height(), 0, -Padding);
    auto yOf = [&](double value) { return area.bottom() - (std::clamp(value, low, high) - low) / (high - low) * area.height(); };

    // Guides at whole tens, labelled at the left edge of the plot when the labels fit between them.
    painter->setFont(small);
    const double step = high - low > 50 ? 20.0 : 10.0;
    const bool labelled = roomy && std::abs(yOf(low) - yOf(low + step)) >= smallMetrics.height() * 1.1;
    for (double value = low; value <= high + 1e-9; value += step) {
        const double y = yOf(value);
        painter->setPen(QPen(theme.gridLine, 0, value == low || value >= high ? Qt::SolidLine : Qt::DashLine));
        painter->drawLine(QLineF(plot.left(), y, plot.right(), y));
        if (!labelled)
            continue;
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(plot.left() + 4, y - smallMetrics.height(), 60 * unit, smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignBottom, QString::number(int(value)));
    }

    auto centreOf = [&columns](qsizetype i) { return (columns.at(i).first + columns.at(i).second) / 2; };
    const qsizetype count = std::min(columns.size(), data.curve.size());

    // The 95% band, in runs of stages that have answers.
    QColor bandColour = theme.selection;
    bandColour.setAlphaF(theme.isDark ? 0.22f : 0.16f);
    for (qsizetype i = 0; i < count;) {
        if (data.curve.at(i).performance.n <= 0 || !data.curve.at(i).performance.hasInterval) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < count && data.curve.at(end + 1).performance.n > 0 && data.curve.at(end + 1).performance.hasInterval)
            ++end;
        QPolygonF band;
        for (qsizetype k = i; k <= end; ++k)
            band << QPointF(centreOf(k), yOf(data.curve.at(k).performance.ciHigh));
        for (qsizetype k = end; k >= i; --k)
            band << QPointF(centreOf(k), yOf(data.curve.at(k).performance.ciLow));
        if (end == i) // One stage alone: a short bar rather than nothing.
            band = QPolygonF(QRectF(QPointF(centreOf(i) - 6, yOf(data.curve.at(i).performance.ciHigh)),
                                    QPointF(centreOf(i) + 6, yOf(data.curve.at(i).performance.ciLow))));
        painter->setPen(Qt::NoPen);
        painter->setBrush(bandColour);
        painter->drawPolygon(band);
        i = end + 1;
    }

    // Segment curves: thinner, dashed, named at their last point.
    int index = 0;
    for (auto it = data.segments.cbegin(); it != data.segments.cend(); ++it, ++index) {
        QPen pen(theme.mutedText, std::max(1.5, 1.2 * unit));
        pen.setDashPattern(dashes(index));
        painter->setPen(pen);
        QPainterPath line;
        bool open = false;
        QPointF last;
        for (qsizetype i = 0; i < std::min(count, it->size()); ++i) {
            const StagePoint &point = it->at(i);
            if (point.performance.n <= 0) {
                open = false;
                continue;
            }
            last = QPointF(centreOf(i), yOf(point.performance.mean));
            open ? line.lineTo(last) : line.moveTo(last);
            open = true;
        }
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(line);
        if (!line.isEmpty()) {
            painter->setPen(theme.mutedText);
            painter->drawText(last + QPointF(6 * unit, -3 * unit), it.key());
        }
    }

    // The curve: stage means joined, each point in its score colour with its value beside it.
    QPainterPath curve;
    bool open = false;
    for (qsizetype i = 0; i < count; ++i) {
        const StagePoint &point = data.curve.at(i);
        if (point.performance.n <= 0) {
            open = false;
            continue;
        }
        const QPointF at(centreOf(i), yOf(point.performance.mean));
        open ? curve.lineTo(at) : curve.moveTo(at);
        open = true;
    }
    painter->setPen(QPen(theme.cardText, std::max(2.5, 2.0 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(curve);
    const double radius = std::max(6.0, 5.0 * unit);
    painter->setFont(sized(theme.font, std::max(12.0, minimumPixels * unit), true));
    const QFontMetricsF valueMetrics(painter->font());
    for (qsizetype i = 0; i < count; ++i) {
        const StagePoint &point = data.curve.at(i);
        const QPointF at(centreOf(i), yOf(point.performance.mean));
        if (point.performance.n <= 0) {
            painter->setPen(theme.mutedText);
            painter->setFont(small);
            painter->drawText(QRectF(centreOf(i) - 60 * unit, area.center().y() - smallMetrics.height() / 2, 120 * unit,
                                     smallMetrics.height()),
                              Qt::AlignCenter, QCoreApplication::translate("cxmap", "no answers"));
            painter->setFont(sized(theme.font, std::max(12.0, minimumPixels * unit), true));
            continue;
        }
        painter->setPen(QPen(theme.cardText, std::max(1.5, 1.2 * unit)));
        painter->setBrush(RenderTheme::scoreColor(point.performance.mean));
        painter->drawEllipse(at, radius, radius);
        const QString value = QString::number(qRound(point.performance.mean));
        QRectF label(at.x() + radius + 3 * unit, at.y() - valueMetrics.height() - 1 * unit,
                     valueMetrics.horizontalAdvance(value) + 2, valueMetrics.height());
        // Above the point unless the title is there: then below it.
        if (label.intersects(titleInPlot))
            label.moveTop(at.y() + 1 * unit);
        painter->setPen(theme.cardText);
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, value);
    }
    painter->restore();
}

} // namespace cxmap::ExperienceLanePainter
