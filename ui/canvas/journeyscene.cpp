#include "journeyscene.h"

#include "document/journeydocument.h"
#include "headeritem.h"
#include "overlayitem.h"
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

JourneyScene::JourneyScene(JourneyDocument *document, const RenderTheme &theme, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_theme(theme)
    , m_labelTimer(new QTimer(this))
{
    // Many edits arrive as a burst of changes (a paste, an undo of a tidy): labels are placed
    // once, after the burst.
    m_labelTimer->setSingleShot(true);
    m_labelTimer->setInterval(0);
    connect(m_labelTimer, &QTimer::timeout, this, &JourneyScene::layoutLabelsNow);
    connect(document, &JourneyDocument::changed, this, &JourneyScene::onChanged);
    setBackgroundBrush(m_theme.background);
    rebuild();
}

JourneyScene::~JourneyScene()
{
    if (m_tool)
        m_tool->deactivate();
    // Items refer to the renderer while they are destroyed with the scene: remove them first.
    m_hovered = nullptr;
    clear();
}

const Journey &JourneyScene::journey() const
{
    return m_document->journey();
}

void JourneyScene::setTheme(const RenderTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    relayout();
}

void JourneyScene::setScores(const QHash<TouchpointId, CardScore> &scores)
{
    m_renderer->setScores(scores);
    // Zoomed far out, the cards (and their score colours) are in the cached background.
    invalidate(sceneRect(), BackgroundLayer);
    updateCards();
}

void JourneyScene::updateCards()
{
    // Cards cache their drawing (DeviceCoordinateCache): a scene update() alone would not reach it.
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->update();
}

void JourneyScene::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    updateCards();
    Q_EMIT readOnlyChanged(readOnly);
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
    QHash<TouchpointId, CardScore> scores;
    if (m_renderer)
        scores = m_renderer->scores();
    // The renderer refers to the geometry: replace the renderer first, then the geometry.
    auto geometry = std::make_unique<MapGeometry>(journey());
    auto renderer = std::make_unique<JourneyRenderer>(journey(), *geometry, m_theme);
    renderer->setScores(scores);
    m_renderer = std::move(renderer);
    m_geometry = std::move(geometry);
    m_decorations = std::make_unique<EditorDecorations>(m_theme);
}

void JourneyScene::rebuild()
{
    const QList<EditTarget> selection = selectedTargets();
    if (m_tool)
        m_tool->cancel();
    m_hovered = nullptr;
    clear();
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
    layoutLabelsNow();
    invalidate(sceneRect(), BackgroundLayer);
    select(selection);
}

