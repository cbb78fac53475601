#include "journeydocument.h"

#include <QUndoStack>

#include <algorithm>

namespace cxmap {

JourneyDocument::JourneyDocument(QObject *parent)
    : JourneyDocument(Journey::fromTemplate(Journey::Template::Default), parent)
{}

JourneyDocument::JourneyDocument(Journey journey, QObject *parent)
    : QObject(parent)
    , m_journey(std::move(journey))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

JourneyDocument::~JourneyDocument() = default;

bool JourneyDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void JourneyDocument::setClean()
{
    m_undoStack->setClean();
}

void JourneyDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void JourneyDocument::resetJourney(const Journey &journey)
{
    m_undoStack->clear();
    m_journey = journey;
    emitChange(Change::Kind::Reset, 0);
}

void JourneyDocument::setJourneyProperties(const QString &name, const QString &description)
{
    Change::Properties properties;
    if (name != m_journey.name())
        properties |= Change::Property::Name;
    if (description != m_journey.description())
        properties |= Change::Property::Description;
    m_journey.setName(name);
    m_journey.setDescription(description);
    emitChange(Change::Kind::JourneyProperties, 0, properties);
}

void JourneyDocument::setOutcomeMetric(const QString &metric)
{
    if (metric == m_journey.outcomeMetric())
        return;
    m_journey.setOutcomeMetric(metric);
    emitChange(Change::Kind::JourneyProperties, 0, Change::Property::Outcome);
}

void JourneyDocument::insertWorkshopSession(const WorkshopSession &session)
{
    m_journey.workshop().sessions.append(session);
    emitChange(Change::Kind::Workshop, 0);
}

void JourneyDocument::takeWorkshopSession(qint64 id)
{
    QList<WorkshopSession> &sessions = m_journey.workshop().sessions;
    sessions.removeIf([id](const WorkshopSession &s) { return s.id == id; });
    emitChange(Change::Kind::Workshop, 0);
}

void JourneyDocument::insertVote(const WorkshopVote &vote)
{
    m_journey.workshop().votes.append(vote);
    emitChange(Change::Kind::Workshop, vote.touchpoint.value());
}

void JourneyDocument::takeVote(qint64 id)
{
    QList<WorkshopVote> &votes = m_journey.workshop().votes;
    const auto found = std::find_if(votes.begin(), votes.end(), [id](const WorkshopVote &v) { return v.id == id; });
    if (found == votes.end())
        return;
    const TouchpointId touchpoint = found->touchpoint;
    votes.erase(found);
    emitChange(Change::Kind::Workshop, touchpoint.value());
}

void JourneyDocument::insertNote(const WorkshopNote &note)
{
    m_journey.workshop().notes.append(note);
    emitChange(Change::Kind::Workshop, note.touchpoint.value());
}

void JourneyDocument::takeNote(qint64 id)
{
    QList<WorkshopNote> &notes = m_journey.workshop().notes;
    const auto found = std::find_if(notes.begin(), notes.end(), [id](const WorkshopNote &n) { return n.id == id; });
    if (found == notes.end())
        return;
    const TouchpointId touchpoint = found->touchpoint;
    notes.erase(found);
    emitChange(Change::Kind::Workshop, touchpoint.value());
}

void JourneyDocument::insertStage(qsizetype index, const Stage &stage)
{
    m_journey.stages().insert(index, stage);
    emitChange(Change::Kind::StageAdded, stage.id.value());
}

Stage JourneyDocument::takeStage(StageId id)
{
    Stage stage = m_journey.stages().take(id);
    emitChange(Change::Kind::StageRemoved, id.value());
    return stage;
}

void JourneyDocument::replaceStage(const Stage &stage)
{
    const Stage before = *m_journey.stages().find(stage.id);
    m_journey.stages().replace(stage);
    Change::Properties properties;
    if (before.name != stage.name)
        properties |= Change::Property::Name;
    if (before.extent != stage.extent)
        properties |= Change::Property::Extent;
    emitChange(Change::Kind::StageChanged, stage.id.value(), properties);
}

void JourneyDocument::moveStage(StageId id, qsizetype to)
{
    m_journey.stages().move(id, to);
    emitChange(Change::Kind::StageMoved, id.value());
}

void JourneyDocument::insertLane(qsizetype index, const Lane &lane)
{
    m_journey.lanes().insert(index, lane);
    emitChange(Change::Kind::LaneAdded, lane.id.value());
}

Lane JourneyDocument::takeLane(LaneId id)
{
    Lane lane = m_journey.lanes().take(id);
    emitChange(Change::Kind::LaneRemoved, id.value());
    return lane;
}

void JourneyDocument::replaceLane(const Lane &lane)
{
    const Lane before = *m_journey.lanes().find(lane.id);
    m_journey.lanes().replace(lane);
    Change::Properties properties;
    if (before.name != lane.name)
        properties |= Change::Property::Name;
    if (before.extent != lane.extent)
        properties |= Change::Property::Extent;
    emitChange(Change::Kind::LaneChanged, lane.id.value(), properties);
}

void JourneyDocument::moveLane(LaneId id, qsizetype to)
{
    m_journey.lanes().move(id, to);
    emitChange(Change::Kind::LaneMoved, id.value());
}

void JourneyDocument::insertTouchpoint(qsizetype index, const Touchpoint &touchpoint)
{
    m_journey.touchpoints().insert(index, touchpoint);
    emitChange(Change::Kind::TouchpointAdded, touchpoint.id.value());
}

Touchpoint JourneyDocument::takeTouchpoint(TouchpointId id)
{
    Touchpoint touchpoint = m_journey.touchpoints().take(id);
    emitChange(Change::Kind::TouchpointRemoved, id.value());
    return touchpoint;
}

void JourneyDocument::replaceTouchpoint(const Touchpoint &touchpoint)
{
    const Change::Properties properties
        = changedProperties(*m_journey.touchpoints().find(touchpoint.id), touchpoint);
    m_journey.touchpoints().replace(touchpoint);
    emitChange(Change::Kind::TouchpointChanged, touchpoint.id.value(), properties);
}

void JourneyDocument::insertTransition(qsizetype index, const Transition &transition)
{
    m_journey.transitions().insert(index, transition);
    emitChange(Change::Kind::TransitionAdded, transition.id.value());
}

Transition JourneyDocument::takeTransition(TransitionId id)
{
    Transition transition = m_journey.transitions().take(id);
    emitChange(Change::Kind::TransitionRemoved, id.value());
    return transition;
}

void JourneyDocument::replaceTransition(const Transition &transition)
{
    const Change::Properties properties
        = changedProperties(*m_journey.transitions().find(transition.id), transition);
    m_journey.transitions().replace(transition);
    emitChange(Change::Kind::TransitionChanged, transition.id.value(), properties);
}

void JourneyDocument::notifyMeasurementsChanged()
{
    emitChange(Change::Kind::Measurements, 0);
}

void JourneyDocument::emitChange(Change::Kind kind, qint64 id, Change::Properties properties)
{
    Q_EMIT changed(Change{kind, id, properties});
}

Change::Properties changedProperties(const Touchpoint &before, const Touchpoint &after)
{
    using P = Change::Property;
    Change::Properties properties;
    properties.setFlag(P::Name, before.name != after.name);
    properties.setFlag(P::Description, before.description != after.description);
    properties.setFlag(P::Cell, before.stage != after.stage || before.lane != after.lane);
    properties.setFlag(P::Position, before.position != after.position);
    properties.setFlag(P::Kind, before.kind != after.kind);
    properties.setFlag(P::Owner, before.owner != after.owner);
    properties.setFlag(P::Target, before.target != after.target);
    properties.setFlag(P::MomentOfTruth, before.momentOfTruth != after.momentOfTruth);
    properties.setFlag(P::Notes, before.notes != after.notes);
    return properties;
}

Change::Properties changedProperties(const Transition &before, const Transition &after)
{
    using P = Change::Property;
    Change::Properties properties;
    properties.setFlag(P::Ends, before.from != after.from || before.to != after.to);
    properties.setFlag(P::Share, before.share != after.share);
    properties.setFlag(P::Label, before.label != after.label);
    return properties;
}

} // namespace cxmap
