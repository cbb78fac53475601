#include "rowreaders.h"

#include "importcontext.h"
#include "store/documenterror.h"
#include "surveyheader.h"
#include "valueparsing.h"

namespace cxmap {

namespace {

// Extra empty fields at the end of a row (a trailing delimiter) are not a ragged row. The
// column named is the first one missing, or the first extra one with something in it.
void checkWidth(const CsvRecord &record, int width, ImportContext &context)
{
    if (record.size() == width)
        return;
    int column = record.size();
    if (record.size() > width) {
        column = width;
        while (column < record.size() && record.field(column).isEmpty())
            ++column;
        if (column == record.size())
            return;
    }
    context.fail(record, column, QStringLiteral("ragged row: %1 fields where the header has %2").arg(record.size()).arg(width));
}

int locate(const SurveyHeader &header, std::initializer_list<const char *> names, QList<bool> &used)
{
    for (const char *name : names) {
        const int index = header.find(QString::fromLatin1(name));
        if (index >= 0) {
            used[index] = true;
            return index;
        }
    }
    return -1;
}

QStringList unused(const SurveyHeader &header, const QList<bool> &used)
{
    QStringList names;
    for (int i = 0; i < used.size(); ++i)
        if (!used.at(i))
            names.append(header.names.at(i));
    return names;
}

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
        throw DocumentError((QStringLiteral("%1:%2: missing column %3; ") + formatNeeds)
                                .arg(fileName)
                                .arg(header.line)
                                .arg(missing.join(QStringLiteral(", "))));
}

// "2026-03" → one month; "2026" → the year; "2026-Q2" → its quarter; "2026-03-14" → its month.
std::optional<std::pair<qint64, qint64>> parsePeriod(QByteArrayView text)
{
    const QString period = QString::fromUtf8(text).trimmed().toUpper();
    bool ok = false;
    const int year = period.left(4).toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        return std::nullopt;
    const qint64 base = qint64(year) * 12;
    if (period.size() == 4)
        return std::pair{base, base + 11};
    if (period.size() == 7 && period.at(4) == QLatin1Char('-') && period.at(5) == QLatin1Char('Q')) {
        const int quarter = period.mid(6).toInt(&ok);
        if (!ok || quarter < 1 || quarter > 4)
            return std::nullopt;
        return std::pair{base + (quarter - 1) * 3, base + quarter * 3 - 1};
    }
    const int month = period.mid(5, 2).toInt(&ok);
    if (!ok || month < 1 || month > 12 || period.at(4) != QLatin1Char('-'))
        return std::nullopt;
    if (period.size() == 7)
        return std::pair{base + month - 1, base + month - 1};
    if (const std::optional<qint64> seconds = ValueParsing::parseTimestamp(text)) {
        const qint64 monthIndex = MeasurementWriter::monthIndex(*seconds);
        return std::pair{monthIndex, monthIndex};
    }
    return std::nullopt;
}

} // namespace

LongRowReader::LongRowReader(const SurveyHeader &header, const ImportMapping &mapping, const QString &fileName)
    : m_width(int(header.names.size()))
{
    QList<bool> used(header.names.size(), false);
    const auto named = [&](const QString &name, const char *key) {
        const int index = header.find(name);
        if (index < 0)
            throw DocumentError(QStringLiteral("%1: the mapping's %2 column \"%3\" is not in %4 (line %5)")
                                    .arg(mapping.where(QLatin1String(key)), QLatin1String(key), name, fileName)
                                    .arg(header.line));
        used[index] = true;
        return index;
    };
    m_respondent = mapping.respondent.isEmpty() ? locate(header, {"respondent", "respondent id", "respondent_id"}, used)
                                                : named(mapping.respondent, "respondent");
    m_timestamp = mapping.timestamp.isEmpty() ? locate(header, {"timestamp", "time", "date"}, used)
                                              : named(mapping.timestamp, "timestamp");
    m_segment = mapping.segment.isEmpty() ? locate(header, {"segment"}, used) : named(mapping.segment, "segment");
    m_touchpoint = locate(header, {"touchpoint"}, used);
    m_metric = locate(header, {"metric"}, used);
    m_value = locate(header, {"value"}, used);
    m_kind = locate(header, {"kind"}, used);
    requireColumns({{m_touchpoint >= 0, "touchpoint"}, {m_metric >= 0, "metric"}, {m_value >= 0, "value"}},
                   header, fileName,
                   QStringLiteral("the long format needs respondent, timestamp, segment, touchpoint, metric, value[, kind]"));
    m_unused = unused(header, used);
}

void LongRowReader::read(const CsvRecord &record, ImportContext &context)
{
    checkWidth(record, m_width, context);
    const MetricScale &scale = context.metric(record, m_metric);
    const std::optional<double> value = context.rating(record, m_value, scale);
    if (!value)
        return;
    ResolvedMeasurement measurement;
    measurement.touchpoint = context.touchpoint(record, m_touchpoint);
    measurement.metric = scale.id;
    measurement.value = *value;
    measurement.kind = context.kind(record, m_kind);
    measurement.respondent = context.respondent(record, m_respondent);
    measurement.segment = context.segment(record, m_segment);
    measurement.time = context.timestamp(record, m_timestamp);
    context.writer().insert(measurement);
}

