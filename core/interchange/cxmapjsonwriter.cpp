// Writing cxmap JSON: keys in a fixed order, one item per line (see cxmapjsonformat.h).
#include "cxmapjsonformat.h"
#include "jsontext.h"
#include "sequencemap.h"

#include <QDateTime>
#include <QStringList>

namespace cxmap {

namespace {

QString optionalNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QStringLiteral("null");
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString id(qint64 value)
{
    return QString::number(value);
}

// `"key": [` + one line per item + `]`, or `"key": []`.
QString list(const char *key, const QStringList &lines)
{
    const QString head = QStringLiteral("  %1: ").arg(jsonString(QString::fromLatin1(key)));
    if (lines.isEmpty())
        return head + QStringLiteral("[]");
    return head + QStringLiteral("[\n    ") + lines.join(QStringLiteral(",\n    ")) +
           QStringLiteral("\n  ]");
}

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? jsonString(when.toUTC().toString(Qt::ISODate)) : QStringLiteral("null");
}

// The workshop input, its three lists one item per line like the map's.
QString workshopSection(const Workshop &workshop)
{
    QStringList sessions, votes, notes;
    for (const WorkshopSession &session : workshop.sessions)
        sessions.append(jsonObjectLine({{"id", id(session.id)},
                                        {"name", jsonString(session.name)},
                                        {"started", timestamp(session.started)}}));
    for (const WorkshopVote &vote : workshop.votes)
        votes.append(jsonObjectLine({{"id", id(vote.id)},
                                     {"session", id(vote.session)},
                                     {"touchpoint", id(vote.touchpoint.value())},
                                     {"created", timestamp(vote.created)}}));
    for (const WorkshopNote &note : workshop.notes)
        notes.append(jsonObjectLine({{"id", id(note.id)},
                                     {"session", id(note.session)},
                                     {"touchpoint", id(note.touchpoint.value())},
                                     {"kind", jsonString(noteKindToString(note.kind))},
                                     {"text", jsonString(note.text)},
                                     {"created", timestamp(note.created)}}));
    const auto nested = [](const char *key, const QStringList &lines) {
        return list(key, lines)
            .replace(QStringLiteral("\n"), QStringLiteral("\n  "))
            .prepend(QStringLiteral("  "));
    };
    return QStringLiteral("  \"workshop\": {\n%1,\n%2,\n%3\n  }")
        .arg(nested("sessions", sessions), nested("votes", votes), nested("notes", notes));
}

QStringList mapSections(const Journey &journey)
{
    QStringList stages, lanes, touchpoints, transitions;
    for (const Stage &stage : journey.stages())
        stages.append(jsonObjectLine({{"id", id(stage.id.value())},
                                      {"name", jsonString(stage.name)},
                                      {"width", jsonNumber(stage.extent)}}));
    for (const Lane &lane : journey.lanes())
        lanes.append(jsonObjectLine({{"id", id(lane.id.value())},
                                     {"name", jsonString(lane.name)},
                                     {"height", jsonNumber(lane.extent)}}));
    for (const Touchpoint &t : journey.touchpoints())
        touchpoints.append(jsonObjectLine(
            {{"id", id(t.id.value())},
             {"stage", id(t.stage.value())},
             {"lane", id(t.lane.value())},
             {"name", jsonString(t.name)},
             {"kind", jsonString(kindToString(t.kind))},
             {"owner", jsonString(t.owner)},
             {"target", optionalNumber(t.target)},
             {"moment_of_truth", boolean(t.momentOfTruth)},
             {"position", QStringLiteral("[%1, %2]")
                              .arg(jsonNumber(t.position.x()), jsonNumber(t.position.y()))},
             {"description", jsonString(t.description)},
             {"notes", jsonString(t.notes)}}));
    for (const Transition &t : journey.transitions())
        transitions.append(jsonObjectLine({{"id", id(t.id.value())},
                                           {"from", id(t.from.value())},
                                           {"to", id(t.to.value())},
                                           {"share", optionalNumber(t.share)},
                                           {"label", jsonString(t.label)}}));
    QStringList sections{
        QStringLiteral("  \"format\": \"cxmap\""),
        QStringLiteral("  \"version\": %1").arg(CxmapJsonFormat::Version),
        QStringLiteral("  \"name\": %1").arg(jsonString(journey.name())),
        QStringLiteral("  \"description\": %1").arg(jsonString(journey.description())),
        QStringLiteral("  \"outcome\": %1")
            .arg(journey.outcomeMetric().isEmpty() ? QStringLiteral("null")
                                                   : jsonString(journey.outcomeMetric())),
        QStringLiteral("  \"next_id\": %1").arg(journey.nextId()),
        list("stages", stages),
        list("lanes", lanes),
        list("touchpoints", touchpoints),
        list("transitions", transitions)};
    if (!journey.workshop().isEmpty())
        sections.append(workshopSection(journey.workshop()));
    return sections;
}

QByteArray document(const QStringList &sections)
{
    return (QStringLiteral("{\n") + sections.join(QStringLiteral(",\n")) + QStringLiteral("\n}\n"))
        .toUtf8();
}

} // namespace

QByteArray CxmapJsonFormat::serialize(const JourneyBundle &bundle, FormatReport &report) const
{
    QStringList sections = mapSections(bundle.journey);
    QStringList metrics, segments;
    for (const Metric &m : bundle.metrics.isEmpty() ? builtinMetrics() : bundle.metrics)
        metrics.append(jsonObjectLine({{"name", jsonString(m.name)},
                                       {"min", jsonNumber(m.min)},
                                       {"max", jsonNumber(m.max)},
                                       {"higher_is_better", boolean(m.higherIsBetter)},
                                       {"top_box_from", optionalNumber(m.topBoxFrom)},
                                       {"description", jsonString(m.description)}}));
    for (const Segment &segment : bundle.segments)
        segments.append(jsonObjectLine({{"name", jsonString(segment.name)}}));
    sections.append(list("metrics", metrics));
    sections.append(list("segments", segments));

    // Only answers: the JSON holds the rest of the map.
    JourneyBundle answersOnly;
    answersOnly.storedAnswers = bundle.storedAnswers;
    answersOnly.answers = bundle.answers;
    reportUnkept(answersOnly, {}, report);
    return document(sections);
}

QByteArray CxmapJsonFormat::mapOnly(const Journey &journey)
{
    return document(mapSections(journey));
}

} // namespace cxmap
