// Reading cxmap JSON, hand-written or not: every fault is one line naming the file, the line of
// the item and what is wrong, and nothing is half-read.
#include "cxmapjsonformat.h"
#include "jsontext.h"

#include "layout/placement.h"
#include "layout/tidylayout.h"
#include "store/documenterror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace cxmap {

namespace {

const QStringList RootKeys{
    QStringLiteral("format"),      QStringLiteral("version"), QStringLiteral("name"),
    QStringLiteral("description"), QStringLiteral("outcome"), QStringLiteral("next_id"),
    QStringLiteral("stages"),      QStringLiteral("lanes"),   QStringLiteral("touchpoints"),
    QStringLiteral("transitions"), QStringLiteral("metrics"), QStringLiteral("segments"),
    QStringLiteral("workshop")};

class JsonMapReader
{
public:
    JsonMapReader(const QByteArray &data, const QString &name, FormatReport &report,
                  const QStringList &extensionKeys)
        : m_data(data)
        , m_name(name)
        , m_lines(data)
        , m_report(report)
        , m_extensionKeys(extensionKeys)
    {}

    JourneyBundle read();

private:
    // The item being read, for messages: "touchpoints"[3] on its line.
    struct Where
    {
        Where(QString k = {}, qsizetype i = -1)
            : key(std::move(k))
            , index(i)
        {}
        QString key;
        qsizetype index;
        QString label;
    };

    [[noreturn]] void fail(const Where &where, const QString &what) const
    {
        const int line =
            where.index >= 0 ? m_lines.line(where.key, where.index) : m_lines.keyLine(where.key);
        QString message =
            m_name + QLatin1Char(':') + QString::number(std::max(line, 1)) + QStringLiteral(": ");
        if (where.index >= 0)
            message += where.label.isEmpty()
                           ? QStringLiteral("%1[%2]: ").arg(where.key).arg(where.index)
                           : QStringLiteral("%1[%2] (\"%3\"): ")
                                 .arg(where.key)
                                 .arg(where.index)
                                 .arg(where.label);
        throw DocumentError(message + what);
    }

