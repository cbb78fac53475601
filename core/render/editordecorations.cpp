#include "editordecorations.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cxmap {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

EditorDecorations::EditorDecorations(const RenderTheme &theme)
    : m_theme(theme)
{}

QRectF EditorDecorations::connectHandleRect(const QRectF &card)
{
    constexpr double Radius = 6.5;
    return QRectF(card.right() - Radius, card.center().y() - Radius, 2 * Radius, 2 * Radius);
}

void EditorDecorations::drawConnectHandle(QPainter *painter, const QRectF &card, bool active) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF handle = connectHandleRect(card);
    painter->setPen(QPen(m_theme.cardBackground, 2.0));
    painter->setBrush(active ? m_theme.selection.darker(115) : m_theme.selection);
    painter->drawEllipse(handle);
    // A small arrow inside says "drag from here".
    painter->setPen(QPen(m_theme.cardBackground, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF c = handle.center();
    painter->drawLine(QLineF(c - QPointF(2.5, 0), c + QPointF(2.5, 0)));
    painter->drawPolyline(QPolygonF({c + QPointF(0.5, -2.2), c + QPointF(2.7, 0), c + QPointF(0.5, 2.2)}));
    painter->restore();
}

void EditorDecorations::drawConnectPreview(QPainter *painter, const QPointF &from, const QPointF &to,
                                           bool valid) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = valid ? m_theme.selection : m_theme.mutedText;
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap);
    pen.setDashPattern({3.0, 2.0});
    painter->setPen(pen);
    const double dx = std::max(30.0, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(to.x() >= from.x() ? dx : -dx, 0), to);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(to, 4.0, 4.0);
    painter->restore();
}

void EditorDecorations::drawRubberBand(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setPen(QPen(m_theme.selection, 0));
    painter->setBrush(withAlpha(m_theme.selection, 40));
    painter->drawRect(rect);
    painter->restore();
}

void EditorDecorations::drawDropIndicator(QPainter *painter, const QLineF &line) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_theme.selection, 3.0, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_theme.selection);
    painter->drawEllipse(line.p1(), 5.0, 5.0);
    painter->restore();
}

void EditorDecorations::drawTargetCell(QPainter *painter, const QRectF &cell) const
{
    painter->save();
    painter->setPen(QPen(withAlpha(m_theme.selection, 160), 1.5, Qt::DashLine));
    painter->setBrush(withAlpha(m_theme.selection, 22));
    painter->drawRect(cell.adjusted(2, 2, -2, -2));
    painter->restore();
}

void EditorDecorations::drawBandGhost(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setPen(QPen(m_theme.selection, 1.5));
    painter->setBrush(withAlpha(m_theme.selection, 35));
    painter->drawRect(rect);
    painter->restore();
}

} // namespace cxmap
