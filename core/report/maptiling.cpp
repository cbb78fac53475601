#include "maptiling.h"

#include "render/cardpainter.h"
#include "render/mapgeometry.h"

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

// Points per unit from device pixels per unit: the renderer's text floors are pixels at 96 dpi.
constexpr double PixelsPerPoint = 96.0 / 72.0;

struct Span
{
    double from;
    double to;
};

/** True when no card's span crosses `at`. */
bool clear(const QList<Span> &cards, double at)
{
    return std::none_of(cards.cbegin(), cards.cend(),
                        [at](const Span &card) { return card.from < at - 0.5 && card.to > at + 0.5; });
}

/**
 * Cuts of [from, to] into pieces no longer than `room`: at a band edge where one fits, else
 * between cards, else (a card larger than a page would need) at the limit.
 */
QList<double> cuts(double from, double to, double room, QList<double> edges, const QList<Span> &cards,
                   bool *cutCard)
{
    std::sort(edges.begin(), edges.end());
    QList<double> result{from};
    double at = from;
    while (to - at > room + 0.5) {
        const double limit = at + room;
        double next = -1.0;
        for (double edge : std::as_const(edges))
            if (edge > at + 1.0 && edge <= limit)
                next = edge;
        if (next < 0) {
            for (double x = std::floor(limit); x > at + 1.0; x -= 1.0)
                if (clear(cards, x)) {
                    next = x;
                    break;
                }
        }
        if (next < 0) {
            next = limit;
            *cutCard = true;
        }
        result.append(next);
        at = next;
    }
    result.append(to);
    return result;
}

} // namespace

double minimumReadablePointsPerUnit(double cardHeight)
{
    // The smallest scale at which names still get their two lines (quantised like the painter).
    for (int step = 10; step <= 400; ++step) {
        const double scale = step / 100.0;
        if (CardPainter::detailForScale(scale, cardHeight) == Detail::Full)
            return scale / PixelsPerPoint;
    }
    return 4.0 / PixelsPerPoint;
}

MapTiling planMapTiling(const Journey &journey, const MapGeometry &geometry, const QRectF &body,
                        const QSizeF &area)
{
    MapTiling tiling;
    const MapMetrics &metrics = geometry.metrics();
    const QSizeF whole(metrics.laneHeaderWidth + body.width(), metrics.stageHeaderHeight + body.height());
    const double fit = std::min(area.width() / whole.width(), area.height() / whole.height());
    const double readable = minimumReadablePointsPerUnit(metrics.cardHeight);
    if (fit >= readable) {
        tiling.pointsPerUnit = std::min(fit, MaximumPointsPerUnit);
        tiling.tiles.append(MapTile{body, body, 0, 0});
        return tiling;
    }
    QList<double> xEdges;
    QList<double> yEdges;
    for (const Stage &stage : journey.stages())
        xEdges.append(geometry.stageColumn(stage.id).right());
    for (const Lane &lane : journey.lanes())
        yEdges.append(geometry.laneRow(lane.id).bottom());
    QList<Span> xCards;
    QList<Span> yCards;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        const QRectF card = geometry.cardRect(touchpoint);
        xCards.append({card.left(), card.right()});
        yCards.append({card.top(), card.bottom()});
    }

    // Tiled at the readable size, or larger where that fits one axis whole and needs no more
    // pages: the fewest pages, then the largest print.
    auto plan = [&](double ppu) {
        MapTiling candidate;
        candidate.pointsPerUnit = ppu;
        candidate.overlap = OverlapPoints / ppu;
        const double wholeX = area.width() / ppu - metrics.laneHeaderWidth;
        const double wholeY = area.height() / ppu - metrics.stageHeaderHeight;
        // Overlap strips only on an axis that is cut at all.
        const double roomX = body.width() <= wholeX ? wholeX : wholeX - 2 * candidate.overlap;
        const double roomY = body.height() <= wholeY ? wholeY : wholeY - 2 * candidate.overlap;
        bool cutCard = false;
        const QList<double> xs = cuts(body.left(), body.right(), std::max(roomX, 1.0), xEdges, xCards, &cutCard);
        const QList<double> ys = cuts(body.top(), body.bottom(), std::max(roomY, 1.0), yEdges, yCards, &cutCard);
        candidate.cutsCards = cutCard;
        candidate.columns = int(xs.size() - 1);
        candidate.rows = int(ys.size() - 1);
        for (int row = 0; row < candidate.rows; ++row)
            for (int column = 0; column < candidate.columns; ++column) {
                const QRectF own(QPointF(xs.at(column), ys.at(row)), QPointF(xs.at(column + 1), ys.at(row + 1)));
                const QRectF shown = own.adjusted(candidate.columns > 1 ? -candidate.overlap : 0,
                                                  candidate.rows > 1 ? -candidate.overlap : 0,
                                                  candidate.columns > 1 ? candidate.overlap : 0,
                                                  candidate.rows > 1 ? candidate.overlap : 0)
                                         .intersected(body);
                candidate.tiles.append(MapTile{own, shown, column, row});
            }
        return candidate;
    };
    tiling = plan(readable);
    const double heightFit = area.height() / whole.height();
    const double widthFit = area.width() / whole.width();
    for (double ppu : {heightFit, widthFit, readable * 1.15, readable * 1.3}) {
        if (ppu <= readable || ppu > MaximumPointsPerUnit)
            continue;
        const MapTiling larger = plan(ppu);
        const bool fewer = larger.tiles.size() < tiling.tiles.size();
        const bool asFewAndLarger =
            larger.tiles.size() == tiling.tiles.size() && larger.pointsPerUnit > tiling.pointsPerUnit;
        if ((fewer || asFewAndLarger) && (!larger.cutsCards || tiling.cutsCards))
            tiling = larger;
    }
    return tiling;
}

} // namespace cxmap
