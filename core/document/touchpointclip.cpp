#include "touchpointclip.h"

#include "journeydocument.h"

#include "interchange/cxmapjsonformat.h"
#include "store/documenterror.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace cxmap {

namespace {

// A clipboard is input from anywhere: more than this is refused unread.
constexpr qsizetype MaximumBytes = qsizetype(64) << 20;

} // namespace

TouchpointClip TouchpointClip::fromJourney(const Journey &journey, const QList<TouchpointId> &ids)
{
    TouchpointClip clip;
    const QSet<TouchpointId> wanted(ids.cbegin(), ids.cend());
    // Journey order, so a paste keeps the drawing order of the originals.
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if (!wanted.contains(touchpoint.id))
            continue;
        clip.touchpoints.append(touchpoint);
        if (const Stage *stage = journey.stages().find(touchpoint.stage))
            clip.stageNames.insert(stage->id, stage->name);
        if (const Lane *lane = journey.lanes().find(touchpoint.lane))
            clip.laneNames.insert(lane->id, lane->name);
    }
    for (const Transition &transition : journey.transitions())
        if (wanted.contains(transition.from) && wanted.contains(transition.to))
            clip.transitions.append(transition);
    return clip;
}

QByteArray TouchpointClip::toJson() const
{
    // The clip is a small map of its own: the stages and lanes its cards are in, the cards and
    // the transitions among them, in cxmap JSON.
    Journey map;
    qint64 highest = 0;
    QList<StageId> stages = stageNames.keys();
    std::sort(stages.begin(), stages.end());
    for (StageId id : std::as_const(stages)) {
        map.stages().append(Stage{id, stageNames.value(id), DefaultStageWidth});
        highest = std::max(highest, id.value());
    }
    QList<LaneId> lanes = laneNames.keys();
    std::sort(lanes.begin(), lanes.end());
    for (LaneId id : std::as_const(lanes)) {
        map.lanes().append(Lane{id, laneNames.value(id), DefaultLaneHeight});
        highest = std::max(highest, id.value());
    }
    for (const Touchpoint &touchpoint : touchpoints) {
        map.touchpoints().append(touchpoint);
        highest = std::max(highest, touchpoint.id.value());
    }
    for (const Transition &transition : transitions) {
        map.transitions().append(transition);
        highest = std::max(highest, transition.id.value());
    }
    map.setNextId(highest + 1);
    return CxmapJsonFormat::mapOnly(map);
}

std::optional<TouchpointClip> TouchpointClip::fromJson(const QByteArray &json)
{
    if (json.size() > MaximumBytes)
        return std::nullopt;
    Journey map;
    try {
        FormatReport ignored;
        map = CxmapJsonFormat::parseMap(json, QStringLiteral("clipboard"), ignored).journey;
    } catch (const DocumentError &) {
        return std::nullopt;
    }
    if (map.touchpoints().isEmpty() || map.touchpoints().size() > MaximumTouchpoints)
        return std::nullopt;
    TouchpointClip clip;
    for (const Stage &stage : map.stages())
        clip.stageNames.insert(stage.id, stage.name);
    for (const Lane &lane : map.lanes())
        clip.laneNames.insert(lane.id, lane.name);
    clip.touchpoints = map.touchpoints().items();
    clip.transitions = map.transitions().items();
    return clip;
}

QString TouchpointClip::toPlainText() const
{
    QStringList names;
    for (const Touchpoint &touchpoint : touchpoints)
        names.append(touchpoint.name);
    return names.join(QLatin1Char('\n'));
}

std::pair<QList<Touchpoint>, QList<Transition>>
TouchpointClip::instantiate(JourneyDocument *document, StageId fallbackStage, LaneId fallbackLane) const
{
    const Journey &journey = document->journey();
    auto stageFor = [&](StageId id) {
        if (journey.stages().contains(id) && journey.stages().find(id)->name == stageNames.value(id))
            return id;
        if (const Stage *named = journey.findStageByName(stageNames.value(id)))
            return named->id;
        return journey.stages().contains(id) ? id : fallbackStage;
    };
    auto laneFor = [&](LaneId id) {
        if (journey.lanes().contains(id) && journey.lanes().find(id)->name == laneNames.value(id))
            return id;
        if (const Lane *named = journey.findLaneByName(laneNames.value(id)))
            return named->id;
        return journey.lanes().contains(id) ? id : fallbackLane;
    };

    QHash<TouchpointId, TouchpointId> newIds;
    QList<Touchpoint> cards;
    for (Touchpoint touchpoint : touchpoints) {
        const TouchpointId id(document->allocateId());
        newIds.insert(touchpoint.id, id);
        touchpoint.id = id;
        touchpoint.stage = stageFor(touchpoint.stage);
        touchpoint.lane = laneFor(touchpoint.lane);
        cards.append(touchpoint);
    }
    QList<Transition> links;
    for (Transition transition : transitions) {
        transition.id = TransitionId(document->allocateId());
        transition.from = newIds.value(transition.from);
        transition.to = newIds.value(transition.to);
        links.append(transition);
    }
    return {cards, links};
}

} // namespace cxmap
