#include "headerinteraction.h"

#include "canvas/journeyscene.h"
#include "canvas/overlayitem.h"
#include "commands/bandcommands.h"
#include "document/journeydocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cmath>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::HeaderInteraction", text);
}

} // namespace

void HeaderInteraction::begin(JourneyScene *scene, const HeaderItem *header, const QPointF &pressPos,
                              Mode mode)
{
    m_scene = scene;
    m_kind = header->kind();
    m_id = header->id();
    m_mode = mode;
    m_pressPos = pressPos;
    m_headerRect = header->headerRect();
    m_dropIndex = -1;
    const Journey &journey = scene->journey();
    m_originalExtent = isStage() ? journey.stages().find(StageId(m_id))->extent
                                 : journey.lanes().find(LaneId(m_id))->extent;
}

void HeaderInteraction::update(const QPointF &scenePos)
{
    if (!m_scene)
        return;
    if (m_mode == Mode::Resize)
        resizeTo(scenePos);
    else
        showDrop(scenePos);
}

void HeaderInteraction::resizeTo(const QPointF &scenePos)
{
    const MapGeometry &geometry = m_scene->geometry();
    const double start = isStage() ? geometry.stageColumn(StageId(m_id)).left()
                                   : geometry.laneRow(LaneId(m_id)).top();
    const double edge = isStage() ? scenePos.x() : scenePos.y();
    const double extent = std::max(MinimumBandExtent, std::round((edge - start) / 5.0) * 5.0);
    const QRectF bounds = geometry.bounds();
    const double at = start + extent;
    m_scene->overlay()->setDropIndicator(isStage() ? QLineF(at, 0, at, bounds.bottom())
                                                   : QLineF(0, at, bounds.right(), at));
    JourneyDocument *document = m_scene->document();
    if (isStage()) {
        Stage stage = *m_scene->journey().stages().find(StageId(m_id));
        if (stage.extent == extent)
            return;
        stage.extent = extent;
        m_macro.push(document->undoStack(), tr("Resize stage"),
                     new ChangeStageCommand(document, stage, tr("Resize stage"), MergeId::ResizeStage));
    } else {
        Lane lane = *m_scene->journey().lanes().find(LaneId(m_id));
        if (lane.extent == extent)
            return;
        lane.extent = extent;
        m_macro.push(document->undoStack(), tr("Resize lane"),
                     new ChangeLaneCommand(document, lane, tr("Resize lane"), MergeId::ResizeLane));
    }
}

void HeaderInteraction::showDrop(const QPointF &scenePos)
{
    const MapGeometry &geometry = m_scene->geometry();
    const QRectF bounds = geometry.bounds();
    const QPointF delta = scenePos - m_pressPos;
    if (isStage()) {
        m_dropIndex = geometry.stageInsertionIndex(scenePos.x());
        const double x = geometry.stageInsertionEdge(m_dropIndex);
        m_scene->overlay()->setDropIndicator(QLineF(x, m_headerRect.top(), x, bounds.bottom()));
        m_scene->overlay()->setBandGhost(m_headerRect.translated(delta.x(), 0));
    } else {
        m_dropIndex = geometry.laneInsertionIndex(scenePos.y());
        const double y = geometry.laneInsertionEdge(m_dropIndex);
        m_scene->overlay()->setDropIndicator(QLineF(m_headerRect.left(), y, bounds.right(), y));
        m_scene->overlay()->setBandGhost(m_headerRect.translated(0, delta.y()));
    }
}

void HeaderInteraction::finish()
{
    if (!m_scene)
        return;
    JourneyScene *scene = m_scene;
    if (m_mode == Mode::Resize) {
        const Journey &journey = scene->journey();
        const double extent = isStage() ? journey.stages().find(StageId(m_id))->extent
                                        : journey.lanes().find(LaneId(m_id))->extent;
        m_macro.close(extent != m_originalExtent);
    } else if (m_dropIndex >= 0) {
        JourneyDocument *document = scene->document();
        const qsizetype from = isStage() ? scene->journey().stages().indexOf(StageId(m_id))
                                         : scene->journey().lanes().indexOf(LaneId(m_id));
        // The drop index counts gaps in the current order; the band's own gap does not move it.
        const qsizetype to = m_dropIndex > from ? m_dropIndex - 1 : m_dropIndex;
        if (to != from) {
            if (isStage())
                document->undoStack()->push(new MoveStageCommand(document, StageId(m_id), to));
            else
                document->undoStack()->push(new MoveLaneCommand(document, LaneId(m_id), to));
        }
    }
    clearOverlay();
    m_scene = nullptr;
}

void HeaderInteraction::cancel()
{
    if (!m_scene)
        return;
    m_macro.close(false);
    clearOverlay();
    m_scene = nullptr;
}

void HeaderInteraction::clearOverlay()
{
    m_scene->overlay()->setDropIndicator(std::nullopt);
    m_scene->overlay()->setBandGhost(std::nullopt);
}

} // namespace cxmap
