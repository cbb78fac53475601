#pragma once

#include "mapmetrics.h"
#include "model/journey.h"

#include <QList>
#include <QPointF>

namespace cxmap {

/**
 * Where cards go: the one placement module behind the editor (a new card, a paste, a card moved
 * to another cell), the touchpoint inventory and the interchange formats. Tidy, which rearranges
 * every card, is in tidylayout.h. Positions are a card's top-left corner relative to its cell.
 */

/** A free position for a new card in the cell: at the left padding, below the cards there. */
QPointF freeCardPosition(const Journey &journey, const Cell &cell, const MapMetrics &metrics = {});

/**
 * Moves each card that would cover another card of its cell (or one placed before it in
 * `cards`) below the cards there, keeping its x. Cards listed are ignored where they stand in
 * `journey`: they are the ones moving (a paste, a drop into another cell).
 */
void placeClear(const Journey &journey, QList<Touchpoint> &cards, const MapMetrics &metrics = {});

/**
 * Lays out cards just added to `journey` (an inventory, say): per cell, row by row in the free
 * slots below and beside the cards already there. A stage that receives cards grows to as many
 * columns as keep its fullest cell about as wide as it is tall; lanes grow to hold their rows.
 * Stages that receive nothing keep their width, however narrow the user made them.
 */
void placeNewCards(Journey &journey, const QList<TouchpointId> &added,
                   const MapMetrics &metrics = {});

} // namespace cxmap
