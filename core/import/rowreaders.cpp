#include "rowreaders.h"

#include "store/documenterror.h"
#include "surveyheader.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cxmap {

namespace {

// Extra empty fields at the end of a row (a trailing delimiter) are not a ragged row, nor,
// in a workbook, are cells left out at its end. The column named is the first one missing, or
// the first extra one with something in it.
void checkWidth(const CsvRecord &record, int width, ImportContext &context)
{
    if (record.size() == width || (record.size() < width && context.toleratesShortRows()))
        return;
    int column = record.size();
    if (record.size() > width) {
        column = width;
        while (column < record.size() && record.field(column).isEmpty())
            ++column;
        if (column == record.size())
            return;
    }
    context.fail(record, column, QCoreApplication::translate("cxmap::RowReaders", "ragged row: %1 fields where the header has %2").arg(record.size()).arg(width));
}

// The column of a field: the one the mapping names for it (which must exist), else the first of
// the usual names.
class Columns
{
public:
    Columns(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName)
        : m_header(header)
        , m_mapping(mapping)
        , m_fileName(fileName)
        , m_used(header.names.size(), false)
    {}

    int locate(const QString &field, std::initializer_list<const char *> names)
    {
        const QString mapped = field.isEmpty() ? QString() : m_mapping.field(field);
        if (!mapped.isEmpty())
            return named(mapped, field);
        for (const char *name : names) {
            const int index = m_header.find(QString::fromLatin1(name));
            if (index >= 0) {
                m_used[index] = true;
                return index;
            }
        }
        return -1;
    }

    int named(const QString &column, const QString &key)
    {
        const int index = m_header.find(column);
        if (index < 0)
            throw DocumentError(QCoreApplication::translate("cxmap::RowReaders", "%1: the mapping's %2 column \"%3\" is not in %4 (line %5)")
                                    .arg(m_mapping.where(key), key, column, m_fileName)
                                    .arg(m_header.line));
        m_used[index] = true;
        return index;
    }

    // The columns no field took, but those the mapping leaves out on purpose.
    QStringList unused() const
    {
        QSet<QString> ignored;
        for (const QString &name : m_mapping.ignore)
            ignored.insert(matchKey(name));
        QStringList names;
        for (int i = 0; i < m_used.size(); ++i)
            if (!m_used.at(i) && !ignored.contains(matchKey(m_header.names.at(i))))
                names.append(m_header.names.at(i));
        return names;
    }

private:
    const SurveyHeader &m_header;
    const ImportMapping &m_mapping;
    const QString &m_fileName;
    QList<bool> m_used;
};

// The long and aggregated formats find their columns by name; a file without the ones they
// need fails on its header, naming every missing column at once.
void requireColumns(std::initializer_list<std::pair<bool, const char *>> columns,
                    const SurveyHeader &header, const QString &fileName, const QString &formatNeeds)
{
    QStringList missing;
    for (const auto &[found, name] : columns)
        if (!found)
            missing << QString::fromLatin1(name);
    if (!missing.isEmpty())
        throw DocumentError((QCoreApplication::translate("cxmap::RowReaders", "%1:%2: missing column %3; ") + formatNeeds)
                                .arg(fileName)
                                .arg(header.line)
                                .arg(missing.join(QStringLiteral(", "))));
}

} // namespace

