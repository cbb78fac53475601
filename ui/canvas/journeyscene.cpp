#include "journeyscene.h"

#include "document/journeydocument.h"
#include "griditem.h"
#include "touchpointitem.h"
#include "transitionitem.h"

namespace cxmap {

JourneyScene::JourneyScene(JourneyDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(RenderTheme::light())
{
    connect(document, &JourneyDocument::changed, this, &JourneyScene::onChanged);
    rebuild();
}

JourneyScene::~JourneyScene()
{
    // Items refer to the renderer while they are destroyed with the scene: remove them first.
    clear();
}

void JourneyScene::setTheme(const RenderTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    rebuild();
}

void JourneyScene::setScores(const QHash<TouchpointId, CardScore> &scores)
{
    m_renderer->setScores(scores);
    update();
}

void JourneyScene::rebuild()
{
    QHash<TouchpointId, CardScore> scores;
    if (m_renderer)
        scores = m_renderer->scores();
    clear();
    m_touchpointItems.clear();
    m_transitionItems.clear();
    m_geometry = std::make_unique<MapGeometry>(m_document->journey());
    m_renderer = std::make_unique<JourneyRenderer>(m_document->journey(), *m_geometry, m_theme);
    m_renderer->setScores(scores);

    m_grid = new GridItem(this);
    addItem(m_grid);
    for (const Touchpoint &touchpoint : m_document->journey().touchpoints())
        addTouchpointItem(touchpoint.id);
    for (const Transition &transition : m_document->journey().transitions())
        addTransitionItem(transition.id);
    setSceneRect(m_geometry->bounds().adjusted(-40, -40, 40, 120));
}

void JourneyScene::relayout()
{
    m_geometry = std::make_unique<MapGeometry>(m_document->journey());
    const QHash<TouchpointId, CardScore> scores = m_renderer->scores();
    m_renderer = std::make_unique<JourneyRenderer>(m_document->journey(), *m_geometry, m_theme);
    m_renderer->setScores(scores);
    m_grid->updateGeometry();
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->updateGeometry();
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateGeometry();
    setSceneRect(m_geometry->bounds().adjusted(-40, -40, 40, 120));
}

void JourneyScene::addTouchpointItem(TouchpointId id)
{
    auto *item = new TouchpointItem(this, id);
    addItem(item);
    m_touchpointItems.insert(id, item);
}

void JourneyScene::addTransitionItem(TransitionId id)
{
    auto *item = new TransitionItem(this, id);
    addItem(item);
    m_transitionItems.insert(id, item);
}

void JourneyScene::updateTransitionsOf(TouchpointId id)
{
    for (TransitionId transition : m_document->journey().transitionsOf(id))
        if (TransitionItem *item = m_transitionItems.value(transition))
            item->updateGeometry();
}

void JourneyScene::onChanged(const Change &change)
{
    using Kind = Change::Kind;
    switch (change.kind) {
    case Kind::Reset:
        rebuild();
        break;
    case Kind::StageAdded:
    case Kind::StageRemoved:
    case Kind::StageChanged:
    case Kind::StageMoved:
    case Kind::LaneAdded:
    case Kind::LaneRemoved:
    case Kind::LaneChanged:
    case Kind::LaneMoved:
        relayout();
        break;
    case Kind::TouchpointAdded:
        addTouchpointItem(TouchpointId(change.id));
        break;
    case Kind::TouchpointRemoved:
        delete m_touchpointItems.take(TouchpointId(change.id));
        break;
    case Kind::TouchpointChanged:
        if (TouchpointItem *item = m_touchpointItems.value(TouchpointId(change.id)))
            item->updateGeometry();
        if (change.properties & (Change::Property::Cell | Change::Property::Position))
            updateTransitionsOf(TouchpointId(change.id));
        break;
    case Kind::TransitionAdded:
        addTransitionItem(TransitionId(change.id));
        break;
    case Kind::TransitionRemoved:
        delete m_transitionItems.take(TransitionId(change.id));
        break;
    case Kind::TransitionChanged:
        if (TransitionItem *item = m_transitionItems.value(TransitionId(change.id)))
            item->updateGeometry();
        break;
    case Kind::JourneyProperties:
    case Kind::Measurements:
        break;
    }
}

} // namespace cxmap
