#include "journeyscene.h"

#include "analysis/stagecurve.h"
#include "document/editorstate.h"
#include "document/journeydocument.h"
#include "headeritem.h"
#include "overlayitem.h"
#include "render/experiencelanepainter.h"
#include "tools/abstracttool.h"
#include "touchpointitem.h"
#include "transitionitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <algorithm>

namespace cxmap {

namespace {
// The experience lane's height in the editor: the curve readable beside lanes of about 90.
constexpr double ExperienceLaneHeight = 170.0;
} // namespace

JourneyScene::JourneyScene(EditorState *state, const RenderTheme &theme, QObject *parent)
    : QGraphicsScene(parent)
    , m_state(state)
    , m_theme(theme)
    , m_arrowTimer(new QTimer(this))
{
    // Many edits arrive as a burst of changes (a paste, an undo of a tidy, a drag): the arrows
    // are routed together once, after the burst.
    m_arrowTimer->setSingleShot(true);
    m_arrowTimer->setInterval(0);
    connect(m_arrowTimer, &QTimer::timeout, this, &JourneyScene::layoutArrowsNow);
    connect(document(), &JourneyDocument::changed, this, &JourneyScene::onChanged);
    connect(state, &EditorState::selectionChanged, this, &JourneyScene::applySelection);
    connect(this, &QGraphicsScene::selectionChanged, this, &JourneyScene::takeSelectionFromItems);
    connect(state, &EditorState::readOnlyChanged, this, [this](bool readOnly) {
        updateCards();
        Q_EMIT readOnlyChanged(readOnly);
    });
    connect(state, &EditorState::scoresChanged, this, &JourneyScene::onScoresChanged);
    connect(state, &EditorState::spotlightChanged, this, &JourneyScene::onSpotlightChanged);
    connect(state, &EditorState::minimumShareChanged, this, &JourneyScene::scheduleArrows);
    // The lane changes the map's height: everything below the grid moves.
    connect(state, &EditorState::experienceLaneShownChanged, this, &JourneyScene::rebuild);
    // The curve is drawn from the findings, in the cached background.
    connect(state, &EditorState::findingsChanged, this, [this] {
        if (m_geometry->hasExperienceLane())
            invalidate(sceneRect(), BackgroundLayer);
    });
    setBackgroundBrush(m_theme.background);
    rebuild();
}

JourneyScene::~JourneyScene()
{
    if (m_tool)
        m_tool->deactivate();
    // Items refer to the renderer while they are destroyed with the scene: remove them first.
    m_hovered = nullptr;
    m_syncingSelection = true;
    clear();
}

JourneyDocument *JourneyScene::document() const
{
    return m_state->document();
}

const Journey &JourneyScene::journey() const
{
    return document()->journey();
}

bool JourneyScene::isReadOnly() const
{
    return m_state->isReadOnly();
}

void JourneyScene::setTheme(const RenderTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    relayout();
}

void JourneyScene::onScoresChanged()
{
    m_renderer->setScores(m_state->scores());
    // The cards (and their score colours) are in the cached background.
    invalidate(sceneRect(), BackgroundLayer);
    updateCards();
}

void JourneyScene::onSpotlightChanged()
{
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateContentsFlag();
    invalidate(sceneRect(), BackgroundLayer);
    updateCards();
}

void JourneyScene::updateCards()
{
    // Cards cache their drawing (DeviceCoordinateCache): a scene update() alone would not reach it.
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->update();
}

void JourneyScene::setTool(AbstractTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool)
        m_tool->activate(this);
}

void JourneyScene::makeRenderer()
{
    // The renderer refers to the geometry: replace the renderer first, then the geometry.
    MapMetrics metrics;
    if (m_state->experienceLaneShown())
        metrics.experienceLaneHeight = ExperienceLaneHeight;
    auto geometry = std::make_unique<MapGeometry>(journey(), metrics);
    auto renderer = std::make_unique<JourneyRenderer>(journey(), *geometry, m_theme);
    renderer->setScores(m_state->scores());
    m_renderer = std::move(renderer);
    m_geometry = std::move(geometry);
    m_renderer->layoutArrows(m_state->minimumShare());
    m_renderer->updateWorkshop();
    m_decorations = std::make_unique<EditorDecorations>(m_theme);
}

