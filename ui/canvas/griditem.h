#pragma once

#include <QGraphicsItem>

namespace cxmap {

class JourneyScene;

/** The grid under the cards: lane bands, column lines, and the stage and lane headers. */
class GridItem : public QGraphicsItem
{
public:
    explicit GridItem(JourneyScene *scene);

    void updateGeometry();
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    JourneyScene *m_scene;
    QRectF m_bounds;
};

} // namespace cxmap
