#pragma once

#include "document/change.h"
#include "document/edittarget.h"
#include "model/ids.h"
#include "render/editordecorations.h"
#include "render/journeyrenderer.h"
#include "render/mapgeometry.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace cxmap {

class AbstractTool;
class EditorState;
class HeaderItem;
class JourneyDocument;
class OverlayItem;
class TouchpointItem;
class TransitionItem;

/**
 * The map as a graphics scene, built from the document and kept in step with its changed()
 * signal. Items are thin: they ask the scene for geometry and draw through the shared renderer.
 * Mouse and key events go to the active tool (as in Tiled's MapScene); items hold no mouse logic.
 */
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /**
     * The scene of the state's document, built once in `theme` (opening a large map lays it out
     * a single time). It follows the state: selection, read-only flag, scores, spotlight and the
     * smallest share shown; it does not own it.
     */
    explicit JourneyScene(EditorState *state, const RenderTheme &theme = RenderTheme::light(),
                          QObject *parent = nullptr);
    ~JourneyScene() override;

    EditorState *state() const { return m_state; }
    JourneyDocument *document() const;
    const Journey &journey() const;
    const MapGeometry &geometry() const { return *m_geometry; }
    const JourneyRenderer &renderer() const { return *m_renderer; }
    const EditorDecorations &decorations() const { return *m_decorations; }

    void setTheme(const RenderTheme &theme);
    const RenderTheme &theme() const { return m_theme; }

    /** The state's read-only flag: a read-only scene selects and inspects but changes nothing. */
    bool isReadOnly() const;

    void setTool(AbstractTool *tool);
    AbstractTool *tool() const { return m_tool; }

    TouchpointItem *touchpointItem(TouchpointId id) const { return m_touchpointItems.value(id); }
    TransitionItem *transitionItem(TransitionId id) const { return m_transitionItems.value(id); }
    HeaderItem *stageHeaderItem(StageId id) const { return m_stageHeaders.value(id); }
    HeaderItem *laneHeaderItem(LaneId id) const { return m_laneHeaders.value(id); }
    OverlayItem *overlay() const { return m_overlay; }

    /** The topmost header, card or arrow under a scene point (not the background). */
    QGraphicsItem *interactiveItemAt(const QPointF &scenePos) const;
    /** The scene rectangle of what a target shows: card, arrow label, header. */
    QRectF targetRect(const EditTarget &target) const;

    // The state's selection, by ID (shortcuts for the tools). Lists are in journey order.
    QList<TouchpointId> selectedTouchpoints() const;
    QList<TransitionId> selectedTransitions() const;
    std::optional<StageId> selectedStage() const;
    std::optional<LaneId> selectedLane() const;
    /** The one selected thing, or None when nothing or several things are selected. */
    EditTarget currentTarget() const;
    void select(const QList<EditTarget> &targets);
    void selectTouchpoints(const QList<TouchpointId> &ids);

    /** Whether the state's spotlight marks the touchpoint. */
    bool isSpotlit(TouchpointId id) const;
    /** Whether the card is hovered or selected, so its arrows light up with it. */
    bool isCardInFocus(TouchpointId id) const;

    /** Hover feedback: the card, arrow or header under the mouse. */
    void setHoveredItem(QGraphicsItem *item);
    QGraphicsItem *hoveredItem() const { return m_hovered; }

    /**
     * While the view zooms, arrows are drawn without anti-aliasing — several times faster on a
     * large map — and drawn smooth again once the zoom settles.
     */
    void setZooming(bool zooming);

    /** Sticky headers: the part of the scene the view shows. */
    void setVisibleArea(const QRectF &area);
    QRectF visibleArea() const { return m_visibleArea; }

    // Requests to the view, which owns the in-place editor and the scroll position.
    void requestRename(const EditTarget &target) { Q_EMIT renameRequested(target); }
    void requestReveal(const QRectF &sceneRect) { Q_EMIT revealRequested(sceneRect); }
    void setToolCursor(const QCursor &cursor) { Q_EMIT cursorChanged(cursor); }
    void setStatusInfo(const QString &text) { Q_EMIT statusInfoChanged(text); }

    /** Routes the arrows and places their labels now rather than on the next turn of the event loop. */
    void layoutArrowsNow();
    /** Repaints the cached background layer under `rect` (a card or an arrow moved). */
    void invalidateMap(const QRectF &rect);

    /** What the background layer draws: drawMap() without the headers, which are items. */
    MapOptions mapOptions(const QRectF &exposed) const;

Q_SIGNALS:
    void renameRequested(const cxmap::EditTarget &target);
    void revealRequested(const QRectF &sceneRect);
    void cursorChanged(const QCursor &cursor);
    void statusInfoChanged(const QString &text);
    void readOnlyChanged(bool readOnly);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    /**
     * The map itself — lane bands, grid, every arrow and every card in its plain state, drawn
     * by JourneyRenderer::drawMap() — as the layer the view caches (CacheBackground), so a
     * repaint of thousands of cards and arrows is a copy. Items draw only what stands out
     * (selection, hover, lit arrows) on top, and the sticky headers.
     */
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void onChanged(const Change &change);
    void rebuild();
    void relayout();
    void makeRenderer();
    void syncHeaders();
    void applyStickyOffsets();
    void addTouchpointItem(TouchpointId id);
    void addTransitionItem(TransitionId id);
    void scheduleArrows();
    void applySelection();
    void takeSelectionFromItems();
    void onScoresChanged();
    void onSpotlightChanged();
    void updateCards();
    void updateSceneRect();

    EditorState *m_state;
    RenderTheme m_theme;
    std::unique_ptr<MapGeometry> m_geometry;
    std::unique_ptr<JourneyRenderer> m_renderer;
    std::unique_ptr<EditorDecorations> m_decorations;
    AbstractTool *m_tool = nullptr;
    bool m_zooming = false;
    /** Selection being copied between the items and the state: do not copy it back. */
    bool m_syncingSelection = false;
    HeaderItem *m_corner = nullptr;
    OverlayItem *m_overlay = nullptr;
    QGraphicsItem *m_hovered = nullptr;
    QHash<StageId, HeaderItem *> m_stageHeaders;
    QHash<LaneId, HeaderItem *> m_laneHeaders;
    QHash<TouchpointId, TouchpointItem *> m_touchpointItems;
    QHash<TransitionId, TransitionItem *> m_transitionItems;
    QRectF m_visibleArea;
    QTimer *m_arrowTimer;
};

} // namespace cxmap
