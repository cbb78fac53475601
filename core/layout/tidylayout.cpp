#include "tidylayout.h"

#include "cellgrid.h"
#include "cellordering.h"
#include "crossings.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxmap {

namespace {

// Segment tests the pairwise swaps may spend: a few seconds on the largest maps, far more than
// a map of a few thousand cards needs.
constexpr qint64 SwapTestBudget = 400'000'000;

int ceilDiv(qsizetype a, qsizetype b)
{
    return int((a + b - 1) / b);
}

// Cards per cell, [stage][lane] → indices into journey.touchpoints(), in their present order.
using CellCards = QList<QList<QList<int>>>;

CellCards cardsByCell(const Journey &journey)
{
    CellCards cells(journey.stages().size(), QList<QList<int>>(journey.lanes().size()));
    for (qsizetype i = 0; i < journey.touchpoints().size(); ++i) {
        const Touchpoint &touchpoint = journey.touchpoints().at(i);
        const qsizetype stage = journey.stages().indexOf(touchpoint.stage);
        const qsizetype lane = journey.lanes().indexOf(touchpoint.lane);
        if (stage >= 0 && lane >= 0)
            cells[stage][lane].append(int(i));
    }
    for (auto &stage : cells) {
        for (QList<int> &cell : stage) {
            std::stable_sort(cell.begin(), cell.end(), [&journey](int a, int b) {
                const QPointF &p = journey.touchpoints().at(a).position;
                const QPointF &q = journey.touchpoints().at(b).position;
                return std::pair(p.y(), p.x()) < std::pair(q.y(), q.x());
            });
        }
    }
    return cells;
}

// How many columns of cards each stage gets. One count for the whole map, the one whose map
// shape comes nearest to the wanted aspect ratio (the fewest on a tie). It depends only on how
// many cards each cell holds, never on the present extents, so tidying again picks the same.
QList<int> chooseColumns(const Journey &journey, const CellCards &cells, const MapMetrics &metrics,
                         double aspectRatio)
{
    const qsizetype stages = cells.size();
    const qsizetype lanes = journey.lanes().size();
    QList<qsizetype> fullest(stages, 0);
    qsizetype most = 1;
    for (qsizetype s = 0; s < stages; ++s)
        for (const QList<int> &cell : cells.at(s))
            fullest[s] = std::max(fullest.at(s), cell.size());
    for (qsizetype count : std::as_const(fullest))
        most = std::max(most, count);

    const auto columnsFor = [&](qsizetype stage, qsizetype wanted) {
        return int(std::max<qsizetype>(1, std::min(wanted, fullest.at(stage))));
    };
    qsizetype best = 1;
    double bestScore = std::numeric_limits<double>::infinity();
    for (qsizetype wanted = 1; wanted <= most; ++wanted) {
        double width = metrics.laneHeaderWidth;
        for (qsizetype s = 0; s < stages; ++s)
            width += fullest.at(s) > 0
                         ? metrics.cellPadding + columnsFor(s, wanted) * metrics.pitchX()
                         : std::max(journey.stages().at(s).extent, MinimumBandExtent);
        double height = metrics.stageHeaderHeight;
        for (qsizetype l = 0; l < lanes; ++l) {
            int rows = 0;
            for (qsizetype s = 0; s < stages; ++s)
                if (!cells.at(s).at(l).isEmpty())
                    rows = std::max(rows, ceilDiv(cells.at(s).at(l).size(), columnsFor(s, wanted)));
            height += rows > 0 ? metrics.cellPadding + rows * metrics.pitchY()
                               : std::max(journey.lanes().at(l).extent, MinimumBandExtent);
        }
        const double score = std::abs(std::log(width / height / aspectRatio));
        if (score < bestScore - 1e-9) {
            bestScore = score;
            best = wanted;
        }
    }
    QList<int> columns;
    for (qsizetype s = 0; s < stages; ++s)
        columns.append(columnsFor(s, best));
    return columns;
}

} // namespace

