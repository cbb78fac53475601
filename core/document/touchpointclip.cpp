#include "touchpointclip.h"

#include "journeydocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace cxmap {

namespace {

const QString FormatName = QStringLiteral("cxmap-touchpoints");
constexpr int FormatVersion = 1;

qint64 idOf(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}

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
    QJsonArray stages;
    for (auto it = stageNames.cbegin(); it != stageNames.cend(); ++it)
        stages.append(QJsonObject{{QStringLiteral("id"), double(it.key().value())}, {QStringLiteral("name"), it.value()}});
    QJsonArray lanes;
    for (auto it = laneNames.cbegin(); it != laneNames.cend(); ++it)
        lanes.append(QJsonObject{{QStringLiteral("id"), double(it.key().value())}, {QStringLiteral("name"), it.value()}});
    QJsonArray cards;
    for (const Touchpoint &t : touchpoints) {
        QJsonObject card{{QStringLiteral("id"), double(t.id.value())},
                         {QStringLiteral("stage"), double(t.stage.value())},
                         {QStringLiteral("lane"), double(t.lane.value())},
                         {QStringLiteral("name"), t.name},
                         {QStringLiteral("description"), t.description},
                         {QStringLiteral("kind"), kindToString(t.kind)},
                         {QStringLiteral("owner"), t.owner},
                         {QStringLiteral("momentOfTruth"), t.momentOfTruth},
                         {QStringLiteral("notes"), t.notes},
                         {QStringLiteral("x"), t.position.x()},
                         {QStringLiteral("y"), t.position.y()}};
        if (t.target)
            card.insert(QStringLiteral("target"), *t.target);
        cards.append(card);
    }
    QJsonArray links;
    for (const Transition &t : transitions) {
        QJsonObject link{{QStringLiteral("from"), double(t.from.value())},
                         {QStringLiteral("to"), double(t.to.value())},
                         {QStringLiteral("label"), t.label}};
        if (t.share)
            link.insert(QStringLiteral("share"), *t.share);
        links.append(link);
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("stages"), stages},
                           {QStringLiteral("lanes"), lanes},
                           {QStringLiteral("touchpoints"), cards},
                           {QStringLiteral("transitions"), links}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<TouchpointClip> TouchpointClip::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName
        || root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return std::nullopt;

    TouchpointClip clip;
    for (const QJsonValue &value : root.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject stage = value.toObject();
        clip.stageNames.insert(StageId(idOf(stage.value(QStringLiteral("id")))),
                               stage.value(QStringLiteral("name")).toString());
    }
    for (const QJsonValue &value : root.value(QStringLiteral("lanes")).toArray()) {
        const QJsonObject lane = value.toObject();
        clip.laneNames.insert(LaneId(idOf(lane.value(QStringLiteral("id")))),
                              lane.value(QStringLiteral("name")).toString());
    }
    const QJsonArray cards = root.value(QStringLiteral("touchpoints")).toArray();
    if (cards.isEmpty() || cards.size() > MaximumTouchpoints)
        return std::nullopt;
    QSet<TouchpointId> ids;
    for (const QJsonValue &value : cards) {
        const QJsonObject card = value.toObject();
        Touchpoint t;
        t.id = TouchpointId(idOf(card.value(QStringLiteral("id"))));
        if (!t.id.isValid() || ids.contains(t.id))
            return std::nullopt;
        ids.insert(t.id);
        t.stage = StageId(idOf(card.value(QStringLiteral("stage"))));
        t.lane = LaneId(idOf(card.value(QStringLiteral("lane"))));
        t.name = card.value(QStringLiteral("name")).toString();
        t.description = card.value(QStringLiteral("description")).toString();
        t.kind = kindFromString(card.value(QStringLiteral("kind")).toString()).value_or(TouchpointKind::Direct);
        t.owner = card.value(QStringLiteral("owner")).toString();
        t.momentOfTruth = card.value(QStringLiteral("momentOfTruth")).toBool();
        t.notes = card.value(QStringLiteral("notes")).toString();
        t.position = QPointF(card.value(QStringLiteral("x")).toDouble(), card.value(QStringLiteral("y")).toDouble());
        if (const QJsonValue target = card.value(QStringLiteral("target")); target.isDouble())
            t.target = std::clamp(target.toDouble(), 0.0, 100.0);
        clip.touchpoints.append(t);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("transitions")).toArray()) {
        const QJsonObject link = value.toObject();
        Transition t;
        t.from = TouchpointId(idOf(link.value(QStringLiteral("from"))));
        t.to = TouchpointId(idOf(link.value(QStringLiteral("to"))));
        if (!ids.contains(t.from) || !ids.contains(t.to))
            continue;
        t.label = link.value(QStringLiteral("label")).toString();
        if (const QJsonValue share = link.value(QStringLiteral("share")); share.isDouble())
            t.share = std::clamp(share.toDouble(), 0.0, 1.0);
        clip.transitions.append(t);
    }
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
