#include "connectinteraction.h"

#include "canvas/editoperations.h"
#include "canvas/journeyscene.h"
#include "canvas/overlayitem.h"
#include "canvas/touchpointitem.h"
#include "render/editordecorations.h"

#include <QCoreApplication>

namespace cxmap {

void ConnectInteraction::begin(JourneyScene *scene, TouchpointId from)
{
    m_scene = scene;
    m_from = from;
    if (TouchpointItem *item = scene->touchpointItem(from))
        m_last = EditorDecorations::connectHandleRect(item->cardRect()).center();
}

TouchpointId ConnectInteraction::targetAt(const QPointF &scenePos) const
{
    auto *card = qgraphicsitem_cast<TouchpointItem *>(m_scene->interactiveItemAt(scenePos));
    if (!card || card->touchpointId() == m_from)
        return {};
    return card->touchpointId();
}

void ConnectInteraction::update(const QPointF &scenePos)
{
    if (!m_scene)
        return;
    m_last = scenePos;
    TouchpointItem *source = m_scene->touchpointItem(m_from);
    if (!source)
        return;
    const TouchpointId target = targetAt(scenePos);
    QPointF end = scenePos;
    if (TouchpointItem *item = target.isValid() ? m_scene->touchpointItem(target) : nullptr) {
        const QRectF rect = item->cardRect();
        end = QPointF(rect.center().x() < source->cardRect().center().x() ? rect.right() : rect.left(),
                      rect.center().y());
    }
    m_scene->setHoveredItem(target.isValid() ? m_scene->touchpointItem(target) : nullptr);
    m_scene->overlay()->setConnection(
        std::pair(EditorDecorations::connectHandleRect(source->cardRect()).center(), end), target.isValid());
    const Touchpoint *to = target.isValid() ? m_scene->journey().touchpoints().find(target) : nullptr;
    m_scene->setStatusInfo(to ? QCoreApplication::translate("cxmap", "Release to connect to “%1”").arg(to->name)
                              : QCoreApplication::translate("cxmap", "Drag onto the card to connect to; Esc cancels"));
}

bool ConnectInteraction::finish()
{
    if (!m_scene)
        return false;
    JourneyScene *scene = m_scene;
    const TouchpointId target = targetAt(m_last);
    cancel();
    return target.isValid() && edit::connect(scene, m_from, target);
}

void ConnectInteraction::cancel()
{
    if (!m_scene)
        return;
    m_scene->overlay()->setConnection(std::nullopt, false);
    m_scene->setStatusInfo(QString());
    m_scene = nullptr;
}

} // namespace cxmap