    void checkKeys(const QJsonObject &object, const QStringList &known, const Where &where)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()) || m_extensionKeys.contains(it.key()))
                continue;
            const int line =
                where.index >= 0 ? m_lines.line(where.key, where.index) : m_lines.keyLine(it.key());
            m_report.add(QCoreApplication::translate("cxmap::CxmapJsonReader", "the unknown key \"%1\"%2 (line %3), which was ignored")
                             .arg(it.key(), where.index >= 0
                                                ? QCoreApplication::translate("cxmap::CxmapJsonReader", " in %1").arg(where.key)
                                                : QString())
                             .arg(line));
        }
    }

    QJsonArray array(const QJsonObject &root, const QString &key)
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(Where(key), QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be a list").arg(key));
        return value.toArray();
    }

    QJsonObject item(const QJsonValue &value, const Where &where)
    {
        if (!value.isObject())
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "must be an object {…}"));
        return value.toObject();
    }

    QString text(const QJsonObject &object, const char *key, const Where &where,
                 bool required = false)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "has no \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        if (!value.isString())
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be text").arg(QLatin1String(key)));
        if (required && value.toString().trimmed().isEmpty())
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" is empty").arg(QLatin1String(key)));
        return value.toString();
    }

    std::optional<double> number(const QJsonObject &object, const char *key, const Where &where,
                                 double min, double max)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
            fail(where, max == std::numeric_limits<double>::max()
                            ? QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be a number of at least %2")
                                  .arg(QLatin1String(key))
                                  .arg(min)
                            : QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be a number from %2 to %3")
                                  .arg(QLatin1String(key))
                                  .arg(min)
                                  .arg(max));
        return value.toDouble();
    }

    bool flag(const QJsonObject &object, const char *key, const Where &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be true or false").arg(QLatin1String(key)));
        return value.toBool();
    }

    // An explicit ID, 0 when the item has none; IDs are unique across every kind of object.
    qint64 explicitId(const QJsonObject &object, const Where &where)
    {
        const QJsonValue value = object.value(QLatin1String("id"));
        if (value.isUndefined() || value.isNull())
            return 0;
        const double id = value.toDouble(-1);
        if (!value.isDouble() || id < 1 || id > 1e15 || id != std::floor(id))
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"id\" must be a whole number from 1"));
        if (m_ids.contains(qint64(id)))
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "ID %1 is used twice").arg(qint64(id)));
        m_ids.insert(qint64(id));
        m_highestId = std::max(m_highestId, qint64(id));
        return qint64(id);
    }

    template<typename IdType>
    IdType reference(const QJsonObject &object, const char *key, const Where &where,
                     const QHash<qint64, IdType> &byId, const QHash<QString, QList<IdType>> &byName,
                     const QString &what)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isDouble()) {
            const IdType id = byId.value(qint64(value.toDouble()));
            if (!id.isValid())
                fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\": there is no %2 with ID %3")
                                .arg(QLatin1String(key), what)
                                .arg(qint64(value.toDouble())));
            return id;
        }
        if (value.isString()) {
            const QList<IdType> named = byName.value(value.toString().trimmed().toCaseFolded());
            if (named.isEmpty())
                fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\": there is no %2 named \"%3\"%4")
                                .arg(QLatin1String(key), what, value.toString(),
                                     byId.isEmpty()
                                         ? QCoreApplication::translate("cxmap::CxmapJsonReader", " (the list of %1s is empty)").arg(what)
                                         : QString()));
            if (named.size() > 1)
                fail(where,
                     QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\": the %2 name \"%3\" appears %4 (refer to it by ID)")
                         .arg(QLatin1String(key), what, value.toString(),
                              named.size() == 2 ? QCoreApplication::translate("cxmap::CxmapJsonReader", "twice")
                                                : QCoreApplication::translate("cxmap::CxmapJsonReader", "%1 times").arg(named.size())));
            return named.first();
        }
        fail(where,
             QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must name a %2 or give its ID").arg(QLatin1String(key), what));
    }

    // The bands with the ID each gives (0: none yet).
    template<typename IdType>
    QList<std::pair<Band<IdType>, qint64>> readBands(const QJsonObject &root, const QString &key,
                                                     const char *extentKey, double defaultExtent);
    void readRoot(const QJsonObject &root);

    QByteArray m_data;
    QString m_name;
    JsonLineIndex m_lines;
    FormatReport &m_report;
    QStringList m_extensionKeys;
    JourneyBundle m_bundle;
    QSet<qint64> m_ids;
    qint64 m_highestId = 0;
};

template<typename IdType>
QList<std::pair<Band<IdType>, qint64>>
JsonMapReader::readBands(const QJsonObject &root, const QString &key, const char *extentKey,
                         double defaultExtent)
{
    QList<std::pair<Band<IdType>, qint64>> result;
    const QJsonArray bands = array(root, key);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        Where where{key, i};
        const QJsonObject object = item(bands.at(i), where);
        checkKeys(object,
                  {QStringLiteral("id"), QStringLiteral("name"), QString::fromLatin1(extentKey)},
                  where);
        Band<IdType> band;
        band.name = text(object, "name", where, true).trimmed();
        where.label = band.name;
        band.extent =
            number(object, extentKey, where, MinimumBandExtent, 1e6).value_or(defaultExtent);
        result.append({band, explicitId(object, where)});
    }
    return result;
}

JourneyBundle JsonMapReader::read()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_data, &error);
    if (error.error != QJsonParseError::NoError)
        throw DocumentError(QCoreApplication::translate("cxmap::CxmapJsonReader", "%1:%2: not valid JSON: %3")
                                .arg(m_name)
                                .arg(JsonLineIndex::lineOf(m_data, error.offset))
                                .arg(error.errorString()));
    if (!document.isObject())
        throw DocumentError(
            QCoreApplication::translate("cxmap::CxmapJsonReader", "%1:1: not a cxmap map (the JSON is not an object {…})").arg(m_name));
    readRoot(document.object());
    return m_bundle;
}

