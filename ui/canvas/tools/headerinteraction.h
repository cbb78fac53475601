#pragma once

#include "canvas/headeritem.h"
#include "dragmacro.h"

#include <QPointF>

namespace cxmap {

class JourneyScene;

/**
 * Dragging a stage or lane header: by its far edge it resizes the band (one undo step per drag,
 * through the mergeable ChangeStageCommand / ChangeLaneCommand); by its body it reorders the
 * bands, with a marker where the band would drop (one MoveStageCommand / MoveLaneCommand).
 */
class HeaderInteraction
{
public:
    enum class Mode { Reorder, Resize };

    void begin(JourneyScene *scene, const HeaderItem *header, const QPointF &pressPos, Mode mode);
    bool isActive() const { return m_scene != nullptr; }
    Mode mode() const { return m_mode; }
    void update(const QPointF &scenePos);
    void finish();
    void cancel();

private:
    bool isStage() const { return m_kind == HeaderItem::Kind::StageHeader; }
    void resizeTo(const QPointF &scenePos);
    void showDrop(const QPointF &scenePos);
    void clearOverlay();

    JourneyScene *m_scene = nullptr;
    HeaderItem::Kind m_kind = HeaderItem::Kind::StageHeader;
    qint64 m_id = 0;
    Mode m_mode = Mode::Reorder;
    QPointF m_pressPos;
    QRectF m_headerRect;
    double m_originalExtent = 0;
    qsizetype m_dropIndex = -1;
    DragMacro m_macro;
};

} // namespace cxmap
