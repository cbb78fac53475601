#include "tidylayoutcommand.h"

#include "bandcommands.h"
#include "document/journeydocument.h"
#include "touchpointcommands.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

struct CellKey
{
    StageId stage;
    LaneId lane;
    friend bool operator==(const CellKey &, const CellKey &) = default;
};

size_t qHash(const CellKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.stage, key.lane);
}

// How a cell's cards are arranged: columns side by side, rows top to bottom.
struct Arrangement
{
    int columns = 1;
    int rows = 0;
};

Arrangement arrange(qsizetype count, double width, double height, const QSizeF &card, double padding)
{
    const int fitRows = std::max(1, int((height - padding) / (card.height() + padding)));
    const int fitColumns = std::max(1, int((width - padding) / (card.width() + padding)));
    Arrangement arrangement;
    arrangement.columns = count <= fitRows ? 1 : std::min<int>(fitColumns, int((count + fitRows - 1) / fitRows));
    arrangement.rows = int((count + arrangement.columns - 1) / arrangement.columns);
    return arrangement;
}

} // namespace

TidyLayoutCommand::TidyLayoutCommand(JourneyDocument *document, const QSizeF &cardSize,
                                     double padding, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("cxmap", "Tidy layout"), parent)
{
    const Journey &journey = document->journey();
    QHash<CellKey, QList<const Touchpoint *>> cells;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        cells[CellKey{touchpoint.stage, touchpoint.lane}].append(&touchpoint);

    // Lanes first: each must be tall enough for its fullest cell.
    QHash<LaneId, double> laneHeight;
    for (const Lane &lane : journey.lanes())
        laneHeight.insert(lane.id, std::max(lane.extent, MinimumBandExtent));
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const Stage *stage = journey.stages().find(it.key().stage);
        const double width = std::max(stage->extent, MinimumBandExtent);
        const Arrangement a = arrange(it->size(), width, laneHeight.value(it.key().lane), cardSize, padding);
        const double needed = padding + a.rows * (cardSize.height() + padding);
        double &height = laneHeight[it.key().lane];
        height = std::max(height, std::ceil(needed));
    }
    for (const Lane &lane : journey.lanes()) {
        if (laneHeight.value(lane.id) > std::max(lane.extent, MinimumBandExtent)) {
            Lane grown = lane;
            grown.extent = laneHeight.value(lane.id);
            new ChangeLaneCommand(document, grown, text(), MergeId::None, this);
        }
    }

    QList<Touchpoint> moved;
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        QList<const Touchpoint *> &cards = *it;
        std::stable_sort(cards.begin(), cards.end(), [](const Touchpoint *a, const Touchpoint *b) {
            return std::pair(a->position.y(), a->position.x()) < std::pair(b->position.y(), b->position.x());
        });
        const double width = std::max(journey.stages().find(it.key().stage)->extent, MinimumBandExtent);
        const double height = laneHeight.value(it.key().lane);
        const Arrangement a = arrange(cards.size(), width, height, cardSize, padding);
        const double blockWidth = a.columns * cardSize.width() + (a.columns - 1) * padding;
        const double blockHeight = a.rows * cardSize.height() + (a.rows - 1) * padding;
        const double left = std::max(padding, std::floor((width - blockWidth) / 2));
        const double top = std::max(padding, std::floor((height - blockHeight) / 2));
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const int column = int(i) / a.rows;
            const int row = int(i) % a.rows;
            const QPointF position(left + column * (cardSize.width() + padding),
                                   top + row * (cardSize.height() + padding));
            if (cards.at(i)->position != position) {
                Touchpoint after = *cards.at(i);
                after.position = position;
                moved.append(after);
            }
        }
    }
    if (!moved.isEmpty()) {
        // Journey order, so the command's before/after lists stay deterministic.
        std::sort(moved.begin(), moved.end(), [&journey](const Touchpoint &a, const Touchpoint &b) {
            return journey.touchpoints().indexOf(a.id) < journey.touchpoints().indexOf(b.id);
        });
        new ChangeTouchpointsCommand(document, moved, text(), MergeId::None, this);
    }
}

} // namespace cxmap
