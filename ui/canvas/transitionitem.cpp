#include "transitionitem.h"

#include "journeyscene.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace cxmap {

TransitionItem::TransitionItem(JourneyScene *scene, TransitionId id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(ZOrder::Transition);
    syncEnds();
    syncRoute();
}

void TransitionItem::syncEnds()
{
    if (const Transition *transition = m_scene->journey().transitions().find(m_id)) {
        m_from = transition->from;
        m_to = transition->to;
    }
}

void TransitionItem::updateContentsFlag()
{
    const bool standsOut = isSelected() || m_hovered || m_scene->isCardInFocus(m_from) || m_scene->isCardInFocus(m_to);
    setFlag(ItemHasNoContents, !standsOut);
    update();
}

QVariant TransitionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateContentsFlag();
    return QGraphicsItem::itemChange(change, value);
}

void TransitionItem::syncRoute()
{
    const Transition *transition = m_scene->journey().transitions().find(m_id);
    if (!transition)
        return;
    syncEnds();
    const ArrowLayout &layout = m_scene->renderer().arrows();
    const auto found = layout.routes.constFind(m_id);
    TransitionRoute route = found == layout.routes.cend() ? TransitionRoute() : *found;
    const std::optional<QRectF> label = layout.label(m_id);
    const QRectF bounds = m_scene->renderer().transitionBounds(*transition);
    const bool changed = bounds != m_bounds || label != m_label || route.corners != m_route.corners;
    if (!changed)
        return;
    // The arrow is drawn in the cached background: repaint where it was and where it is.
    m_scene->invalidateMap(m_bounds.united(bounds));
    prepareGeometryChange();
    m_route = route;
    m_label = label;
    m_bounds = bounds;
    rebuildShape();
    // A thin arrow hidden by the smallest share shown is neither drawn nor hit.
    setVisible(m_route.isValid());
    update();
}

void TransitionItem::rebuildShape()
{
    // From the route and the label as they are now: a label that moved leaves no live area behind.
    m_shape = QPainterPath();
    if (!m_route.isValid())
        return;
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
    if (!transition || !m_route.isValid())
        return;
    ArrowState state;
    state.selected = isSelected();
    state.hovered = m_hovered;
    state.lit = m_scene->isCardInFocus(m_from) || m_scene->isCardInFocus(m_to);
    // The plain arrow is in the scene's background layer.
    if (!state.selected && !state.hovered && !state.lit)
        return;
    m_scene->renderer().drawTransition(painter, *transition, state, JourneyRenderer::painterScale(painter));
}

} // namespace cxmap
