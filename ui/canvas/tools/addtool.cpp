#include "addtool.h"

#include "canvas/editoperations.h"
#include "canvas/journeyscene.h"
#include "canvas/overlayitem.h"
#include "canvas/touchpointitem.h"

#include <QGraphicsSceneMouseEvent>

namespace cxmap {

AddTool::AddTool(QObject *parent)
    : AbstractTool(tr("Add touchpoints"), QStringLiteral("add"), QKeySequence(Qt::Key_T), parent)
{}

void AddTool::activate(JourneyScene *scene)
{
    AbstractTool::activate(scene);
    setStatusInfo(tr("Click in a cell to add a touchpoint there"));
}

void AddTool::cancel()
{
    if (scene())
        scene()->overlay()->setTargetCells({});
}

void AddTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    JourneyScene *s = scene();
    const QPointF pos = event->scenePos();
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(s->interactiveItemAt(pos))) {
        s->select({EditTarget::touchpoint(card->touchpointId())});
        return;
    }
    const std::optional<Cell> cell = s->geometry().cellAt(pos);
    if (!cell || s->isReadOnly())
        return;
    // The new card is centred on the click, kept inside its cell.
    const QSizeF size = s->geometry().metrics().cardSize();
    const QPointF topLeft = pos - QPointF(size.width() / 2, size.height() / 2);
    s->overlay()->setTargetCells({});
    edit::addTouchpoint(s, *cell, s->geometry().positionInCell(*cell, topLeft));
}

void AddTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    JourneyScene *s = scene();
    const std::optional<Cell> cell = s->geometry().cellAt(event->scenePos());
    const bool onCard = qgraphicsitem_cast<TouchpointItem *>(s->interactiveItemAt(event->scenePos()));
    s->overlay()->setTargetCells(cell && !onCard && !s->isReadOnly()
                                     ? QList<QRectF>{s->geometry().cellRect(*cell)}
                                     : QList<QRectF>());
    setCursor(cell && !onCard ? Qt::CrossCursor : Qt::ArrowCursor);
}

void AddTool::mouseReleased(QGraphicsSceneMouseEvent *)
{}

} // namespace cxmap
