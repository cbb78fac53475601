#include "markpainter.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace cxmap::MarkPainter {

namespace {

QPainterPath star(const QPointF &centre, double radius)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? radius * 0.45 : radius;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF p = centre + QPointF(std::cos(angle), std::sin(angle)) * r;
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

void number(QPainter *painter, const QRectF &box, int value, const QColor &color)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(std::max(1, qRound(box.height() * (value >= 10 ? 0.5 : 0.62))));
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box, Qt::AlignCenter, QString::number(value));
}

} // namespace

QPointF anchor(SpotlightKind kind, const QRectF &card)
{
    switch (kind) {
    case SpotlightKind::WeakestLinks:
    case SpotlightKind::WeakestPath:
        return card.topLeft() + QPointF(2, 2);
    case SpotlightKind::MomentsOfTruth:
    case SpotlightKind::Unavoidable:
    case SpotlightKind::None:
        break;
    }
    return card.topRight() + QPointF(-2, 2);
}

void draw(QPainter *painter, SpotlightKind kind, const SpotlightMark &mark, const QPointF &centre,
          double size, const RenderTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = size / 2;
    const QRectF box(centre - QPointF(r, r), QSizeF(size, size));
    // A ring in the card colour keeps each mark apart from whatever it overlaps.
    const QPen halo(theme.cardBackground, std::max(1.0, size * 0.08));
    switch (kind) {
    case SpotlightKind::WeakestLinks:
        painter->setPen(halo);
        painter->setBrush(theme.ink);
        painter->drawEllipse(box);
        if (mark.rank > 0)
            number(painter, box, mark.rank, theme.inkText);
        break;
    case SpotlightKind::WeakestPath:
        painter->setPen(halo);
        painter->setBrush(theme.ink);
        painter->drawRoundedRect(box, size * 0.18, size * 0.18);
        if (mark.rank > 0)
            number(painter, box, mark.rank, theme.inkText);
        break;
    case SpotlightKind::MomentsOfTruth: {
        const QPainterPath shape = star(centre, r);
        painter->setPen(QPen(theme.cardBackground, std::max(1.0, size * 0.1), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(shape);
        if (mark.computed) {
            painter->fillPath(shape, theme.ink);
        } else {
            painter->fillPath(shape, theme.cardBackground);
            painter->setPen(QPen(theme.ink, std::max(1.0, size * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(shape);
        }
        // Found by the data and flagged by hand too: a small ring marks the hand flag.
        if (mark.computed && mark.byHand) {
            painter->setPen(QPen(theme.ink, std::max(1.0, size * 0.07)));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(centre, r * 1.25, r * 1.25);
        }
        break;
    }
    case SpotlightKind::Unavoidable: {
        QPainterPath diamond;
        diamond.moveTo(centre + QPointF(0, -r));
        diamond.lineTo(centre + QPointF(r * 0.8, 0));
        diamond.lineTo(centre + QPointF(0, r));
        diamond.lineTo(centre + QPointF(-r * 0.8, 0));
        diamond.closeSubpath();
        painter->setPen(halo);
        painter->setBrush(theme.ink);
        painter->drawPath(diamond);
        break;
    }
    case SpotlightKind::None:
        break;
    }
    painter->restore();
}

} // namespace cxmap::MarkPainter
