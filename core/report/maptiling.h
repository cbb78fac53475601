#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace cxmap {

class Journey;
class MapGeometry;

/** One page's part of a tiled map. */
struct MapTile
{
    /** The part of the map body (grid and experience lane, no headers) this page owns, in map units. */
    QRectF body;
    /** body widened by the overlap strips into its neighbours, as far as the map goes. */
    QRectF shown;
    int column = 0;
    int row = 0;
};

/**
 * The map laid out on pages (DESIGN §9: fitted or tiled, never truncated, never below a
 * readable size). Every page repeats the stage headers above and the lane headers at the
 * left; cuts fall between stages (lanes) where they can, else between cards, so no card is
 * ever cut; each page shows a strip of its neighbours past its cuts (the overlap).
 */
struct MapTiling
{
    /** Points on paper per map unit. */
    double pointsPerUnit = 1.0;
    /** Map units of overlap past each cut. */
    double overlap = 0.0;
    int columns = 1;
    int rows = 1;
    /** Row by row, left to right. */
    QList<MapTile> tiles;
    /** True when a cut had to cross a card (a stage or lane larger than a page). */
    bool cutsCards = false;
};

/** Points per map unit below which cards lose their full detail (names on two lines). */
double minimumReadablePointsPerUnit(double cardHeight = 64.0);
/** The largest points per map unit a map is printed at: a little over its 100% size. */
constexpr double MaximumPointsPerUnit = 0.9;
/** The overlap past each cut, on paper. */
constexpr double OverlapPoints = 14.0;

/**
 * Plans the tiles of a map of `body` (grid plus experience lane, map units) in an `area` of
 * the page (points) that holds the headers too. Fits the whole map on one page when it can at a
 * readable size; otherwise keeps the readable size and tiles.
 */
MapTiling planMapTiling(const Journey &journey, const MapGeometry &geometry, const QRectF &body,
                        const QSizeF &area);

} // namespace cxmap