std::optional<std::pair<qint64, qint64>> parsePeriod(QByteArrayView text, ValueParsing::DateOrder order)
{
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression yearQuarter(QStringLiteral("^(\\d{4})\\s*[-/ ]?\\s*Q([1-4])$"));
    static const QRegularExpression quarterYear(QStringLiteral("^Q([1-4])\\s*[-/ ]?\\s*(\\d{4})$"));
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[-/](\\d{1,2})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[-_/.](\\d{4})$"));
    const QString period = QString::fromUtf8(text).trimmed().toUpper();
    const auto months = [](int year, int from, int to) -> std::optional<std::pair<qint64, qint64>> {
        if (year < 1900 || year > 2200 || from < 1 || to > 12)
            return std::nullopt;
        return std::pair{qint64(year) * 12 + from - 1, qint64(year) * 12 + to - 1};
    };
    const auto at = [](const QRegularExpressionMatch &match, int group) { return match.captured(group).toInt(); };
    if (const QRegularExpressionMatch m = yearOnly.match(period); m.hasMatch())
        return months(at(m, 1), 1, 12);
    if (const QRegularExpressionMatch m = yearQuarter.match(period); m.hasMatch())
        return months(at(m, 1), at(m, 2) * 3 - 2, at(m, 2) * 3);
    if (const QRegularExpressionMatch m = quarterYear.match(period); m.hasMatch())
        return months(at(m, 2), at(m, 1) * 3 - 2, at(m, 1) * 3);
    if (const QRegularExpressionMatch m = yearMonth.match(period); m.hasMatch())
        return months(at(m, 1), at(m, 2), at(m, 2));
    if (const QRegularExpressionMatch m = monthYear.match(period); m.hasMatch())
        return months(at(m, 2), at(m, 1), at(m, 1));
    // A date: its month.
    if (const std::optional<qint64> seconds = ValueParsing::parseTimestamp(text, order)) {
        const qint64 index = MeasurementWriter::monthIndex(*seconds);
        return std::pair{index, index};
    }
    return std::nullopt;
}

LongRowReader::LongRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName,
                             const ImportContext &context)
    : m_mapping(mapping)
    , m_context(context)
    , m_width(int(header.names.size()))
{
    Columns columns(header, mapping, fileName);
    m_respondent = mapping.respondent.isEmpty() ? columns.locate({}, {"respondent", "respondent id", "respondent_id"})
                                                : columns.named(mapping.respondent, QStringLiteral("respondent"));
    m_timestamp = mapping.timestamp.isEmpty() ? columns.locate({}, {"timestamp", "time", "date"})
                                              : columns.named(mapping.timestamp, QStringLiteral("timestamp"));
    m_segment = mapping.segment.isEmpty() ? columns.locate({}, {"segment"}) : columns.named(mapping.segment, QStringLiteral("segment"));
    m_touchpoint = columns.locate(QStringLiteral("touchpoint"), {"touchpoint"});
    m_metric = columns.locate(QStringLiteral("metric"), {"metric"});
    m_value = columns.locate(QStringLiteral("value"), {"value"});
    m_kind = columns.locate(QStringLiteral("kind"), {"kind"});
    requireColumns({{m_touchpoint >= 0, "touchpoint"}, {m_metric >= 0, "metric"}, {m_value >= 0, "value"}},
                   header, fileName,
                   QCoreApplication::translate("cxmap::RowReaders", "the long format needs respondent, timestamp, segment, touchpoint, metric, value[, kind]"));
    m_unused = columns.unused();
}

const NotRatedRule &LongRowReader::rule(const MetricScale &scale, bool outcome)
{
    const qint64 key = scale.id * 2 + (outcome ? 1 : 0);
    if (key == m_lastRuleKey)
        return *m_lastRule;
    auto found = m_rules.find(key);
    if (found == m_rules.end())
        found = m_rules.insert(key, m_context.notRatedRule(m_mapping.notRatedValues(QString(), scale.name, outcome)));
    m_lastRuleKey = key;
    m_lastRule = &*found;
    return *m_lastRule;
}

