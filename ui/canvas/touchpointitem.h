#pragma once

#include "itemtypes.h"
#include "model/ids.h"

namespace cxmap {

class JourneyScene;

/** One touchpoint card. Holds only its ID; reads the model and draws through the renderer. */
class TouchpointItem : public QGraphicsItem
{
public:
    enum { Type = TouchpointItemType };

    TouchpointItem(JourneyScene *scene, TouchpointId id);

    int type() const override { return Type; }
    TouchpointId touchpointId() const { return m_id; }
    /** The card, in scene coordinates. */
    QRectF cardRect() const { return m_rect; }
    void updateGeometry();

    /** Hovered cards show their connect handle. */
    void setHovered(bool hovered);
    bool isHovered() const { return m_hovered; }
    bool handleContains(const QPointF &scenePos) const;
    /** Whether the card draws itself, or the scene's background layer draws it (zoomed out). */
    void updateContentsFlag();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    bool showsHandle() const;

    JourneyScene *m_scene;
    TouchpointId m_id;
    QRectF m_rect;
    bool m_hovered = false;
};

} // namespace cxmap
