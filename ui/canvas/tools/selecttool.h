#pragma once

#include "abstracttool.h"
#include "connectinteraction.h"
#include "headerinteraction.h"
#include "moveinteraction.h"

#include <QList>
#include <QPointF>

namespace cxmap {

/**
 * The everyday tool: click and Ctrl+click to select, drag on the background for a rubber band,
 * drag cards to move them between cells, drag from a card's handle to connect, drag headers to
 * reorder or (by their edge) resize, double-click to rename or to add a card to an empty cell.
 */
class SelectTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit SelectTool(QObject *parent = nullptr);

    bool changesDocument() const override { return false; }
    void cancel() override;

    void mousePressed(QGraphicsSceneMouseEvent *event) override;
    void mouseMoved(QGraphicsSceneMouseEvent *event) override;
    void mouseReleased(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClicked(QGraphicsSceneMouseEvent *event) override;

private:
    enum class Mode { Idle, PressedCard, MovingCards, RubberBand, Connecting, PressedHeader, Header };

    void pressItem(QGraphicsItem *item, QGraphicsSceneMouseEvent *event);
    void updateRubberBand(const QPointF &scenePos, Qt::KeyboardModifiers modifiers);

    Mode m_mode = Mode::Idle;
    QPointF m_pressPos;
    TouchpointId m_pressedCard;
    QList<QGraphicsItem *> m_selectionAtPress;
    const HeaderItem *m_pressedHeader = nullptr;
    HeaderInteraction::Mode m_headerMode = HeaderInteraction::Mode::Reorder;
    MoveInteraction m_move;
    ConnectInteraction m_connect;
    HeaderInteraction m_header;
};

} // namespace cxmap
