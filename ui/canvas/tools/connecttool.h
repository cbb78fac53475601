#pragma once

#include "abstracttool.h"
#include "connectinteraction.h"

namespace cxmap {

/** Connects cards: drag from anywhere on a card to another card. */
class ConnectTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit ConnectTool(QObject *parent = nullptr);

    void activate(JourneyScene *scene) override;
    void cancel() override;
    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClicked(QGraphicsSceneMouseEvent *event) override;

private:
    ConnectInteraction m_connect;
};

} // namespace cxmap
