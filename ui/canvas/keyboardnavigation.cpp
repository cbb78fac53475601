#include "keyboardnavigation.h"

#include "commands/bandcommands.h"
#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"
#include "editoperations.h"
#include "journeyscene.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QUndoStack>

#include <cmath>
#include <limits>

namespace cxmap::navigation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::navigation", text);
}

struct Step
{
    int dx = 0;
    int dy = 0;
};

std::optional<Step> stepFor(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return Step{-1, 0};
    case Qt::Key_Right:
        return Step{1, 0};
    case Qt::Key_Up:
        return Step{0, -1};
    case Qt::Key_Down:
        return Step{0, 1};
    default:
        return std::nullopt;
    }
}

void selectAndReveal(JourneyScene *scene, const EditTarget &target)
{
    scene->select({target});
    scene->requestReveal(scene->targetRect(target));
}

// The first card of a stage (by lane, then height) or of a lane (by stage, then left edge).
std::optional<TouchpointId> firstCard(const JourneyScene *scene, std::optional<StageId> stage,
                                      std::optional<LaneId> lane)
{
    const Journey &journey = scene->journey();
    std::optional<TouchpointId> best;
    std::tuple<qsizetype, qsizetype, double, double> bestKey;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if ((stage && touchpoint.stage != *stage) || (lane && touchpoint.lane != *lane))
            continue;
        const auto key = stage ? std::tuple(journey.lanes().indexOf(touchpoint.lane), qsizetype(0),
                                            touchpoint.position.y(), touchpoint.position.x())
                               : std::tuple(journey.stages().indexOf(touchpoint.stage),
                                            journey.lanes().indexOf(touchpoint.lane),
                                            touchpoint.position.x(), touchpoint.position.y());
        if (!best || key < bestKey) {
            best = touchpoint.id;
            bestKey = key;
        }
    }
    return best;
}

// The nearest card in the step's direction, favouring ones straight ahead.
std::optional<TouchpointId> neighbour(const JourneyScene *scene, TouchpointId from, Step step)
{
    const Journey &journey = scene->journey();
    const QPointF origin = scene->geometry().cardRect(*journey.touchpoints().find(from)).center();
    std::optional<TouchpointId> best;
    double bestScore = std::numeric_limits<double>::max();
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if (touchpoint.id == from)
            continue;
        const QPointF delta = scene->geometry().cardRect(touchpoint).center() - origin;
        const double ahead = delta.x() * step.dx + delta.y() * step.dy;
        if (ahead <= 1.0)
            continue;
        const double aside = std::abs(step.dx ? delta.y() : delta.x());
        const double score = ahead + 2.0 * aside;
        if (score < bestScore) {
            bestScore = score;
            best = touchpoint.id;
        }
    }
    return best;
}

void navigate(JourneyScene *scene, Step step)
{
    const Journey &journey = scene->journey();
    if (const auto stage = scene->selectedStage()) {
        const qsizetype index = journey.stages().indexOf(*stage) + step.dx;
        if (step.dx && index >= 0 && index < journey.stages().size())
            selectAndReveal(scene, EditTarget::stage(journey.stages().at(index).id));
        else if (step.dy > 0)
            if (const auto card = firstCard(scene, *stage, std::nullopt))
                selectAndReveal(scene, EditTarget::touchpoint(*card));
        return;
    }
    if (const auto lane = scene->selectedLane()) {
        const qsizetype index = journey.lanes().indexOf(*lane) + step.dy;
        if (step.dy && index >= 0 && index < journey.lanes().size())
            selectAndReveal(scene, EditTarget::lane(journey.lanes().at(index).id));
        else if (step.dx > 0)
            if (const auto card = firstCard(scene, std::nullopt, *lane))
                selectAndReveal(scene, EditTarget::touchpoint(*card));
        return;
    }
    const QList<TouchpointId> selected = scene->selectedTouchpoints();
    if (selected.isEmpty()) {
        if (const auto card = firstCard(scene, std::nullopt, std::nullopt))
            selectAndReveal(scene, EditTarget::touchpoint(*card));
        else if (!journey.stages().isEmpty())
            selectAndReveal(scene, EditTarget::stage(journey.stages().at(0).id));
        return;
    }
    if (const auto next = neighbour(scene, selected.first(), step)) {
        selectAndReveal(scene, EditTarget::touchpoint(*next));
        return;
    }
    // Off the edge of the cards: onto the header of the card's stage or lane.
    const Touchpoint *card = journey.touchpoints().find(selected.first());
    if (step.dy < 0)
        selectAndReveal(scene, EditTarget::stage(card->stage));
    else if (step.dx < 0)
        selectAndReveal(scene, EditTarget::lane(card->lane));
}

