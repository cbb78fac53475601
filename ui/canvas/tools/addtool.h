#pragma once

#include "abstracttool.h"

namespace cxmap {

/** Adds touchpoints: click in a cell to put a new card there and name it. */
class AddTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit AddTool(QObject *parent = nullptr);

    void activate(JourneyScene *scene) override;
    void cancel() override;
    void mouseLeft() override { cancel(); }
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;
};

} // namespace cxmap
