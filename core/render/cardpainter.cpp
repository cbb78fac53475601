#include "cardpainter.h"

#include "markpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

constexpr double CardRadius = 6.0;
/** At 100%: names 9 pt (12 px), the score row 7.5 pt (10 px). */
constexpr double NameBasePixels = 12.0;
constexpr double SmallBasePixels = 10.0;
constexpr double HorizontalPadding = 10.0;
constexpr double VerticalPadding = 3.0;

/** Scales rounded down: the text of a step is never smaller on the device than its floor. */
double quantised(double scale)
{
    return std::max(0.02, std::floor(scale * 50.0 + 1e-9) / 50.0);
}

QFont pixelFont(const QFont &base, double pixels, bool bold)
{
    QFont font = base;
    // Up, never down: a floor in device pixels stays a floor.
    font.setPixelSize(std::max(1, int(std::ceil(pixels - 1e-6))));
    font.setBold(bold);
    return font;
}

/** The minimum of `pixels` device pixels, in map units at `scale`, never below `base` units. */
double floorUnits(double base, double pixels, double scale)
{
    return std::max(base, pixels / scale);
}

} // namespace

CardPainter::CardPainter(const RenderTheme &theme)
    : m_theme(theme)
{}

CardPainter::Style CardPainter::style(double scale, double cardHeight) const
{
    const double q = quantised(scale);
    const qint64 key = qint64(q * 1000) * 100000 + qint64(cardHeight * 10);
    if (const auto found = m_styles.constFind(key); found != m_styles.cend())
        return *found;
    Style style;
    const double nameFloor = std::max(NameMinimumPixels, m_theme.minimumTextPixels);
    const double smallFloor = std::max(SmallMinimumPixels, m_theme.minimumTextPixels);
    style.name = pixelFont(m_theme.font, floorUnits(NameBasePixels, nameFloor, q), true);
    style.small = pixelFont(m_theme.font, floorUnits(SmallBasePixels, smallFloor, q), false);
    style.badge = pixelFont(m_theme.font, floorUnits(SmallBasePixels, smallFloor, q), true);
    style.nameLine = QFontMetricsF(style.name).height();
    style.row = QFontMetricsF(style.badge).height();
    style.padding = VerticalPadding;
    // The score strip stays at least 4 device pixels wide: the colour is what a reader scans.
    style.strip = floorUnits(5.0, 4.0, q);
    const double room = cardHeight - 2 * VerticalPadding;
    if (2 * style.nameLine + style.row <= room)
        style.detail = Detail::Full;
    else if (style.nameLine + style.row <= room)
        style.detail = Detail::Reduced;
    else
        style.detail = Detail::Minimal;
    // Between the score row's floor and the heat map, the name alone: a card says what it is
    // down to the zoom a big map fits at (about 30% for 300 touchpoints).
    if (style.detail == Detail::Minimal && style.nameLine <= room) {
        style.detail = Detail::Reduced;
        style.nameOnly = true;
    }
    return *m_styles.insert(key, style);
}

Detail CardPainter::detailForScale(double scale, double cardHeight)
{
    static const CardPainter probe(RenderTheme::light());
    return probe.style(scale, cardHeight).detail;
}

QRectF CardPainter::nameRect(const QRectF &card, double scale) const
{
    const Style s = style(scale, card.height());
    const QRectF content = card.adjusted(s.strip + HorizontalPadding, s.padding, -HorizontalPadding, -s.padding);
    const int lines = s.detail == Detail::Full ? 2 : 1;
    return QRectF(content.left(), content.top(), content.width(), s.nameLine * lines);
}

void CardPainter::draw(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                       const CardScore *score, const CardState &state, double scale) const
{
    const Style s = style(scale, rect.height());
    painter->save();
    if (state.dimmed)
        painter->setOpacity(0.32);
    painter->setRenderHint(QPainter::Antialiasing);
    drawBody(painter, touchpoint, rect, score, state, s, scale);
    if (s.detail == Detail::Minimal)
        drawMinimal(painter, rect, score, scale);
    else if (s.nameOnly)
        drawNameOnly(painter, touchpoint, rect, score, s);
    else
        drawText(painter, touchpoint, rect, score, s);
    if (state.tally.votes > 0 || state.tally.notes > 0)
        drawTally(painter, rect, state.tally, scale);
    if (state.markKind != SpotlightKind::None) {
        // Marks keep a size a reader can find at any zoom, within the card's height.
        const double size = std::min(std::max(20.0, 18.0 / scale), rect.height() * 0.9);
        MarkPainter::draw(painter, state.markKind, state.mark, MarkPainter::anchor(state.markKind, rect), size, m_theme);
    }
    painter->restore();
}

