#include "transitionitem.h"

#include "journeyscene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace cxmap {

TransitionItem::TransitionItem(JourneyScene *scene, TransitionId id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(ZOrder::Transition);
    updateRoute();
    updateContentsFlag();
}

void TransitionItem::updateContentsFlag()
{
    const bool standsOut = isSelected() || m_hovered
        || (m_scene->isHighlighted(m_from) && m_scene->isHighlighted(m_to));
    setFlag(ItemHasNoContents, !standsOut);
}

QVariant TransitionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateContentsFlag();
    return QGraphicsItem::itemChange(change, value);
}

void TransitionItem::updateRoute()
{
    const Transition *transition = m_scene->journey().transitions().find(m_id);
    if (!transition)
        return;
    m_from = transition->from;
    m_to = transition->to;
    m_route = m_scene->renderer().transitionRoute(*transition);
    rebuildShape();
    updateBounds();
}

bool TransitionItem::setLabel(const std::optional<QRectF> &label)
{
    if (label == m_label)
        return false;
    m_label = label;
    rebuildShape();
    updateBounds();
    return true;
}

void TransitionItem::rebuildShape()
{
    // From the route and the label as they are now: a label that moved leaves no live area behind.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_route.path);
    m_shape.addEllipse(m_route.tip, 7, 7);
    if (m_label)
        m_shape.addRect(*m_label);
}

void TransitionItem::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    updateContentsFlag();
    update();
}

void TransitionItem::updateBounds()
{
    const Transition *transition = m_scene->journey().transitions().find(m_id);
    if (!transition)
        return;
    const QRectF old = m_bounds;
    prepareGeometryChange();
    m_bounds = m_scene->renderer().transitionBounds(*transition, m_route, m_label);
    m_scene->invalidateArrows(old.united(m_bounds));
    update();
}

QRectF TransitionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TransitionItem::shape() const
{
    return m_shape;
}

void TransitionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Transition *transition = m_scene->journey().transitions().find(m_id);
    if (!transition)
        return;
    ArrowState state;
    state.selected = isSelected();
    state.hovered = m_hovered;
    state.highlighted = m_scene->isHighlighted(m_from) && m_scene->isHighlighted(m_to);
    // The plain arrow is in the scene's background layer.
    if (!state.selected && !state.hovered && !state.highlighted)
        return;
    // Detail follows the device pixels: at 200% a zoomed-out card still has room for its name.
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform())
        * painter->device()->devicePixelRatioF();
    m_scene->renderer().drawTransition(painter, *transition, m_route, m_label, state,
                                       JourneyRenderer::detailForScale(scale));
}

} // namespace cxmap
