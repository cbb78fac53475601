#include "sequencemap.h"

#include "import/importer.h"
#include "layout/tidylayout.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cxmap {

double scoreFromRating(double rating)
{
    return std::clamp((rating - 1.0) * 25.0, 0.0, 100.0);
}

double ratingFromScore(double score)
{
    return std::clamp(1.0 + score / 25.0, 1.0, 5.0);
}

QList<const Touchpoint *> sequenceOrder(const Journey &journey)
{
    QList<const Touchpoint *> order;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        order.append(&touchpoint);
    std::stable_sort(order.begin(), order.end(),
                     [&journey](const Touchpoint *a, const Touchpoint *b) {
                         const auto key = [&journey](const Touchpoint *t) {
                             return std::tuple(journey.stages().indexOf(t->stage),
                                               journey.lanes().indexOf(t->lane), t->position.y(),
                                               t->position.x());
                         };
                         return key(a) < key(b);
                     });
    return order;
}

QString countOf(qsizetype count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(grouped(count), count == 1 ? singular : plural);
}

void reportUnkept(const JourneyBundle &bundle, MapParts kept, FormatReport &report)
{
    const Journey &journey = bundle.journey;
    const auto touchpoints = [](qsizetype n) {
        return countOf(n, QStringLiteral("touchpoint"), QStringLiteral("touchpoints"));
    };
    const auto countIf = [&journey](auto predicate) {
        return std::count_if(journey.touchpoints().begin(), journey.touchpoints().end(), predicate);
    };
    if (!kept.testFlag(MapPart::Layout) && !journey.touchpoints().isEmpty())
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the layout (card positions, stage widths and lane heights)"));
    if (!kept.testFlag(MapPart::Transitions) && !journey.transitions().isEmpty())
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "%1 (the touchpoints are written as one sequence)")
                       .arg(journey.transitions().size() == 1
                                ? QCoreApplication::translate("cxmap::SequenceMap", "1 transition with its share and label")
                                : QCoreApplication::translate("cxmap::SequenceMap", "%1 transitions with their shares and labels")
                                      .arg(grouped(journey.transitions().size()))));
    if (const auto n = countIf([](const Touchpoint &t) { return !t.owner.isEmpty(); });
        !kept.testFlag(MapPart::Owners) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the owners of %1").arg(touchpoints(n)));
    if (const auto n = countIf([](const Touchpoint &t) { return !t.notes.isEmpty(); });
        !kept.testFlag(MapPart::Notes) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the notes of %1").arg(touchpoints(n)));
    if (const auto n = countIf([](const Touchpoint &t) { return !t.description.isEmpty(); });
        !kept.testFlag(MapPart::Descriptions) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the descriptions of %1").arg(touchpoints(n)));
    if (const auto n =
            countIf([](const Touchpoint &t) { return t.kind == TouchpointKind::Indirect; });
        !kept.testFlag(MapPart::Kinds) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "that %1 indirect")
                       .arg(n == 1 ? QCoreApplication::translate("cxmap::SequenceMap", "1 touchpoint is")
                                   : QCoreApplication::translate("cxmap::SequenceMap", "%1 touchpoints are").arg(n)));
    if (const auto n = countIf([](const Touchpoint &t) { return t.momentOfTruth; });
        !kept.testFlag(MapPart::MomentsOfTruth) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the moment-of-truth flags of %1").arg(touchpoints(n)));
    if (const auto n = countIf([](const Touchpoint &t) { return t.target.has_value(); });
        !kept.testFlag(MapPart::Targets) && n)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "the targets of %1").arg(touchpoints(n)));
    const QList<Metric> builtins = builtinMetrics();
    QStringList custom;
    for (const Metric &metric : bundle.metrics)
        if (std::none_of(builtins.cbegin(), builtins.cend(),
                         [&metric](const Metric &b) { return b.name == metric.name; }))
            custom.append(metric.name);
    if (!kept.testFlag(MapPart::Metrics) && !custom.isEmpty())
        report.add(
            QCoreApplication::translate("cxmap::SequenceMap", "the %1 %2")
                .arg(custom.size() == 1 ? QCoreApplication::translate("cxmap::SequenceMap", "metric") : QCoreApplication::translate("cxmap::SequenceMap", "metrics"),
                     custom.join(QStringLiteral(", "))));
    if (!kept.testFlag(MapPart::Segments) && !bundle.segments.isEmpty()) {
        QStringList names;
        for (const Segment &segment : bundle.segments)
            names.append(segment.name);
        report.add(
            QCoreApplication::translate("cxmap::SequenceMap", "the %1 %2")
                .arg(names.size() == 1 ? QCoreApplication::translate("cxmap::SequenceMap", "segment") : QCoreApplication::translate("cxmap::SequenceMap", "segments"),
                     names.join(QStringLiteral(", "))));
    }
    if (!kept.testFlag(MapPart::Outcome) && !journey.outcomeMetric().isEmpty())
        report.add(
            QCoreApplication::translate("cxmap::SequenceMap", "the outcome metric (%1) that moments of truth are measured against")
                .arg(journey.outcomeMetric()));
    if (const Workshop &workshop = journey.workshop();
        !kept.testFlag(MapPart::Workshop) && !workshop.isEmpty())
        report.add(
            QCoreApplication::translate("cxmap::SequenceMap", "the workshop input (%1 and %2 in %3)")
                .arg(
                    countOf(workshop.votes.size(), QStringLiteral("vote"), QStringLiteral("votes")),
                    countOf(workshop.notes.size(), QStringLiteral("note"), QStringLiteral("notes")),
                    countOf(workshop.sessions.size(), QStringLiteral("session"),
                            QStringLiteral("sessions"))));
    if (bundle.storedAnswers > 0)
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "%1, which only a .cxmap file holds (they stay in the source)")
                       .arg(countOf(bundle.storedAnswers, QCoreApplication::translate("cxmap::SequenceMap", "survey answer"),
                                    QCoreApplication::translate("cxmap::SequenceMap", "survey answers"))));
    if (!bundle.answers.isEmpty())
        report.add(QCoreApplication::translate("cxmap::SequenceMap", "%1, which only a .cxmap file holds as answers")
                       .arg(countOf(bundle.answers.size(), QCoreApplication::translate("cxmap::SequenceMap", "experience rating"),
                                    QCoreApplication::translate("cxmap::SequenceMap", "experience ratings"))));
}

StageId SequenceBuilder::stage(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    if (const auto found = m_stages.constFind(key); found != m_stages.cend())
        return *found;
    const StageId id = m_journey.addStage(name.trimmed());
    m_stages.insert(key, id);
    return id;
}

LaneId SequenceBuilder::lane(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    if (const auto found = m_lanes.constFind(key); found != m_lanes.cend())
        return *found;
    const LaneId id = m_journey.addLane(name.trimmed());
    m_lanes.insert(key, id);
    return id;
}

TouchpointId SequenceBuilder::append(Touchpoint touchpoint)
{
    touchpoint.id = TouchpointId(m_journey.allocateId());
    m_journey.touchpoints().append(touchpoint);
    if (m_previous.isValid())
        m_journey.transitions().append(Transition{TransitionId(m_journey.allocateId()), m_previous,
                                                  touchpoint.id, std::nullopt, QString()});
    m_previous = touchpoint.id;
    return touchpoint.id;
}

Journey SequenceBuilder::finish()
{
    return tidied(m_journey);
}

} // namespace cxmap
