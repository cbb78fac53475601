#include "touchpointitem.h"

#include "document/journeydocument.h"
#include "journeyscene.h"

namespace cxmap {

TouchpointItem::TouchpointItem(JourneyScene *scene, TouchpointId id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(10);
    setAcceptHoverEvents(true);
    updateGeometry();
}

void TouchpointItem::updateGeometry()
{
    const Touchpoint *touchpoint = m_scene->document()->journey().touchpoints().find(m_id);
    if (!touchpoint)
        return;
    prepareGeometryChange();
    m_rect = m_scene->geometry().cardRect(*touchpoint);
    setToolTip(touchpoint->description.isEmpty() ? touchpoint->name
                                                 : touchpoint->name + QLatin1Char('\n') + touchpoint->description);
    update();
}

QRectF TouchpointItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void TouchpointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Touchpoint *touchpoint = m_scene->document()->journey().touchpoints().find(m_id);
    if (!touchpoint)
        return;
    CardState state;
    state.selected = isSelected();
    m_scene->renderer().drawCard(painter, *touchpoint, m_rect, state);
}

} // namespace cxmap
