#include "columnplan.h"

#include "model/journey.h"
#include "store/documenterror.h"
#include "surveyheader.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace cxmap {

namespace {

bool among(const QString &normalised, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (normalised == QLatin1String(name))
            return true;
    return false;
}

bool isRespondentColumn(const QString &n)
{
    return among(n, {"respondent", "respondent id", "respondentid", "id", "response id", "responseid",
                     "record id", "participant", "participant id", "customer id"});
}

// End and recorded dates say when the answers were given; a start date only when they began.
int timestampPriority(const QString &n)
{
    if (among(n, {"timestamp", "submitted", "submitted at", "date submitted", "submission date",
                  "recorded date", "recordeddate", "end date", "enddate", "completed", "date"}))
        return 2;
    if (among(n, {"start date", "startdate"}))
        return 1;
    return 0;
}

bool isSegmentColumn(const QString &n)
{
    return among(n, {"segment", "customer segment", "persona"});
}

// Survey-tool bookkeeping: read past without a word.
bool isMetadataColumn(const QString &n)
{
    return among(n, {"status", "progress", "duration in seconds", "duration", "finished",
                     "distribution channel", "distributionchannel", "user language", "userlanguage",
                     "external reference", "externalreference", "collector id", "custom data 1",
                     "custom data", "response type", "q recaptchascore", "start date", "startdate"});
}

// A journey-level outcome: overall satisfaction or likelihood to recommend, as the column or
// its question says it ("How likely is it that you would recommend us to a friend?").
std::optional<QString> outcomeMetric(const QString &n)
{
    const QStringList words = n.split(QLatin1Char(' '));
    if (n == QLatin1String("nps") || words.contains(QLatin1String("recommend"))
        || n.contains(QLatin1String("likelihood to recommend")) || n.contains(QLatin1String("net promoter")))
        return QStringLiteral("nps");
    if (among(n, {"overall satisfaction", "satisfaction", "overall csat", "overall", "csat overall"})
        || (words.contains(QLatin1String("overall")) && n.contains(QLatin1String("satisf"))))
        return QStringLiteral("csat");
    return std::nullopt;
}

// Which metric and kind a header names, if any: "Online checkout - effort", "Store (NPS)".
void metricFromHeader(const QString &n, const QString &fallback, QString *metric, MeasurementKind *kind)
{
    *metric = fallback;
    *kind = MeasurementKind::Experience;
    const QStringList words = n.split(QLatin1Char(' '));
    if (words.contains(QLatin1String("expectation")) || words.contains(QLatin1String("expected")) || words.contains(QLatin1String("expect")))
        *kind = MeasurementKind::Expectation;
    if (words.contains(QLatin1String("nps")) || words.contains(QLatin1String("recommend")))
        *metric = QStringLiteral("nps");
    else if (words.contains(QLatin1String("ces")) || words.contains(QLatin1String("effort")))
        *metric = QStringLiteral("ces");
    else if (words.contains(QLatin1String("csat")))
        *metric = QStringLiteral("csat");
    else if (words.contains(QLatin1String("emotion")))
        *metric = QStringLiteral("emotion");
}

} // namespace

bool isPrivateColumn(const QString &header)
{
    const QString n = normaliseLabel(header);
    return among(n, {"email", "e mail", "email address", "e mail address", "recipient email", "recipientemail",
                     "ip", "ip address", "ipaddress", "first name", "last name", "recipient first name",
                     "recipientfirstname", "recipient last name", "recipientlastname", "name", "full name",
                     "phone", "phone number", "telephone", "mobile number", "location latitude",
                     "locationlatitude", "location longitude", "locationlongitude"});
}

int ColumnPlan::ratedCount() const
{
    int count = 0;
    for (const PlannedColumn &column : columns)
        count += column.role == PlannedColumn::Role::Rated ? 1 : 0;
    return count;
}

