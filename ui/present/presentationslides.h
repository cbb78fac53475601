#pragma once

#include "present/presentationplan.h"
#include "render/rendertheme.h"

#include <QRectF>

class QPainter;

namespace cxmap {

class Journey;
struct Findings;

/**
 * What the presentation paints besides the map: the caption band of a step, the title slide
 * with the data basis, the fix-first quadrant, the summary of the room's votes and the clock.
 * Every text at least PresentationWindow::MinimumTextPixels (24 pt at 1080p).
 */
namespace PresentationSlides {

/** The band at the bottom (`share` of the height): headline, plain-words line, step n of m. */
void drawCaption(QPainter *painter, const QRectF &screen, double share, const QString &title, const QString &caption,
                 int step, int steps, const RenderTheme &theme);
void drawTitle(QPainter *painter, const QRectF &screen, const PresentationStep &step, const Findings &findings,
               const RenderTheme &theme);
/** Importance × performance, split at the medians, the fix-first quadrant named and shaded. */
void drawFixFirst(QPainter *painter, const QRectF &area, const Findings &findings, const RenderTheme &theme);
void drawSummary(QPainter *painter, const QRectF &screen, const PresentationStep &step, const Journey &journey,
                 const RenderTheme &theme);
void drawClock(QPainter *painter, const QRectF &screen, qint64 elapsedMilliseconds, const RenderTheme &theme);

/** A font `pixels` tall (device pixels), at least the presentation's floor. */
QFont font(const RenderTheme &theme, double pixels, bool bold = false);

} // namespace PresentationSlides
} // namespace cxmap
