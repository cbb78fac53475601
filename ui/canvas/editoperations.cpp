#include "editoperations.h"

#include "commands/bandcommands.h"
#include "commands/tidylayoutcommand.h"
#include "commands/touchpointcommands.h"
#include "commands/transitioncommands.h"
#include "document/journeydocument.h"
#include "journeyscene.h"
#include "layout/placement.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace cxmap::edit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::edit", text);
}

QString uniqueBandName(const QStringList &taken, const QString &base)
{
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace

void placeClear(const JourneyScene *scene, QList<Touchpoint> &cards)
{
    cxmap::placeClear(scene->journey(), cards, scene->geometry().metrics());
}

bool canEdit(const JourneyScene *scene)
{
    return scene && !scene->isReadOnly();
}

QString uniqueTouchpointName(const Journey &journey, const QString &base)
{
    QString name = base;
    for (int n = 2; journey.findTouchpointByName(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

TouchpointId addTouchpoint(JourneyScene *scene, const Cell &cell, std::optional<QPointF> position,
                           bool rename)
{
    if (!canEdit(scene))
        return {};
    JourneyDocument *document = scene->document();
    Touchpoint touchpoint;
    touchpoint.id = TouchpointId(document->allocateId());
    touchpoint.stage = cell.stage;
    touchpoint.lane = cell.lane;
    touchpoint.name = uniqueTouchpointName(document->journey(), tr("New touchpoint"));
    touchpoint.position = position.value_or(freeCardPosition(document->journey(), cell, scene->geometry().metrics()));
    document->undoStack()->push(new AddTouchpointsCommand(document, {touchpoint}));
    scene->select({EditTarget::touchpoint(touchpoint.id)});
    scene->requestReveal(scene->targetRect(EditTarget::touchpoint(touchpoint.id)));
    if (rename)
        scene->requestRename(EditTarget::touchpoint(touchpoint.id));
    return touchpoint.id;
}

std::optional<Cell> cellForNewTouchpoint(const JourneyScene *scene)
{
    const Journey &journey = scene->journey();
    if (journey.stages().isEmpty() || journey.lanes().isEmpty())
        return std::nullopt;
    const QList<TouchpointId> selected = scene->selectedTouchpoints();
    if (!selected.isEmpty()) {
        const Touchpoint *touchpoint = journey.touchpoints().find(selected.first());
        return Cell{touchpoint->stage, touchpoint->lane};
    }
    const std::optional<StageId> stage = scene->selectedStage();
    const std::optional<LaneId> lane = scene->selectedLane();
    if (stage || lane)
        return Cell{stage.value_or(journey.stages().at(0).id), lane.value_or(journey.lanes().at(0).id)};
    // The cell at the top left of the view, past the sticky headers.
    const MapMetrics &metrics = scene->geometry().metrics();
    const QPointF corner = scene->visibleArea().isValid()
        ? scene->visibleArea().topLeft() + QPointF(metrics.laneHeaderWidth + 1, metrics.stageHeaderHeight + 1)
        : QPointF();
    return scene->geometry().nearestCell(corner);
}

void deleteSelection(JourneyScene *scene)
{
    if (!canEdit(scene))
        return;
    JourneyDocument *document = scene->document();
    QUndoStack *stack = document->undoStack();
    const QList<TouchpointId> touchpoints = scene->selectedTouchpoints();
    const QSet<TouchpointId> doomed(touchpoints.cbegin(), touchpoints.cend());
    QList<TransitionId> transitions;
    for (TransitionId id : scene->selectedTransitions()) {
        const Transition *transition = document->journey().transitions().find(id);
        // Transitions of deleted touchpoints go with them.
        if (transition && !doomed.contains(transition->from) && !doomed.contains(transition->to))
            transitions.append(id);
    }
    const std::optional<StageId> stage = scene->selectedStage();
    const std::optional<LaneId> lane = scene->selectedLane();
    const int parts = int(!touchpoints.isEmpty()) + int(!transitions.isEmpty()) + int(stage.has_value())
        + int(lane.has_value());
    if (parts == 0)
        return;
    scene->select({});
    if (parts > 1)
        stack->beginMacro(tr("Delete selection"));
    if (!transitions.isEmpty())
        stack->push(new RemoveTransitionsCommand(document, transitions));
    if (!touchpoints.isEmpty())
        stack->push(new RemoveTouchpointsCommand(document, touchpoints));
    if (stage)
        stack->push(new RemoveStageCommand(document, *stage));
    if (lane)
        stack->push(new RemoveLaneCommand(document, *lane));
    if (parts > 1)
        stack->endMacro();
}

void renameCurrent(JourneyScene *scene)
{
    if (!canEdit(scene))
        return;
    EditTarget target = scene->currentTarget();
    if (!target.isValid()) {
        const QList<TouchpointId> selected = scene->selectedTouchpoints();
        if (selected.isEmpty())
            return;
        target = EditTarget::touchpoint(selected.first());
        scene->select({target});
    }
    scene->requestReveal(scene->targetRect(target));
    scene->requestRename(target);
}

bool rename(JourneyScene *scene, const EditTarget &target, const QString &text)
{
    if (!canEdit(scene))
        return false;
    JourneyDocument *document = scene->document();
    const Journey &journey = document->journey();
    QUndoStack *stack = document->undoStack();
    const QString name = text.simplified();
    switch (target.kind) {
    case EditTarget::Kind::Card: {
        const Touchpoint *touchpoint = journey.touchpoints().find(TouchpointId(target.id));
        if (!touchpoint || name.isEmpty() || name == touchpoint->name)
            return false;
        Touchpoint after = *touchpoint;
        after.name = name;
        stack->push(new ChangeTouchpointsCommand(document, {after}, tr("Rename touchpoint")));
        return true;
    }
    case EditTarget::Kind::Arrow: {
        const Transition *transition = journey.transitions().find(TransitionId(target.id));
        if (!transition || name == transition->label)
            return false;
        Transition after = *transition;
        after.label = name;
        stack->push(new ChangeTransitionCommand(document, after, tr("Change transition label")));
        return true;
    }
    case EditTarget::Kind::StageHeader: {
        const Stage *stage = journey.stages().find(StageId(target.id));
        if (!stage || name.isEmpty() || name == stage->name)
            return false;
        Stage after = *stage;
        after.name = name;
        stack->push(new ChangeStageCommand(document, after, tr("Rename stage")));
        return true;
    }
    case EditTarget::Kind::LaneHeader: {
        const Lane *lane = journey.lanes().find(LaneId(target.id));
        if (!lane || name.isEmpty() || name == lane->name)
            return false;
        Lane after = *lane;
        after.name = name;
        stack->push(new ChangeLaneCommand(document, after, tr("Rename lane")));
        return true;
    }
    case EditTarget::Kind::None:
        break;
    }
    return false;
}

void selectAll(JourneyScene *scene)
{
    QList<EditTarget> targets;
    for (const Touchpoint &touchpoint : scene->journey().touchpoints())
        targets.append(EditTarget::touchpoint(touchpoint.id));
    scene->select(targets);
}

bool tidyLayout(JourneyScene *scene)
{
    if (!canEdit(scene))
        return false;
    auto command = std::make_unique<TidyLayoutCommand>(scene->document(), scene->geometry().metrics());
    if (command->isEmpty())
        return false;
    scene->document()->undoStack()->push(command.release());
    return true;
}

bool connect(JourneyScene *scene, TouchpointId from, TouchpointId to)
{
    if (!canEdit(scene) || from == to)
        return false;
    JourneyDocument *document = scene->document();
    const Journey &journey = document->journey();
    if (!journey.touchpoints().contains(from) || !journey.touchpoints().contains(to))
        return false;
    for (const Transition &transition : journey.transitions()) {
        if (transition.from == from && transition.to == to) {
            scene->select({EditTarget::transition(transition.id)});
            return false;
        }
    }
    const Transition transition{TransitionId(document->allocateId()), from, to, std::nullopt, QString()};
    document->undoStack()->push(new AddTransitionCommand(document, transition));
    scene->select({EditTarget::transition(transition.id)});
    return true;
}

void insertStage(JourneyScene *scene)
{
    if (!canEdit(scene))
        return;
    JourneyDocument *document = scene->document();
    const Journey &journey = document->journey();
    QStringList names;
    for (const Stage &stage : journey.stages())
        names.append(stage.name);
    const std::optional<StageId> selected = scene->selectedStage();
    const qsizetype index = selected ? journey.stages().indexOf(*selected) + 1 : journey.stages().size();
    const Stage stage{StageId(document->allocateId()), uniqueBandName(names, tr("New stage")), DefaultStageWidth};
    document->undoStack()->push(new AddStageCommand(document, index, stage));
    scene->select({EditTarget::stage(stage.id)});
    scene->requestReveal(scene->targetRect(EditTarget::stage(stage.id)));
    scene->requestRename(EditTarget::stage(stage.id));
}

void insertLane(JourneyScene *scene)
{
    if (!canEdit(scene))
        return;
    JourneyDocument *document = scene->document();
    const Journey &journey = document->journey();
    QStringList names;
    for (const Lane &lane : journey.lanes())
        names.append(lane.name);
    const std::optional<LaneId> selected = scene->selectedLane();
    const qsizetype index = selected ? journey.lanes().indexOf(*selected) + 1 : journey.lanes().size();
    const Lane lane{LaneId(document->allocateId()), uniqueBandName(names, tr("New lane")), DefaultLaneHeight};
    document->undoStack()->push(new AddLaneCommand(document, index, lane));
    scene->select({EditTarget::lane(lane.id)});
    scene->requestReveal(scene->targetRect(EditTarget::lane(lane.id)));
    scene->requestRename(EditTarget::lane(lane.id));
}

} // namespace cxmap::edit
