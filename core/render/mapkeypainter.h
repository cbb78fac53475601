#pragma once

#include "analysis/spotlight.h"
#include "rendertheme.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace cxmap {

/** What the key beside a map says: what it shows (the filters) and how to read it. */
struct MapKey
{
    /** The active filters and the data basis, in one line (filterCaption()). */
    QString caption;
    /** With one metric selected: what the badges show ("badges: NPS, −100 to +100"). */
    QString badgeNote;
    /** The spotlight whose marks the key explains. */
    SpotlightKind spotlight = SpotlightKind::None;
    /** Whether the map has scores at all: without, the key says so instead of a colour scale. */
    bool hasScores = true;
};

/**
 * The map's key in one row — the filter caption at the left, the colour scale, the hatching of
 * unreliable scores, the badge scale and the spotlight's marks at the right — drawn the same
 * below the canvas, in the presentation and on report pages, never over the map.
 */
namespace MapKeyPainter {

/** The height of the row in `font`. */
double height(const QFont &font);
/** The width the legend part (everything but the caption) needs. */
double legendWidth(const MapKey &key, const QFont &font);
/** Draws the key in `rect`: the caption takes what the legend leaves and is elided. */
void draw(QPainter *painter, const QRectF &rect, const MapKey &key, const RenderTheme &theme, const QFont &font);

} // namespace MapKeyPainter
} // namespace cxmap
