#include "headeritem.h"

#include "journeyscene.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cxmap {

HeaderItem::HeaderItem(JourneyScene *scene, Kind kind, qint64 id)
    : m_scene(scene)
    , m_kind(kind)
    , m_id(id)
{
    if (kind != Kind::Corner)
        setFlag(ItemIsSelectable);
    setZValue(kind == Kind::StageHeader ? ZOrder::StageHeader
                                  : (kind == Kind::LaneHeader ? ZOrder::LaneHeader : ZOrder::Corner));
    updateGeometry();
}

EditTarget HeaderItem::target() const
{
    switch (m_kind) {
    case Kind::StageHeader:
        return EditTarget::stage(stageId());
    case Kind::LaneHeader:
        return EditTarget::lane(laneId());
    case Kind::Corner:
        break;
    }
    return {};
}

void HeaderItem::updateGeometry()
{
    prepareGeometryChange();
    const MapGeometry &geometry = m_scene->geometry();
    switch (m_kind) {
    case Kind::StageHeader:
        m_rect = geometry.stageHeader(stageId());
        break;
    case Kind::LaneHeader:
        m_rect = geometry.laneHeader(laneId());
        break;
    case Kind::Corner:
        m_rect = geometry.cornerRect();
        break;
    }
    update();
}

bool HeaderItem::isOnResizeEdge(const QPointF &scenePos, double tolerance) const
{
    const QRectF rect = headerRect();
    if (m_kind == Kind::StageHeader)
        return std::abs(scenePos.x() - rect.right()) <= tolerance && scenePos.y() >= rect.top()
            && scenePos.y() <= rect.bottom();
    if (m_kind == Kind::LaneHeader)
        return std::abs(scenePos.y() - rect.bottom()) <= tolerance && scenePos.x() >= rect.left()
            && scenePos.x() <= rect.right();
    return false;
}

void HeaderItem::setHovered(bool hovered)
{
    if (m_hovered == hovered)
        return;
    m_hovered = hovered;
    update();
}

QRectF HeaderItem::boundingRect() const
{
    // Room below (stages) or right (lanes) for the shadow a header casts when it floats.
    return m_rect.adjusted(0, 0, ShadowSize, ShadowSize);
}

void HeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const JourneyRenderer &renderer = m_scene->renderer();
    const Journey &journey = m_scene->journey();
    // Floating over the map (scrolled), a header casts a soft shadow so cards pass under it.
    const bool floatsDown = m_kind != Kind::LaneHeader && pos().y() > 0;
    const bool floatsRight = m_kind != Kind::StageHeader && pos().x() > 0;
    if (floatsDown || floatsRight) {
        QColor shade = renderer.theme().cardShadow;
        shade.setAlpha(std::min(255, shade.alpha() * 2));
        if (floatsDown) {
            QLinearGradient gradient(m_rect.bottomLeft(), m_rect.bottomLeft() + QPointF(0, ShadowSize));
            gradient.setColorAt(0, shade);
            gradient.setColorAt(1, Qt::transparent);
            painter->fillRect(QRectF(m_rect.bottomLeft(), QSizeF(m_rect.width(), ShadowSize)), gradient);
        }
        if (floatsRight) {
            QLinearGradient gradient(m_rect.topRight(), m_rect.topRight() + QPointF(ShadowSize, 0));
            gradient.setColorAt(0, shade);
            gradient.setColorAt(1, Qt::transparent);
            painter->fillRect(QRectF(m_rect.topRight(), QSizeF(ShadowSize, m_rect.height())), gradient);
        }
    }
    const HeaderState state{isSelected(), m_hovered, false};
    // Header text keeps a readable size in device pixels when the map is zoomed out.
    const double scale = JourneyRenderer::painterScale(painter);
    switch (m_kind) {
    case Kind::StageHeader:
        if (const Stage *stage = journey.stages().find(stageId()))
            renderer.drawStageHeader(painter, *stage, m_rect, state, scale);
        break;
    case Kind::LaneHeader:
        if (const Lane *lane = journey.lanes().find(laneId()))
            renderer.drawLaneHeader(painter, *lane, m_rect, state, scale);
        break;
    case Kind::Corner:
        renderer.drawCorner(painter, m_rect, scale);
        break;
    }
}

} // namespace cxmap