void CardPainter::drawBody(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                           const CardScore *score, const CardState &state, const Style &style, double scale) const
{
    const QColor scoreColor = score ? RenderTheme::scoreColor(score->performance) : m_theme.noScore;
    const bool outlined = state.markKind == SpotlightKind::WeakestLinks || state.markKind == SpotlightKind::WeakestPath;
    QPainterPath body;
    body.addRoundedRect(rect, CardRadius, CardRadius);
    if (state.focused) {
        QPainterPath ring;
        const double gap = std::max(4.0, 3.0 / scale);
        ring.addRoundedRect(rect.adjusted(-gap, -gap, gap, gap), CardRadius + gap, CardRadius + gap);
        painter->setPen(QPen(m_theme.selection, std::max(3.0, 3.0 / scale)));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(ring);
    }
    if (state.selected) {
        QPainterPath halo;
        halo.addRoundedRect(rect.adjusted(-3, -3, 3, 3), CardRadius + 3, CardRadius + 3);
        QColor glow = m_theme.selection;
        glow.setAlpha(55);
        painter->fillPath(halo, glow);
    } else {
        painter->fillPath(body.translated(0, 1.5), m_theme.cardShadow);
    }
    painter->fillPath(body, m_theme.cardBackground);

    if (style.detail != Detail::Minimal) {
        // The score strip at the left edge, hatched when the score is unreliable.
        painter->save();
        painter->setClipRect(QRectF(rect.topLeft(), QSizeF(style.strip, rect.height())));
        painter->fillPath(body, scoreColor);
        if (score && !score->reliable)
            painter->fillPath(body, RenderTheme::unreliableBrush(m_theme.cardBackground));
        painter->restore();
    }

    QColor border = m_theme.cardBorder;
    double width = 1.0;
    if (outlined) {
        border = m_theme.ink;
        width = std::max(2.5, 2.0 / scale);
    }
    if (state.hovered) {
        border = m_theme.selection.lighter(m_theme.isDark ? 100 : 130);
        width = std::max(width, 1.5);
    }
    if (state.selected) {
        border = m_theme.selection;
        width = std::max(width, 2.0);
    }
    QPen pen(border, width);
    // Indirect touchpoints (reviews, friends) get a dashed outline.
    if (touchpoint.kind == TouchpointKind::Indirect)
        pen.setDashPattern({4.0, 3.0});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);
}

void CardPainter::drawTally(QPainter *painter, const QRectF &rect, const CardTally &tally, double scale) const
{
    // A tag hanging from the card's lower right corner: "● 3  ✎ 2", in the mark ink.
    QStringList parts;
    if (tally.votes > 0)
        parts << QStringLiteral("\u25CF %1").arg(tally.votes);
    if (tally.notes > 0)
        parts << QStringLiteral("\u270E %1").arg(tally.notes);
    QFont font = m_theme.font;
    font.setBold(true);
    font.setPixelSize(std::max(1, int(std::ceil(std::max(10.0, std::max(SmallMinimumPixels, m_theme.minimumTextPixels)
                                                                       / quantised(scale)) - 1e-6))));
    const QFontMetricsF metrics(font);
    const QString text = parts.join(QStringLiteral("  "));
    const double height = metrics.height() + 2;
    const QRectF tag(rect.right() - metrics.horizontalAdvance(text) - height * 0.8 - 4, rect.bottom() - height / 2,
                     metrics.horizontalAdvance(text) + height * 0.8, height);
    QPainterPath shape;
    shape.addRoundedRect(tag, height / 2, height / 2);
    painter->fillPath(shape, m_theme.ink);
    painter->setFont(font);
    painter->setPen(m_theme.inkText);
    painter->drawText(tag, Qt::AlignCenter, text);
}

QString CardPainter::metaText(const Touchpoint &touchpoint, const CardScore *score) const
{
    QStringList parts;
    if (touchpoint.momentOfTruth)
        parts << QCoreApplication::translate("cxmap::CardPainter", "☆ moment of truth");
    if (touchpoint.kind == TouchpointKind::Indirect)
        parts << QStringLiteral("indirect");
    if (!touchpoint.owner.isEmpty())
        parts << touchpoint.owner;
    if (score)
        parts << evidenceText(score->evidence);
    return parts.join(QStringLiteral(" · "));
}

