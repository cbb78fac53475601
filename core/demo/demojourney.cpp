#include "demojourney.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <type_traits>

namespace cxmap {

namespace {

// Where a card goes when the document gives no position: centred in a default-sized cell.
constexpr double CardWidth = 200.0;
constexpr double CardHeight = 64.0;

class JourneyParser
{
public:
    // Fills the journey from the document; on failure error() says why.
    bool parse(const QByteArray &json);
    const Journey &journey() const { return m_journey; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    template<typename IdType>
    bool parseBands(const QJsonObject &root, const QString &key, const QString &extentKey,
                    double defaultExtent);
    bool parseTouchpoint(const QJsonValue &value, qsizetype index);
    bool parseTransition(const QJsonValue &value, qsizetype index);

    Journey m_journey;
    QHash<QString, TouchpointId> m_touchpointsByName;
    QString m_error;
};

bool JourneyParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("the document is not a JSON object"));
    const QJsonObject root = document.object();

    m_journey.setName(root.value(QLatin1String("name")).toString().trimmed());
    if (m_journey.name().isEmpty())
        return fail(QStringLiteral("the journey has no \"name\""));
    m_journey.setDescription(root.value(QLatin1String("description")).toString());

    if (!parseBands<StageId>(root, QStringLiteral("stages"), QStringLiteral("width"),
                             DefaultStageWidth) ||
        !parseBands<LaneId>(root, QStringLiteral("lanes"), QStringLiteral("height"),
                            DefaultLaneHeight))
        return false;

    const QJsonValue touchpoints = root.value(QLatin1String("touchpoints"));
    if (!touchpoints.isArray())
        return fail(QStringLiteral("\"touchpoints\" is missing or not an array"));
    const QJsonArray touchpointArray = touchpoints.toArray();
    for (qsizetype i = 0; i < touchpointArray.size(); ++i)
        if (!parseTouchpoint(touchpointArray.at(i), i))
            return false;

    const QJsonValue transitions = root.value(QLatin1String("transitions"));
    if (!transitions.isUndefined() && !transitions.isArray())
        return fail(QStringLiteral("\"transitions\" is not an array"));
    const QJsonArray transitionArray = transitions.toArray();
    for (qsizetype i = 0; i < transitionArray.size(); ++i)
        if (!parseTransition(transitionArray.at(i), i))
            return false;

    const QString inconsistency = m_journey.checkConsistency();
    if (!inconsistency.isEmpty())
        return fail(inconsistency);
    return true;
}

template<typename IdType>
bool JourneyParser::parseBands(const QJsonObject &root, const QString &key,
                               const QString &extentKey, double defaultExtent)
{
    const QJsonValue value = root.value(key);
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(QStringLiteral("\"%1\" is missing or empty").arg(key));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject band = array.at(i).toObject();
        const QString name = band.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("%1[%2] has no \"name\"").arg(key).arg(i));
        const double extent = band.value(extentKey).toDouble(defaultExtent);
        if (extent < MinimumBandExtent)
            return fail(QStringLiteral("%1[%2] (\"%3\"): %4 %5 is below the minimum of %6")
                            .arg(key)
                            .arg(i)
                            .arg(name, extentKey)
                            .arg(extent)
                            .arg(MinimumBandExtent));
        if constexpr (std::is_same_v<IdType, StageId>) {
            if (m_journey.findStageByName(name))
                return fail(QStringLiteral("stage \"%1\" appears twice").arg(name));
            m_journey.addStage(name, extent);
        } else {
            if (m_journey.findLaneByName(name))
                return fail(QStringLiteral("lane \"%1\" appears twice").arg(name));
            m_journey.addLane(name, extent);
        }
    }
    return true;
}