void moveAlong(JourneyScene *scene, Step step)
{
    JourneyDocument *document = scene->document();
    const Journey &journey = document->journey();
    if (const auto stage = scene->selectedStage(); stage && step.dx) {
        const qsizetype to = journey.stages().indexOf(*stage) + step.dx;
        if (to >= 0 && to < journey.stages().size())
            document->undoStack()->push(new MoveStageCommand(document, *stage, to));
        return;
    }
    if (const auto lane = scene->selectedLane(); lane && step.dy) {
        const qsizetype to = journey.lanes().indexOf(*lane) + step.dy;
        if (to >= 0 && to < journey.lanes().size())
            document->undoStack()->push(new MoveLaneCommand(document, *lane, to));
        return;
    }
    // Cards to the next cell that way, all or none.
    QList<Touchpoint> after;
    for (TouchpointId id : scene->selectedTouchpoints()) {
        Touchpoint card = *journey.touchpoints().find(id);
        const qsizetype stage = journey.stages().indexOf(card.stage) + step.dx;
        const qsizetype lane = journey.lanes().indexOf(card.lane) + step.dy;
        if (stage < 0 || stage >= journey.stages().size() || lane < 0 || lane >= journey.lanes().size())
            return;
        card.stage = journey.stages().at(stage).id;
        card.lane = journey.lanes().at(lane).id;
        after.append(card);
    }
    if (after.isEmpty())
        return;
    edit::placeClear(scene, after);
    document->undoStack()->push(new ChangeTouchpointsCommand(
        document, after, after.size() == 1 ? tr("Move touchpoint") : tr("Move touchpoints")));
    scene->requestReveal(scene->targetRect(EditTarget::touchpoint(after.first().id)));
}

void nudge(JourneyScene *scene, Step step)
{
    JourneyDocument *document = scene->document();
    const MapGeometry &geometry = scene->geometry();
    QList<Touchpoint> after;
    bool changed = false;
    for (TouchpointId id : scene->selectedTouchpoints()) {
        Touchpoint card = *document->journey().touchpoints().find(id);
        const Cell cell{card.stage, card.lane};
        const QPointF topLeft = geometry.cardRect(card).topLeft() + QPointF(step.dx, step.dy) * 10.0;
        const QPointF position = geometry.positionInCell(cell, topLeft);
        changed = changed || position != card.position;
        card.position = position;
        after.append(card);
    }
    if (changed)
        document->undoStack()->push(new ChangeTouchpointsCommand(
            document, after, tr("Move touchpoint"), MergeId::MoveTouchpoints));
}

} // namespace

bool handleKey(JourneyScene *scene, QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        edit::renameCurrent(scene);
        return true;
    }
    const std::optional<Step> step = stepFor(event->key());
    if (!step)
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier)
        navigate(scene, *step);
    else if (modifiers == Qt::ControlModifier && edit::canEdit(scene))
        moveAlong(scene, *step);
    else if (modifiers == Qt::ShiftModifier && edit::canEdit(scene))
        nudge(scene, *step);
    else
        return false;
    return true;
}

} // namespace cxmap::navigation
