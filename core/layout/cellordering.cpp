#include "cellordering.h"

#include "crossings.h"

#include <algorithm>
#include <numeric>

namespace cxmap {

namespace {

constexpr int MaximumRounds = 100;
// Cells up to this size try every pair of cards; larger ones only neighbouring slots.
constexpr qsizetype AllPairsUpTo = 12;

void place(const CellSlots &cell, QList<QPointF> &centres)
{
    for (qsizetype slot = 0; slot < cell.nodes.size(); ++slot)
        centres[cell.nodes.at(slot)] = cell.slots.at(slot);
}

// Sorts one cell by its cards' barycentres: the mean centre of their neighbours outside the
// cell, or their own centre when they have none (so unconnected cards keep their order).
void sweepCell(CellSlots &cell, const QList<QList<int>> &neighbours, const QList<int> &cellOf,
               int cellIndex, const QList<QPointF> &centres)
{
    const qsizetype count = cell.nodes.size();
    if (count < 2)
        return;
    QList<QPointF> barycentre(count);
    for (qsizetype slot = 0; slot < count; ++slot) {
        const int node = cell.nodes.at(slot);
        QPointF sum;
        int outside = 0;
        for (int other : neighbours.at(node)) {
            if (cellOf.at(other) == cellIndex)
                continue;
            sum += centres.at(other);
            ++outside;
        }
        barycentre[slot] = outside > 0 ? sum / outside : centres.at(node);
    }
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    const bool oneRow = count <= cell.columns;
    const auto byY = [&](qsizetype a, qsizetype b) {
        return std::pair(barycentre.at(a).y(), a) < std::pair(barycentre.at(b).y(), b);
    };
    const auto byX = [&](qsizetype a, qsizetype b) {
        return std::pair(barycentre.at(a).x(), a) < std::pair(barycentre.at(b).x(), b);
    };
    if (oneRow) {
        std::sort(order.begin(), order.end(), byX);
    } else {
        std::sort(order.begin(), order.end(), byY);
        for (qsizetype row = 0; row < count; row += cell.columns)
            std::sort(order.begin() + row, order.begin() + std::min(count, row + cell.columns),
                      byX);
    }
    QList<int> nodes;
    for (qsizetype slot : std::as_const(order))
        nodes.append(cell.nodes.at(slot));
    cell.nodes = nodes;
}

// One sweep forth and back over the cells; returns the crossings of the order it reached.
qint64 sweep(QList<CellSlots> &cells, const CrossingCounter &counter, const QList<int> &cellOf,
             QList<QPointF> &centres)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const qsizetype index = pass == 0 ? i : cells.size() - 1 - i;
            sweepCell(cells[index], counter.neighbours(), cellOf, int(index), centres);
            place(cells.at(index), centres);
        }
    }
    return counter.total(centres);
}

// Swaps pairs of cards within cells while a swap removes crossings; true when any did.
bool swapPairs(QList<CellSlots> &cells, const CrossingCounter &counter, QList<QPointF> &centres,
               qint64 testBudget)
{
    bool improved = false;
    for (CellSlots &cell : cells) {
        const qsizetype count = cell.nodes.size();
        for (qsizetype a = 0; a < count; ++a) {
            for (qsizetype b = a + 1; b < count; ++b) {
                const bool neighbouring = b == a + 1 || b == a + cell.columns;
                if (count > AllPairsUpTo && !neighbouring)
                    continue;
                if (counter.tests() > testBudget)
                    return improved;
                const QList<int> pair{cell.nodes.at(a), cell.nodes.at(b)};
                const qint64 before = counter.involving(pair, centres);
                std::swap(centres[pair.at(0)], centres[pair.at(1)]);
                if (counter.involving(pair, centres) < before) {
                    cell.nodes.swapItemsAt(a, b);
                    improved = true;
                } else {
                    std::swap(centres[pair.at(0)], centres[pair.at(1)]);
                }
            }
        }
    }
    return improved;
}

} // namespace

qint64 orderCellsForFewerCrossings(QList<CellSlots> &cells, const CrossingCounter &counter,
                                   QList<QPointF> &centres, qint64 testBudget)
{
    QList<int> cellOf(centres.size(), -1);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        place(cells.at(i), centres);
        for (int node : std::as_const(cells.at(i).nodes))
            cellOf[node] = int(i);
    }
    qint64 best = counter.total(centres);
    for (int round = 0; round < MaximumRounds && best > 0; ++round) {
        bool improved = false;
        // Sweeps as long as each one strictly helps; a sweep that does not is undone.
        for (;;) {
            QList<CellSlots> candidate = cells;
            QList<QPointF> moved = centres;
            const qint64 crossings = sweep(candidate, counter, cellOf, moved);
            if (crossings >= best)
                break;
            cells = std::move(candidate);
            centres = std::move(moved);
            best = crossings;
            improved = true;
        }
        if (counter.tests() <= testBudget && swapPairs(cells, counter, centres, testBudget)) {
            best = counter.total(centres);
            improved = true;
        }
        if (!improved)
            break;
    }
    return best;
}

} // namespace cxmap
