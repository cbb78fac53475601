#include "griditem.h"

#include "document/journeydocument.h"
#include "journeyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cxmap {

GridItem::GridItem(JourneyScene *scene)
    : m_scene(scene)
{
    setZValue(-100);
    updateGeometry();
}

void GridItem::updateGeometry()
{
    prepareGeometryChange();
    m_bounds = m_scene->geometry().bounds();
}

QRectF GridItem::boundingRect() const
{
    return m_bounds;
}

void GridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyRenderer &renderer = m_scene->renderer();
    const MapGeometry &geometry = m_scene->geometry();
    const Journey &journey = m_scene->document()->journey();
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    renderer.drawBackground(painter, exposed.intersected(m_bounds));
    for (const Stage &stage : journey.stages())
        renderer.drawStageHeader(painter, stage, geometry.stageHeader(stage.id));
    for (const Lane &lane : journey.lanes())
        renderer.drawLaneHeader(painter, lane, geometry.laneHeader(lane.id));
    painter->fillRect(QRectF(0, 0, geometry.metrics().laneHeaderWidth,
                             geometry.metrics().stageHeaderHeight),
                      renderer.theme().headerBackground);
}

} // namespace cxmap