void LongRowReader::read(const CsvRecord &record, ImportContext &context)
{
    checkWidth(record, m_width, context);
    const MetricScale *scale = context.metric(record, m_metric);
    if (!scale) {
        context.skip(QCoreApplication::translate("cxmap::RowReaders", "rows of a skipped metric"));
        return;
    }
    bool skipped = false;
    ResolvedMeasurement measurement;
    measurement.touchpoint = context.touchpoint(record, m_touchpoint, &skipped);
    if (skipped) {
        context.skip(QCoreApplication::translate("cxmap::RowReaders", "rows of a skipped touchpoint"));
        return;
    }
    // Labels are read per metric: a long file's values of one metric share a scale.
    const std::optional<double> value =
        context.rating(record, m_value, *scale, rule(*scale, !measurement.touchpoint), -1 - scale->id);
    if (!value)
        return;
    measurement.metric = scale->id;
    measurement.value = *value;
    measurement.kind = context.kind(record, m_kind);
    measurement.respondent = context.respondent(record, m_respondent);
    measurement.segment = context.segment(record, m_segment);
    measurement.time = context.timestamp(record, m_timestamp);
    context.writer().insert(measurement);
}

WideRowReader::WideRowReader(const ColumnPlan &plan, const SurveyHeader &header, ImportContext &context)
    : m_respondentPerRow(plan.respondentPerRow)
    , m_width(int(plan.columns.size()))
{
    using Role = PlannedColumn::Role;
    const ImportMapping &mapping = plan.effective;
    if (mapping.outcome)
        m_outcomeValues = mapping.outcome->values;
    QHash<QString, std::optional<QStringList>> own;
    for (const auto &[name, column] : mapping.columns)
        own.insert(name, column.notRated);
    // The columns of one question share its answer scale: their labels are read together.
    QHash<QString, int> firstOfQuestion;
    for (int i = 0; i < header.questions.size(); ++i)
        firstOfQuestion.insert(header.questions.at(i), firstOfQuestion.value(header.questions.at(i), i));
    for (int i = 0; i < plan.columns.size(); ++i) {
        const PlannedColumn &column = plan.columns.at(i);
        const QString &name = header.names.at(i);
        switch (column.role) {
        case Role::Rated:
            context.nameLabels(firstOfQuestion.value(header.questions.value(i), i), header.questions.value(i, name));
            m_rated.append(Rated{i, firstOfQuestion.value(header.questions.value(i), i), column.touchpoint.value(),
                                 context.metricNamed(column.metric), column.kind,
                                 context.notRatedRule(mapping.notRatedValues(name, column.metric, false, own.value(name)))});
            break;
        case Role::Respondent:
            m_respondent = i;
            break;
        case Role::Timestamp:
            m_timestamp = i;
            break;
        case Role::Segment:
            m_segment = i;
            break;
        case Role::Outcome:
            m_outcome = i;
            context.nameLabels(i, name);
            m_outcomeScale = context.metricNamed(column.metric);
            m_outcomeNotRated = context.notRatedRule(mapping.notRatedValues(
                name, column.metric, true, mapping.outcome ? mapping.outcome->notRated : std::nullopt));
            break;
        case Role::Unused: {
            // Named as the user knows it: a Qualtrics short name with its question.
            const QString label = header.labels.value(i);
            m_watched.append(Watched{i, name, label == name ? QString() : label, {}});
            break;
        }
        case Role::Metadata:
        case Role::Private:
            break;
        }
    }
}

void WideRowReader::read(const CsvRecord &record, ImportContext &context)
{
    checkWidth(record, m_width, context);
    ResolvedMeasurement measurement;
    if (m_respondentPerRow) {
        // Each row is one respondent: a key of its own, unique to this batch and line.
        const QByteArray key = QByteArrayLiteral("batch ") + QByteArray::number(context.writer().batchId().value())
            + QByteArrayLiteral(" line ") + QByteArray::number(record.line());
        measurement.respondent = context.writer().respondentId(key);
    } else {
        measurement.respondent = context.respondent(record, m_respondent);
    }
    measurement.segment = context.segment(record, m_segment);
    measurement.time = context.timestamp(record, m_timestamp);
    for (const Rated &rated : std::as_const(m_rated)) {
        const std::optional<double> value = context.rating(record, rated.column, rated.scale, rated.notRated, rated.question);
        if (!value)
            continue;
        measurement.touchpoint = rated.touchpoint;
        measurement.metric = rated.scale.id;
        measurement.kind = rated.kind;
        measurement.value = *value;
        context.writer().insert(measurement);
    }
    if (m_outcome >= 0) {
        if (const std::optional<double> value =
                context.rating(record, m_outcome, m_outcomeScale, m_outcomeNotRated, m_outcome, m_outcomeValues)) {
            measurement.touchpoint.reset();
            measurement.metric = m_outcomeScale.id;
            measurement.kind = MeasurementKind::Experience;
            measurement.value = *value;
            context.writer().insert(measurement);
        }
    }
    for (Watched &watched : m_watched)
        watched.guess.add(record.field(watched.column));
}

