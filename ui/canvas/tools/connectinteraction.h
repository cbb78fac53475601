#pragma once

#include "model/ids.h"

#include <QPointF>

namespace cxmap {

class JourneyScene;

/**
 * Dragging a new transition from one card to another: a preview follows the mouse and snaps to
 * the card under it; releasing on a card connects the two with one AddTransitionCommand.
 */
class ConnectInteraction
{
public:
    void begin(JourneyScene *scene, TouchpointId from);
    bool isActive() const { return m_scene != nullptr; }
    void update(const QPointF &scenePos);
    /** Connects to the card under the last position, if any; returns whether it did. */
    bool finish();
    void cancel();

private:
    TouchpointId targetAt(const QPointF &scenePos) const;

    JourneyScene *m_scene = nullptr;
    TouchpointId m_from;
    QPointF m_last;
};

} // namespace cxmap
