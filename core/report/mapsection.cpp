// The map section: one page when the map fits at a readable size, else an overview with the
// page index and one page per tile, each with its headers, overlap marks and key.
#include "reportsections.h"

#include "mapsheet.h"
#include "maptiling.h"
#include "pageflow.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"

#include "analysis/basiscaption.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

constexpr double PixelsPerPoint = 96.0 / 72.0;

/** The key under a map: the filter caption in words, then the legend row. */
double keyHeight(const ReportStyle &style, double width, const QString &caption)
{
    return 6.0 + ReportText::height(caption, style.small, width) + 4.0 + MapKeyPainter::height(style.small);
}

void paintKey(QPainter *painter, const QRectF &rect, const ReportStyle &style, const MapSheet &sheet,
              const QString &caption)
{
    const double used = ReportText::draw(painter, rect.adjusted(0, 6, 0, 0), caption, style.small, style.muted);
    // The caption is written above in full, so the key's row is all legend. MapKeyPainter keeps
    // 30% of its rectangle for a caption and right-aligns the legend: the rectangle reaches left
    // past the page's margin as far as that share needs, and the legend ends at the right margin
    // whole instead of losing its last entries (the spotlight's) on a portrait page.
    const MapKey key = sheet.key();
    const double width = std::max(rect.width(), MapKeyPainter::legendWidth(key, style.small) / 0.7);
    MapKeyPainter::draw(painter,
                        QRectF(rect.right() - width, rect.top() + 6 + used + 4, width, MapKeyPainter::height(style.small)),
                        key, style.theme, style.small);
}

/**
 * A tile's page number in its outline on the overview: "p. 4" in large type where the tile is
 * large, the bare number in smaller type where tiles are narrow (a 40-stage map has twenty
 * across), so badges never run into each other.
 */
void pageBadge(QPainter *painter, const QRectF &box, int page, const ReportStyle &style)
{
    const QRectF room = box.adjusted(2, 2, -2, -2);
    for (const QString &label : {tr("p. %1").arg(page), QString::number(page)}) {
        for (double points = 20.0; points >= 6.0; points -= 1.0) {
            const QFont font = ReportStyle::sized(style.heading, points, painter->device(), true);
            const QSizeF size(ReportText::width(label, font) + points * 0.8, ReportText::lineHeight(font) + points * 0.3);
            if (size.width() > room.width() || size.height() > room.height())
                continue;
            const QRectF badge(box.center() - QPointF(size.width() / 2, size.height() / 2), size);
            painter->setBrush(style.accent);
            painter->setPen(Qt::NoPen);
            painter->drawRoundedRect(badge, points * 0.3, points * 0.3);
            ReportText::line(painter, badge, label, font, style.theme.inkText, Qt::AlignCenter);
            return;
        }
    }
}

QString stageSpan(const MapSheet &sheet, const QRectF &body)
{
    QStringList names;
    for (const Stage &stage : sheet.journey().stages()) {
        const QRectF column = sheet.geometry().stageColumn(stage.id);
        if (column.center().x() > body.left() && column.center().x() < body.right())
            names.append(stage.name);
    }
    if (names.isEmpty())
        return {};
    return names.size() == 1 ? names.first() : QStringLiteral("%1 – %2").arg(names.first(), names.last());
}