TidyPlan planTidyLayout(const Journey &journey, const MapMetrics &metrics,
                        const TidyOptions &options)
{
    TidyPlan plan;
    const CellCards cells = cardsByCell(journey);
    const QList<int> columns = chooseColumns(journey, cells, metrics, options.aspectRatio);
    const double pad = metrics.cellPadding;

    // Bands grow to hold their cards; nothing shrinks.
    Journey after = journey;
    for (qsizetype s = 0; s < journey.stages().size(); ++s) {
        qsizetype fullest = 0;
        for (const QList<int> &cell : cells.at(s))
            fullest = std::max(fullest, cell.size());
        Stage stage = journey.stages().at(s);
        const double needed = pad + std::min<qsizetype>(columns.at(s), fullest) * metrics.pitchX();
        if (fullest > 0 && needed > std::max(stage.extent, MinimumBandExtent)) {
            stage.extent = needed;
            after.stages().replace(stage);
            plan.stages.append(stage);
        }
    }
    for (qsizetype l = 0; l < journey.lanes().size(); ++l) {
        int rows = 0;
        for (qsizetype s = 0; s < journey.stages().size(); ++s)
            if (!cells.at(s).at(l).isEmpty())
                rows = std::max(rows, ceilDiv(cells.at(s).at(l).size(), columns.at(s)));
        Lane lane = journey.lanes().at(l);
        const double needed = pad + rows * metrics.pitchY();
        if (rows > 0 && needed > std::max(lane.extent, MinimumBandExtent)) {
            lane.extent = std::ceil(needed);
            after.lanes().replace(lane);
            plan.lanes.append(lane);
        }
    }

    // Slots: a centred block of rows in every cell, cards in their present order to start.
    const CellGrid grid(after);
    const QSizeF card = metrics.cardSize();
    QList<CellSlots> slots;
    QList<QList<QPointF>> topLefts;
    QList<QPointF> centres(journey.touchpoints().size());
    for (qsizetype s = 0; s < cells.size(); ++s) {
        for (qsizetype l = 0; l < cells.at(s).size(); ++l) {
            const QList<int> &cards = cells.at(s).at(l);
            if (cards.isEmpty())
                continue;
            const QRectF rect = grid.cellRect(s, l);
            const int cellColumns = int(std::min<qsizetype>(columns.at(s), cards.size()));
            const int rows = ceilDiv(cards.size(), cellColumns);
            const double blockWidth = cellColumns * card.width() + (cellColumns - 1) * pad;
            const double blockHeight = rows * card.height() + (rows - 1) * pad;
            const double left = std::max(pad, std::floor((rect.width() - blockWidth) / 2));
            const double top = std::max(pad, std::floor((rect.height() - blockHeight) / 2));
            CellSlots cell;
            cell.nodes = cards;
            cell.columns = cellColumns;
            QList<QPointF> corners;
            for (qsizetype k = 0; k < cards.size(); ++k) {
                const QPointF corner(left + double(k % cellColumns) * metrics.pitchX(),
                                     top + double(k / cellColumns) * metrics.pitchY());
                corners.append(corner);
                cell.slots.append(rect.topLeft() + corner +
                                  QPointF(card.width() / 2, card.height() / 2));
            }
            slots.append(cell);
            topLefts.append(corners);
        }
    }

    QList<std::pair<int, int>> edges;
    for (const Transition &transition : journey.transitions())
        edges.append({int(journey.touchpoints().indexOf(transition.from)),
                      int(journey.touchpoints().indexOf(transition.to))});
    const CrossingCounter counter(edges, int(centres.size()));
    plan.crossingsBefore = countCrossings(journey, metrics);
    plan.crossingsAfter = orderCellsForFewerCrossings(slots, counter, centres, SwapTestBudget);

    QList<QPointF> positions(journey.touchpoints().size());
    for (qsizetype c = 0; c < slots.size(); ++c)
        for (qsizetype k = 0; k < slots.at(c).nodes.size(); ++k)
            positions[slots.at(c).nodes.at(k)] = topLefts.at(c).at(k);
    for (qsizetype i = 0; i < journey.touchpoints().size(); ++i) {
        const Touchpoint &touchpoint = journey.touchpoints().at(i);
        if (touchpoint.position != positions.at(i)) {
            Touchpoint moved = touchpoint;
            moved.position = positions.at(i);
            plan.moved.append(moved);
        }
    }
    return plan;
}

void applyTidyPlan(Journey &journey, const TidyPlan &plan)
{
    for (const Stage &stage : plan.stages)
        journey.stages().replace(stage);
    for (const Lane &lane : plan.lanes)
        journey.lanes().replace(lane);
    for (const Touchpoint &touchpoint : plan.moved)
        journey.touchpoints().replace(touchpoint);
}

Journey tidied(Journey journey, const MapMetrics &metrics)
{
    applyTidyPlan(journey, planTidyLayout(journey, metrics));
    return journey;
}

} // namespace cxmap
