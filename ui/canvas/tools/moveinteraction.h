#pragma once

#include "dragmacro.h"
#include "model/touchpoint.h"

#include <QList>
#include <QPointF>

namespace cxmap {

class JourneyScene;

/**
 * Dragging cards: they follow the mouse live, snap to the grid, and join the cell their centre
 * is over. Every step pushes a mergeable ChangeTouchpointsCommand inside one macro, so the whole
 * drag is one undo step and a later drag never merges into it.
 */
class MoveInteraction
{
public:
    void begin(JourneyScene *scene, const QPointF &pressPos, const QList<TouchpointId> &ids);
    bool isActive() const { return m_scene != nullptr; }
    void update(const QPointF &scenePos);
    void finish();
    /** Puts the cards back where they were. */
    void cancel();

private:
    void close(bool keep);

    JourneyScene *m_scene = nullptr;
    QPointF m_pressPos;
    QList<Touchpoint> m_originals;
    QList<QPointF> m_originalTopLefts;
    DragMacro m_macro;
};

} // namespace cxmap