void JourneyScene::relayout()
{
    makeRenderer();
    m_corner->updateGeometry();
    syncHeaders();
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->updateGeometry();
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateRoute();
    updateSceneRect();
    applyStickyOffsets();
    scheduleLabels();
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

void JourneyScene::setViewScale(double scale)
{
    const bool inBackground = JourneyRenderer::detailForScale(scale) == Detail::Minimal;
    if (inBackground == m_cardsInBackground)
        return;
    m_cardsInBackground = inBackground;
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->updateContentsFlag();
    invalidate(sceneRect(), BackgroundLayer);
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

void JourneyScene::rerouteAround(TouchpointId id)
{
    for (TransitionId transition : m_renderer->router().dependentsOf(id))
        if (TransitionItem *item = m_transitionItems.value(transition))
            item->updateRoute();
}

void JourneyScene::scheduleLabels()
{
    m_labelTimer->start();
}

void JourneyScene::layoutLabelsNow()
{
    m_labelTimer->stop();
    QHash<TransitionId, TransitionRoute> routes;
    routes.reserve(m_transitionItems.size());
    for (TransitionItem *item : std::as_const(m_transitionItems))
        routes.insert(item->transitionId(), item->route());
    const QHash<TransitionId, QRectF> labels = m_renderer->layoutLabels(routes);
    for (TransitionItem *item : std::as_const(m_transitionItems)) {
        const auto found = labels.constFind(item->transitionId());
        item->setLabel(found == labels.cend() ? std::nullopt : std::optional<QRectF>(*found));
    }
}

void JourneyScene::onChanged(const Change &change)
{
    using Kind = Change::Kind;
    TransitionRouter &router = m_renderer->router();
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
        router.reindexCards();
        break;
    case Kind::TouchpointRemoved:
        if (TouchpointItem *item = m_touchpointItems.take(TouchpointId(change.id))) {
            if (m_hovered == item)
                m_hovered = nullptr;
            if (m_cardsInBackground)
                invalidateArrows(item->boundingRect());
            delete item;
        }
        router.reindexCards();
        break;
    case Kind::TouchpointChanged: {
        const TouchpointId id(change.id);
        if (TouchpointItem *item = m_touchpointItems.value(id))
            item->updateGeometry();
        if (change.properties & Change::Property::Cell)
            router.reindexCards();
        if (change.properties & (Change::Property::Cell | Change::Property::Position)) {
            rerouteAround(id);
            scheduleLabels();
        }
        break;
    }
    case Kind::TransitionAdded: {
        router.reindexTransitions();
        addTransitionItem(TransitionId(change.id));
        TransitionItem *item = m_transitionItems.value(TransitionId(change.id));
        rerouteAround(item->from());
        rerouteAround(item->to());
        scheduleLabels();
        break;
    }
    case Kind::TransitionRemoved:
        router.reindexTransitions();
        if (TransitionItem *item = m_transitionItems.take(TransitionId(change.id))) {
            const TouchpointId from = item->from();
            const TouchpointId to = item->to();
            if (m_hovered == item)
                m_hovered = nullptr;
            // The arrow is drawn in the cached background: take it out of there too.
            invalidateArrows(item->boundingRect());
            delete item;
            rerouteAround(from);
            rerouteAround(to);
        }
        scheduleLabels();
        break;
    case Kind::TransitionChanged:
        if (TransitionItem *item = m_transitionItems.value(TransitionId(change.id))) {
            const TouchpointId oldFrom = item->from();
            const TouchpointId oldTo = item->to();
            if (change.properties & Change::Property::Ends)
                router.reindexTransitions();
            item->updateRoute();
            rerouteAround(oldFrom);
            rerouteAround(oldTo);
            rerouteAround(item->from());
            rerouteAround(item->to());
            item->update();
        }
        scheduleLabels();
        break;
    case Kind::JourneyProperties:
        m_corner->update();
        break;
    case Kind::Measurements:
        break;
    }
}

void JourneyScene::invalidateArrows(const QRectF &rect)
{
    if (!rect.isEmpty())
        invalidate(rect, BackgroundLayer);
}

void JourneyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const JourneyRenderer &renderer = *m_renderer;
    renderer.drawBackground(painter, rect.intersected(m_geometry->bounds()));
    // The arrows under this rectangle, found through the scene's index, in journey order.
    QList<TransitionItem *> arrows;
    QList<TouchpointItem *> cards;
    for (QGraphicsItem *item : items(rect, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        if (auto *arrow = qgraphicsitem_cast<TransitionItem *>(item))
            arrows.append(arrow);
        else if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item); card && m_cardsInBackground)
            cards.append(card);
    }
    const Detail detail = JourneyRenderer::detailForScale(
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform())
        * painter->device()->devicePixelRatioF());
    const ArrowState plain{false, false, false, m_zooming};
    const Journey &journey = this->journey();
    std::sort(arrows.begin(), arrows.end(), [&journey](const TransitionItem *a, const TransitionItem *b) {
        return journey.transitions().indexOf(a->transitionId()) < journey.transitions().indexOf(b->transitionId());
    });
    if (detail == Detail::Minimal) {
        QList<std::pair<const Transition *, const TransitionRoute *>> batch;
        batch.reserve(arrows.size());
        for (const TransitionItem *arrow : std::as_const(arrows))
            if (const Transition *transition = journey.transitions().find(arrow->transitionId()))
                batch.append({transition, &arrow->route()});
        renderer.drawTransitionsMinimal(painter, batch);
    } else {
        for (const TransitionItem *arrow : std::as_const(arrows))
            if (const Transition *transition = journey.transitions().find(arrow->transitionId()))
                renderer.drawTransition(painter, *transition, arrow->route(), arrow->label(), plain, detail);
    }
    for (const TouchpointItem *card : std::as_const(cards))
        if (const Touchpoint *touchpoint = journey.touchpoints().find(card->touchpointId()))
            renderer.drawCard(painter, *touchpoint, card->cardRect(), {}, Detail::Minimal);
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
    QList<std::pair<qsizetype, TouchpointId>> ordered;
    for (QGraphicsItem *item : selectedItems())
        if (auto *card = qgraphicsitem_cast<TouchpointItem *>(item))
            ordered.append({journey().touchpoints().indexOf(card->touchpointId()), card->touchpointId()});
    std::sort(ordered.begin(), ordered.end());
    QList<TouchpointId> ids;
    for (const auto &entry : std::as_const(ordered))
        ids.append(entry.second);
    return ids;
}