WideRowReader::WideRowReader(const ColumnPlan &plan, ImportContext &context)
    : m_width(int(plan.columns.size()))
{
    using Role = PlannedColumn::Role;
    if (plan.effective.outcome)
        m_outcomeValues = plan.effective.outcome->values;
    for (int i = 0; i < plan.columns.size(); ++i) {
        const PlannedColumn &column = plan.columns.at(i);
        switch (column.role) {
        case Role::Rated:
            m_rated.append(Rated{i, column.touchpoint.value(), context.metricNamed(column.metric), column.kind});
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
            m_outcomeScale = context.metricNamed(column.metric);
            break;
        case Role::Unused:
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
    measurement.respondent = context.respondent(record, m_respondent);
    measurement.segment = context.segment(record, m_segment);
    measurement.time = context.timestamp(record, m_timestamp);
    for (const Rated &rated : std::as_const(m_rated)) {
        const std::optional<double> value = context.rating(record, rated.column, rated.scale);
        if (!value)
            continue;
        measurement.touchpoint = rated.touchpoint;
        measurement.metric = rated.scale.id;
        measurement.kind = rated.kind;
        measurement.value = *value;
        context.writer().insert(measurement);
    }
    if (m_outcome >= 0) {
        if (const std::optional<double> value = context.rating(record, m_outcome, m_outcomeScale, m_outcomeValues)) {
            measurement.touchpoint.reset();
            measurement.metric = m_outcomeScale.id;
            measurement.kind = MeasurementKind::Experience;
            measurement.value = *value;
            context.writer().insert(measurement);
        }
    }
}

AggregateRowReader::AggregateRowReader(const SurveyHeader &header, const QString &fileName)
    : m_width(int(header.names.size()))
{
    QList<bool> used(header.names.size(), false);
    m_touchpoint = locate(header, {"touchpoint"}, used);
    m_metric = locate(header, {"metric"}, used);
    m_period = locate(header, {"period", "month"}, used);
    m_periodStart = locate(header, {"period start", "period_start", "from"}, used);
    m_periodEnd = locate(header, {"period end", "period_end", "to"}, used);
    m_segment = locate(header, {"segment"}, used);
    m_n = locate(header, {"n", "count", "responses"}, used);
    m_mean = locate(header, {"mean", "average"}, used);
    m_sd = locate(header, {"sd", "std", "standard deviation"}, used);
    m_topBox = locate(header, {"top box", "top_box", "top box %", "top_box_percent"}, used);
    m_kind = locate(header, {"kind"}, used);
    requireColumns({{m_touchpoint >= 0, "touchpoint"},
                    {m_metric >= 0, "metric"},
                    {m_n >= 0, "n"},
                    {m_mean >= 0 || m_topBox >= 0, "mean or top_box"}},
                   header, fileName,
                   QStringLiteral("the aggregated format needs touchpoint, metric, period, segment, n and mean (with sd) or top_box"));
    m_unused = unused(header, used);
}

void AggregateRowReader::read(const CsvRecord &record, ImportContext &context)
{
    checkWidth(record, m_width, context);
    AggregateRecord aggregate;
    aggregate.touchpoint = context.touchpoint(record, m_touchpoint);
    const MetricScale &scale = context.metric(record, m_metric);
    aggregate.metric = scale.id;
    aggregate.kind = context.kind(record, m_kind);
    aggregate.segment = context.segment(record, m_segment);

    const double n = context.number(record, m_n, "n");
    if (n < 1 || n != double(qint64(n)))
        context.fail(record, m_n, QStringLiteral("n must be a whole number of at least 1"));
    aggregate.n = qint64(n);
    if (m_mean >= 0 && !record.field(m_mean).isEmpty()) {
        aggregate.mean = context.number(record, m_mean, "mean");
        if (*aggregate.mean < scale.min || *aggregate.mean > scale.max)
            context.fail(record, m_mean, QStringLiteral("mean %1 is outside the %2 scale (%3 to %4)")
                                             .arg(*aggregate.mean).arg(scale.name).arg(scale.min).arg(scale.max));
    }
    if (m_sd >= 0 && !record.field(m_sd).isEmpty()) {
        aggregate.sd = context.number(record, m_sd, "sd");
        if (*aggregate.sd < 0)
            context.fail(record, m_sd, QStringLiteral("sd cannot be negative"));
    }
    if (m_topBox >= 0 && !record.field(m_topBox).isEmpty()) {
        QByteArrayView raw = record.field(m_topBox);
        const bool percent = raw.endsWith('%');
        if (percent)
            raw.chop(1);
        std::optional<double> share = ValueParsing::parseNumber(raw);
        if (!share)
            context.fail(record, m_topBox, QStringLiteral("top_box must be a share (0.62) or a percentage (62%)"));
        if (percent || *share > 1.0)
            *share /= 100.0;
        if (*share < 0.0 || *share > 1.0)
            context.fail(record, m_topBox, QStringLiteral("top_box must lie between 0% and 100%"));
        aggregate.topBox = share;
    }
    if (!aggregate.mean && !aggregate.topBox)
        context.fail(record, QStringLiteral("a row needs a mean or a top_box"));

    if (m_period >= 0 && !record.field(m_period).isEmpty()) {
        const auto period = parsePeriod(record.field(m_period));
        if (!period)
            context.fail(record, m_period, QStringLiteral("period \"%1\" is not a year (2026), quarter (2026-Q2) or month (2026-03)").arg(record.text(m_period)));
        aggregate.monthFrom = period->first;
        aggregate.monthTo = period->second;
    } else if (m_periodStart >= 0 && !record.field(m_periodStart).isEmpty()) {
        const auto from = parsePeriod(record.field(m_periodStart));
        const auto to = m_periodEnd >= 0 ? parsePeriod(record.field(m_periodEnd)) : from;
        if (!from || !to || to->second < from->first)
            context.fail(record, m_periodStart, QStringLiteral("the period start and end are not dates in order"));
        aggregate.monthFrom = from->first;
        aggregate.monthTo = to->second;
    }
    context.writer().insertAggregate(aggregate);
}

} // namespace cxmap
