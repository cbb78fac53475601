#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace cxmap {

/**
 * The application's icons: line drawings in ui/icons/ (SVG), drawn in the palette's text colour
 * (greyed when disabled) and rendered at whatever size and device scale they are shown, so they
 * stay crisp at 200% and follow the light and dark themes.
 */
class Icons
{
public:
    /** The icon `name` (the file ui/icons/NAME.svg, drawn in currentColor) in the current colours. */
    static QIcon icon(const QString &name);
    /** Sets the colours of icons made from now on; call when the palette changes. */
    static void setColors(const QColor &normal, const QColor &disabled, const QColor &accent);
};

} // namespace cxmap
