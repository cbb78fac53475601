#include "abstracttool.h"

#include "canvas/headeritem.h"
#include "canvas/journeyscene.h"
#include "canvas/keyboardnavigation.h"
#include "canvas/touchpointitem.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>

namespace cxmap {

AbstractTool::AbstractTool(const QString &name, const QString &iconName,
                           const QKeySequence &shortcut, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_iconName(iconName)
    , m_shortcut(shortcut)
{}

void AbstractTool::activate(JourneyScene *scene)
{
    m_scene = scene;
    setCursor(Qt::ArrowCursor);
}

void AbstractTool::deactivate()
{
    cancel();
    if (m_scene)
        m_scene->setHoveredItem(nullptr);
    m_scene = nullptr;
}

void AbstractTool::mouseDoubleClicked(QGraphicsSceneMouseEvent *event)
{
    mousePressed(event);
}

void AbstractTool::keyPressed(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        m_scene->select({});
        event->accept();
        return;
    }
    if (navigation::handleKey(m_scene, event))
        event->accept();
}

void AbstractTool::setCursor(const QCursor &cursor)
{
    if (m_scene)
        m_scene->setToolCursor(cursor);
}

void AbstractTool::setStatusInfo(const QString &text)
{
    if (m_scene)
        m_scene->setStatusInfo(text);
}

void AbstractTool::updateHover(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    QGraphicsItem *item = m_scene->interactiveItemAt(pos);
    m_scene->setHoveredItem(item);
    if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item)) {
        setCursor(card->handleContains(pos) ? Qt::CrossCursor : Qt::ArrowCursor);
        setStatusInfo(card->handleContains(pos) ? tr("Drag to another card to connect them")
                                                : tr("Drag to move; double-click or F2 to rename"));
        return;
    }
    if (auto *header = qgraphicsitem_cast<HeaderItem *>(item);
        header && header->kind() != HeaderItem::Kind::Corner && !m_scene->isReadOnly()) {
        if (header->isOnResizeEdge(pos, 5.0 / viewScale(event))) {
            setCursor(header->kind() == HeaderItem::Kind::StageHeader ? Qt::SplitHCursor : Qt::SplitVCursor);
            setStatusInfo(tr("Drag to resize"));
        } else {
            setCursor(Qt::ArrowCursor);
            setStatusInfo(tr("Drag to reorder; double-click or F2 to rename"));
        }
        return;
    }
    setCursor(Qt::ArrowCursor);
    setStatusInfo(QString());
}

double AbstractTool::viewScale(const QGraphicsSceneMouseEvent *event)
{
    QWidget *viewport = event->widget();
    auto *view = viewport ? qobject_cast<QGraphicsView *>(viewport->parentWidget()) : nullptr;
    return view ? std::max(0.01, view->transform().m11()) : 1.0;
}

bool AbstractTool::isDrag(const QGraphicsSceneMouseEvent *event)
{
    const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    return moved.manhattanLength() >= QApplication::startDragDistance();
}

} // namespace cxmap