void JourneyScene::rebuild()
{
    if (m_tool)
        m_tool->cancel();
    m_hovered = nullptr;
    m_syncingSelection = true;
    clear();
    m_syncingSelection = false;
    m_stageHeaders.clear();
    m_laneHeaders.clear();
    m_touchpointItems.clear();
    m_transitionItems.clear();
    makeRenderer();

    m_corner = new HeaderItem(this, HeaderItem::Kind::Corner, 0);
    addItem(m_corner);
    syncHeaders();
    for (const Touchpoint &touchpoint : journey().touchpoints())
        addTouchpointItem(touchpoint.id);
    for (const Transition &transition : journey().transitions())
        addTransitionItem(transition.id);
    m_overlay = new OverlayItem(this);
    addItem(m_overlay);
    updateSceneRect();
    applyStickyOffsets();
    invalidate(sceneRect(), BackgroundLayer);
    applySelection();
}

void JourneyScene::relayout()
{
    makeRenderer();
    m_corner->updateGeometry();
    syncHeaders();
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->updateGeometry();
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->syncRoute();
    updateSceneRect();
    applyStickyOffsets();
    invalidate(sceneRect(), BackgroundLayer);
    update();
}

void JourneyScene::updateSceneRect()
{
    // Room around the map to drop cards past its edge and to scroll the last lane into view;
    // the same on every side, so a map smaller than the view sits in its middle.
    setSceneRect(m_geometry->bounds().adjusted(-160, -160, 160, 160));
}

void JourneyScene::syncHeaders()
{
    for (auto it = m_stageHeaders.begin(); it != m_stageHeaders.end();) {
        if (!journey().stages().contains(it.key())) {
            if (m_hovered == *it)
                m_hovered = nullptr;
            delete *it;
            it = m_stageHeaders.erase(it);
        } else {
            (*it)->updateGeometry();
            ++it;
        }
    }
    for (auto it = m_laneHeaders.begin(); it != m_laneHeaders.end();) {
        if (!journey().lanes().contains(it.key())) {
            if (m_hovered == *it)
                m_hovered = nullptr;
            delete *it;
            it = m_laneHeaders.erase(it);
        } else {
            (*it)->updateGeometry();
            ++it;
        }
    }
    for (const Stage &stage : journey().stages()) {
        if (!m_stageHeaders.contains(stage.id)) {
            auto *item = new HeaderItem(this, HeaderItem::Kind::StageHeader, stage.id.value());
            addItem(item);
            m_stageHeaders.insert(stage.id, item);
        }
    }
    for (const Lane &lane : journey().lanes()) {
        if (!m_laneHeaders.contains(lane.id)) {
            auto *item = new HeaderItem(this, HeaderItem::Kind::LaneHeader, lane.id.value());
            addItem(item);
            m_laneHeaders.insert(lane.id, item);
        }
    }
}

void JourneyScene::setZooming(bool zooming)
{
    if (zooming == m_zooming)
        return;
    m_zooming = zooming;
    // The next frame at a new zoom redraws the background anyway; settling redraws it smooth.
    if (!zooming)
        invalidate(sceneRect(), BackgroundLayer);
}

void JourneyScene::setVisibleArea(const QRectF &area)
{
    m_visibleArea = area;
    applyStickyOffsets();
}