void CardPainter::drawText(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                           const CardScore *score, const Style &style) const
{
    const QRectF content = rect.adjusted(style.strip + HorizontalPadding, style.padding, -HorizontalPadding, -style.padding);
    const int lines = style.detail == Detail::Full ? 2 : 1;
    const LaidOutText &name = m_text.text(touchpoint.name, style.name, content.width(), lines);
    // Name and score row as one block, centred in the card.
    const double block = name.size.height() + style.row;
    const double top = content.top() + std::max(0.0, (content.height() - block) / 2);
    painter->setPen(m_theme.cardText);
    TextCache::draw(painter, QPointF(content.left(), top), name);

    const QPointF row(content.left(), top + name.size.height() + 1);
    double used = 0.0;
    QString rest;
    if (score) {
        used = drawBadge(painter, *score, row, style) + 5;
        rest = score->countText();
    } else {
        rest = QCoreApplication::translate("cxmap::CardPainter", "no data");
    }
    const QString meta = metaText(touchpoint, score);
    if (!meta.isEmpty())
        rest += QStringLiteral(" · ") + meta;
    const LaidOutText &tail = m_text.text(rest, style.small, content.width() - used, 1);
    painter->setPen(m_theme.mutedText);
    TextCache::draw(painter, row + QPointF(used, (style.row - tail.size.height()) / 2), tail);
}

void CardPainter::drawNameOnly(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                               const CardScore *score, const Style &style) const
{
    QPainterPath body;
    body.addRoundedRect(rect.adjusted(1, 1, -1, -1), CardRadius, CardRadius);
    const QColor color = score ? RenderTheme::scoreColor(score->performance) : m_theme.noScore;
    painter->fillPath(body, color);
    if (score && !score->reliable)
        painter->fillPath(body, RenderTheme::unreliableBrush(m_theme.cardBackground));
    const QRectF content = rect.adjusted(HorizontalPadding, style.padding, -HorizontalPadding, -style.padding);
    const LaidOutText &name = m_text.text(touchpoint.name, style.name, content.width(), 1);
    painter->setPen(RenderTheme::textOn(color));
    TextCache::draw(painter, QPointF(content.left(), content.center().y() - name.size.height() / 2), name);
}

double CardPainter::drawBadge(QPainter *painter, const CardScore &score, const QPointF &topLeft,
                              const Style &style) const
{
    const QString text = score.badgeValue();
    const QFontMetricsF metrics(style.badge);
    const double height = style.row;
    const double width = std::max(height * 1.4, metrics.horizontalAdvance(text) + height * 0.8);
    const QRectF pill(topLeft, QSizeF(width, height));
    const QColor color = RenderTheme::scoreColor(score.performance);
    QPainterPath shape;
    shape.addRoundedRect(pill, height / 2, height / 2);
    QColor textColor;
    if (score.reliable) {
        painter->fillPath(shape, color);
        textColor = RenderTheme::textOn(color);
    } else {
        // Unreliable: the colour as a hatched ring, the number on the card's own background,
        // so it reads as well as a reliable one but is never mistaken for one.
        painter->fillPath(shape, m_theme.cardBackground);
        painter->setPen(QPen(QBrush(color), std::max(1.5, height * 0.14)));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
        textColor = m_theme.cardText;
    }
    painter->setFont(style.badge);
    painter->setPen(textColor);
    painter->drawText(pill, Qt::AlignCenter, text);
    return width;
}

void CardPainter::drawMinimal(QPainter *painter, const QRectF &rect, const CardScore *score, double scale) const
{
    // Zoomed far out the map is a heat map: the whole card in its score colour.
    QPainterPath body;
    body.addRoundedRect(rect.adjusted(1, 1, -1, -1), CardRadius, CardRadius);
    const QColor color = score ? RenderTheme::scoreColor(score->performance) : m_theme.noScore;
    painter->fillPath(body, color);
    if (score && !score->reliable)
        painter->fillPath(body, RenderTheme::unreliableBrush(m_theme.cardBackground));
    if (!score)
        return;
    const double pixels = rect.height() * 0.5 * scale;
    if (pixels < std::max(SmallMinimumPixels, m_theme.minimumTextPixels))
        return;
    QFont font = m_theme.font;
    font.setBold(true);
    font.setPixelSize(std::max(1, qRound(rect.height() * 0.5)));
    painter->setFont(font);
    const QColor text = RenderTheme::textOn(color);
    // The number stays legible over hatching: a plate of the colour behind it.
    const QFontMetricsF metrics(font);
    const QString value = score->badgeValue();
    QRectF plate(QPointF(), QSizeF(metrics.horizontalAdvance(value) + 6, metrics.height()));
    plate.moveCenter(rect.center());
    if (!score->reliable)
        painter->fillRect(plate, color);
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignCenter, value);
}

} // namespace cxmap