void JsonMapReader::readRoot(const QJsonObject &root)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String("cxmap"))
        fail(Where(QStringLiteral("format")),
             format.isUndefined()
                 ? QCoreApplication::translate("cxmap::CxmapJsonReader", "not a cxmap map (it has no \"format\": \"cxmap\")")
                 : QCoreApplication::translate("cxmap::CxmapJsonReader", "not a cxmap map (its format is %1)").arg(jsonValue(format)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() < 1))
        fail(Where(QStringLiteral("version")),
             QCoreApplication::translate("cxmap::CxmapJsonReader", "\"version\" must be a whole number from 1"));
    if (version.toDouble(1) > CxmapJsonFormat::Version)
        fail(Where(QStringLiteral("version")),
             QCoreApplication::translate("cxmap::CxmapJsonReader", "written by a newer cxmap (format version %1; this one reads %2)")
                 .arg(version.toDouble())
                 .arg(CxmapJsonFormat::Version));
    checkKeys(root, RootKeys, Where());
    Journey &journey = m_bundle.journey;
    journey.setName(text(root, "name", Where(QStringLiteral("name"))));
    journey.setDescription(text(root, "description", Where(QStringLiteral("description"))));
    journey.setOutcomeMetric(text(root, "outcome", Where(QStringLiteral("outcome"))).trimmed());

    // First every object with the IDs it gives; then IDs for those without, in document order.
    QHash<qint64, StageId> stagesById;
    QHash<QString, QList<StageId>> stagesByName;
    QHash<qint64, LaneId> lanesById;
    QHash<QString, QList<LaneId>> lanesByName;
    const auto stages =
        readBands<StageId>(root, QStringLiteral("stages"), "width", DefaultStageWidth);
    const auto lanes =
        readBands<LaneId>(root, QStringLiteral("lanes"), "height", DefaultLaneHeight);

    struct PendingTouchpoint
    {
        QJsonObject object;
        Where where;
        qint64 id;
    };
    QList<PendingTouchpoint> touchpointItems;
    const QJsonArray touchpoints = array(root, QStringLiteral("touchpoints"));
    for (qsizetype i = 0; i < touchpoints.size(); ++i) {
        Where where{QStringLiteral("touchpoints"), i};
        const QJsonObject object = item(touchpoints.at(i), where);
        where.label = object.value(QLatin1String("name")).toString();
        touchpointItems.append({object, where, explicitId(object, where)});
    }
    QList<std::pair<QJsonObject, Where>> transitionItems;
    QList<qint64> transitionIds;
    const QJsonArray transitions = array(root, QStringLiteral("transitions"));
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const Where where{QStringLiteral("transitions"), i};
        const QJsonObject object = item(transitions.at(i), where);
        transitionItems.append({object, where});
        transitionIds.append(explicitId(object, where));
    }

    // Workshop input: its lists and the IDs they give, read once the touchpoints are known.
    struct WorkshopItem
    {
        QJsonObject object;
        Where where;
        qint64 id;
    };
    QList<WorkshopItem> workshopItems[3];
    const char *const workshopLists[3] = {"sessions", "votes", "notes"};
    const QJsonValue workshop = root.value(QLatin1String("workshop"));
    if (!workshop.isUndefined() && !workshop.isNull()) {
        if (!workshop.isObject())
            fail(Where(QStringLiteral("workshop")),
                 QCoreApplication::translate("cxmap::CxmapJsonReader", "\"workshop\" must be an object {…}"));
        const QJsonObject object = workshop.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != QLatin1String("sessions") && it.key() != QLatin1String("votes") &&
                it.key() != QLatin1String("notes"))
                m_report.add(QCoreApplication::translate("cxmap::CxmapJsonReader", "the unknown key \"%1\" in workshop, which was ignored")
                                 .arg(it.key()));
        for (int list = 0; list < 3; ++list) {
            const QString path = QStringLiteral("workshop.") + QLatin1String(workshopLists[list]);
            const QJsonValue value = object.value(QLatin1String(workshopLists[list]));
            if (!value.isUndefined() && !value.isNull() && !value.isArray())
                fail(Where(QStringLiteral("workshop")),
                     QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be a list").arg(path));
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const Where where{path, i};
                const QJsonObject entry = item(items.at(i), where);
                workshopItems[list].append({entry, where, explicitId(entry, where)});
            }
        }
    }

    qint64 next = m_highestId + 1;
    const auto assign = [&next](qint64 id) { return id > 0 ? id : next++; };
    for (auto [stage, id] : stages) {
        stage.id = StageId(assign(id));
        journey.stages().append(stage);
        stagesById.insert(stage.id.value(), stage.id);
        stagesByName[stage.name.toCaseFolded()].append(stage.id);
    }
    for (auto [lane, id] : lanes) {
        lane.id = LaneId(assign(id));
        journey.lanes().append(lane);
        lanesById.insert(lane.id.value(), lane.id);
        lanesByName[lane.name.toCaseFolded()].append(lane.id);
    }

    const QStringList touchpointKeys{QStringLiteral("id"),       QStringLiteral("stage"),
                                     QStringLiteral("lane"),     QStringLiteral("name"),
                                     QStringLiteral("kind"),     QStringLiteral("owner"),
                                     QStringLiteral("target"),   QStringLiteral("moment_of_truth"),
                                     QStringLiteral("position"), QStringLiteral("description"),
                                     QStringLiteral("notes")};
    QHash<qint64, TouchpointId> touchpointsById;
    QHash<QString, QList<TouchpointId>> touchpointsByName;
    QList<TouchpointId> unplaced;
    for (const PendingTouchpoint &pending : std::as_const(touchpointItems)) {
        const QJsonObject &object = pending.object;
        const Where &where = pending.where;
        checkKeys(object, touchpointKeys, where);
        Touchpoint t;
        t.id = TouchpointId(assign(pending.id));
        t.name = text(object, "name", where, true).trimmed();
        t.stage =
            reference(object, "stage", where, stagesById, stagesByName, QStringLiteral("stage"));
        t.lane = reference(object, "lane", where, lanesById, lanesByName, QStringLiteral("lane"));
        const QString kind = text(object, "kind", where);
        const std::optional<TouchpointKind> parsed = kindFromString(kind);
        if (!parsed)
            fail(where,
                 QCoreApplication::translate("cxmap::CxmapJsonReader", "\"kind\" must be direct or indirect, not \"%1\"").arg(kind));
        t.kind = *parsed;
        t.owner = text(object, "owner", where);
        t.description = text(object, "description", where);
        t.notes = text(object, "notes", where);
        t.target = number(object, "target", where, 0.0, 100.0);
        t.momentOfTruth = flag(object, "moment_of_truth", where);
        const QJsonValue position = object.value(QLatin1String("position"));
        if (position.isUndefined() || position.isNull()) {
            unplaced.append(t.id);
        } else {
            const QJsonArray xy = position.toArray();
            if (!position.isArray() || xy.size() != 2 || !xy.at(0).isDouble() ||
                !xy.at(1).isDouble() || std::abs(xy.at(0).toDouble()) > 1e6 ||
                std::abs(xy.at(1).toDouble()) > 1e6)
                fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"position\" must be [x, y]"));
            t.position = QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        journey.touchpoints().append(t);
        touchpointsById.insert(t.id.value(), t.id);
        touchpointsByName[t.name.toCaseFolded()].append(t.id);
    }

    QSet<std::pair<qint64, qint64>> linked;
    for (qsizetype i = 0; i < transitionItems.size(); ++i) {
        const auto &[object, where] = transitionItems.at(i);
        checkKeys(object,
                  {QStringLiteral("id"), QStringLiteral("from"), QStringLiteral("to"),
                   QStringLiteral("share"), QStringLiteral("label")},
                  where);
        Transition t;
        t.id = TransitionId(assign(transitionIds.at(i)));
        t.from = reference(object, "from", where, touchpointsById, touchpointsByName,
                           QStringLiteral("touchpoint"));
        t.to = reference(object, "to", where, touchpointsById, touchpointsByName,
                         QStringLiteral("touchpoint"));
        if (t.from == t.to)
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "a transition from a touchpoint to itself"));
        if (linked.contains({t.from.value(), t.to.value()}))
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "the transition from \"%1\" to \"%2\" is listed twice")
                            .arg(journey.touchpoints().find(t.from)->name,
                                 journey.touchpoints().find(t.to)->name));
        linked.insert({t.from.value(), t.to.value()});
        t.share = number(object, "share", where, 0.0, 1.0);
        t.label = text(object, "label", where);
        journey.transitions().append(t);
    }

    const auto when = [&](const QJsonObject &object, const char *key, const Where &where) {
        const QString text = this->text(object, key, where);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
        if (!parsed.isValid())
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "\"%1\" must be a date and time like 2026-01-15T09:00:00Z")
                            .arg(QLatin1String(key)));
        return parsed.toUTC();
    };
    Workshop &input = journey.workshop();
    QSet<qint64> sessions;
    for (const WorkshopItem &entry : std::as_const(workshopItems[0])) {
        checkKeys(entry.object,
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("started")},
                  entry.where);
        WorkshopSession session;
        session.id = assign(entry.id);
        session.name = text(entry.object, "name", entry.where);
        session.started = when(entry.object, "started", entry.where);
        input.sessions.append(session);
        sessions.insert(session.id);
    }
    const auto sessionOf = [&](const WorkshopItem &entry) {
        const QJsonValue value = entry.object.value(QLatin1String("session"));
        const qint64 id = value.isDouble() ? qint64(value.toDouble()) : 0;
        if (!sessions.contains(id))
            fail(entry.where,
                 QCoreApplication::translate("cxmap::CxmapJsonReader", "\"session\" must be the ID of one of the workshop's sessions"));
        return id;
    };
    for (const WorkshopItem &entry : std::as_const(workshopItems[1])) {
        checkKeys(entry.object,
                  {QStringLiteral("id"), QStringLiteral("session"), QStringLiteral("touchpoint"),
                   QStringLiteral("created")},
                  entry.where);
        WorkshopVote vote;
        vote.id = assign(entry.id);
        vote.session = sessionOf(entry);
        vote.touchpoint = reference(entry.object, "touchpoint", entry.where, touchpointsById,
                                    touchpointsByName, QStringLiteral("touchpoint"));
        vote.created = when(entry.object, "created", entry.where);
        input.votes.append(vote);
    }
    for (const WorkshopItem &entry : std::as_const(workshopItems[2])) {
        checkKeys(entry.object,
                  {QStringLiteral("id"), QStringLiteral("session"), QStringLiteral("touchpoint"),
                   QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("created")},
                  entry.where);
        WorkshopNote note;
        note.id = assign(entry.id);
        note.session = sessionOf(entry);
        note.touchpoint = reference(entry.object, "touchpoint", entry.where, touchpointsById,
                                    touchpointsByName, QStringLiteral("touchpoint"));
        const QString kind = text(entry.object, "kind", entry.where);
        const std::optional<NoteKind> parsed =
            kind.isEmpty() ? NoteKind::PainPoint : noteKindFromString(kind);
        if (!parsed)
            fail(entry.where,
                 QCoreApplication::translate("cxmap::CxmapJsonReader", "\"kind\" must be pain_point, idea or question, not \"%1\"")
                     .arg(kind));
        note.kind = *parsed;
        note.text = text(entry.object, "text", entry.where);
        note.created = when(entry.object, "created", entry.where);
        input.notes.append(note);
    }

    const QJsonValue nextId = root.value(QLatin1String("next_id"));
    if (!nextId.isUndefined() &&
        (!nextId.isDouble() || nextId.toDouble() < 1 || nextId.toDouble() > 1e15))
        fail(Where(QStringLiteral("next_id")),
             QCoreApplication::translate("cxmap::CxmapJsonReader", "\"next_id\" must be a whole number from 1"));
    journey.setNextId(std::max<qint64>(next, qint64(nextId.toDouble(1))));

    const QList<Metric> builtins = builtinMetrics();
    const QJsonArray metrics = array(root, QStringLiteral("metrics"));
    if (!metrics.isEmpty())
        m_bundle.metrics = builtins;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        Where where{QStringLiteral("metrics"), i};
        const QJsonObject object = item(metrics.at(i), where);
        checkKeys(object,
                  {QStringLiteral("name"), QStringLiteral("min"), QStringLiteral("max"),
                   QStringLiteral("higher_is_better"), QStringLiteral("top_box_from"),
                   QStringLiteral("description")},
                  where);
        Metric metric;
        metric.name = text(object, "name", where, true).trimmed();
        where.label = metric.name;
        const double huge = 1e12;
        const std::optional<double> min = number(object, "min", where, -huge, huge);
        const std::optional<double> max = number(object, "max", where, -huge, huge);
        if (!min || !max || *min >= *max)
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "needs \"min\" and \"max\", min below max"));
        metric.min = *min;
        metric.max = *max;
        const QJsonValue higher = object.value(QLatin1String("higher_is_better"));
        metric.higherIsBetter = higher.isUndefined() || higher.isNull()
                                    ? true
                                    : flag(object, "higher_is_better", where);
        metric.topBoxFrom = number(object, "top_box_from", where, metric.min, metric.max);
        metric.description = text(object, "description", where);
        const auto same = std::find_if(
            m_bundle.metrics.begin(), m_bundle.metrics.end(), [&metric](const Metric &m) {
                return m.name.compare(metric.name, Qt::CaseInsensitive) == 0;
            });
        if (same != m_bundle.metrics.end()) {
            if (same->id.value() <= builtins.size()) {
                metric.id = same->id;
                if (!(metric == *same))
                    m_report.add(QStringLiteral("the definition of the built-in metric \"%1\" "
                                                "(line %2): the built-in one is kept")
                                     .arg(metric.name)
                                     .arg(m_lines.line(where.key, where.index)));
                continue;
            }
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "the metric \"%1\" is defined twice").arg(metric.name));
        }
        metric.id = MetricId(m_bundle.metrics.size() + 1);
        m_bundle.metrics.append(metric);
    }

    const QJsonArray segments = array(root, QStringLiteral("segments"));
    QSet<QString> segmentNames;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Where where{QStringLiteral("segments"), i};
        const QJsonObject object = item(segments.at(i), where);
        checkKeys(object, {QStringLiteral("name")}, where);
        const QString name = text(object, "name", where, true).trimmed();
        if (segmentNames.contains(name.toCaseFolded()))
            fail(where, QCoreApplication::translate("cxmap::CxmapJsonReader", "the segment \"%1\" is listed twice").arg(name));
        segmentNames.insert(name.toCaseFolded());
        m_bundle.segments.append(Segment{SegmentId(i + 1), name});
    }

    // Cards without a position: a tidy layout when none has one, else placed beside the others.
    if (!unplaced.isEmpty() && unplaced.size() == journey.touchpoints().size())
        journey = tidied(journey);
    else if (!unplaced.isEmpty())
        placeNewCards(journey, unplaced);
}

} // namespace

JourneyBundle CxmapJsonFormat::parse(const QByteArray &data, const QString &name,
                                     FormatReport &report) const
{
    return parseMap(data, name, report);
}

JourneyBundle CxmapJsonFormat::parseMap(const QByteArray &data, const QString &name,
                                        FormatReport &report, const QStringList &extensionKeys)
{
    JourneyBundle bundle = JsonMapReader(data, name, report, extensionKeys).read();
    requireConsistent(bundle.journey, name);
    return bundle;
}

} // namespace cxmap
