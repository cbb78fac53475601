#include "placement.h"

#include <QHash>
#include <QMap>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cxmap {

QPointF freeCardPosition(const Journey &journey, const Cell &cell, const MapMetrics &metrics)
{
    double y = metrics.cellPadding;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (touchpoint.stage == cell.stage && touchpoint.lane == cell.lane)
            y = std::max(y, touchpoint.position.y() + metrics.cardHeight + metrics.cellPadding);
    return QPointF(metrics.cellPadding, y);
}

void placeClear(const Journey &journey, QList<Touchpoint> &cards, const MapMetrics &metrics)
{
    QSet<TouchpointId> moving;
    for (const Touchpoint &card : std::as_const(cards))
        moving.insert(card.id);
    QHash<Cell, QList<QRectF>> taken;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (!moving.contains(touchpoint.id))
            taken[Cell{touchpoint.stage, touchpoint.lane}].append(
                QRectF(touchpoint.position, metrics.cardSize()));
    for (Touchpoint &card : cards) {
        QList<QRectF> &cell = taken[Cell{card.stage, card.lane}];
        QRectF rect(card.position, metrics.cardSize());
        const bool covers = std::any_of(cell.cbegin(), cell.cend(), [&rect](const QRectF &other) {
            return other.intersects(rect);
        });
        if (covers) {
            double bottom = metrics.cellPadding;
            for (const QRectF &other : std::as_const(cell))
                bottom = std::max(bottom, other.bottom() + metrics.cellPadding);
            rect.moveTopLeft(QPointF(card.position.x(), bottom));
            card.position = rect.topLeft();
        }
        cell.append(rect);
    }
}

void placeNewCards(Journey &journey, const QList<TouchpointId> &added, const MapMetrics &metrics)
{
    const double pitchX = metrics.pitchX();
    const double pitchY = metrics.pitchY();
    const double pad = metrics.cellPadding;
    // Keyed by (stage, lane) index so that the walk below is in map order, whatever the IDs.
    using CellKey = std::pair<qsizetype, qsizetype>;

    QMap<CellKey, QList<TouchpointId>> newCards;
    QHash<Cell, QList<QPointF>> oldCards;
    const QSet<TouchpointId> isNew(added.cbegin(), added.cend());
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if (isNew.contains(touchpoint.id))
            newCards[{journey.stages().indexOf(touchpoint.stage),
                      journey.lanes().indexOf(touchpoint.lane)}]
                .append(touchpoint.id);
        else
            oldCards[Cell{touchpoint.stage, touchpoint.lane}].append(touchpoint.position);
    }
    if (newCards.isEmpty())
        return;
    const auto cellOf = [&journey](const CellKey &key) {
        return Cell{journey.stages().at(key.first).id, journey.lanes().at(key.second).id};
    };

    // Columns: enough for the fullest cell of the stage to be about as wide as it is tall.
    QList<int> columns;
    for (const Stage &stage : journey.stages()) {
        const double width = std::max(stage.extent, MinimumBandExtent);
        columns.append(std::max(1, int(std::floor((width - pad) / pitchX))));
    }
    QSet<qsizetype> receiving;
    for (auto it = newCards.cbegin(); it != newCards.cend(); ++it) {
        const double cards = double(it.value().size() + oldCards.value(cellOf(it.key())).size());
        const int wanted = std::max(1, int(std::lround(std::sqrt(cards * pitchY / pitchX))));
        columns[it.key().first] = std::max(columns.at(it.key().first), wanted);
        receiving.insert(it.key().first);
    }
    for (qsizetype i = 0; i < journey.stages().size(); ++i) {
        // Only stages that receive cards change: one the user made narrow stays as it is.
        Stage stage = journey.stages().at(i);
        const double needed = pad + columns.at(i) * pitchX;
        if (receiving.contains(i) && needed > stage.extent) {
            stage.extent = needed;
            journey.stages().replace(stage);
        }
    }

    // Slots row by row; a slot is taken when a card already there overlaps it.
    QList<double> laneHeights(journey.lanes().size(), 0.0);
    for (auto it = newCards.cbegin(); it != newCards.cend(); ++it) {
        const int perRow = columns.at(it.key().first);
        QSet<qint64> taken;
        for (const QPointF &position : oldCards.value(cellOf(it.key()))) {
            const int firstColumn =
                std::max(0, int(std::floor((position.x() - pad - metrics.cardWidth) / pitchX)) + 1);
            const int lastColumn =
                int(std::floor((position.x() + metrics.cardWidth - pad) / pitchX));
            const int firstRow = std::max(
                0, int(std::floor((position.y() - pad - metrics.cardHeight) / pitchY)) + 1);
            const int lastRow = int(std::floor((position.y() + metrics.cardHeight - pad) / pitchY));
            for (int row = firstRow; row <= lastRow; ++row)
                for (int column = std::min(firstColumn, perRow);
                     column <= std::min(lastColumn, perRow - 1); ++column)
                    taken.insert(qint64(row) * perRow + column);
        }
        qint64 slot = 0;
        double bottom = 0.0;
        for (const TouchpointId id : it.value()) {
            while (taken.contains(slot))
                ++slot;
            Touchpoint touchpoint = *journey.touchpoints().find(id);
            touchpoint.position =
                QPointF(pad + double(slot % perRow) * pitchX, pad + double(slot / perRow) * pitchY);
            journey.touchpoints().replace(touchpoint);
            bottom = std::max(bottom, touchpoint.position.y() + pitchY);
            ++slot;
        }
        laneHeights[it.key().second] = std::max(laneHeights.at(it.key().second), bottom);
    }
    for (qsizetype i = 0; i < journey.lanes().size(); ++i) {
        Lane lane = journey.lanes().at(i);
        if (laneHeights.at(i) > lane.extent) {
            lane.extent = laneHeights.at(i);
            journey.lanes().replace(lane);
        }
    }
}

} // namespace cxmap
