#pragma once

#include "model/ids.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace cxmap {

class JourneyScene;

/** One transition arrow between two cards. */
class TransitionItem : public QGraphicsItem
{
public:
    TransitionItem(JourneyScene *scene, TransitionId id);

    TransitionId transitionId() const { return m_id; }
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    JourneyScene *m_scene;
    TransitionId m_id;
    QRectF m_from;
    QRectF m_to;
    QPainterPath m_path;
};

} // namespace cxmap
