#include "overlayitem.h"

#include "journeyscene.h"

namespace cxmap {

OverlayItem::OverlayItem(JourneyScene *scene)
    : m_scene(scene)
{
    setZValue(ZOrder::Overlay);
    setVisible(false);
}

void OverlayItem::setRubberBand(const std::optional<QRectF> &rect)
{
    m_rubberBand = rect;
    changed();
}

void OverlayItem::setConnection(const std::optional<std::pair<QPointF, QPointF>> &line, bool valid)
{
    m_connection = line;
    m_connectionValid = valid;
    changed();
}

void OverlayItem::setDropIndicator(const std::optional<QLineF> &line)
{
    m_dropIndicator = line;
    changed();
}

void OverlayItem::setTargetCells(const QList<QRectF> &cells)
{
    if (cells == m_targetCells)
        return;
    m_targetCells = cells;
    changed();
}

void OverlayItem::setBandGhost(const std::optional<QRectF> &rect)
{
    m_bandGhost = rect;
    changed();
}

void OverlayItem::changed()
{
    // Only the union of what is shown is repainted, old and new.
    QRectF bounds;
    if (m_rubberBand)
        bounds |= *m_rubberBand;
    if (m_connection)
        bounds |= QRectF(m_connection->first, m_connection->second).normalized();
    if (m_dropIndicator)
        bounds |= QRectF(m_dropIndicator->p1(), m_dropIndicator->p2()).normalized();
    for (const QRectF &cell : std::as_const(m_targetCells))
        bounds |= cell;
    if (m_bandGhost)
        bounds |= *m_bandGhost;
    bounds.adjust(-60, -60, 60, 60);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    setVisible(m_rubberBand || m_connection || m_dropIndicator || !m_targetCells.isEmpty() || m_bandGhost);
    update();
}

QRectF OverlayItem::boundingRect() const
{
    return m_bounds;
}

void OverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const EditorDecorations &decorations = m_scene->decorations();
    for (const QRectF &cell : std::as_const(m_targetCells))
        decorations.drawTargetCell(painter, cell);
    if (m_bandGhost)
        decorations.drawBandGhost(painter, *m_bandGhost);
    if (m_rubberBand)
        decorations.drawRubberBand(painter, *m_rubberBand);
    if (m_connection)
        decorations.drawConnectPreview(painter, m_connection->first, m_connection->second, m_connectionValid);
    if (m_dropIndicator)
        decorations.drawDropIndicator(painter, *m_dropIndicator);
}

} // namespace cxmap