/** Paints one tile with its headers at `origin` (points): the part of the map the page owns. */
void paintTile(QPainter *painter, const QPointF &origin, const MapSheet &sheet, const MapTiling &tiling,
               const MapTile &tile, const ReportStyle &style)
{
    const MapGeometry &geometry = sheet.geometry();
    const MapMetrics &metrics = geometry.metrics();
    const QRectF bounds = geometry.bounds();
    const double ppu = tiling.pointsPerUnit;
    const double scale = ppu * PixelsPerPoint;
    const double headerWidth = metrics.laneHeaderWidth * ppu;
    const double headerHeight = metrics.stageHeaderHeight * ppu;
    const QRectF bodyBox(origin.x() + headerWidth, origin.y() + headerHeight, tile.shown.width() * ppu,
                         tile.shown.height() * ppu);

    auto region = [&](const QRectF &box, const QPointF &mapTopLeft, const QRectF &exposed, bool cards) {
        painter->save();
        painter->setClipRect(box);
        painter->translate(box.topLeft());
        painter->scale(ppu, ppu);
        painter->translate(-mapTopLeft);
        sheet.drawArea(painter, exposed, scale, false);
        if (cards)
            sheet.drawCardsWithin(painter, tile.body, scale);
        painter->restore();
    };
    region(bodyBox, tile.shown.topLeft(), tile.shown, true);
    region(QRectF(bodyBox.left(), origin.y(), bodyBox.width(), headerHeight), QPointF(tile.shown.left(), bounds.top()),
           QRectF(tile.shown.left(), bounds.top(), tile.shown.width(), metrics.stageHeaderHeight), false);
    region(QRectF(origin.x(), bodyBox.top(), headerWidth, bodyBox.height()), QPointF(bounds.left(), tile.shown.top()),
           QRectF(bounds.left(), tile.shown.top(), metrics.laneHeaderWidth, tile.shown.height()), false);
    region(QRectF(origin, QSizeF(headerWidth, headerHeight)), bounds.topLeft(), geometry.cornerRect(), false);

    // Overlap marks: the strips past a cut belong to the neighbour's page; veiled, with the cut
    // dashed across and ticked outside the map, so pages can be laid edge to edge.
    auto mapX = [&](double x) { return bodyBox.left() + (x - tile.shown.left()) * ppu; };
    auto mapY = [&](double y) { return bodyBox.top() + (y - tile.shown.top()) * ppu; };
    QColor veil = style.paper;
    veil.setAlphaF(0.6f);
    const QRectF own(QPointF(mapX(tile.body.left()), mapY(tile.body.top())),
                     QPointF(mapX(tile.body.right()), mapY(tile.body.bottom())));
    painter->save();
    QPainterPath outside;
    outside.addRect(bodyBox);
    QPainterPath inside;
    inside.addRect(own);
    painter->fillPath(outside.subtracted(inside), veil);
    QPen dashed(style.text, 0.8, Qt::DashLine);
    painter->setPen(dashed);
    const double tick = 7.0;
    if (tile.body.left() > tile.shown.left() + 0.5) {
        painter->drawLine(QPointF(own.left(), bodyBox.top()), QPointF(own.left(), bodyBox.bottom()));
        painter->setPen(QPen(style.text, 0.8));
        painter->drawLine(QPointF(own.left(), bodyBox.bottom()), QPointF(own.left(), bodyBox.bottom() + tick));
        painter->setPen(dashed);
    }
    if (tile.body.right() < tile.shown.right() - 0.5) {
        painter->drawLine(QPointF(own.right(), bodyBox.top()), QPointF(own.right(), bodyBox.bottom()));
        painter->setPen(QPen(style.text, 0.8));
        painter->drawLine(QPointF(own.right(), bodyBox.bottom()), QPointF(own.right(), bodyBox.bottom() + tick));
        painter->setPen(dashed);
    }
    if (tile.body.top() > tile.shown.top() + 0.5)
        painter->drawLine(QPointF(bodyBox.left(), own.top()), QPointF(bodyBox.right(), own.top()));
    if (tile.body.bottom() < tile.shown.bottom() - 0.5)
        painter->drawLine(QPointF(bodyBox.left(), own.bottom()), QPointF(bodyBox.right(), own.bottom()));
    painter->setPen(QPen(style.rule, 0.6));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(origin, QSizeF(headerWidth + bodyBox.width(), headerHeight + bodyBox.height())));
    painter->restore();
}

QSizeF tileSize(const MapSheet &sheet, const MapTiling &tiling, const MapTile &tile)
{
    const MapMetrics &metrics = sheet.geometry().metrics();
    return QSizeF((metrics.laneHeaderWidth + tile.shown.width()) * tiling.pointsPerUnit,
                  (metrics.stageHeaderHeight + tile.shown.height()) * tiling.pointsPerUnit);
}

} // namespace

