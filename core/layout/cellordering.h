#pragma once

#include <QList>
#include <QPointF>

namespace cxmap {

class CrossingCounter;

/** One cell as Tidy arranges it: which card (node index) sits in each slot, and where. */
struct CellSlots
{
    /** Node index per slot, in slot order: row by row, left to right. */
    QList<int> nodes;
    /** The centre of each slot, in grid coordinates; as many as `nodes`. */
    QList<QPointF> slots;
    int columns = 1;
};

/**
 * Reorders the cards inside their cells so that fewer transitions cross; no card changes cell
 * and the slots stay where they are. Layer sweeps in the manner of hierarchic swimlane layouts
 * (yEd's, Sugiyama's): stage by stage, forth and back, each cell sorts its cards by the mean
 * position of their neighbours in other cells — rows by the neighbours' height, places in a row
 * by their x. Then pairs of cards of a cell swap where that removes crossings.
 *
 * An ordering is kept only when it crosses strictly less than the best so far, and the two steps
 * repeat until neither helps: the result is a fixed point, so ordering it again changes nothing.
 * `cells` are in sweep order (stage by stage); `centres` holds every node's position and is kept
 * up to date. The swaps stop once `testBudget` segment tests are spent, which only very large
 * maps reach.
 *
 * Returns the crossings of the final order.
 */
qint64 orderCellsForFewerCrossings(QList<CellSlots> &cells, const CrossingCounter &counter,
                                   QList<QPointF> &centres, qint64 testBudget);

} // namespace cxmap