QStringList WideRowReader::warnings() const
{
    QStringList warnings;
    for (const Watched &watched : m_watched)
        if (watched.guess.looksLikeRating())
            warnings << QStringLiteral("column \"%1\"%2 looks like ratings (%3) but matches no touchpoint on the map; it was "
                                       "not imported (map it in a mapping file, \"columns\")")
                            .arg(watched.name,
                                 watched.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(watched.label),
                                 watched.guess.describe());
    return warnings;
}

AggregateRowReader::AggregateRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName)
    : m_defaultMetric(mapping.defaultMetric)
    , m_dateOrder(mapping.dateFormat.startsWith(QLatin1String("dd")) ? ValueParsing::DateOrder::DayFirst
                                                                     : ValueParsing::DateOrder::MonthFirst)
    , m_width(int(header.names.size()))
{
    Columns columns(header, mapping, fileName);
    m_touchpoint = columns.locate(QStringLiteral("touchpoint"), {"touchpoint", "measure", "touchpoint name"});
    m_metric = columns.locate(QStringLiteral("metric"), {"metric"});
    m_period = columns.locate(QStringLiteral("period"), {"period", "month", "quarter", "year"});
    m_periodStart = columns.locate(QStringLiteral("period_start"), {"period start", "period_start", "from"});
    m_periodEnd = columns.locate(QStringLiteral("period_end"), {"period end", "period_end", "to"});
    m_segment = mapping.segment.isEmpty() ? columns.locate({}, {"segment"}) : columns.named(mapping.segment, QStringLiteral("segment"));
    m_n = columns.locate(QStringLiteral("n"), {"n", "count", "responses", "base"});
    m_mean = columns.locate(QStringLiteral("mean"), {"mean", "average"});
    m_sd = columns.locate(QStringLiteral("sd"), {"sd", "std", "standard deviation"});
    m_topBox = columns.locate(QStringLiteral("top_box"), {"top box", "top_box", "top box %", "top_box_percent",
                                                          "top box percent", "top box percentage"});
    m_kind = columns.locate(QStringLiteral("kind"), {"kind"});
    // A header that says "percent" holds 0–100 even where a value is 1 or less.
    if (m_topBox >= 0) {
        const QString name = normaliseLabel(header.names.at(m_topBox));
        m_topBoxPercent = name.contains(QLatin1String("percent")) || name.contains(QLatin1String("pct"))
            || header.names.at(m_topBox).contains(QLatin1Char('%'));
    }
    requireColumns({{m_touchpoint >= 0, "touchpoint"}, {m_mean >= 0 || m_topBox >= 0, "mean or top_box"}},
                   header, fileName,
                   QStringLiteral("the aggregated format needs touchpoint, metric, period, segment, n and mean (with sd) or "
                                  "top_box; a mapping can name other columns for them"));
    m_unused = columns.unused();
}

