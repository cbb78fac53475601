#include "selecttool.h"

#include "canvas/editoperations.h"
#include "canvas/journeyscene.h"
#include "canvas/overlayitem.h"
#include "canvas/touchpointitem.h"
#include "canvas/transitionitem.h"

#include <QGraphicsSceneMouseEvent>

namespace cxmap {

SelectTool::SelectTool(QObject *parent)
    : AbstractTool(tr("Select and move"), QStringLiteral("select"), QKeySequence(Qt::Key_V), parent)
{}

void SelectTool::cancel()
{
    m_move.cancel();
    m_connect.cancel();
    m_header.cancel();
    if (m_mode == Mode::RubberBand && scene())
        scene()->overlay()->setRubberBand(std::nullopt);
    m_mode = Mode::Idle;
    m_pressedHeader = nullptr;
}

void SelectTool::mousePressed(QGraphicsSceneMouseEvent *event)
{
    JourneyScene *s = scene();
    if (m_mode != Mode::Idle)
        cancel();
    m_pressPos = event->scenePos();
    QGraphicsItem *item = s->interactiveItemAt(m_pressPos);
    if (event->button() == Qt::RightButton) {
        // The context menu acts on what was clicked: select it unless it already is.
        if (item && !item->isSelected() && item->flags() & QGraphicsItem::ItemIsSelectable) {
            s->clearSelection();
            item->setSelected(true);
        } else if (!item) {
            s->clearSelection();
        }
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (item) {
        pressItem(item, event);
        return;
    }
    // The background: a rubber band, adding to the selection with Ctrl.
    m_selectionAtPress = event->modifiers() & Qt::ControlModifier ? s->selectedItems() : QList<QGraphicsItem *>();
    if (!(event->modifiers() & Qt::ControlModifier))
        s->clearSelection();
    m_mode = Mode::RubberBand;
}

void SelectTool::pressItem(QGraphicsItem *item, QGraphicsSceneMouseEvent *event)
{
    JourneyScene *s = scene();
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item); card && card->handleContains(m_pressPos)) {
        m_connect.begin(s, card->touchpointId());
        m_mode = Mode::Connecting;
        setCursor(Qt::CrossCursor);
        return;
    }
    if (auto *header = qgraphicsitem_cast<HeaderItem *>(item)) {
        if (header->kind() == HeaderItem::Kind::Corner)
            return;
        if (!control) {
            s->clearSelection();
            header->setSelected(true);
        }
        if (!s->isReadOnly()) {
            m_pressedHeader = header;
            m_headerMode = header->isOnResizeEdge(m_pressPos, 5.0 / viewScale(event))
                ? HeaderInteraction::Mode::Resize
                : HeaderInteraction::Mode::Reorder;
            m_mode = Mode::PressedHeader;
        }
        return;
    }
    if (control) {
        item->setSelected(!item->isSelected());
        return;
    }
    if (!item->isSelected()) {
        s->clearSelection();
        item->setSelected(true);
    }
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item)) {
        m_pressedCard = card->touchpointId();
        m_mode = Mode::PressedCard;
    }
}

void SelectTool::mouseMoved(QGraphicsSceneMouseEvent *event)
{
    JourneyScene *s = scene();
    const QPointF pos = event->scenePos();
    switch (m_mode) {
    case Mode::Idle:
        updateHover(event);
        return;
    case Mode::PressedCard:
        if (!isDrag(event) || s->isReadOnly())
            return;
        m_move.begin(s, m_pressPos, s->selectedTouchpoints());
        m_mode = Mode::MovingCards;
        setCursor(Qt::ClosedHandCursor);
        m_move.update(pos);
        return;
    case Mode::MovingCards:
        m_move.update(pos);
        return;
    case Mode::RubberBand:
        updateRubberBand(pos, event->modifiers());
        return;
    case Mode::Connecting:
        m_connect.update(pos);
        return;
    case Mode::PressedHeader:
        if (m_headerMode == HeaderInteraction::Mode::Reorder && !isDrag(event))
            return;
        m_header.begin(s, m_pressedHeader, m_pressPos, m_headerMode);
        m_mode = Mode::Header;
        m_header.update(pos);
        return;
    case Mode::Header:
        m_header.update(pos);
        return;
    }
}

void SelectTool::updateRubberBand(const QPointF &scenePos, Qt::KeyboardModifiers)
{
    JourneyScene *s = scene();
    const QRectF band = QRectF(m_pressPos, scenePos).normalized();
    s->overlay()->setRubberBand(band);
    QList<QGraphicsItem *> selected = m_selectionAtPress;
    for (QGraphicsItem *item : s->items(band, Qt::IntersectsItemShape))
        if (qgraphicsitem_cast<TouchpointItem *>(item) && !selected.contains(item))
            selected.append(item);
    const QSignalBlocker blocker(s);
    s->clearSelection();
    for (QGraphicsItem *item : std::as_const(selected))
        item->setSelected(true);
}

void SelectTool::mouseReleased(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    JourneyScene *s = scene();
    switch (m_mode) {
    case Mode::MovingCards:
        m_move.finish();
        break;
    case Mode::RubberBand:
        s->overlay()->setRubberBand(std::nullopt);
        // The band changed the selection with signals blocked: announce it once.
        Q_EMIT s->selectionChanged();
        break;
    case Mode::Connecting:
        m_connect.update(event->scenePos());
        m_connect.finish();
        break;
    case Mode::Header:
        m_header.finish();
        break;
    case Mode::PressedCard:
        // A click (no drag) on a card of a larger selection selects just that card.
        if (s->selectedItems().size() > 1)
            s->select({EditTarget::touchpoint(m_pressedCard)});
        break;
    case Mode::Idle:
    case Mode::PressedHeader:
        break;
    }
    m_mode = Mode::Idle;
    m_pressedHeader = nullptr;
    m_selectionAtPress.clear();
    updateHover(event);
}

void SelectTool::mouseDoubleClicked(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    JourneyScene *s = scene();
    cancel();
    QGraphicsItem *item = s->interactiveItemAt(event->scenePos());
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item)) {
        s->select({EditTarget::touchpoint(card->touchpointId())});
        edit::renameCurrent(s);
    } else if (auto *header = qgraphicsitem_cast<HeaderItem *>(item)) {
        if (header->kind() == HeaderItem::Kind::Corner)
            return;
        s->select({header->target()});
        edit::renameCurrent(s);
    } else if (auto *arrow = qgraphicsitem_cast<TransitionItem *>(item)) {
        s->select({EditTarget::transition(arrow->transitionId())});
        edit::renameCurrent(s);
    } else if (const std::optional<Cell> cell = s->geometry().cellAt(event->scenePos())) {
        edit::addTouchpoint(s, *cell);
    }
}

} // namespace cxmap
