#include "connecttool.h"

#include "canvas/editoperations.h"
#include "canvas/journeyscene.h"
#include "canvas/touchpointitem.h"

#include <QGraphicsSceneMouseEvent>

namespace cxmap {

ConnectTool::ConnectTool(QObject *parent)
    : AbstractTool(tr("Connect touchpoints"), QStringLiteral("connect"), QKeySequence(Qt::Key_C), parent)
{}

void ConnectTool::activate(JourneyScene *scene)
{
    AbstractTool::activate(scene);
    setStatusInfo(tr("Drag from one card to another to connect them"));
}

void ConnectTool::cancel()
{
    m_connect.cancel();
}

void ConnectTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    JourneyScene *s = scene();
    auto *card = qgraphicsitem_cast<TouchpointItem *>(s->interactiveItemAt(event->scenePos()));
    if (!card) {
        s->select({});
        return;
    }
    s->select({EditTarget::touchpoint(card->touchpointId())});
    if (!s->isReadOnly())
        m_connect.begin(s, card->touchpointId());
}

void ConnectTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    if (m_connect.isActive()) {
        m_connect.update(event->scenePos());
        return;
    }
    QGraphicsItem *item = scene()->interactiveItemAt(event->scenePos());
    scene()->setHoveredItem(qgraphicsitem_cast<TouchpointItem *>(item) ? item : nullptr);
    setCursor(qgraphicsitem_cast<TouchpointItem *>(item) ? Qt::CrossCursor : Qt::ArrowCursor);
}

void ConnectTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (!m_connect.isActive())
        return;
    m_connect.update(event->scenePos());
    m_connect.finish();
}

void ConnectTool::mouseDoubleClicked(QGraphicsSceneMouseEvent *event)
{
    m_connect.cancel();
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(scene()->interactiveItemAt(event->scenePos()))) {
        scene()->select({EditTarget::touchpoint(card->touchpointId())});
        edit::renameCurrent(scene());
    }
}

} // namespace cxmap
