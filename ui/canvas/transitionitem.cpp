#include "transitionitem.h"

#include "document/journeydocument.h"
#include "journeyscene.h"

#include <QPainterPathStroker>

namespace cxmap {

TransitionItem::TransitionItem(JourneyScene *scene, TransitionId id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(5);
    updateGeometry();
}

void TransitionItem::updateGeometry()
{
    const Journey &journey = m_scene->document()->journey();
    const Transition *transition = journey.transitions().find(m_id);
    if (!transition)
        return;
    prepareGeometryChange();
    m_from = m_scene->geometry().cardRect(*journey.touchpoints().find(transition->from));
    m_to = m_scene->geometry().cardRect(*journey.touchpoints().find(transition->to));
    m_path = JourneyRenderer::transitionPath(m_from, m_to);
    update();
}

QRectF TransitionItem::boundingRect() const
{
    // Room for the arrow head and the label box at the middle.
    return m_path.boundingRect().adjusted(-60, -20, 60, 20);
}

QPainterPath TransitionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void TransitionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Transition *transition = m_scene->document()->journey().transitions().find(m_id);
    if (!transition)
        return;
    m_scene->renderer().drawTransition(painter, *transition, m_from, m_to, isSelected());
}

} // namespace cxmap
