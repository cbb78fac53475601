#pragma once

#include "analysis/stagecurve.h"
#include "render/rendertheme.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace cxmap {

class Journey;
class MapGeometry;

/**
 * The experience lane under the map's last lane (DESIGN §8, §9): the experience curve drawn
 * across the stage columns, with its 95% band, in map units, so it lines up with the stages
 * above it on every page and image. Drawn by the exports until the map's renderer draws it.
 */
namespace ExperienceLane {

/** The lane's height in map units. */
constexpr double Height = 150.0;

/** The lane's rectangle under `geometry`'s grid, the width of the whole map. */
QRectF rect(const MapGeometry &geometry);

/**
 * Draws the lane in `lane` (map units): its header in the lane-header column, the curve across
 * the stage columns. `scale` is device pixels per map unit: text keeps a readable floor.
 */
void draw(QPainter *painter, const QRectF &lane, const MapGeometry &geometry, const Journey &journey,
          const QList<StagePoint> &curve, const RenderTheme &theme, double scale);

} // namespace ExperienceLane
} // namespace cxmap