ColumnPlan planColumns(const SurveyHeader &header, const ImportMapping &mapping,
                       const Journey &journey, const QStringList &metrics, const QString &fileName)
{
    using Role = PlannedColumn::Role;
    ColumnPlan plan;
    plan.effective = mapping;
    plan.effective.columns.clear();
    plan.columns.resize(header.names.size());

    // A fault of the mapping is shown at its key in the mapping file; one of a mapping made in
    // the program (the wizard) at the data file's header.
    auto fail = [&](const QString &key, const QString &what) {
        if (mapping.sourceName.isEmpty())
            throw DocumentError(QStringLiteral("%1:%2: %3").arg(fileName).arg(header.line).arg(what));
        throw DocumentError(QStringLiteral("%1: %2").arg(mapping.where(key), what));
    };
    auto column = [&](const QString &name, const QString &key, const char *role) {
        const int index = header.find(name);
        if (index < 0) {
            QStringList names = header.names.mid(0, 12);
            if (header.names.size() > 12)
                names.append(QStringLiteral("…"));
            fail(key, QStringLiteral("the mapping's %1 column \"%2\" is not in %3 (its header, line %4, has %5)")
                          .arg(QLatin1String(role), name, fileName)
                          .arg(header.line)
                          .arg(names.join(QStringLiteral(", "))));
        }
        return index;
    };
    QSet<QString> knownMetrics;
    for (const QString &metric : metrics)
        knownMetrics.insert(metric.toLower());
    auto checkMetric = [&](const QString &metric, const QString &key, const QString &what) {
        if (!knownMetrics.contains(metric.trimmed().toLower()))
            fail(key, QStringLiteral("%1: unknown metric \"%2\" (known: %3; define others under \"metrics\")")
                          .arg(what, metric, QStringList(metrics).join(QStringLiteral(", "))));
    };

    QHash<QString, TouchpointId> touchpoints;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        touchpoints.insert(normaliseLabel(touchpoint.name), touchpoint.id);

    // Privacy first: nothing below can map personal data into the store.
    for (int i = 0; i < header.names.size(); ++i)
        if (isPrivateColumn(header.names.at(i)) || isPrivateColumn(header.labels.at(i))) {
            plan.columns[i].role = Role::Private;
            plan.privateColumns.append(header.names.at(i));
        }

    auto assign = [&](int index, Role role, const QString &key, const char *what) {
        if (plan.columns.at(index).role == Role::Private)
            fail(key, QStringLiteral("column \"%1\" holds personal data and is never imported (not even as %2)").arg(header.names.at(index), QLatin1String(what)));
        plan.columns[index].role = role;
    };

    if (!mapping.respondent.isEmpty())
        assign(column(mapping.respondent, QStringLiteral("respondent"), "respondent"), Role::Respondent, QStringLiteral("respondent"), "the respondent");
    if (!mapping.timestamp.isEmpty())
        assign(column(mapping.timestamp, QStringLiteral("timestamp"), "timestamp"), Role::Timestamp, QStringLiteral("timestamp"), "the timestamp");
    if (!mapping.segment.isEmpty())
        assign(column(mapping.segment, QStringLiteral("segment"), "segment"), Role::Segment, QStringLiteral("segment"), "the segment");
    if (mapping.outcome) {
        const int index = column(mapping.outcome->column, QStringLiteral("outcome"), "outcome");
        checkMetric(mapping.outcome->metric, QStringLiteral("outcome"), QStringLiteral("the outcome"));
        assign(index, Role::Outcome, QStringLiteral("outcome"), "the outcome");
        plan.columns[index].metric = mapping.outcome->metric;
    }
    for (const auto &[name, mapped] : mapping.columns) {
        const int index = column(name, name, "rated");
        const auto touchpoint = touchpoints.constFind(normaliseLabel(mapped.touchpoint));
        if (touchpoint == touchpoints.cend())
            fail(name, QStringLiteral("the mapping rates column \"%1\" as touchpoint \"%2\", which is not on the map").arg(name, mapped.touchpoint));
        checkMetric(mapped.metric, name, QStringLiteral("column \"%1\"").arg(name));
        assign(index, Role::Rated, name, "a rating");
        plan.columns[index].touchpoint = *touchpoint;
        plan.columns[index].metric = mapped.metric;
        plan.columns[index].kind = mapped.kind;
    }
    const QSet<QString> ignored = [&mapping] {
        QSet<QString> set;
        for (const QString &name : mapping.ignore)
            set.insert(normaliseLabel(name));
        return set;
    }();

    // Automatic roles for what the mapping left open.
    auto hasRole = [&plan](Role role) {
        return std::any_of(plan.columns.cbegin(), plan.columns.cend(), [role](const PlannedColumn &c) { return c.role == role; });
    };
    int bestTimestamp = -1;
    int bestPriority = 0;
    for (int i = 0; i < header.names.size(); ++i) {
        PlannedColumn &planned = plan.columns[i];
        if (planned.role != Role::Unused)
            continue;
        const QString name = normaliseLabel(header.names.at(i));
        const QString label = normaliseLabel(header.labels.at(i));
        QStringList aliasNames;
        for (const QString &alias : header.aliases.at(i))
            aliasNames.append(normaliseLabel(alias));
        if (ignored.contains(name) || ignored.contains(label)) {
            planned.role = Role::Metadata;
            continue;
        }
        if (mapping.respondent.isEmpty() && !hasRole(Role::Respondent)
            && (isRespondentColumn(name) || aliasNames.contains(QLatin1String("recordid")) || aliasNames.contains(QLatin1String("_recordid")))) {
            planned.role = Role::Respondent;
            continue;
        }
        if (mapping.timestamp.isEmpty() && timestampPriority(name) > bestPriority) {
            bestPriority = timestampPriority(name);
            bestTimestamp = i;
        }
        if (mapping.segment.isEmpty() && !hasRole(Role::Segment) && isSegmentColumn(name)) {
            planned.role = Role::Segment;
            continue;
        }
        if (!mapping.autoMatch)
            continue;
        // The metric words may be in the header ("Store visit (CES)") or, for Qualtrics and
        // SurveyMonkey, in the question ("How much effort did each step take? - Store visit").
        QString described = name;
        for (const QString &alias : std::as_const(aliasNames))
            described += QLatin1Char(' ') + alias;
        const auto touchpoint = touchpoints.constFind(label);
        const auto byName = touchpoints.constFind(name);
        if (touchpoint != touchpoints.cend() || byName != touchpoints.cend()) {
            planned.role = Role::Rated;
            planned.touchpoint = touchpoint != touchpoints.cend() ? *touchpoint : *byName;
            metricFromHeader(described, mapping.defaultMetric, &planned.metric, &planned.kind);
            continue;
        }
        // "Online checkout - expectation", "Store visit (CES)": a touchpoint name with a metric
        // word; the longest name that fits ("Store visit" before "Store").
        qsizetype longest = 0;
        for (auto it = touchpoints.cbegin(); it != touchpoints.cend(); ++it) {
            if (it.key().size() >= 3 && it.key().size() > longest
                && (name.startsWith(it.key() + QLatin1Char(' ')) || label.startsWith(it.key() + QLatin1Char(' ')))) {
                planned.role = Role::Rated;
                planned.touchpoint = it.value();
                longest = it.key().size();
            }
        }
        if (planned.role == Role::Rated) {
            metricFromHeader(described, mapping.defaultMetric, &planned.metric, &planned.kind);
            continue;
        }
        if (!mapping.outcome && !hasRole(Role::Outcome)) {
            if (const std::optional<QString> metric = outcomeMetric(label);
                metric && knownMetrics.contains(*metric)) {
                planned.role = Role::Outcome;
                planned.metric = *metric;
            }
        }
    }
    if (bestTimestamp >= 0 && plan.columns.at(bestTimestamp).role == Role::Unused)
        plan.columns[bestTimestamp].role = Role::Timestamp;
    for (int i = 0; i < header.names.size(); ++i) {
        PlannedColumn &planned = plan.columns[i];
        const QString name = normaliseLabel(header.names.at(i));
        // Survey-tool bookkeeping, and the dates that were not chosen as the timestamp.
        if (planned.role == Role::Unused && (isMetadataColumn(name) || timestampPriority(name) > 0))
            planned.role = Role::Metadata;
    }
    // A rated column the header only names by a metric word must still be on a real scale.
    for (int i = 0; i < header.names.size(); ++i) {
        const PlannedColumn &planned = plan.columns.at(i);
        if (planned.role == Role::Rated && !knownMetrics.contains(planned.metric.toLower()))
            fail(QStringLiteral("default_metric"), QStringLiteral("column \"%1\": unknown metric \"%2\" (known: %3)")
                                                       .arg(header.names.at(i), planned.metric, QStringList(metrics).join(QStringLiteral(", "))));
    }

    // Write down what was decided, for the summary and the batch record.
    for (int i = 0; i < header.names.size(); ++i) {
        const PlannedColumn &planned = plan.columns.at(i);
        const QString &name = header.names.at(i);
        switch (planned.role) {
        case Role::Rated: {
            const QString touchpoint = journey.touchpoints().find(planned.touchpoint)->name;
            plan.effective.columns.append({name, ColumnMapping{touchpoint, planned.metric, planned.kind}});
            plan.matched.append(QStringLiteral("%1 → %2 (%3%4)").arg(name, touchpoint, planned.metric,
                                                                     planned.kind == MeasurementKind::Expectation ? QStringLiteral(", expectation") : QString()));
            break;
        }
        case Role::Respondent:
            plan.effective.respondent = name;
            break;
        case Role::Timestamp:
            plan.effective.timestamp = name;
            break;
        case Role::Segment:
            plan.effective.segment = name;
            break;
        case Role::Outcome:
            if (!plan.effective.outcome)
                plan.effective.outcome = OutcomeMapping{name, planned.metric, {}};
            break;
        case Role::Unused:
            plan.unmatched.append(name);
            break;
        case Role::Metadata:
        case Role::Private:
            break;
        }
    }
    return plan;
}

} // namespace cxmap