void AggregateRowReader::read(const CsvRecord &record, ImportContext &context)
{
    checkWidth(record, m_width, context);
    AggregateRecord aggregate;
    bool skipped = false;
    aggregate.touchpoint = context.touchpoint(record, m_touchpoint, &skipped);
    if (skipped) {
        context.skip(QCoreApplication::translate("cxmap::RowReaders", "rows of a skipped touchpoint"));
        return;
    }
    // Without a metric column every row is on the mapping's default metric.
    const MetricScale *scale = m_metric >= 0 ? context.metric(record, m_metric) : &context.metricNamed(m_defaultMetric);
    if (!scale) {
        context.skip(QCoreApplication::translate("cxmap::RowReaders", "rows of a skipped metric"));
        return;
    }
    aggregate.metric = scale->id;
    aggregate.kind = context.kind(record, m_kind);
    aggregate.segment = context.segment(record, m_segment);

    if (m_n >= 0 && !record.field(m_n).isEmpty()) {
        const double n = context.number(record, m_n, "n");
        if (n < 1 || n != double(qint64(n)))
            context.fail(record, m_n, QCoreApplication::translate("cxmap::RowReaders", "n must be a whole number of at least 1"));
        aggregate.n = qint64(n);
    }
    if (m_mean >= 0 && !record.field(m_mean).isEmpty()) {
        aggregate.mean = context.number(record, m_mean, "mean");
        if (*aggregate.mean < scale->min || *aggregate.mean > scale->max)
            context.fail(record, m_mean, QCoreApplication::translate("cxmap::RowReaders", "mean %1 is outside the %2 scale (%3 to %4)")
                                             .arg(*aggregate.mean).arg(scale->name).arg(scale->min).arg(scale->max));
    }
    if (m_sd >= 0 && !record.field(m_sd).isEmpty()) {
        aggregate.sd = context.number(record, m_sd, "sd");
        if (*aggregate.sd < 0)
            context.fail(record, m_sd, QCoreApplication::translate("cxmap::RowReaders", "sd cannot be negative"));
    }
    if (m_topBox >= 0 && !record.field(m_topBox).isEmpty()) {
        QByteArrayView raw = record.field(m_topBox);
        while (raw.endsWith(' '))
            raw.chop(1);
        const bool percent = raw.endsWith('%');
        if (percent)
            raw.chop(1);
        std::optional<double> share = ValueParsing::parseNumber(raw, context.commaDecimal());
        if (!share)
            context.fail(record, m_topBox, QCoreApplication::translate("cxmap::RowReaders", "top_box must be a share (0.62) or a percentage (62%)"));
        if (percent || m_topBoxPercent || *share > 1.0)
            *share /= 100.0;
        if (*share < 0.0 || *share > 1.0)
            context.fail(record, m_topBox, QCoreApplication::translate("cxmap::RowReaders", "top_box must lie between 0% and 100%"));
        aggregate.topBox = share;
    }
    if (!aggregate.mean && !aggregate.topBox)
        context.fail(record, QCoreApplication::translate("cxmap::RowReaders", "a row needs a mean or a top_box"));

    if (m_period >= 0 && !record.field(m_period).isEmpty()) {
        const auto period = parsePeriod(record.field(m_period), m_dateOrder);
        if (!period)
            context.fail(record, m_period, QStringLiteral("period \"%1\" is not a year (2026), quarter (2026-Q2), month (2026-03, "
                                                          "03_2026, 03/2026) or date")
                                               .arg(record.text(m_period)));
        aggregate.monthFrom = period->first;
        aggregate.monthTo = period->second;
    } else if (m_periodStart >= 0 && !record.field(m_periodStart).isEmpty()) {
        const auto from = parsePeriod(record.field(m_periodStart), m_dateOrder);
        const auto to = m_periodEnd >= 0 ? parsePeriod(record.field(m_periodEnd), m_dateOrder) : from;
        if (!from || !to || to->second < from->first)
            context.fail(record, m_periodStart, QCoreApplication::translate("cxmap::RowReaders", "the period start and end are not dates in order"));
        aggregate.monthFrom = from->first;
        aggregate.monthTo = to->second;
    }
    context.writer().insertAggregate(aggregate);
}

} // namespace cxmap
