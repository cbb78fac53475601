#pragma once

#include "render/rendertheme.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace cxmap {

/**
 * The look of report pages: fonts in points (pages are laid out in points, 72 to the inch) and
 * the colours of ink, rules and fills, taken from the map's theme so the pages and the map
 * agree in light and in dark.
 */
struct ReportStyle
{
    RenderTheme theme;
    QColor paper;
    QColor text;
    QColor muted;
    QColor rule;
    QColor fill;
    QColor accent;
    QFont body;
    QFont small;
    QFont smallBold;
    QFont bold;
    QFont heading;
    QFont subheading;
    QFont title;

    /**
     * The style for pages painted on `device` (a 72-dpi PDF writer or printer: one unit is one
     * point). Its fonts carry the device's resolution, so measuring them agrees with painting.
     */
    static ReportStyle make(bool dark, const QPaintDevice *device);

    /** `font` at `points` for `device`, unhinted so measuring and printing agree. */
    static QFont sized(const QFont &font, double points, const QPaintDevice *device, bool bold = false);
};

/** Text measured and drawn on pages: wrapped paragraphs and single elided lines. */
namespace ReportText {

/** The height `text` takes wrapped at `width` in `font`. */
double height(const QString &text, const QFont &font, double width);
/** Draws `text` wrapped in `rect` (from its top); returns the height used. */
double draw(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
            const QColor &color, Qt::Alignment alignment = Qt::AlignLeft);
/** One line, elided at the right when too wide. */
void line(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
          const QColor &color, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
double lineHeight(const QFont &font);
double width(const QString &text, const QFont &font);

} // namespace ReportText
} // namespace cxmap
