#pragma once

#include <QSize>
#include <QString>

namespace cxmap {

class MapSheet;

/** The largest PNG side written, in pixels: beyond it ask for a PDF, which tiles. */
constexpr int MaximumImageSide = 30000;

/**
 * The pixel size of a PNG of the sheet: `width` pixels wide when given (> 0), else `scale`
 * times the 100% size (DESIGN §9: crisp by default at 2).
 */
QSize mapImageSize(const MapSheet &sheet, double scale, int width);

/**
 * Writes the map and its key as a PNG of `size` (mapImageSize()), or as an SVG whose text stays
 * text, whole or not at all: a temporary file renamed over `path` on success. Throws
 * DocumentError with one line naming `path` on failure; nothing is left behind then.
 */
void writeMapPng(const MapSheet &sheet, const QString &path, const QSize &size);
void writeMapSvg(const MapSheet &sheet, const QString &path, const QString &title);

} // namespace cxmap
