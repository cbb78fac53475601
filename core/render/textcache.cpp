#include "textcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace cxmap {

namespace {

// Enough for the names and labels of a very large map; past it the cache starts afresh.
constexpr qsizetype MaximumEntries = 50000;

QStaticText prepared(const QString &line, const QFont &font)
{
    QStaticText text(line);
    text.setTextFormat(Qt::PlainText);
    text.setPerformanceHint(QStaticText::AggressiveCaching);
    text.prepare(QTransform(), font);
    return text;
}

} // namespace

int TextCache::fontNumber(const QFont &font) const
{
    const QString key = font.key();
    if (const auto found = m_fontNumbers.constFind(key); found != m_fontNumbers.cend())
        return *found;
    return *m_fontNumbers.insert(key, int(m_fontNumbers.size()));
}

const LaidOutText &TextCache::text(const QString &text, const QFont &font, double width, int lines) const
{
    const QString key = QStringLiteral("%1|%2|%3|").arg(fontNumber(font)).arg(qRound(width * 4)).arg(lines) + text;
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    if (m_cache.size() > MaximumEntries)
        m_cache.clear();

    const QFontMetricsF metrics(font);
    LaidOutText laid;
    laid.font = font;
    laid.lineHeight = metrics.height();
    QStringList &parts = laid.parts;
    if (lines == 1 || metrics.horizontalAdvance(text) <= width) {
        // One line: no line breaking needed, only eliding (the common case of labels).
        parts.append(metrics.elidedText(text, Qt::ElideRight, width));
        laid.size = QSizeF(metrics.horizontalAdvance(parts.first()), laid.lineHeight);
        return *m_cache.insert(key, laid);
    }
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (parts.size() == lines - 1) {
            // The last line takes the rest, elided.
            parts.append(metrics.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width));
            break;
        }
        parts.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    for (const QString &part : std::as_const(parts))
        laid.size.setWidth(std::max(laid.size.width(), metrics.horizontalAdvance(part)));
    laid.size.setHeight(laid.lineHeight * parts.size());
    return *m_cache.insert(key, laid);
}

void TextCache::draw(QPainter *painter, const QPointF &topLeft, const LaidOutText &text)
{
    if (text.lines.size() != text.parts.size()) {
        text.lines.clear();
        for (const QString &part : text.parts)
            text.lines.append(prepared(part, text.font));
    }
    painter->setFont(text.font);
    for (qsizetype i = 0; i < text.lines.size(); ++i)
        painter->drawStaticText(topLeft + QPointF(0, i * text.lineHeight), text.lines.at(i));
}

} // namespace cxmap