void JourneyScene::applyStickyOffsets()
{
    if (!m_geometry)
        return;
    // Headers stick to the top and left edges of the view while the map scrolls under them.
    const QRectF bounds = m_geometry->bounds();
    const MapMetrics &metrics = m_geometry->metrics();
    const double dy = m_visibleArea.isValid()
        ? std::clamp(m_visibleArea.top(), 0.0, std::max(0.0, bounds.bottom() - 2 * metrics.stageHeaderHeight))
        : 0.0;
    const double dx = m_visibleArea.isValid()
        ? std::clamp(m_visibleArea.left(), 0.0, std::max(0.0, bounds.right() - 2 * metrics.laneHeaderWidth))
        : 0.0;
    for (HeaderItem *item : std::as_const(m_stageHeaders))
        item->setPos(0, dy);
    for (HeaderItem *item : std::as_const(m_laneHeaders))
        item->setPos(dx, 0);
    if (m_corner) {
        m_corner->setPos(dx, dy);
        // An empty map shows its hint, not a lone corner.
        m_corner->setVisible(!journey().stages().isEmpty() || !journey().lanes().isEmpty());
    }
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

void JourneyScene::scheduleArrows()
{
    m_arrowTimer->start();
}

void JourneyScene::layoutArrowsNow()
{
    m_arrowTimer->stop();
    m_renderer->layoutArrows(m_state->minimumShare());
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->syncRoute();
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
        invalidateMap(m_touchpointItems.value(TouchpointId(change.id))->boundingRect());
        scheduleArrows();
        break;
    case Kind::TouchpointRemoved:
        if (TouchpointItem *item = m_touchpointItems.take(TouchpointId(change.id))) {
            if (m_hovered == item)
                m_hovered = nullptr;
            invalidateMap(item->boundingRect());
            delete item;
        }
        scheduleArrows();
        break;
    case Kind::TouchpointChanged: {
        const TouchpointId id(change.id);
        if (TouchpointItem *item = m_touchpointItems.value(id))
            item->updateGeometry();
        if (change.properties & (Change::Property::Cell | Change::Property::Position))
            scheduleArrows();
        break;
    }
    case Kind::TransitionAdded:
        addTransitionItem(TransitionId(change.id));
        scheduleArrows();
        break;
    case Kind::TransitionRemoved:
        if (TransitionItem *item = m_transitionItems.take(TransitionId(change.id))) {
            if (m_hovered == item)
                m_hovered = nullptr;
            // The arrow is drawn in the cached background: take it out of there too.
            invalidateMap(item->boundingRect());
            delete item;
        }
        scheduleArrows();
        break;
    case Kind::TransitionChanged:
        if (TransitionItem *item = m_transitionItems.value(TransitionId(change.id))) {
            item->syncEnds();
            item->update();
        }
        scheduleArrows();
        break;
    case Kind::JourneyProperties:
        m_corner->update();
        break;
    case Kind::Measurements:
        break;
    case Kind::Workshop:
        // Vote and note marks are on the cards, in the cached background.
        m_renderer->updateWorkshop();
        if (TouchpointItem *item = m_touchpointItems.value(TouchpointId(change.id))) {
            invalidateMap(item->boundingRect());
            item->update();
        } else {
            invalidate(sceneRect(), BackgroundLayer);
        }
        break;
    }
}

void JourneyScene::invalidateMap(const QRectF &rect)
{
    if (!rect.isEmpty())
        invalidate(rect, BackgroundLayer);
}

MapOptions JourneyScene::mapOptions(const QRectF &exposed) const
{
    MapOptions options;
    options.exposed = exposed;
    options.headers = false;
    options.draftArrows = m_zooming;
    options.spotlight = m_state->spotlight();
    if (m_geometry->hasExperienceLane())
        options.experience = ExperienceLaneData{stageCurve(journey(), m_state->findings()), {},
                                                m_state->findings().request.segment};
    return options;
}

void JourneyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    m_renderer->drawMap(painter, mapOptions(rect));
}

QGraphicsItem *JourneyScene::interactiveItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        switch (item->type()) {
        case HeaderItemType:
        case TouchpointItemType:
        case TransitionItemType:
            return item;
        default:
            break;
        }
    }
    return nullptr;
}

QRectF JourneyScene::targetRect(const EditTarget &target) const
{
    switch (target.kind) {
    case EditTarget::Kind::Card:
        if (TouchpointItem *item = touchpointItem(TouchpointId(target.id)))
            return item->cardRect();
        break;
    case EditTarget::Kind::Arrow:
        if (TransitionItem *item = transitionItem(TransitionId(target.id)))
            return item->route().path.boundingRect();
        break;
    case EditTarget::Kind::StageHeader:
        if (HeaderItem *item = stageHeaderItem(StageId(target.id)))
            return item->headerRect();
        break;
    case EditTarget::Kind::LaneHeader:
        if (HeaderItem *item = laneHeaderItem(LaneId(target.id)))
            return item->headerRect();
        break;
    case EditTarget::Kind::None:
        break;
    }
    return {};
}

QList<TouchpointId> JourneyScene::selectedTouchpoints() const
{
    return m_state->selectedTouchpoints();
}

QList<TransitionId> JourneyScene::selectedTransitions() const
{
    return m_state->selectedTransitions();
}

std::optional<StageId> JourneyScene::selectedStage() const
{
    return m_state->selectedStage();
}

std::optional<LaneId> JourneyScene::selectedLane() const
{
    return m_state->selectedLane();
}

EditTarget JourneyScene::currentTarget() const
{
    return m_state->currentTarget();
}

void JourneyScene::select(const QList<EditTarget> &targets)
{
    m_state->setSelection(targets);
}

void JourneyScene::selectTouchpoints(const QList<TouchpointId> &ids)
{
    QList<EditTarget> targets;
    for (TouchpointId id : ids)
        targets.append(EditTarget::touchpoint(id));
    select(targets);
}

