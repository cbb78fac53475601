#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QStringList>

namespace cxmap {

/** Text broken into at most so many lines, the last one elided, each laid out once. */
struct LaidOutText
{
    QStringList parts;
    QFont font;
    double lineHeight = 0;
    /** The widest line and the height of all of them. */
    QSizeF size;
    /** Made on first drawing: measuring alone (label placement) does not need them. */
    mutable QList<QStaticText> lines;
};

/**
 * Laid-out text for drawing again and again: a large map draws thousands of card names and
 * arrow labels per frame, and laying out (shaping) each one every time would cost more than
 * all the lines and fills together. Keyed by text, font, width and line count.
 */
class TextCache
{
public:
    /** `text` in `font`, broken at `width` into at most `lines` lines. */
    const LaidOutText &text(const QString &text, const QFont &font, double width, int lines) const;

    /** Draws it with its top left at `topLeft`. */
    static void draw(QPainter *painter, const QPointF &topLeft, const LaidOutText &text);

private:
    /** A short number per font seen, so keys stay short. */
    int fontNumber(const QFont &font) const;

    mutable QHash<QString, int> m_fontNumbers;
    mutable QHash<QString, LaidOutText> m_cache;
};

} // namespace cxmap