QList<TransitionId> JourneyScene::selectedTransitions() const
{
    QList<std::pair<qsizetype, TransitionId>> ordered;
    for (QGraphicsItem *item : selectedItems())
        if (auto *arrow = qgraphicsitem_cast<TransitionItem *>(item))
            ordered.append({journey().transitions().indexOf(arrow->transitionId()), arrow->transitionId()});
    std::sort(ordered.begin(), ordered.end());
    QList<TransitionId> ids;
    for (const auto &entry : std::as_const(ordered))
        ids.append(entry.second);
    return ids;
}

std::optional<StageId> JourneyScene::selectedStage() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *header = qgraphicsitem_cast<HeaderItem *>(item); header && header->kind() == HeaderItem::Kind::StageHeader)
            return header->stageId();
    return std::nullopt;
}

std::optional<LaneId> JourneyScene::selectedLane() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *header = qgraphicsitem_cast<HeaderItem *>(item); header && header->kind() == HeaderItem::Kind::LaneHeader)
            return header->laneId();
    return std::nullopt;
}

QList<EditTarget> JourneyScene::selectedTargets() const
{
    QList<EditTarget> targets;
    for (TouchpointId id : selectedTouchpoints())
        targets.append(EditTarget::touchpoint(id));
    for (TransitionId id : selectedTransitions())
        targets.append(EditTarget::transition(id));
    if (const auto stage = selectedStage())
        targets.append(EditTarget::stage(*stage));
    if (const auto lane = selectedLane())
        targets.append(EditTarget::lane(*lane));
    return targets;
}

EditTarget JourneyScene::currentTarget() const
{
    const QList<EditTarget> targets = selectedTargets();
    return targets.size() == 1 ? targets.first() : EditTarget();
}

void JourneyScene::select(const QList<EditTarget> &targets)
{
    // One selectionChanged() for the whole change, not one per item.
    QSignalBlocker blocker(this);
    clearSelection();
    for (const EditTarget &target : targets) {
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
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

void JourneyScene::selectTouchpoints(const QList<TouchpointId> &ids)
{
    QList<EditTarget> targets;
    for (TouchpointId id : ids)
        targets.append(EditTarget::touchpoint(id));
    select(targets);
}

void JourneyScene::setHighlighted(const QSet<TouchpointId> &ids)
{
    m_highlighted = ids;
    for (TouchpointItem *item : std::as_const(m_touchpointItems))
        item->updateContentsFlag();
    for (TransitionItem *item : std::as_const(m_transitionItems))
        item->updateContentsFlag();
    updateCards();
    update();
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
    setHover(m_hovered, false);
    m_hovered = item;
    setHover(m_hovered, true);
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
