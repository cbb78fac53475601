#include "moveinteraction.h"

#include "canvas/journeyscene.h"
#include "canvas/overlayitem.h"
#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"

#include <QCoreApplication>

namespace cxmap {

namespace {

QString moveText(qsizetype count)
{
    return count == 1 ? QCoreApplication::translate("cxmap", "Move touchpoint")
                      : QCoreApplication::translate("cxmap", "Move %1 touchpoints").arg(count);
}

} // namespace

void MoveInteraction::begin(JourneyScene *scene, const QPointF &pressPos, const QList<TouchpointId> &ids)
{
    m_scene = scene;
    m_pressPos = pressPos;
    m_originals.clear();
    m_originalTopLefts.clear();
    for (TouchpointId id : ids) {
        if (const Touchpoint *touchpoint = scene->journey().touchpoints().find(id)) {
            m_originals.append(*touchpoint);
            m_originalTopLefts.append(scene->geometry().cardRect(*touchpoint).topLeft());
        }
    }
}

void MoveInteraction::update(const QPointF &scenePos)
{
    if (!m_scene || m_originals.isEmpty())
        return;
    const MapGeometry &geometry = m_scene->geometry();
    const QPointF delta = scenePos - m_pressPos;
    const QSizeF card = geometry.metrics().cardSize();

    QList<Touchpoint> after;
    QList<QRectF> cells;
    bool changed = false;
    for (qsizetype i = 0; i < m_originals.size(); ++i) {
        const QPointF topLeft = m_originalTopLefts.at(i) + delta;
        const std::optional<Cell> cell = geometry.nearestCell(topLeft + QPointF(card.width() / 2, card.height() / 2));
        if (!cell)
            return;
        Touchpoint moved = m_originals.at(i);
        moved.stage = cell->stage;
        moved.lane = cell->lane;
        moved.position = geometry.positionInCell(*cell, topLeft);
        const Touchpoint *current = m_scene->journey().touchpoints().find(moved.id);
        if (!current)
            return;
        changed = changed || *current != moved;
        after.append(moved);
        const QRectF cellRect = geometry.cellRect(*cell);
        if (!cells.contains(cellRect))
            cells.append(cellRect);
    }
    m_scene->overlay()->setTargetCells(cells);
    if (!changed)
        return;
    m_macro.push(m_scene->document()->undoStack(), moveText(after.size()),
                 new ChangeTouchpointsCommand(m_scene->document(), after, moveText(after.size()),
                                              MergeId::MoveTouchpoints));
}

void MoveInteraction::finish()
{
    close(true);
}

void MoveInteraction::cancel()
{
    close(false);
}

void MoveInteraction::close(bool keep)
{
    if (!m_scene)
        return;
    JourneyScene *scene = m_scene;
    m_scene = nullptr;
    scene->overlay()->setTargetCells({});
    bool moved = false;
    for (const Touchpoint &original : std::as_const(m_originals)) {
        const Touchpoint *now = scene->journey().touchpoints().find(original.id);
        moved = moved || (now && *now != original);
    }
    m_macro.close(keep && moved);
}

} // namespace cxmap
