#pragma once

#include "model/ids.h"

#include <QGraphicsItem>

namespace cxmap {

class JourneyScene;

/** One touchpoint card. Holds only its ID; reads the model and draws through the renderer. */
class TouchpointItem : public QGraphicsItem
{
public:
    TouchpointItem(JourneyScene *scene, TouchpointId id);

    TouchpointId touchpointId() const { return m_id; }
    void updateGeometry();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    JourneyScene *m_scene;
    TouchpointId m_id;
    QRectF m_rect;
};

} // namespace cxmap
