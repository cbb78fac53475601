#pragma once

#include "document/change.h"
#include "model/ids.h"
#include "render/journeyrenderer.h"
#include "render/mapgeometry.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace cxmap {

class GridItem;
class JourneyDocument;
class TouchpointItem;
class TransitionItem;

/**
 * The map as a graphics scene, built from the document and kept in step with its changed()
 * signal. Items are thin: they ask the scene for geometry and draw through the shared renderer.
 */
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit JourneyScene(JourneyDocument *document, QObject *parent = nullptr);
    ~JourneyScene() override;

    JourneyDocument *document() const { return m_document; }
    const MapGeometry &geometry() const { return *m_geometry; }
    const JourneyRenderer &renderer() const { return *m_renderer; }

    void setTheme(const RenderTheme &theme);
    void setScores(const QHash<TouchpointId, CardScore> &scores);

    TouchpointItem *touchpointItem(TouchpointId id) const { return m_touchpointItems.value(id); }
    TransitionItem *transitionItem(TransitionId id) const { return m_transitionItems.value(id); }

private:
    void onChanged(const Change &change);
    void rebuild();
    void relayout();
    void addTouchpointItem(TouchpointId id);
    void addTransitionItem(TransitionId id);
    void updateTransitionsOf(TouchpointId id);

    JourneyDocument *m_document;
    RenderTheme m_theme;
    std::unique_ptr<MapGeometry> m_geometry;
    std::unique_ptr<JourneyRenderer> m_renderer;
    GridItem *m_grid = nullptr;
    QHash<TouchpointId, TouchpointItem *> m_touchpointItems;
    QHash<TransitionId, TransitionItem *> m_transitionItems;
};

} // namespace cxmap
