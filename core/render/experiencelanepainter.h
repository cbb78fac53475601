#pragma once

#include "analysis/stagecurve.h"
#include "rendertheme.h"

#include <QList>
#include <QMap>
#include <QRectF>

class QPainter;

namespace cxmap {

/** What the experience lane draws: the curve of all respondents, and one per segment on request. */
struct ExperienceLaneData
{
    QList<StagePoint> curve;
    /** Segment name → its curve; drawn as thinner lines with the segment's name at their end. */
    QMap<QString, QList<StagePoint>> segments;
    /** Who the main curve is about ("All respondents", or the filtered segment). */
    QString label;
};

/**
 * The experience lane: the customer's experience as a curve under the stage columns, as journey
 * maps draw it — stage means joined by a line, its 95% band shaded, each mean written by its
 * point, segment curves on request. Drawn by the map (canvas, presentation, report) in the
 * band under the last lane; the curve's points sit at the centres of their stage columns.
 */
namespace ExperienceLanePainter {

/**
 * Draws the lane's plot in `plot` (the band under the stage columns) and its title in `header`
 * (under the lane headers). `columns` are the stage columns' x ranges, in the curve's order.
 * `scale` is device pixels per unit: text keeps a floor of `minimumPixels` device pixels.
 */
void draw(QPainter *painter, const QRectF &header, const QRectF &plot, const QList<std::pair<double, double>> &columns,
          const ExperienceLaneData &data, const RenderTheme &theme, double scale, double minimumPixels = 10.0);

/** The value range the plot shows: the data's, widened to whole tens, within 0–100. */
std::pair<double, double> valueRange(const ExperienceLaneData &data);

} // namespace ExperienceLanePainter
} // namespace cxmap
