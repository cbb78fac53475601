#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace cxmap {

QFont ReportStyle::sized(const QFont &font, double points, const QPaintDevice *device, bool bold)
{
    QFont sized = font;
    // Points, not pixels: pixel sizes are whole numbers, points need not be.
    sized.setPointSizeF(points);
    sized.setBold(bold);
    sized.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "ﬁ" as one glyph is copied, searched and extracted as U+FB01, and a
    // reader's search for "finder" would miss it.
    sized.setStyleStrategy(QFont::PreferNoShaping);
    return device ? QFont(sized, device) : sized;
}

ReportStyle ReportStyle::make(bool dark, const QPaintDevice *device)
{
    ReportStyle style;
    style.theme = dark ? RenderTheme::dark() : RenderTheme::light();
    style.paper = style.theme.background;
    style.text = style.theme.headerText;
    style.muted = style.theme.mutedText;
    style.rule = style.theme.gridLine;
    style.fill = style.theme.laneBandAlternate;
    style.accent = style.theme.ink;
    if (!dark) {
        style.paper = Qt::white;
        style.text = QColor(0x1f, 0x23, 0x28);
        style.muted = QColor(0x57, 0x60, 0x6a);
        style.rule = QColor(0xc8, 0xcd, 0xd3);
        style.fill = QColor(0xf2, 0xf4, 0xf6);
    }
    const QFont base = style.theme.font;
    style.body = sized(base, 9.0, device);
    style.small = sized(base, 7.5, device);
    style.smallBold = sized(base, 7.5, device, true);
    style.bold = sized(base, 9.0, device, true);
    style.subheading = sized(base, 11.0, device, true);
    style.heading = sized(base, 16.0, device, true);
    style.title = sized(base, 28.0, device, true);
    return style;
}

namespace ReportText {

namespace {

// Lines of `text` broken at `width`; explicit newlines start new paragraphs.
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        // Words first; a word wider than the column (a file path) breaks anywhere.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

} // namespace

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

double width(const QString &text, const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

double height(const QString &text, const QFont &font, double width)
{
    return wrapped(text, font, width).size() * lineHeight(font);
}

double draw(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
            const QColor &color, Qt::Alignment alignment)
{
    const QStringList lines = wrapped(text, font, rect.width());
    const double step = lineHeight(font);
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    double y = rect.top();
    for (const QString &line : lines) {
        painter->drawText(QRectF(rect.left(), y, rect.width(), step),
                          int(alignment | Qt::AlignTop) | Qt::TextSingleLine, line);
        y += step;
    }
    painter->restore();
    return lines.size() * step;
}

void line(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
          const QColor &color, Qt::Alignment alignment)
{
    const QFontMetricsF metrics(font);
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, int(alignment) | Qt::TextSingleLine,
                      metrics.elidedText(text, Qt::ElideRight, rect.width()));
    painter->restore();
}

} // namespace ReportText
} // namespace cxmap
