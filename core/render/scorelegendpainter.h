#pragma once

#include "rendertheme.h"

#include <QFont>
#include <QPointF>
#include <QSizeF>

class QPainter;

namespace cxmap {

/**
 * The key to the score colours, drawn the same on the canvas and on report pages: a caption,
 * the 0–100 scale with its ticks, and the hatching that marks an unreliable score.
 */
namespace ScoreLegendPainter {

/** The room the key takes in `font`. */
QSizeF size(const QFont &font);
/** Draws the key with its top left corner at `topLeft`, in `font` and the theme's colours. */
void draw(QPainter *painter, const QPointF &topLeft, const RenderTheme &theme, const QFont &font);

} // namespace ScoreLegendPainter
} // namespace cxmap