void map(PageFlow &flow, const ReportStyle &style, const ReportData &data, const MapSheet &sheet)
{
    const QString title = reportSectionTitle(ReportSection::Map);
    const QString caption = filterCaption(data.findings);
    const double width = flow.content().width();
    const double titleHeight = ReportText::lineHeight(style.heading) + 8;
    const double notesHeight = ReportText::lineHeight(style.small) + 4;
    const double key = keyHeight(style, width, caption);
    const QSizeF area(width, flow.content().height() - titleHeight - notesHeight - key - 8);

    const QRectF extent = sheet.extent();
    const MapTiling tiling = planMapTiling(sheet.journey(), sheet.geometry(), sheet.body(), area);
    const auto tilePages = std::make_shared<QList<int>>();
    const int count = int(tiling.tiles.size());

    if (count > 1) {
        // The page index: the whole map small, each tile outlined with its page number.
        flow.newPage(title);
        const QRectF head = flow.take(titleHeight);
        const QString intro =
            tr("The map is printed on %1 pages (%2 across, %3 down) at a size its names can be read at; "
               "this overview shows which page holds which part. Each page repeats the stage and lane "
               "headers and shows a veiled strip of its neighbours past the dashed cut lines.")
                .arg(count)
                .arg(tiling.columns)
                .arg(tiling.rows)
            + (count > 4 ? QStringLiteral(" ") + tr("A larger or landscape page gives fewer pages (cxmap export --page A3 "
                                                    "--landscape, or the export dialog's page choice).")
                         : QString());
        const double introHeight = ReportText::height(intro, style.body, width) + 8;
        const QRectF introRect = flow.take(introHeight);
        const QRectF overviewArea = flow.take(flow.remaining() - key - 4);
        const QRectF keyRect = flow.take(key);
        flow.paint([=, &sheet](QPainter *painter) {
            ReportText::line(painter, head, title, style.heading, style.text);
            ReportText::draw(painter, introRect, intro, style.body, style.text);
            const QRectF whole = extent;
            const double fit = std::min(overviewArea.width() / whole.width(), overviewArea.height() / whole.height());
            const QPointF origin(overviewArea.left(), overviewArea.top());
            painter->save();
            // Text the lane keeps at a readable floor would reach past so small a map.
            painter->setClipRect(QRectF(origin, whole.size() * fit));
            painter->translate(origin);
            painter->scale(fit, fit);
            painter->translate(-whole.topLeft());
            sheet.drawArea(painter, whole, fit * PixelsPerPoint, true);
            painter->restore();
            for (qsizetype i = 0; i < tiling.tiles.size(); ++i) {
                const QRectF b = tiling.tiles.at(i).body;
                const QRectF box(origin + (b.topLeft() - whole.topLeft()) * fit, b.size() * fit);
                painter->setPen(QPen(style.accent, 1.6));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(box);
                pageBadge(painter, box, tilePages->value(i), style);
            }
            paintKey(painter, keyRect, style, sheet, caption);
        });
    }

    for (int i = 0; i < count; ++i) {
        const MapTile tile = tiling.tiles.at(i);
        flow.newPage(title);
        tilePages->append(flow.pageNumber());
        const QRectF head = flow.take(titleHeight);
        const QSizeF size = tileSize(sheet, tiling, tile);
        const QRectF drawing = flow.take(size.height() + 8);
        const QRectF notes = flow.take(notesHeight);
        const QRectF keyRect = flow.take(key);
        QString heading = title;
        if (count > 1) {
            heading = tr("The journey map, part %1 of %2").arg(i + 1).arg(count);
            const QString span = stageSpan(sheet, tile.body);
            if (!span.isEmpty())
                heading += QStringLiteral(" · ") + span;
        }
        flow.paint([=, &sheet](QPainter *painter) {
            ReportText::line(painter, head, heading, style.heading, style.text);
            paintTile(painter, drawing.topLeft(), sheet, tiling, tile, style);
            QStringList around;
            auto pageAt = [&](int column, int row) -> int {
                if (column < 0 || row < 0 || column >= tiling.columns || row >= tiling.rows)
                    return 0;
                return tilePages->value(row * tiling.columns + column);
            };
            if (int p = pageAt(tile.column - 1, tile.row))
                around << tr("left: page %1").arg(p);
            if (int p = pageAt(tile.column + 1, tile.row))
                around << tr("right: page %1").arg(p);
            if (int p = pageAt(tile.column, tile.row - 1))
                around << tr("above: page %1").arg(p);
            if (int p = pageAt(tile.column, tile.row + 1))
                around << tr("below: page %1").arg(p);
            QString note = tr("Printed at %1% of its on-screen size.")
                               .arg(qRound(tiling.pointsPerUnit * PixelsPerPoint * 100));
            if (!around.isEmpty())
                note += QStringLiteral(" ") + tr("The map continues — %1.").arg(around.join(QStringLiteral(", ")));
            ReportText::line(painter, notes, note, style.small, style.muted);
            paintKey(painter, keyRect, style, sheet, caption);
        });
    }
}

} // namespace cxmap::ReportSections
