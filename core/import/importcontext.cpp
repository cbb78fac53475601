#include "importcontext.h"

#include "model/journey.h"
#include "store/documenterror.h"

namespace cxmap {

namespace {

QString cell(const CsvRecord &record, int column)
{
    const QString text = record.text(column);
    return text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
}

// Words on 1–5 satisfaction scales that need no mapping.
const QHash<QString, double> &satisfactionLabels()
{
    static const QHash<QString, double> labels = {
        {QStringLiteral("very dissatisfied"), 1}, {QStringLiteral("dissatisfied"), 2},
        {QStringLiteral("neither satisfied nor dissatisfied"), 3}, {QStringLiteral("neutral"), 3},
        {QStringLiteral("satisfied"), 4}, {QStringLiteral("very satisfied"), 5},
    };
    return labels;
}

} // namespace

ImportContext::ImportContext(MeasurementWriter &writer, const Journey &journey,
                             const ImportMapping &mapping, const QString &fileName, char delimiter)
    : m_writer(writer)
    , m_journey(journey)
    , m_mapping(mapping)
    , m_fileName(fileName)
    , m_commaDecimal(delimiter == ';')
    , m_dateOrder(mapping.dateFormat.startsWith(QLatin1String("dd")) ? ValueParsing::DateOrder::DayFirst
                                                                     : ValueParsing::DateOrder::MonthFirst)
{
    for (const Touchpoint &touchpoint : journey.touchpoints())
        m_touchpointsByName.insert(normaliseLabel(touchpoint.name), touchpoint.id.value());
    // Survey tools' ways of saying "no answer"; a mapping adds its own (a 0 on a 1–5 scale).
    for (const char *text : {"", "n/a", "na", "not applicable", "don't know", "dont know", "-"})
        m_notRated.insert(QString::fromLatin1(text));
    for (const QString &text : mapping.notRated)
        m_notRated.insert(text.trimmed().toLower());
}

void ImportContext::fail(const CsvRecord &record, int column, const QString &what) const
{
    throw DocumentError(QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(record.line()).arg(column + 1).arg(what));
}

void ImportContext::fail(const CsvRecord &record, const QString &what) const
{
    throw DocumentError(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(record.line()).arg(what));
}

std::optional<qint64> ImportContext::touchpoint(const CsvRecord &record, int column)
{
    const QByteArrayView raw = record.field(column);
    if (raw.isEmpty())
        return std::nullopt;
    if (const auto found = m_touchpointCache.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
        found != m_touchpointCache.cend())
        return *found;
    const auto byName = m_touchpointsByName.constFind(normaliseLabel(QString::fromUtf8(raw)));
    if (byName == m_touchpointsByName.cend())
        fail(record, column, QStringLiteral("unknown touchpoint \"%1\": it is not on the map").arg(cell(record, column)));
    m_touchpointCache.insert(raw.toByteArray(), *byName);
    return *byName;
}

const MetricScale &ImportContext::metric(const CsvRecord &record, int column)
{
    const QByteArrayView raw = record.field(column);
    if (const auto found = m_metricCache.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
        found != m_metricCache.cend())
        return *found;
    const MetricScale &scale = metricNamed(QString::fromUtf8(raw), record, column);
    return *m_metricCache.insert(raw.toByteArray(), scale);
}

const MetricScale &ImportContext::metricNamed(const QString &name, const CsvRecord &record, int column)
{
    const MetricScale *scale = m_writer.metric(name.trimmed());
    if (!scale)
        fail(record, column, QStringLiteral("unknown metric \"%1\" (define it under \"metrics\" in a mapping file)").arg(name));
    return *scale;
}

std::optional<qint64> ImportContext::segment(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    return m_writer.segmentId(record.field(column));
}

std::optional<qint64> ImportContext::respondent(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    return m_writer.respondentId(record.field(column));
}

std::optional<qint64> ImportContext::timestamp(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    const std::optional<qint64> seconds = ValueParsing::parseTimestamp(record.field(column), m_dateOrder);
    if (!seconds) {
        QString hint;
        if (m_dateOrder == ValueParsing::DateOrder::MonthFirst && record.field(column).contains('/'))
            hint = QStringLiteral("; for day/month/year set \"date_format\": \"dd/mm/yyyy\" in a mapping file");
        fail(record, column, QStringLiteral("\"%1\" is not a date cxmap can read (use 2026-03-14 or 2026-03-14T09:30:00Z%2)")
                                 .arg(cell(record, column), hint));
    }
    return seconds;
}

MeasurementKind ImportContext::kind(const CsvRecord &record, int column)
{
    if (column < 0)
        return MeasurementKind::Experience;
    const QByteArrayView raw = record.field(column);
    if (raw.isEmpty() || raw.compare("experience", Qt::CaseInsensitive) == 0)
        return MeasurementKind::Experience;
    if (raw.compare("expectation", Qt::CaseInsensitive) == 0)
        return MeasurementKind::Expectation;
    fail(record, column, QStringLiteral("kind must be \"experience\" or \"expectation\", not \"%1\"").arg(cell(record, column)));
}

std::optional<double> ImportContext::rating(const CsvRecord &record, int column, const MetricScale &scale,
                                            const QString &metricName, const QHash<QString, double> &recoding)
{
    const QByteArrayView raw = record.field(column);
    std::optional<double> value = ValueParsing::parseNumber(raw, m_commaDecimal);
    if (!value || m_notRated.size() > 7) {
        const QString text = QString::fromUtf8(raw).trimmed().toLower();
        if (m_notRated.contains(text)) {
            skip(text.isEmpty() ? QStringLiteral("no answer") : QStringLiteral("not rated"));
            return std::nullopt;
        }
    }
    if (!value) {
        const QString label = normaliseLabel(QString::fromUtf8(raw));
        if (const auto found = recoding.constFind(label); found != recoding.cend())
            value = *found;
        else if (const auto mapped = m_mapping.values.constFind(label); mapped != m_mapping.values.cend())
            value = *mapped;
        else if (const std::optional<double> leading = ValueParsing::leadingNumber(raw))
            value = leading;
        else if (scale.min == 1.0 && scale.max == 5.0 && satisfactionLabels().contains(label))
            value = satisfactionLabels().value(label);
        else
            fail(record, column, QStringLiteral("\"%1\" is not a number; say what it means under \"values\" in a mapping file")
                                     .arg(cell(record, column)));
    }
    if (!(*value >= scale.min && *value <= scale.max)) {
        QString hint;
        if (*value == 0.0 && scale.min > 0.0)
            hint = QStringLiteral(" (if 0 means not rated, add \"not_rated\": [\"0\"] to a mapping file)");
        fail(record, column, QStringLiteral("%1 is outside the %2 scale (%3 to %4)%5")
                                 .arg(*value).arg(metricName).arg(scale.min).arg(scale.max).arg(hint));
    }
    return value;
}

double ImportContext::number(const CsvRecord &record, int column, const char *what)
{
    const std::optional<double> value = ValueParsing::parseNumber(record.field(column), m_commaDecimal);
    if (!value)
        fail(record, column, QStringLiteral("%1 must be a number, not \"%2\"").arg(QLatin1String(what), cell(record, column)));
    return *value;
}

} // namespace cxmap