void JourneyScene::applySelection()
{
    // The state is the truth: the items show it.
    m_syncingSelection = true;
    QSet<QGraphicsItem *> wanted;
    for (const EditTarget &target : m_state->selection()) {
        QGraphicsItem *item = nullptr;
        switch (target.kind) {
        case EditTarget::Kind::Card:
            item = touchpointItem(TouchpointId(target.id));
            break;
        case EditTarget::Kind::Arrow:
            item = transitionItem(TransitionId(target.id));
            break;
        case EditTarget::Kind::StageHeader:
            item = stageHeaderItem(StageId(target.id));
            break;
        case EditTarget::Kind::LaneHeader:
            item = laneHeaderItem(LaneId(target.id));
            break;
        case EditTarget::Kind::None:
            break;
        }
        if (item)
            wanted.insert(item);
    }
    const QList<QGraphicsItem *> current = selectedItems();
    for (QGraphicsItem *item : current)
        if (!wanted.contains(item))
            item->setSelected(false);
    for (QGraphicsItem *item : std::as_const(wanted))
        item->setSelected(true);
    // Arrows light up with their selected cards.
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateContentsFlag();
    m_syncingSelection = false;
}

void JourneyScene::takeSelectionFromItems()
{
    // A tool selected items directly (a click, the rubber band): the state follows.
    if (m_syncingSelection)
        return;
    QList<EditTarget> targets;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item))
            targets.append(EditTarget::touchpoint(card->touchpointId()));
        else if (auto *arrow = qgraphicsitem_cast<TransitionItem *>(item))
            targets.append(EditTarget::transition(arrow->transitionId()));
        else if (auto *header = qgraphicsitem_cast<HeaderItem *>(item))
            targets.append(header->target());
    }
    // Keep the state's order for what stays selected; new ones after it.
    QList<EditTarget> ordered;
    for (const EditTarget &target : m_state->selection())
        if (targets.contains(target))
            ordered.append(target);
    for (const EditTarget &target : std::as_const(targets))
        if (!ordered.contains(target))
            ordered.append(target);
    m_state->setSelection(ordered);
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateContentsFlag();
}

bool JourneyScene::isSpotlit(TouchpointId id) const
{
    return m_state->spotlight().contains(id);
}

bool JourneyScene::isCardInFocus(TouchpointId id) const
{
    const TouchpointItem *item = m_touchpointItems.value(id);
    return item && (item->isSelected() || item->isHovered());
}

void JourneyScene::setHoveredItem(QGraphicsItem *item)
{
    if (m_hovered == item)
        return;
    auto setHover = [](QGraphicsItem *target, bool on) {
        if (!target)
            return;
        if (auto *card = qgraphicsitem_cast<TouchpointItem *>(target))
            card->setHovered(on);
        else if (auto *arrow = qgraphicsitem_cast<TransitionItem *>(target))
            arrow->setHovered(on);
        else if (auto *header = qgraphicsitem_cast<HeaderItem *>(target))
            header->setHovered(on);
    };
    // A hovered card lights its arrows: they draw themselves while it is in focus.
    auto lightArrows = [this](QGraphicsItem *target) {
        if (auto *card = qgraphicsitem_cast<TouchpointItem *>(target))
            for (TransitionId id : journey().transitionsOf(card->touchpointId()))
                if (TransitionItem *arrow = m_transitionItems.value(id))
                    arrow->updateContentsFlag();
    };
    QGraphicsItem *previous = m_hovered;
    setHover(m_hovered, false);
    m_hovered = item;
    setHover(m_hovered, true);
    lightArrows(previous);
    lightArrows(m_hovered);
}

void JourneyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mousePressed(event);
    else
        QGraphicsScene::mousePressEvent(event);
}

void JourneyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseMoved(event);
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void JourneyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseReleased(event);
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void JourneyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseDoubleClicked(event);
    else
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void JourneyScene::keyPressEvent(QKeyEvent *event)
{
    event->ignore();
    if (m_tool)
        m_tool->keyPressed(event);
    if (!event->isAccepted())
        QGraphicsScene::keyPressEvent(event);
}

bool JourneyScene::event(QEvent *event)
{
    if (event->type() == QEvent::GraphicsSceneLeave || event->type() == QEvent::Leave) {
        setHoveredItem(nullptr);
        if (m_tool)
            m_tool->mouseLeft();
    }
    return QGraphicsScene::event(event);
}

} // namespace cxmap
