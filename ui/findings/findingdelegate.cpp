#include "findingdelegate.h"

#include "render/rendertheme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTreeView>

namespace cxmap {

namespace {

constexpr int Padding = 5;
constexpr int BadgeWidth = 34;
constexpr int BadgeHeight = 20;
constexpr int Gap = 8;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

QFont sectionFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    return font;
}

QColor muted(const QColor &text)
{
    QColor color = text;
    color.setAlphaF(0.68f);
    return color;
}

// The score as the map's card badge shows it: the number on its colour, hollow when unreliable.
void drawBadge(QPainter *painter, const QRectF &rect, double score, bool reliable,
               const QPalette &palette)
{
    const QColor fill = RenderTheme::scoreColor(score);
    QPainterPath path;
    path.addRoundedRect(rect, 4, 4);
    if (reliable) {
        painter->fillPath(path, fill);
        painter->setPen(RenderTheme::textOn(fill));
    } else {
        QColor faint = fill;
        faint.setAlphaF(0.25f);
        painter->fillPath(path, faint);
        painter->fillPath(path, QBrush(fill, Qt::BDiagPattern));
        painter->setPen(QPen(fill, 1.2));
        painter->drawPath(path);
        painter->setPen(palette.color(QPalette::Text));
    }
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, QString::number(qRound(score)));
}

} // namespace

void FindingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QString title = index.data(Qt::DisplayRole).toString();

    if (index.data(SectionRole).toBool()) {
        const QFont font = sectionFont(opt.font);
        painter->setFont(font);
        painter->setPen(muted(opt.palette.color(QPalette::Text)));
        const QRect text = opt.rect.adjusted(2, Padding + 2, -Padding, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(title, Qt::ElideRight, text.width()));
        painter->restore();
        return;
    }

    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);

    if (index.data(WrapRole).toBool()) {
        // A sentence (a caveat) is shown whole, wrapped, never elided.
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);
        painter->restore();
        return;
    }
    if (index.data(KindRole).toString() == QLatin1String("more")) {
        painter->setFont(opt.font);
        painter->setPen(selected ? text : opt.palette.color(QPalette::Link));
        painter->drawText(area.adjusted(BadgeWidth + Gap, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, title);
        painter->restore();
        return;
    }

    const QVariant score = index.data(ScoreRole);
    if (index.data(TouchpointRole).isValid()) {
        const QRectF badge(area.left(), area.center().y() - BadgeHeight / 2.0 + 0.5, BadgeWidth,
                           BadgeHeight);
        if (score.isValid())
            drawBadge(painter, badge, score.toDouble(), index.data(ReliableRole).toBool(),
                      opt.palette);
        area.setLeft(area.left() + BadgeWidth + Gap);
    }

    const QFont titleFont = opt.font;
    const QFont detailFont = smallFont(opt.font);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics detailMetrics(detailFont);
    const QString detail = index.data(DetailRole).toString();
    const int titleTop =
        detail.isEmpty() ? area.center().y() - titleMetrics.height() / 2 : area.top();
    const QRect titleRect(area.left(), titleTop, area.width(), titleMetrics.height());

    // Tags sit right after the name, so the name is elided first to leave them room.
    const QStringList tags = index.data(TagsRole).toStringList();
    int tagsWidth = 0;
    for (const QString &tag : tags)
        tagsWidth += detailMetrics.horizontalAdvance(tag) + 10 + 4;
    const QString shownTitle =
        titleMetrics.elidedText(title, Qt::ElideRight, std::max(40, area.width() - tagsWidth));
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, shownTitle);

    int x = titleRect.left() + titleMetrics.horizontalAdvance(shownTitle) + 6;
    painter->setFont(detailFont);
    const QColor accent = opt.palette.color(QPalette::Highlight);
    for (const QString &tag : tags) {
        const int width = detailMetrics.horizontalAdvance(tag) + 10;
        if (x + width > area.right())
            break;
        const QRectF pill(x, titleRect.center().y() - detailMetrics.height() / 2.0, width,
                          detailMetrics.height());
        QColor fill = selected ? opt.palette.color(QPalette::HighlightedText) : accent;
        fill.setAlphaF(0.16f);
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(path, fill);
        painter->setPen(selected ? text : accent);
        painter->drawText(pill, Qt::AlignCenter, tag);
        x += width + 4;
    }

    if (!detail.isEmpty()) {
        const QRect detailRect(area.left(), titleRect.bottom() + 3, area.width(),
                               detailMetrics.height());
        painter->setPen(muted(text));
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          detailMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    }
    painter->restore();
}

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics titleMetrics(option.font);
    if (index.data(WrapRole).toBool()) {
        // The width the row will have: the view's, less the indentation of its depth.
        int width = 240;
        if (const auto *view = qobject_cast<const QTreeView *>(parent())) {
            int depth = 0;
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                ++depth;
            width = std::max(120,
                             view->viewport()->width() - depth * view->indentation() - 2 * Padding);
        }
        const QRect bounds = titleMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                       index.data().toString());
        return QSize(width, bounds.height() + 2 * Padding + 2);
    }
    if (index.data(SectionRole).toBool())
        return QSize(120, QFontMetrics(sectionFont(option.font)).height() + 2 * Padding + 6);
    const int lines =
        titleMetrics.height() + (index.data(DetailRole).toString().isEmpty()
                                     ? 0
                                     : QFontMetrics(smallFont(option.font)).height() + 3);
    return QSize(120, std::max(lines, BadgeHeight) + 2 * Padding);
}

} // namespace cxmap
