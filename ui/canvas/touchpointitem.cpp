#include "touchpointitem.h"

#include "journeyscene.h"
#include "render/editordecorations.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cxmap {

TouchpointItem::TouchpointItem(JourneyScene *scene, TouchpointId id)
    : m_scene(scene)
    , m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(ZOrder::Touchpoint);
    // A card is drawn once per zoom level and then copied: repaints of large maps stay fast.
    setCacheMode(DeviceCoordinateCache);
    updateGeometry();
    updateContentsFlag();
}

void TouchpointItem::updateGeometry()
{
    const Touchpoint *touchpoint = m_scene->journey().touchpoints().find(m_id);
    if (!touchpoint)
        return;
    const QRectF rect = m_scene->geometry().cardRect(*touchpoint);
    // The plain card is drawn in the scene's cached background: repaint it where it was and is.
    m_scene->invalidateMap(boundingRect().united(rect.adjusted(-32, -32, 32, 32)));
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    QString tip = touchpoint->name;
    if (!touchpoint->description.isEmpty())
        tip += QLatin1Char('\n') + touchpoint->description;
    setToolTip(tip);
    update();
}

void TouchpointItem::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    updateContentsFlag();
    update();
}

void TouchpointItem::updateContentsFlag()
{
    // The plain card is in the scene's background; the item draws only when it stands out.
    setFlag(ItemHasNoContents, !isSelected() && !m_hovered);
}

QVariant TouchpointItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateContentsFlag();
    return QGraphicsItem::itemChange(change, value);
}

bool TouchpointItem::showsHandle() const
{
    return m_hovered && !m_scene->isReadOnly();
}

bool TouchpointItem::handleContains(const QPointF &scenePos) const
{
    // A little larger than drawn, so it is easy to hit.
    return showsHandle()
        && EditorDecorations::connectHandleRect(m_rect).adjusted(-3, -3, 3, 3).contains(scenePos);
}

QRectF TouchpointItem::boundingRect() const
{
    // Room for the selection halo, the spotlight marks on the corners and the connect handle.
    return m_rect.adjusted(-14, -14, 14, 14);
}

QPainterPath TouchpointItem::shape() const
{
    QPainterPath path;
    // Winding, not the default odd-even fill: where the handle overlaps the card the point is in
    // both, and odd-even would cut a hole there that neither hover nor press could hit.
    path.setFillRule(Qt::WindingFill);
    path.addRect(m_rect);
    if (showsHandle())
        path.addEllipse(EditorDecorations::connectHandleRect(m_rect).adjusted(-3, -3, 3, 3));
    return path;
}

void TouchpointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Touchpoint *touchpoint = m_scene->journey().touchpoints().find(m_id);
    if (!touchpoint)
        return;
    // The same card the background draws, with its selection or hover on it.
    CardState state = m_scene->renderer().cardState(*touchpoint, m_scene->mapOptions(m_rect));
    state.selected = isSelected();
    state.hovered = m_hovered;
    // Detail follows the device pixels: at 200% a zoomed-out card still has room for its name.
    const double scale = JourneyRenderer::painterScale(painter);
    m_scene->renderer().drawCard(painter, *touchpoint, m_rect, state, scale);
    if (showsHandle() && m_scene->renderer().detailForScale(scale) != Detail::Minimal)
        m_scene->decorations().drawConnectHandle(painter, m_rect, false);
}

} // namespace cxmap
