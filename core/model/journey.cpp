#include "journey.h"

#include <QCoreApplication>
#include <QStringList>

namespace cxmap {

QStringList defaultStageNames()
{
    return {QStringLiteral("Discover"),     QStringLiteral("Consider"), QStringLiteral("Buy"),
            QStringLiteral("Onboard"),      QStringLiteral("Use"),      QStringLiteral("Get support"),
            QStringLiteral("Renew or leave")};
}

QStringList defaultLaneNames()
{
    return {QStringLiteral("Web"),         QStringLiteral("Mobile app"), QStringLiteral("Store"),
            QStringLiteral("Call centre"), QStringLiteral("Chat"),       QStringLiteral("Social"),
            QStringLiteral("Email")};
}

Journey Journey::fromTemplate(Template kind)
{
    Journey journey;
    journey.setName(QStringLiteral("Untitled journey"));
    if (kind == Template::Default) {
        for (const QString &name : defaultStageNames())
            journey.addStage(name);
        for (const QString &name : defaultLaneNames())
            journey.addLane(name);
    }
    return journey;
}

void Journey::setNextId(qint64 next)
{
    m_nextId = std::max(next, m_nextId);
}

StageId Journey::addStage(const QString &name, double width)
{
    const StageId id(allocateId());
    m_stages.append(Stage{id, name, width});
    return id;
}

LaneId Journey::addLane(const QString &name, double height)
{
    const LaneId id(allocateId());
    m_lanes.append(Lane{id, name, height});
    return id;
}

QList<TouchpointId> Journey::touchpointsInStage(StageId stage) const
{
    QList<TouchpointId> ids;
    for (const Touchpoint &touchpoint : m_touchpoints)
        if (touchpoint.stage == stage)
            ids.append(touchpoint.id);
    return ids;
}

QList<TouchpointId> Journey::touchpointsInLane(LaneId lane) const
{
    QList<TouchpointId> ids;
    for (const Touchpoint &touchpoint : m_touchpoints)
        if (touchpoint.lane == lane)
            ids.append(touchpoint.id);
    return ids;
}

QList<TouchpointId> Journey::touchpointsInCell(StageId stage, LaneId lane) const
{
    QList<TouchpointId> ids;
    for (const Touchpoint &touchpoint : m_touchpoints)
        if (touchpoint.stage == stage && touchpoint.lane == lane)
            ids.append(touchpoint.id);
    return ids;
}

QList<TransitionId> Journey::transitionsOf(TouchpointId touchpoint) const
{
    QList<TransitionId> ids;
    for (const Transition &transition : m_transitions)
        if (transition.from == touchpoint || transition.to == touchpoint)
            ids.append(transition.id);
    return ids;
}

const Stage *Journey::findStageByName(const QString &name) const
{
    for (const Stage &stage : m_stages)
        if (stage.name.compare(name, Qt::CaseInsensitive) == 0)
            return &stage;
    return nullptr;
}

const Lane *Journey::findLaneByName(const QString &name) const
{
    for (const Lane &lane : m_lanes)
        if (lane.name.compare(name, Qt::CaseInsensitive) == 0)
            return &lane;
    return nullptr;
}

const Touchpoint *Journey::findTouchpointByName(const QString &name) const
{
    for (const Touchpoint &touchpoint : m_touchpoints)
        if (touchpoint.name.compare(name, Qt::CaseInsensitive) == 0)
            return &touchpoint;
    return nullptr;
}

QString Journey::checkConsistency() const
{
    auto idTooHigh = [this](qint64 id) { return id <= 0 || id >= m_nextId; };
    for (const Stage &stage : m_stages)
        if (idTooHigh(stage.id.value()))
            return QCoreApplication::translate("cxmap::Journey", "stage %1 has an ID outside the allocated range").arg(stage.id.value());
    for (const Lane &lane : m_lanes)
        if (idTooHigh(lane.id.value()))
            return QCoreApplication::translate("cxmap::Journey", "lane %1 has an ID outside the allocated range").arg(lane.id.value());
    for (const Touchpoint &touchpoint : m_touchpoints) {
        if (idTooHigh(touchpoint.id.value()))
            return QCoreApplication::translate("cxmap::Journey", "touchpoint %1 has an ID outside the allocated range")
                .arg(touchpoint.id.value());
        if (!m_stages.contains(touchpoint.stage))
            return QCoreApplication::translate("cxmap::Journey", "touchpoint \"%1\" is in stage %2, which does not exist")
                .arg(touchpoint.name)
                .arg(touchpoint.stage.value());
        if (!m_lanes.contains(touchpoint.lane))
            return QCoreApplication::translate("cxmap::Journey", "touchpoint \"%1\" is in lane %2, which does not exist")
                .arg(touchpoint.name)
                .arg(touchpoint.lane.value());
    }
    for (const Transition &transition : m_transitions) {
        if (idTooHigh(transition.id.value()))
            return QCoreApplication::translate("cxmap::Journey", "transition %1 has an ID outside the allocated range")
                .arg(transition.id.value());
        if (!m_touchpoints.contains(transition.from) || !m_touchpoints.contains(transition.to))
            return QCoreApplication::translate("cxmap::Journey", "transition %1 connects a touchpoint that does not exist")
                .arg(transition.id.value());
        if (transition.share && (*transition.share < 0.0 || *transition.share > 1.0))
            return QCoreApplication::translate("cxmap::Journey", "transition %1 has a share outside 0–1").arg(transition.id.value());
    }
    return {};
}

} // namespace cxmap
