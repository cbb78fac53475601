#include "mapkeypainter.h"

#include "markpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cxmap::MapKeyPainter {

namespace {

constexpr double BarWidth = 110;
constexpr double Gap = 14;
constexpr double SwatchWidth = 20;
constexpr double Inner = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::MapKeyPainter", text);
}

/** One entry of the legend: a symbol and its words. */
struct Entry
{
    enum class Symbol { Scale, Hatch, Mark, MarkHollow, Text };
    Symbol symbol;
    QString text;
    SpotlightMark mark{};
};

QList<Entry> entries(const MapKey &key)
{
    QList<Entry> list;
    if (key.hasScores) {
        list.append({Entry::Symbol::Scale, tr("performance")});
        list.append({Entry::Symbol::Hatch, tr("unreliable (n < 30 or ± > 10)")});
    } else {
        list.append({Entry::Symbol::Text, tr("no answers yet: cards show no score")});
    }
    if (!key.badgeNote.isEmpty())
        list.append({Entry::Symbol::Text, key.badgeNote});
    switch (key.spotlight) {
    case SpotlightKind::WeakestLinks:
        list.append({Entry::Symbol::Mark, tr("weakest link, by rank"), SpotlightMark{1, false, false}});
        break;
    case SpotlightKind::MomentsOfTruth:
        list.append({Entry::Symbol::Mark, tr("moment of truth, from the data"), SpotlightMark{0, true, false}});
        list.append({Entry::Symbol::MarkHollow, tr("flagged by hand"), SpotlightMark{0, false, true}});
        break;
    case SpotlightKind::Unavoidable:
        list.append({Entry::Symbol::Mark, tr("unavoidable: every customer passes it"), SpotlightMark{}});
        break;
    case SpotlightKind::WeakestPath:
        list.append({Entry::Symbol::Mark, tr("weakest path, step by step"), SpotlightMark{1, false, false}});
        break;
    case SpotlightKind::None:
        break;
    }
    return list;
}

double symbolWidth(const Entry &entry, const QFontMetricsF &metrics)
{
    switch (entry.symbol) {
    case Entry::Symbol::Scale:
        return metrics.horizontalAdvance(QStringLiteral("0")) + Inner + BarWidth + Inner
            + metrics.horizontalAdvance(QStringLiteral("100"));
    case Entry::Symbol::Hatch:
        return SwatchWidth;
    case Entry::Symbol::Mark:
    case Entry::Symbol::MarkHollow:
        return metrics.height() * 1.2;
    case Entry::Symbol::Text:
        break;
    }
    return 0.0;
}

} // namespace

double height(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() * 1.6);
}

double legendWidth(const MapKey &key, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = 0;
    for (const Entry &entry : entries(key)) {
        const double symbol = symbolWidth(entry, metrics);
        width += (symbol > 0 ? symbol + Inner : 0) + metrics.horizontalAdvance(entry.text) + Gap;
    }
    return std::ceil(width);
}

void draw(QPainter *painter, const QRectF &rect, const MapKey &key, const RenderTheme &theme, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double legend = std::min(legendWidth(key, font), rect.width() * 0.7);
    const double centre = rect.center().y();
    const double textTop = centre - metrics.height() / 2;

    // The caption: what the map shows, so any screenshot or page says it.
    const QRectF caption(rect.left(), textTop, rect.width() - legend - Gap, metrics.height());
    painter->setPen(theme.cardText);
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(key.caption, Qt::ElideRight, caption.width()));

    double x = rect.right() - legend;
    for (const Entry &entry : entries(key)) {
        switch (entry.symbol) {
        case Entry::Symbol::Scale: {
            painter->setPen(theme.mutedText);
            painter->drawText(QPointF(x, textTop + metrics.ascent()), QStringLiteral("0"));
            x += metrics.horizontalAdvance(QStringLiteral("0")) + Inner;
            const QRectF bar(x, centre - 4, BarWidth, 8);
            painter->setPen(Qt::NoPen);
            painter->setBrush(RenderTheme::scoreGradient(bar.topLeft(), bar.topRight()));
            painter->drawRoundedRect(bar, 2, 2);
            x += BarWidth + Inner;
            painter->setPen(theme.mutedText);
            painter->drawText(QPointF(x, textTop + metrics.ascent()), QStringLiteral("100"));
            x += metrics.horizontalAdvance(QStringLiteral("100")) + Inner;
            break;
        }
        case Entry::Symbol::Hatch: {
            // The same hatching the cards use, over a mid-scale colour.
            const QRectF swatch(x, centre - 6, SwatchWidth, 12);
            painter->setPen(Qt::NoPen);
            painter->setBrush(RenderTheme::scoreColor(50));
            painter->drawRect(swatch);
            painter->setBrush(RenderTheme::unreliableBrush(theme.cardBackground));
            painter->drawRect(swatch);
            x += SwatchWidth + Inner;
            break;
        }
        case Entry::Symbol::Mark:
        case Entry::Symbol::MarkHollow: {
            const double size = metrics.height() * 1.1;
            MarkPainter::draw(painter, key.spotlight, entry.mark, QPointF(x + size / 2, centre), size, theme);
            x += symbolWidth(entry, metrics) + Inner;
            break;
        }
        case Entry::Symbol::Text:
            break;
        }
        painter->setPen(theme.mutedText);
        const double width = std::max(0.0, std::min(metrics.horizontalAdvance(entry.text), rect.right() - x));
        painter->drawText(QRectF(x, textTop, width + 1, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(entry.text, Qt::ElideRight, width + 1));
        x += width + Gap;
    }
    painter->restore();
}

} // namespace cxmap::MapKeyPainter
