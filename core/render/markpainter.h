#pragma once

#include "analysis/spotlight.h"
#include "rendertheme.h"

#include <QPointF>
#include <QRectF>

class QPainter;

namespace cxmap {

/**
 * The spotlight marks, one shape per kind and never a score colour: a numbered disc for the
 * weakest links, a star for moments of truth (filled when the data found it, hollow when only
 * flagged by hand), a diamond for unavoidable touchpoints and a numbered tag for the steps of
 * the weakest path. Drawn on cards at every zoom, and in the legends.
 */
namespace MarkPainter {

/** Draws the mark of `kind` centred at `centre`, `size` units across. */
void draw(QPainter *painter, SpotlightKind kind, const SpotlightMark &mark, const QPointF &centre,
          double size, const RenderTheme &theme);

/** Where a card's mark sits: the rank on the top-left corner, the others on the top-right. */
QPointF anchor(SpotlightKind kind, const QRectF &card);

} // namespace MarkPainter
} // namespace cxmap
