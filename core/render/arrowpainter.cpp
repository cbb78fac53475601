#include "arrowpainter.h"

#include "rectindex.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

namespace cxmap {

namespace {

/** 9 pt at 100% (12 px), the smallest label the issue of readable maps allows. */
constexpr double LabelPixels = 12.0;
constexpr double LabelMaxWidth = 190.0;

} // namespace

ArrowPainter::ArrowPainter(const RenderTheme &theme)
    : m_theme(theme)
    , m_labelFont(theme.font)
{
    m_labelFont.setPixelSize(int(LabelPixels));
}

double ArrowPainter::width(const Transition &transition)
{
    return transition.share ? 1.0 + 4.5 * *transition.share : 1.4;
}

double ArrowPainter::headLength(const Transition &transition)
{
    return 7.0 + 1.2 * width(transition);
}

QString ArrowPainter::labelText(const Transition &transition)
{
    const QString share = transition.share ? QStringLiteral("%1%").arg(qRound(*transition.share * 100)) : QString();
    if (transition.label.isEmpty())
        return share;
    return share.isEmpty() ? transition.label : transition.label + QStringLiteral(" · ") + share;
}

QSizeF ArrowPainter::labelSize(const QString &text) const
{
    const LaidOutText &laid = m_text.text(text, m_labelFont, LabelMaxWidth, 1);
    return QSizeF(laid.size.width() + 10, laid.size.height() + 2);
}

QHash<TransitionId, QRectF> ArrowPainter::layoutLabels(const Journey &journey, const MapGeometry &geometry,
                                                       const QHash<TransitionId, TransitionRoute> &routes) const
{
    // What a label must not cover: cards, placed labels, and every other arrow's runs.
    RectIndex cards;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        cards.insert(geometry.cardRect(touchpoint).adjusted(-3, -3, 3, 3));
    RectIndex runs;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        const QPolygonF &line = it->polyline;
        for (qsizetype i = 1; i < line.size(); ++i)
            runs.insert(QRectF(line.at(i - 1), line.at(i)).normalized().adjusted(-1.5, -1.5, 1.5, 1.5), it.key().value());
        // The head too.
        runs.insert(QRectF(it->tip - QPointF(6, 6), QSizeF(12, 12)), it.key().value());
    }

    QList<const Transition *> order;
    for (const Transition &transition : journey.transitions())
        if (routes.contains(transition.id) && !labelText(transition).isEmpty())
            order.append(&transition);
    std::stable_sort(order.begin(), order.end(), [](const Transition *a, const Transition *b) {
        return a->share.value_or(-1.0) > b->share.value_or(-1.0);
    });

    static constexpr std::array<double, 11> Fractions = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.08, 0.92};
    RectIndex labels;
    QHash<TransitionId, QRectF> placed;
    for (const Transition *transition : std::as_const(order)) {
        const TransitionRoute &route = *routes.constFind(transition->id);
        const QSizeF size = labelSize(labelText(*transition));
        const qint64 own = transition->id.value();
        for (double fraction : Fractions) {
            QRectF box(QPointF(), size);
            box.moveCenter(route.pointAt(fraction));
            const QRectF clear = box.adjusted(-2, -1, 2, 1);
            if (cards.intersects(clear) || labels.intersects(clear)
                || runs.intersects(clear, [own](qint64 id) { return id != own; }))
                continue;
            labels.insert(box);
            placed.insert(transition->id, box);
            break;
        }
    }
    return placed;
}

QRectF ArrowPainter::fallbackLabelRect(const Transition &transition, const TransitionRoute &route) const
{
    QRectF box(QPointF(), labelSize(labelText(transition)));
    box.moveCenter(route.pointAt(0.5));
    return box;
}

QRectF ArrowPainter::bounds(const Transition &transition, const TransitionRoute &route,
                            const std::optional<QRectF> &label) const
{
    const double margin = headLength(transition) + width(transition) + 6;
    QRectF area = route.path.boundingRect().united(QRectF(route.tip, QSizeF(0.01, 0.01)));
    area.adjust(-margin, -margin, margin, margin);
    area = area.united(label ? *label : fallbackLabelRect(transition, route));
    return area.adjusted(-2, -2, 2, 2);
}

QColor ArrowPainter::colorFor(const ArrowState &state) const
{
    if (state.selected || state.hovered || state.lit)
        return m_theme.selection;
    if (state.spotlit)
        return m_theme.ink;
    return m_theme.arrow;
}

void ArrowPainter::draw(QPainter *painter, const Transition &transition, const TransitionRoute &route,
                        const std::optional<QRectF> &label, const ArrowState &state, double scale) const
{
    if (!route.isValid())
        return;
    painter->save();
    if (state.dimmed)
        painter->setOpacity(0.25);
    painter->setRenderHint(QPainter::Antialiasing, !state.draft);
    const bool emphasised = state.selected || state.lit || state.spotlit;
    // Thin arrows stay visible zoomed out: at least one device pixel.
    const double width = std::max(ArrowPainter::width(transition) + (emphasised ? 1.0 : 0.0), 1.0 / scale);
    const QColor color = colorFor(state);
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!transition.share)
        pen.setDashPattern({4.0, 3.0});
    if (state.selected || state.spotlit) {
        QColor glow = color;
        glow.setAlpha(state.selected ? 60 : 45);
        painter->setPen(QPen(glow, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(route.path);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(route.path);

    // The head: a filled triangle from the end of the path to the tip.
    const double size = headLength(transition);
    const QPointF back = route.direction * size;
    const QPointF side(-route.direction.y() * size * 0.45, route.direction.x() * size * 0.45);
    const QPolygonF head({route.tip, route.tip - back + side, route.tip - back - side});
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);

    // A label without a free place shows only while its arrow is in focus; labels too small
    // to read are left out until the map is zoomed in.
    const bool focused = state.selected || state.hovered;
    const QString text = labelText(transition);
    const bool readable = LabelPixels * scale >= std::max(LabelMinimumPixels, m_theme.minimumTextPixels);
    // A theme with a text floor (the presentation) never enlarges a label past its room.
    const bool floored = m_theme.minimumTextPixels > 0;
    if (!text.isEmpty() && ((label && readable) || (focused && !floored))) {
        QFont font = m_labelFont;
        if (!readable)
            font.setPixelSize(int(std::ceil(LabelMinimumPixels / scale)));
        const LaidOutText &laid = m_text.text(text, font, readable ? LabelMaxWidth : LabelMaxWidth / scale, 1);
        QRectF box(QPointF(), QSizeF(laid.size.width() + 10, laid.size.height() + 2));
        box.moveCenter(label ? label->center() : fallbackLabelRect(transition, route).center());
        painter->setBrush(m_theme.labelBackground);
        painter->setPen(focused ? QPen(color, 1.0) : QPen(m_theme.gridLine, 0.8));
        painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
        painter->setPen(focused ? color : m_theme.mutedText);
        TextCache::draw(painter, box.center() - QPointF(laid.size.width() / 2, laid.size.height() / 2), laid);
    }
    painter->restore();
}

} // namespace cxmap