bool JourneyParser::parseTouchpoint(const QJsonValue &value, qsizetype index)
{
    const QJsonObject object = value.toObject();
    Touchpoint touchpoint;
    touchpoint.name = object.value(QLatin1String("name")).toString().trimmed();
    if (touchpoint.name.isEmpty())
        return fail(QStringLiteral("touchpoints[%1] has no \"name\"").arg(index));
    const QString where = QStringLiteral("touchpoint \"%1\"").arg(touchpoint.name);
    // Transitions refer to touchpoints by name, so names must be unique.
    if (m_touchpointsByName.contains(touchpoint.name.toCaseFolded()))
        return fail(QStringLiteral("%1 appears twice").arg(where));

    const QString stageName = object.value(QLatin1String("stage")).toString();
    const Stage *stage = m_journey.findStageByName(stageName);
    if (!stage)
        return fail(QStringLiteral("%1: unknown stage \"%2\"").arg(where, stageName));
    const QString laneName = object.value(QLatin1String("lane")).toString();
    const Lane *lane = m_journey.findLaneByName(laneName);
    if (!lane)
        return fail(QStringLiteral("%1: unknown lane \"%2\"").arg(where, laneName));
    touchpoint.stage = stage->id;
    touchpoint.lane = lane->id;

    const QString kindText = object.value(QLatin1String("kind")).toString();
    const std::optional<TouchpointKind> kind = kindFromString(kindText);
    if (!kind)
        return fail(
            QStringLiteral("%1: unknown kind \"%2\" (direct or indirect)").arg(where, kindText));
    touchpoint.kind = *kind;
    touchpoint.owner = object.value(QLatin1String("owner")).toString();
    touchpoint.description = object.value(QLatin1String("description")).toString();
    touchpoint.notes = object.value(QLatin1String("notes")).toString();
    touchpoint.momentOfTruth = object.value(QLatin1String("moment_of_truth")).toBool(false);

    const QJsonValue target = object.value(QLatin1String("target"));
    if (!target.isUndefined() && !target.isNull()) {
        if (!target.isDouble() || target.toDouble() < 0.0 || target.toDouble() > 100.0)
            return fail(QStringLiteral("%1: \"target\" must be a number from 0 to 100").arg(where));
        touchpoint.target = target.toDouble();
    }

    const QJsonValue position = object.value(QLatin1String("position"));
    if (position.isUndefined()) {
        touchpoint.position =
            QPointF((stage->extent - CardWidth) / 2.0, (lane->extent - CardHeight) / 2.0);
    } else {
        const QJsonArray xy = position.toArray();
        if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return fail(QStringLiteral("%1: \"position\" must be [x, y]").arg(where));
        touchpoint.position = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }

    touchpoint.id = TouchpointId(m_journey.allocateId());
    m_touchpointsByName.insert(touchpoint.name.toCaseFolded(), touchpoint.id);
    m_journey.touchpoints().append(touchpoint);
    return true;
}

bool JourneyParser::parseTransition(const QJsonValue &value, qsizetype index)
{
    const QJsonObject object = value.toObject();
    const QString where = QStringLiteral("transitions[%1]").arg(index);
    Transition transition;
    const QString from = object.value(QLatin1String("from")).toString();
    const QString to = object.value(QLatin1String("to")).toString();
    transition.from = m_touchpointsByName.value(from.trimmed().toCaseFolded());
    transition.to = m_touchpointsByName.value(to.trimmed().toCaseFolded());
    if (!transition.from.isValid())
        return fail(QStringLiteral("%1: unknown touchpoint \"%2\" in \"from\"").arg(where, from));
    if (!transition.to.isValid())
        return fail(QStringLiteral("%1: unknown touchpoint \"%2\" in \"to\"").arg(where, to));

    const QJsonValue share = object.value(QLatin1String("share"));
    if (!share.isUndefined() && !share.isNull()) {
        if (!share.isDouble() || share.toDouble() < 0.0 || share.toDouble() > 1.0)
            return fail(
                QStringLiteral("%1 (\"%2\" → \"%3\"): \"share\" must be a number from 0 to 1")
                    .arg(where, from, to));
        transition.share = share.toDouble();
    }
    transition.label = object.value(QLatin1String("label")).toString();
    transition.id = TransitionId(m_journey.allocateId());
    m_journey.transitions().append(transition);
    return true;
}

} // namespace

QString demoResourcePath()
{
    return QStringLiteral(":/cxmap/demo/demo-journey.json");
}

QByteArray demoResourceData()
{
    QFile file(demoResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cxmap: the bundled demo journey %s is missing from the build: %s",
               qPrintable(demoResourcePath()), qPrintable(file.errorString()));
    return file.readAll();
}

std::optional<Journey> parseDemoJourney(const QByteArray &json, QString *error)
{
    JourneyParser parser;
    if (parser.parse(json))
        return parser.journey();
    if (error)
        *error = parser.error();
    return std::nullopt;
}

Journey loadDemoJourney()
{
    QString error;
    std::optional<Journey> journey = parseDemoJourney(demoResourceData(), &error);
    if (!journey)
        qFatal("cxmap: the bundled demo journey %s is broken: %s", qPrintable(demoResourcePath()),
               qPrintable(error));
    return *std::move(journey);
}

} // namespace cxmap
