#pragma once

#include <QColor>
#include <QList>

class QAbstractAxis;
class QChart;
class QPalette;
class QValueAxis;

namespace cxmap {

/**
 * One look for every chart, taken from the widget palette so the charts follow the light and
 * dark themes with the rest of the window: background, plot area, text, grid lines, legend.
 */
namespace ChartStyle {

/** Colours the chart and every axis it has now; call again after adding axes or on PaletteChange.
 */
void apply(QChart *chart, const QPalette &palette);
void applyToAxis(QAbstractAxis *axis, const QPalette &palette);

/** The main series colour (the palette's accent). */
QColor accent(const QPalette &palette);
/** `color` with `alpha` (0…1), for bands and shaded areas. */
QColor faded(const QColor &color, double alpha);
/** Secondary text and reference lines. */
QColor muted(const QPalette &palette);
/**
 * Distinct colours for categories (segments): Okabe & Ito's palette without its blue, told
 * apart with the common forms of colour blindness, a little lighter on a dark background.
 */
QList<QColor> categorical(const QPalette &palette);
bool isDark(const QPalette &palette);

/**
 * The vertical axis of a 0–100 performance score, owned by `chart` but not yet added to it:
 * from `lowest` to `highest` with room for the markers, rounded out to tens within 0–100, ticks
 * on multiples of 10 (of 20 when it spans more than 50), so that every chart of performance
 * reads alike.
 */
QValueAxis *performanceAxis(QChart *chart, double lowest, double highest);

/**
 * Puts `x` at the bottom and `y` at the left of `chart`, attaches every series of the chart to
 * both, shows the legend and applies the style: the last step of building a chart.
 */
void finish(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const QPalette &palette);

} // namespace ChartStyle
} // namespace cxmap
