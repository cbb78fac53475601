#pragma once

#include "document/edittarget.h"
#include "itemtypes.h"

namespace cxmap {

class JourneyScene;

/**
 * A stage header (above its column), a lane header (left of its row) or the corner where they
 * meet. Headers stay in view while the map scrolls: the scene moves them to the visible edge.
 */
class HeaderItem : public QGraphicsItem
{
public:
    enum { Type = HeaderItemType };
    enum class Kind { StageHeader, LaneHeader, Corner };

    HeaderItem(JourneyScene *scene, Kind kind, qint64 id);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    StageId stageId() const { return StageId(m_kind == Kind::StageHeader ? m_id : 0); }
    LaneId laneId() const { return LaneId(m_kind == Kind::LaneHeader ? m_id : 0); }
    EditTarget target() const;

    /** The header as shown, in scene coordinates (its sticky offset included). */
    QRectF headerRect() const { return m_rect.translated(pos()); }
    /** True when `scenePos` is on the edge that resizes the band (right or bottom). */
    bool isOnResizeEdge(const QPointF &scenePos, double tolerance) const;

    void updateGeometry();
    void setHovered(bool hovered);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static constexpr double ShadowSize = 6.0;

    JourneyScene *m_scene;
    Kind m_kind;
    qint64 m_id;
    QRectF m_rect;
    bool m_hovered = false;
};

} // namespace cxmap
