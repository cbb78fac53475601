#pragma once

#include <QStringList>

namespace cxmap::cli {

/**
 * `cxmap export FILE.cxmap (--pdf|--png|--svg) OUT [filters] [--page A4|A3|Letter] [--landscape]
 * [--sections LIST] [--width PX | --scale N] [--theme light|dark] [--spotlight KIND]`: the
 * report as a vector PDF, or the map as PNG or SVG. Paints text, so main() gives it a
 * QGuiApplication on the offscreen platform: no display needed.
 */
int runExport(const QStringList &arguments);

} // namespace cxmap::cli
