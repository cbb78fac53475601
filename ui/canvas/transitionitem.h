#pragma once

#include "itemtypes.h"
#include "model/ids.h"
#include "render/transitionrouter.h"

#include <optional>

namespace cxmap {

class JourneyScene;

/**
 * One transition arrow between two cards, routed and labelled by the renderer. The scene draws
 * every arrow in its cached background layer; the item is for hit tests and draws itself only
 * when it stands out (selected, hovered, highlighted).
 */
class TransitionItem : public QGraphicsItem
{
public:
    enum { Type = TransitionItemType };

    TransitionItem(JourneyScene *scene, TransitionId id);

    int type() const override { return Type; }
    TransitionId transitionId() const { return m_id; }
    /** The ends as last routed, still known while the transition is being removed. */
    TouchpointId from() const { return m_from; }
    TouchpointId to() const { return m_to; }
    /** The route as last laid out (empty while the arrow is hidden). */
    const TransitionRoute &route() const { return m_route; }
    const std::optional<QRectF> &label() const { return m_label; }

    /** Takes the route and label the renderer laid out; hidden when it has none (a thin arrow). */
    void syncRoute();
    /** The transition's ends changed. */
    void syncEnds();
    void setHovered(bool hovered);
    /**
     * The plain arrow is drawn by the scene's background: the item paints only when it stands
     * out (selected, hovered, or one of its cards in focus).
     */
    void updateContentsFlag();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /** The hit area: the stroked route, the head and the placed label. */
    void rebuildShape();

    JourneyScene *m_scene;
    TransitionId m_id;
    TouchpointId m_from;
    TouchpointId m_to;
    TransitionRoute m_route;
    std::optional<QRectF> m_label;
    QRectF m_bounds;
    QPainterPath m_shape;
    bool m_hovered = false;
};

} // namespace cxmap
