#include "cjmlformat.h"

#include "sequencemap.h"
#include "xmltree.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

#include <cmath>

namespace cxmap {

namespace {

const QString EndUserId = QStringLiteral("customer");

QString actorId(LaneId lane)
{
    return QStringLiteral("A%1").arg(lane.value());
}

void textElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeTextElement(name, text);
}

void party(QXmlStreamWriter &xml, const QString &role, const QString &actor, const QString &label)
{
    xml.writeStartElement(role);
    xml.writeEmptyElement(QStringLiteral("refersTo"));
    xml.writeAttribute(QStringLiteral("actorIDref"), actor);
    textElement(xml, role + QStringLiteral("Label"), label);
    xml.writeEndElement();
}

} // namespace

bool CjmlFormat::supportsFile(const QString &path, const QByteArray &head) const
{
    if (!TextJourneyFormat::supportsFile(path, head))
        return false;
    // .xml is shared: a CJML file has a CJML root element.
    return path.endsWith(QLatin1String(".cjml"), Qt::CaseInsensitive) || head.isEmpty() ||
           head.contains("<CJML");
}

QByteArray CjmlFormat::serialize(const JourneyBundle &bundle, FormatReport &report) const
{
    const Journey &journey = bundle.journey;
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(
        QStringLiteral(" Written by cxmap: the journey map as a CJML planned journey "));
    xml.writeStartElement(QStringLiteral("CJML"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("plannedJourney"));
    textElement(xml, QStringLiteral("journeyID"), QStringLiteral("PJ1"));
    textElement(xml, QStringLiteral("journeyTitle"), journey.name());
    xml.writeStartElement(QStringLiteral("journeyPhases"));
    for (const Stage &stage : journey.stages()) {
        xml.writeStartElement(QStringLiteral("journeyPhase"));
        xml.writeAttribute(QStringLiteral("phaseID"), QStringLiteral("P%1").arg(stage.id.value()));
        textElement(xml, QStringLiteral("phaseName"), stage.name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    if (!journey.description().isEmpty())
        textElement(xml, QStringLiteral("journeyShortSummary"), journey.description());

    xml.writeStartElement(QStringLiteral("actors"));
    xml.writeStartElement(QStringLiteral("endUser"));
    xml.writeAttribute(QStringLiteral("actorID"), EndUserId);
    textElement(xml, QStringLiteral("actorName"), QStringLiteral("Customer"));
    xml.writeEndElement();
    for (const Lane &lane : journey.lanes()) {
        xml.writeStartElement(QStringLiteral("serviceProvider"));
        xml.writeAttribute(QStringLiteral("actorID"), actorId(lane.id));
        textElement(xml, QStringLiteral("companyName"), lane.name);
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("touchpoints"));
    int rounded = 0;
    for (const Touchpoint *t : sequenceOrder(journey)) {
        const bool direct = t->kind == TouchpointKind::Direct;
        xml.writeStartElement(direct ? QStringLiteral("plannedCommunicationPoint")
                                     : QStringLiteral("plannedAction"));
        textElement(xml, QStringLiteral("touchpointID"), QStringLiteral("T%1").arg(t->id.value()));
        xml.writeEmptyElement(QStringLiteral("belongsTo"));
        xml.writeAttribute(QStringLiteral("phaseIDref"),
                           QStringLiteral("P%1").arg(t->stage.value()));
        if (direct) {
            party(xml, QStringLiteral("initiator"), EndUserId, t->name);
            party(xml, QStringLiteral("receiver"), actorId(t->lane), QString());
            xml.writeStartElement(QStringLiteral("channel"));
            textElement(xml, QStringLiteral("channelName"), journey.lanes().find(t->lane)->name);
            xml.writeEndElement();
        } else {
            party(xml, QStringLiteral("initiator"), actorId(t->lane), t->name);
        }
        if (!t->description.isEmpty())
            textElement(xml, QStringLiteral("comment"), t->description);
        if (t->target) {
            const double rating = std::round(ratingFromScore(*t->target));
            rounded += scoreFromRating(rating) != *t->target ? 1 : 0;
            xml.writeStartElement(QStringLiteral("touchpointExperience"));
            textElement(xml, QStringLiteral("experienceRating"), QString::number(int(rating)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // plannedJourney
    xml.writeEndElement(); // CJML
    xml.writeEndDocument();

    reportUnkept(bundle, MapPart::Descriptions | MapPart::Kinds | MapPart::Targets, report);
    if (rounded > 0)
        report.add(QStringLiteral(
                       "the exact targets of %1 (rounded to CJML's 1–5 rating, 25 points a step)")
                       .arg(countOf(rounded, QStringLiteral("touchpoint"),
                                    QStringLiteral("touchpoints"))));
    return data;
}

namespace {

class CjmlReader
{
public:
    CjmlReader(const QString &name, FormatReport &report)
        : m_name(name)
        , m_report(report)
    {}

    JourneyBundle read(const XmlElement &root);

private:
    struct Actor
    {
        QString name;
        bool endUser = false;
    };
    struct Step
    {
        const XmlElement *element = nullptr;
        QString id;
        QString label;
        QString phase;
        QString initiator;
        QString receiver;
        bool action = false;
        std::optional<double> rating;
    };

    [[noreturn]] void fail(const XmlElement &at, const QString &what) const
    {
        throw DocumentError(QStringLiteral("%1:%2: %3").arg(m_name).arg(at.line).arg(what));
    }

    void readActors(const XmlElement &journey);
    QList<Step> readSteps(const XmlElement &journey);
    QString actorRef(const XmlElement *party) const;
    void readActual(const XmlElement &journey, const QHash<QString, TouchpointId> &byStepId,
                    const QHash<QString, TouchpointId> &byLabel, QStringList &deviations);

    QString m_name;
    FormatReport &m_report;
    QHash<QString, Actor> m_actors;
    QStringList m_actorOrder;
    JourneyBundle m_bundle;
};

QString CjmlReader::actorRef(const XmlElement *party) const
{
    if (!party)
        return {};
    const XmlElement *refersTo = party->child(QStringLiteral("refersTo"));
    if (!refersTo)
        return {};
    const QString id = refersTo->attribute(QStringLiteral("actorIDref"));
    return (id.isEmpty() ? refersTo->attribute(QStringLiteral("actorID")) : id).trimmed();
}

void CjmlReader::readActors(const XmlElement &journey)
{
    const XmlElement *actors = journey.child(QStringLiteral("actors"));
    if (!actors)
        return;
    for (const XmlElement &actor : actors->children) {
        if (actor.name != QLatin1String("endUser") &&
            actor.name != QLatin1String("serviceProvider"))
            continue;
        QString id = actor.attribute(QStringLiteral("actorID")).trimmed();
        if (id.isEmpty())
            id = actor.attribute(QStringLiteral("actorIDref")).trimmed();
        if (id.isEmpty())
            fail(actor, QCoreApplication::translate("cxmap::CjmlFormat", "an actor without an actorID"));
        if (m_actors.contains(id))
            continue;
        QString name = actor.childText(QStringLiteral("actorName"));
        if (name.isEmpty())
            name = actor.childText(QStringLiteral("companyName"));
        m_actors.insert(id,
                        Actor{name.isEmpty() ? id : name, actor.name == QLatin1String("endUser")});
        m_actorOrder.append(id);
    }
}

QList<CjmlReader::Step> CjmlReader::readSteps(const XmlElement &journey)
{
    QList<Step> steps;
    const XmlElement *touchpoints = journey.child(QStringLiteral("touchpoints"));
    if (!touchpoints)
        return steps;
    for (const XmlElement &element : touchpoints->children) {
        const bool action = element.name.endsWith(QLatin1String("Action"));
        if (!action && !element.name.endsWith(QLatin1String("CommunicationPoint")))
            continue;
        Step step;
        step.element = &element;
        step.action = action;
        step.id = element.childText(QStringLiteral("touchpointID"));
        if (const XmlElement *belongsTo = element.child(QStringLiteral("belongsTo")))
            step.phase = belongsTo->attribute(QStringLiteral("phaseIDref")).trimmed();
        const XmlElement *initiator = element.child(QStringLiteral("initiator"));
        const XmlElement *receiver = element.child(QStringLiteral("receiver"));
        step.initiator = actorRef(initiator);
        step.receiver = actorRef(receiver);
        if (step.initiator.isEmpty())
            fail(element, QCoreApplication::translate("cxmap::CjmlFormat", "touchpoint %1 has no initiator").arg(step.id));
        for (const QString &actor : {step.initiator, step.receiver})
            if (!actor.isEmpty() && !m_actors.contains(actor))
                fail(
                    element,
                    QStringLiteral(
                        "touchpoint %1 refers to the actor \"%2\", which the journey does not list")
                        .arg(step.id, actor));
        step.label = initiator ? initiator->childText(QStringLiteral("initiatorLabel")) : QString();
        if (step.label.isEmpty() && receiver)
            step.label = receiver->childText(QStringLiteral("receiverLabel"));
        if (const XmlElement *experience = element.child(QStringLiteral("touchpointExperience"))) {
            const QString text = experience->childText(QStringLiteral("experienceRating"));
            if (!text.isEmpty()) {
                bool ok = false;
                const double rating = text.toDouble(&ok);
                if (!ok || rating < 1.0 || rating > 5.0)
                    fail(*experience,
                         QStringLiteral(
                             "touchpoint %1: the experience rating \"%2\" is not from 1 to 5")
                             .arg(step.id, text));
                step.rating = rating;
            }
        }
        steps.append(step);
    }
    return steps;
}

void CjmlReader::readActual(const XmlElement &journey, const QHash<QString, TouchpointId> &byStepId,
                            const QHash<QString, TouchpointId> &byLabel, QStringList &deviations)
{
    readActors(journey);
    const QString customer = journey.childText(QStringLiteral("journeyID"));
    const QString respondent =
        customer.isEmpty() ? QStringLiteral("actual journey %1").arg(journey.line) : customer;
    QStringList notes;
    int unmatched = 0;
    for (const Step &step : readSteps(journey)) {
        const QString compliance = step.element->childText(QStringLiteral("compliance")).toLower();
        TouchpointId match = byStepId.value(step.id);
        if (!match.isValid())
            match = byLabel.value(step.label.toCaseFolded());
        const bool deviation =
            step.id.startsWith(QLatin1Char('D')) || compliance == QLatin1String("adhoc") ||
            compliance == QLatin1String("failing") || compliance == QLatin1String("missing");
        const QString what =
            step.label.isEmpty() ? step.id : QStringLiteral("“%1”").arg(step.label);
        if (deviation)
            notes.append(compliance.isEmpty() || compliance == QLatin1String("adhoc")
                             ? QStringLiteral("ad hoc %1").arg(what)
                             : QStringLiteral("%1 %2").arg(what, compliance));
        if (!step.rating)
            continue;
        if (!match.isValid()) {
            ++unmatched;
            continue;
        }
        MeasurementRecord answer;
        answer.respondent = respondent;
        answer.touchpoint = match;
        answer.metric = QStringLiteral("emotion");
        answer.value = (*step.rating - 3.0) * 1.5;
        if (const XmlElement *stamps = step.element->child(QStringLiteral("timestamps"))) {
            for (const QString &key :
                 {QStringLiteral("timeCompleted"), QStringLiteral("timeConsumed"),
                  QStringLiteral("timeReceived"), QStringLiteral("timeStarted"),
                  QStringLiteral("timeOriginated")}) {
                QDateTime when = QDateTime::fromString(stamps->childText(key), Qt::ISODate);
                if (!when.isValid())
                    when = QDateTime::fromString(stamps->childText(key),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                if (when.isValid()) {
                    answer.timestamp = when.toSecsSinceEpoch();
                    break;
                }
            }
        }
        m_bundle.answers.append(answer);
    }
    if (!notes.isEmpty())
        deviations.append(
            QStringLiteral("%1: %2").arg(respondent, notes.join(QStringLiteral("; "))));
    if (unmatched > 0)
        m_report.add(
            QStringLiteral(
                "the ratings of %1 in the actual journey %2 that match no touchpoint of the plan")
                .arg(countOf(unmatched, QStringLiteral("step"), QStringLiteral("steps")),
                     respondent));
}

JourneyBundle CjmlReader::read(const XmlElement &root)
{
    if (root.name != QLatin1String("CJML"))
        fail(root, QCoreApplication::translate("cxmap::CjmlFormat", "not a CJML file (its root element is <%1>, not <CJML>)")
                       .arg(root.name));
    const QList<const XmlElement *> planned = root.childrenNamed(QStringLiteral("plannedJourney"));
    const QList<const XmlElement *> actual = root.childrenNamed(QStringLiteral("actualJourney"));
    if (planned.isEmpty() && actual.isEmpty())
        fail(root, QCoreApplication::translate("cxmap::CjmlFormat", "the CJML file holds no planned or actual journey"));
    const XmlElement &plan = planned.isEmpty() ? *actual.first() : *planned.first();
    if (planned.size() > 1)
        m_report.add(QCoreApplication::translate("cxmap::CjmlFormat", "%1 (a map holds one plan)")
                         .arg(countOf(planned.size() - 1, QCoreApplication::translate("cxmap::CjmlFormat", "further planned journey"),
                                      QCoreApplication::translate("cxmap::CjmlFormat", "further planned journeys"))));

    SequenceBuilder builder;
    Journey &journey = builder.journey();
    journey.setName(plan.childText(QStringLiteral("journeyTitle")));
    if (journey.name().isEmpty())
        journey.setName(plan.childText(QStringLiteral("journeyID")));
    QString description = plan.childText(QStringLiteral("journeyShortSummary"));
    if (const QString longer = plan.childText(QStringLiteral("journeyLongSummary"));
        !longer.isEmpty())
        description += (description.isEmpty() ? QString() : QStringLiteral("\n\n")) + longer;

    QHash<QString, QString> phases;
    if (const XmlElement *list = plan.child(QStringLiteral("journeyPhases"))) {
        for (const XmlElement *phase : list->childrenNamed(QStringLiteral("journeyPhase"))) {
            const QString id = phase->attribute(QStringLiteral("phaseID")).trimmed();
            QString name = phase->childText(QStringLiteral("phaseName"));
            if (name.isEmpty())
                name = id;
            if (name.isEmpty())
                fail(*phase, QCoreApplication::translate("cxmap::CjmlFormat", "a phase without a phaseID or phaseName"));
            phases.insert(id, name);
            builder.stage(name);
        }
    }
    readActors(plan);
    for (const QString &id : std::as_const(m_actorOrder))
        if (!m_actors.value(id).endUser)
            builder.lane(m_actors.value(id).name);

    const QList<Step> steps = readSteps(plan);
    QHash<QString, TouchpointId> byStepId;
    QHash<QString, TouchpointId> byLabel;
    // A touchpoint that names no phase is in the one before it (the first, or "Journey").
    QString phase =
        journey.stages().isEmpty() ? QStringLiteral("Journey") : journey.stages().at(0).name;
    int otherChannels = 0;
    int withoutPhase = 0;
    for (const Step &step : steps) {
        Touchpoint t;
        t.name = step.label.isEmpty() ? QStringLiteral("Touchpoint %1").arg(step.id) : step.label;
        if (!step.phase.isEmpty()) {
            if (!phases.contains(step.phase))
                fail(*step.element, QStringLiteral("touchpoint %1 belongs to the phase \"%2\", "
                                                   "which the journey does not list")
                                        .arg(step.id, step.phase));
            phase = phases.value(step.phase);
        } else {
            ++withoutPhase;
        }
        t.stage = builder.stage(phase);
        const Actor initiator = m_actors.value(step.initiator);
        const QString party = step.action || !initiator.endUser || step.receiver.isEmpty()
                                  ? step.initiator
                                  : step.receiver;
        const Actor &lane = m_actors[party];
        t.lane = builder.lane(lane.name);
        t.kind =
            step.action && !initiator.endUser ? TouchpointKind::Indirect : TouchpointKind::Direct;
        t.description = step.element->childText(QStringLiteral("comment"));
        QStringList notes;
        const QString channel = step.element->child(QStringLiteral("channel"))
                                    ? step.element->child(QStringLiteral("channel"))
                                          ->childText(QStringLiteral("channelName"))
                                    : QString();
        if (!channel.isEmpty() && channel.compare(lane.name, Qt::CaseInsensitive) != 0) {
            notes.append(QStringLiteral("Channel: %1").arg(channel));
            ++otherChannels;
        }
        if (const XmlElement *experience =
                step.element->child(QStringLiteral("touchpointExperience")))
            if (const QString text = experience->childText(QStringLiteral("experienceDescription"));
                !text.isEmpty())
                notes.append(QStringLiteral("Experience: %1").arg(text));
        t.notes = notes.join(QLatin1Char('\n'));
        // A plan's rating is what the experience should be; an actual journey's is one
        // customer's experience, read as an answer below.
        if (step.rating && !planned.isEmpty())
            t.target = scoreFromRating(*step.rating);
        const TouchpointId id = builder.append(t);
        if (!step.id.isEmpty() && !byStepId.contains(step.id))
            byStepId.insert(step.id, id);
        byLabel.insert(t.name.toCaseFolded(), id);
    }
    if (otherChannels > 0)
        m_report.add(
            QCoreApplication::translate("cxmap::CjmlFormat", "the channels of %1 that are not their lane (kept in their notes)")
                .arg(countOf(otherChannels, QStringLiteral("touchpoint"),
                             QStringLiteral("touchpoints"))));
    if (withoutPhase > 0 && !phases.isEmpty())
        m_report.add(QCoreApplication::translate("cxmap::CjmlFormat", "the phase of %1 without one (each put in the phase before it)")
                         .arg(countOf(withoutPhase, QStringLiteral("touchpoint"),
                                      QStringLiteral("touchpoints"))));

    QStringList deviations;
    for (const XmlElement *journeyElement : actual)
        readActual(*journeyElement, byStepId, byLabel, deviations);
    if (!deviations.isEmpty())
        description += (description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                       QStringLiteral("Deviations from the plan in actual journeys:\n") +
                       deviations.join(QLatin1Char('\n'));
    journey.setDescription(description);
    if (!m_bundle.answers.isEmpty())
        m_bundle.answersSource = QStringLiteral("experience ratings of CJML actual journeys");
    m_bundle.journey = builder.finish();
    return m_bundle;
}

} // namespace

JourneyBundle CjmlFormat::parse(const QByteArray &data, const QString &name,
                                FormatReport &report) const
{
    const XmlElement root = parseXml(data, name);
    return CjmlReader(name, report).read(root);
}

} // namespace cxmap
