#pragma once

#include "itemtypes.h"

#include <QLineF>
#include <QList>
#include <QRectF>

#include <optional>
#include <utility>

namespace cxmap {

class JourneyScene;

/**
 * What the tools show while they work — the rubber band, the connection being dragged, where a
 * stage or lane would drop, the cells that dragged cards would join — above everything else.
 * Tools set its parts; it hides itself when none is set.
 */
class OverlayItem : public QGraphicsItem
{
public:
    enum { Type = OverlayItemType };

    explicit OverlayItem(JourneyScene *scene);

    int type() const override { return Type; }

    void setRubberBand(const std::optional<QRectF> &rect);
    void setConnection(const std::optional<std::pair<QPointF, QPointF>> &line, bool valid);
    void setDropIndicator(const std::optional<QLineF> &line);
    void setTargetCells(const QList<QRectF> &cells);
    void setBandGhost(const std::optional<QRectF> &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void changed();

    JourneyScene *m_scene;
    std::optional<QRectF> m_rubberBand;
    std::optional<std::pair<QPointF, QPointF>> m_connection;
    bool m_connectionValid = false;
    std::optional<QLineF> m_dropIndicator;
    QList<QRectF> m_targetCells;
    std::optional<QRectF> m_bandGhost;
    QRectF m_bounds;
};

} // namespace cxmap
