#pragma once

#include "analysis/findings.h"
#include "analysis/spotlight.h"
#include "render/journeyrenderer.h"
#include "render/mapgeometry.h"
#include "render/mapkeypainter.h"
#include "render/rendertheme.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace cxmap {

class Journey;

/**
 * The map as the exports draw it: the renderer set up with the findings' scores, the arrows laid
 * out, the spotlight, and the experience lane under the last lane (the map's own, drawn by
 * drawMap as the presentation draws it). PNG and SVG draw it whole with its key; the report
 * draws it in tiles. One setup, so every export shows the same map.
 * Holds references: the journey and findings must outlive it.
 */
class MapSheet
{
public:
    MapSheet(const Journey &journey, const Findings &findings, const RenderTheme &theme,
             SpotlightKind spotlight, double minimumShare = 0.0);
    ~MapSheet();

    const Journey &journey() const { return m_journey; }
    const MapGeometry &geometry() const { return m_geometry; }
    const JourneyRenderer &renderer() const { return m_renderer; }
    const RenderTheme &theme() const { return m_theme; }
    const MapOptions &options() const { return m_options; }
    /** The key's contents: the spotlight's marks and the scale; the caption is the filters'. */
    MapKey key() const;

    /** The map with the experience lane, in map units. */
    QRectF extent() const { return m_geometry.bounds(); }
    /** The body the report tiles: the grid and the experience lane, without the headers. */
    QRectF body() const;

    /**
     * Draws the map area `exposed` (map units) at `scale` device pixels per unit: lane bands,
     * arrows, headers and the experience lane; cards only when `cards`, else none.
     */
    void drawArea(QPainter *painter, const QRectF &exposed, double scale, bool cards) const;
    /** Draws the cards whose rectangles lie in `area`, whole; the rest are another page's. */
    void drawCardsWithin(QPainter *painter, const QRectF &area, double scale) const;

    /**
     * The whole map and its key below, for an image: `scale` device pixels per map unit; the
     * painter's origin is the image's top left. size() is that image's size at scale 1.
     */
    void drawImage(QPainter *painter, double scale) const;
    QSizeF imageSize() const;

private:
    double keyHeight() const;

    const Journey &m_journey;
    const Findings &m_findings;
    RenderTheme m_theme;
    MapGeometry m_geometry;
    JourneyRenderer m_renderer;
    MapOptions m_options;
};

} // namespace cxmap
