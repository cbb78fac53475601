#include "columnplan.h"

#include "model/journey.h"
#include "scalelabels.h"
#include "store/documenterror.h"
#include "surveyheader.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
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
                     "record id", "participant", "participant id", "customer id", "befragten id", "befragte id",
                     "befragter", "teilnehmer id", "teilnehmer", "kunden id", "kundennummer"});
}

// End and recorded dates say when the answers were given; a start date only when they began.
int timestampPriority(const QString &n)
{
    if (among(n, {"timestamp", "submitted", "submitted at", "date submitted", "submission date",
                  "recorded date", "recordeddate", "end date", "enddate", "completed", "date", "datum",
                  "enddatum", "abgeschickt"}))
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
    if (n == QLatin1String("nps") || words.contains(QLatin1String("nps")) || words.contains(QLatin1String("recommend"))
        || words.contains(QLatin1String("weiterempfehlung")) || words.contains(QLatin1String("weiterempfehlen"))
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

// The words of a header as names are matched: case-folded, accents dropped, "&" as "and".
QStringList matchWords(const QString &text)
{
    QString spelled = text;
    spelled.replace(QLatin1Char('&'), QLatin1String(" and "));
    QStringList words;
    for (const QString &word : normaliseLabel(spelled).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(matchKey(word));
    words.removeAll(QString());
    return words;
}

// The touchpoints by matchKey(); a key two touchpoints share matches neither.
class TouchpointKeys
{
public:
    explicit TouchpointKeys(const Journey &journey)
    {
        QSet<QString> ambiguous;
        for (const Touchpoint &touchpoint : journey.touchpoints()) {
            const QString key = matchKey(touchpoint.name);
            if (m_byKey.contains(key))
                ambiguous.insert(key);
            m_byKey.insert(key, touchpoint.id);
            m_byName.insert(normaliseLabel(touchpoint.name), touchpoint.id);
        }
        for (const QString &key : std::as_const(ambiguous))
            m_byKey.remove(key);
    }

    /** The touchpoint a name means: its words exactly, else its letters and digits. */
    std::optional<TouchpointId> find(const QString &name) const
    {
        if (const auto exact = m_byName.constFind(normaliseLabel(name)); exact != m_byName.cend())
            return *exact;
        if (const auto byKey = m_byKey.constFind(matchKey(name)); byKey != m_byKey.cend())
            return *byKey;
        return std::nullopt;
    }

    /**
     * A touchpoint whose name is the first words of `text` followed by more ("Online checkout -
     * expectation", "Store visit (CES)"): the longest that fits, at least three letters long.
     */
    std::optional<TouchpointId> leading(const QString &text) const
    {
        const QStringList words = matchWords(text);
        for (qsizetype count = words.size() - 1; count >= 1; --count) {
            const QString key = QStringList(words.mid(0, count)).join(QString());
            if (key.size() < 3)
                break;
            if (const auto found = m_byKey.constFind(key); found != m_byKey.cend())
                return *found;
        }
        return std::nullopt;
    }

private:
    QHash<QString, TouchpointId> m_byKey;
    QHash<QString, TouchpointId> m_byName;
};

} // namespace

void RatingGuess::add(QByteArrayView cell)
{
    if (!m_possible)
        return;
    const std::optional<double> number = ValueParsing::parseNumber(cell, true);
    if (!number) {
        const QString text = QString::fromUtf8(cell).trimmed();
        if (text.isEmpty())
            return;
        const QString label = normaliseLabel(text);
        if (!ScaleLabels::builtin().find(label).isEmpty() || ValueParsing::leadingNumber(cell)) {
            if (m_label.isEmpty())
                m_label = text;
            return;
        }
        m_possible = false;
        return;
    }
    // Survey scales: −3…+3, 0–10, 1–5, 1–7; a whole number beyond is an age, a count, an ID.
    if (*number != std::trunc(*number) || *number < -5.0 || *number > 11.0) {
        m_possible = false;
        return;
    }
    m_counting = m_counting && (m_numbers == 0 || *number == m_last + 1.0);
    m_last = *number;
    m_min = m_numbers == 0 ? *number : std::min(m_min, *number);
    m_max = m_numbers == 0 ? *number : std::max(m_max, *number);
    ++m_numbers;
}

bool RatingGuess::looksLikeRating() const
{
    // A yes/no column is a flag, not a scale: at least three points apart, or a scale's labels.
    return m_possible && (!m_label.isEmpty() || (m_numbers > 0 && m_max - m_min >= 2.0 && !m_counting));
}

QString RatingGuess::describe() const
{
    if (!m_label.isEmpty())
        return QCoreApplication::translate("cxmap::ColumnPlan", "answers like \"%1\"").arg(m_label);
    return QCoreApplication::translate("cxmap::ColumnPlan", "whole numbers %1 to %2").arg(m_min).arg(m_max);
}

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

namespace {

using Role = PlannedColumn::Role;

// Plans one header: the mapping's columns first, then automatic roles for what it left open,
// then what was decided written down. Each step is linear in the columns (a header may have
// thousands of them, up to ImportLimits::MaxColumns).
class Planner
{
public:
    Planner(const SurveyHeader &header, const ImportMapping &mapping, const Journey &journey,
            const QStringList &metrics, const QString &fileName)
        : m_header(header)
        , m_mapping(mapping)
        , m_journey(journey)
        , m_metrics(metrics)
        , m_fileName(fileName)
        , m_touchpoints(journey)
    {
        for (const QString &metric : metrics)
            m_knownMetrics.insert(metric.toLower());
        for (const QString &name : mapping.ignore)
            m_ignored.insert(matchKey(name));
        m_plan.effective = mapping;
        m_plan.effective.columns.clear();
        m_plan.columns.resize(header.names.size());
    }

    ColumnPlan plan()
    {
        markPrivate();
        applyMapping();
        matchAutomatically();
        checkMetrics();
        record();
        return m_plan;
    }

private:
    // A fault of the mapping is shown at its key in the mapping file; one of a mapping made in
    // the program (the wizard) at the data file's header.
    [[noreturn]] void fail(const QString &key, const QString &what) const
    {
        if (m_mapping.sourceName.isEmpty())
            throw DocumentError(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_header.line).arg(what));
        throw DocumentError(QStringLiteral("%1: %2").arg(m_mapping.where(key), what));
    }

    int column(const QString &name, const QString &key, const char *role) const
    {
        const int index = m_header.find(name);
        if (index < 0) {
            QStringList names = m_header.names.mid(0, 12);
            if (m_header.names.size() > 12)
                names.append(QStringLiteral("…"));
            fail(key, QCoreApplication::translate("cxmap::ColumnPlan", "the mapping's %1 column \"%2\" is not in %3 (its header, line %4, has %5)")
                          .arg(QLatin1String(role), name, m_fileName)
                          .arg(m_header.line)
                          .arg(names.join(QStringLiteral(", "))));
        }
        return index;
    }

    void checkMetric(const QString &metric, const QString &key, const QString &what) const
    {
        if (!m_knownMetrics.contains(metric.trimmed().toLower()))
            fail(key, QCoreApplication::translate("cxmap::ColumnPlan", "%1: unknown metric \"%2\" (known: %3; define others under \"metrics\")")
                          .arg(what, metric, m_metrics.join(QStringLiteral(", "))));
    }

    void assign(int index, Role role, const QString &key, const char *what)
    {
        if (m_plan.columns.at(index).role == Role::Private)
            fail(key, QCoreApplication::translate("cxmap::ColumnPlan", "column \"%1\" holds personal data and is never imported (not even as %2)")
                          .arg(m_header.names.at(index), QLatin1String(what)));
        m_plan.columns[index].role = role;
        m_taken.insert(int(role));
    }

    // Privacy first: nothing below can map personal data into the store.
    void markPrivate()
    {
        for (int i = 0; i < m_header.names.size(); ++i)
            if (isPrivateColumn(m_header.names.at(i)) || isPrivateColumn(m_header.labels.at(i))) {
                m_plan.columns[i].role = Role::Private;
                m_plan.privateColumns.append(m_header.names.at(i));
            }
    }

    void applyMapping()
    {
        if (!m_mapping.respondent.isEmpty())
            assign(column(m_mapping.respondent, QStringLiteral("respondent"), "respondent"), Role::Respondent,
                   QStringLiteral("respondent"), "the respondent");
        if (!m_mapping.timestamp.isEmpty())
            assign(column(m_mapping.timestamp, QStringLiteral("timestamp"), "timestamp"), Role::Timestamp,
                   QStringLiteral("timestamp"), "the timestamp");
        if (!m_mapping.segment.isEmpty())
            assign(column(m_mapping.segment, QStringLiteral("segment"), "segment"), Role::Segment,
                   QStringLiteral("segment"), "the segment");
        if (m_mapping.outcome) {
            const int index = column(m_mapping.outcome->column, QStringLiteral("outcome"), "outcome");
            checkMetric(m_mapping.outcome->metric, QStringLiteral("outcome"), QCoreApplication::translate("cxmap::ColumnPlan", "the outcome"));
            assign(index, Role::Outcome, QStringLiteral("outcome"), "the outcome");
            m_plan.columns[index].metric = m_mapping.outcome->metric;
        }
        for (const auto &[name, mapped] : m_mapping.columns) {
            const int index = column(name, name, "rated");
            const std::optional<TouchpointId> touchpoint = m_touchpoints.find(mapped.touchpoint);
            if (!touchpoint)
                fail(name, QCoreApplication::translate("cxmap::ColumnPlan", "the mapping rates column \"%1\" as touchpoint \"%2\", which is not on the map")
                               .arg(name, mapped.touchpoint));
            checkMetric(mapped.metric, name, QCoreApplication::translate("cxmap::ColumnPlan", "column \"%1\"").arg(name));
            assign(index, Role::Rated, name, "a rating");
            m_plan.columns[index].touchpoint = *touchpoint;
            m_plan.columns[index].metric = mapped.metric;
            m_plan.columns[index].kind = mapped.kind;
        }
    }

    // Automatic roles for what the mapping left open.
    void matchAutomatically()
    {
        int bestTimestamp = -1;
        int bestPriority = 0;
        for (int i = 0; i < m_header.names.size(); ++i) {
            PlannedColumn &planned = m_plan.columns[i];
            if (planned.role != Role::Unused)
                continue;
            const QString name = normaliseLabel(m_header.names.at(i));
            const QString label = normaliseLabel(m_header.labels.at(i));
            QStringList aliasNames;
            for (const QString &alias : m_header.aliases.at(i))
                aliasNames.append(normaliseLabel(alias));
            if (m_ignored.contains(matchKey(m_header.names.at(i))) || m_ignored.contains(matchKey(m_header.labels.at(i)))) {
                planned.role = Role::Metadata;
                continue;
            }
            if (m_mapping.respondent.isEmpty() && !m_taken.contains(int(Role::Respondent))
                && (isRespondentColumn(name) || aliasNames.contains(QLatin1String("recordid"))
                    || aliasNames.contains(QLatin1String("_recordid")))) {
                planned.role = Role::Respondent;
                m_taken.insert(int(Role::Respondent));
                continue;
            }
            if (m_mapping.timestamp.isEmpty() && timestampPriority(name) > bestPriority) {
                bestPriority = timestampPriority(name);
                bestTimestamp = i;
            }
            if (m_mapping.segment.isEmpty() && !m_taken.contains(int(Role::Segment)) && isSegmentColumn(name)) {
                planned.role = Role::Segment;
                m_taken.insert(int(Role::Segment));
                continue;
            }
            if (!m_mapping.autoMatch)
                continue;
            // The metric words may be in the header ("Store visit (CES)") or, for Qualtrics and
            // SurveyMonkey, in the question ("How much effort did each step take? - Store visit").
            QString described = name;
            for (const QString &alias : std::as_const(aliasNames))
                described += QLatin1Char(' ') + alias;
            std::optional<TouchpointId> touchpoint = m_touchpoints.find(m_header.labels.at(i));
            if (!touchpoint)
                touchpoint = m_touchpoints.find(m_header.names.at(i));
            // "Online checkout - expectation", "Store visit (CES)": a touchpoint name with a metric word.
            if (!touchpoint)
                touchpoint = m_touchpoints.leading(m_header.names.at(i));
            if (!touchpoint)
                touchpoint = m_touchpoints.leading(m_header.labels.at(i));
            if (touchpoint) {
                planned.role = Role::Rated;
                planned.touchpoint = *touchpoint;
                planned.automatic = true;
                metricFromHeader(described, m_mapping.defaultMetric, &planned.metric, &planned.kind);
                continue;
            }
            if (!m_mapping.outcome && !m_taken.contains(int(Role::Outcome))) {
                if (const std::optional<QString> metric = outcomeMetric(label); metric && m_knownMetrics.contains(*metric)) {
                    planned.role = Role::Outcome;
                    planned.metric = *metric;
                    m_taken.insert(int(Role::Outcome));
                }
            }
        }
        if (bestTimestamp >= 0 && m_plan.columns.at(bestTimestamp).role == Role::Unused)
            m_plan.columns[bestTimestamp].role = Role::Timestamp;
        for (int i = 0; i < m_header.names.size(); ++i) {
            PlannedColumn &planned = m_plan.columns[i];
            const QString name = normaliseLabel(m_header.names.at(i));
            // Survey-tool bookkeeping, and the dates that were not chosen as the timestamp.
            if (planned.role == Role::Unused && (isMetadataColumn(name) || timestampPriority(name) > 0))
                planned.role = Role::Metadata;
        }
    }

    // A rated column the header only names by a metric word must still be on a real scale.
    void checkMetrics() const
    {
        for (int i = 0; i < m_header.names.size(); ++i) {
            const PlannedColumn &planned = m_plan.columns.at(i);
            if (planned.role == Role::Rated && !m_knownMetrics.contains(planned.metric.toLower()))
                fail(QStringLiteral("default_metric"), QCoreApplication::translate("cxmap::ColumnPlan", "column \"%1\": unknown metric \"%2\" (known: %3)")
                                                           .arg(m_header.names.at(i), planned.metric, m_metrics.join(QStringLiteral(", "))));
        }
    }

    // Write down what was decided, for the summary and the batch record.
    void record()
    {
        for (int i = 0; i < m_header.names.size(); ++i) {
            const PlannedColumn &planned = m_plan.columns.at(i);
            const QString &name = m_header.names.at(i);
            switch (planned.role) {
            case Role::Rated: {
                const QString touchpoint = m_journey.touchpoints().find(planned.touchpoint)->name;
                ColumnMapping mapped{touchpoint, planned.metric, planned.kind, std::nullopt};
                for (const auto &[header, given] : m_mapping.columns)
                    if (m_header.find(header) == i)
                        mapped.notRated = given.notRated;
                m_plan.effective.columns.append({name, mapped});
                const QString line = QStringLiteral("%1 → %2 (%3%4)").arg(name, touchpoint, planned.metric,
                                                                         planned.kind == MeasurementKind::Expectation ? QCoreApplication::translate("cxmap::ColumnPlan", ", expectation") : QString());
                m_plan.matched.append(line);
                if (planned.automatic)
                    m_plan.automatic.append(line);
                break;
            }
            case Role::Respondent:
                m_plan.effective.respondent = name;
                break;
            case Role::Timestamp:
                m_plan.effective.timestamp = name;
                break;
            case Role::Segment:
                m_plan.effective.segment = name;
                break;
            case Role::Outcome:
                if (!m_plan.effective.outcome)
                    m_plan.effective.outcome = OutcomeMapping{name, planned.metric, {}, std::nullopt};
                break;
            case Role::Unused:
                m_plan.unmatched.append(name);
                break;
            case Role::Metadata:
            case Role::Private:
                break;
            }
        }
        m_plan.respondentPerRow = !m_taken.contains(int(Role::Respondent))
            && std::none_of(m_plan.columns.cbegin(), m_plan.columns.cend(),
                            [](const PlannedColumn &c) { return c.role == Role::Respondent; });
    }

    const SurveyHeader &m_header;
    const ImportMapping &m_mapping;
    const Journey &m_journey;
    const QStringList &m_metrics;
    const QString &m_fileName;
    TouchpointKeys m_touchpoints;
    QSet<QString> m_knownMetrics;
    QSet<QString> m_ignored;
    QSet<int> m_taken;
    ColumnPlan m_plan;
};

} // namespace

ColumnPlan planColumns(const SurveyHeader &header, const ImportMapping &mapping,
                       const Journey &journey, const QStringList &metrics, const QString &fileName)
{
    return Planner(header, mapping, journey, metrics, fileName).plan();
}

} // namespace cxmap
