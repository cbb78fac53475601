#include "importcontext.h"

#include "model/journey.h"
#include "store/documenterror.h"

#include <QDateTime>

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

bool same(const QByteArray &last, QByteArrayView raw)
{
    return last.size() == raw.size() && QByteArrayView(last) == raw;
}

} // namespace

ImportContext::ImportContext(MeasurementWriter &writer, const Journey &journey,
                             const ImportMapping &mapping, const QString &fileName, char delimiter,
                             const QStringList &columnNames)
    : m_writer(writer)
    , m_mapping(mapping)
    , m_fileName(fileName)
    , m_columnNames(columnNames)
    // Where the comma does not separate fields, Europe writes decimals with it ("4,5").
    , m_commaDecimal(delimiter != ',')
    , m_dateOrder(mapping.dateFormat.startsWith(QLatin1String("dd")) ? ValueParsing::DateOrder::DayFirst
                                                                     : ValueParsing::DateOrder::MonthFirst)
{
    for (const Touchpoint &touchpoint : journey.touchpoints())
        m_touchpointsByName.insert(normaliseLabel(touchpoint.name), touchpoint.id.value());
    // Survey tools' ways of saying "no answer"; a mapping adds its own (a 0 on a 1–5 scale).
    for (const char *text : {"", "n/a", "na", "not applicable", "don't know", "dont know", "-"})
        m_notRatedTexts.insert(QString::fromLatin1(text));
    for (const QString &text : mapping.notRated) {
        if (const std::optional<double> number = ValueParsing::parseNumber(text.toUtf8(), m_commaDecimal))
            m_notRatedNumbers.append(*number);
        else
            m_notRatedTexts.insert(text.trimmed().toLower());
    }
}

void ImportContext::fail(const CsvRecord &record, int column, const QString &what) const
{
    // Concatenated, not arg()-chained: a file name or cell may itself hold "%1".
    const QString name = m_columnNames.value(column);
    throw DocumentError(m_fileName + QLatin1Char(':') + QString::number(record.line()) + QLatin1Char(':')
                        + QString::number(column + 1) + QStringLiteral(": ") + what
                        + (name.isEmpty() ? QString() : QStringLiteral(" (column \"") + name + QStringLiteral("\")")));
}

void ImportContext::fail(const CsvRecord &record, const QString &what) const
{
    throw DocumentError(m_fileName + QLatin1Char(':') + QString::number(record.line()) + QStringLiteral(": ") + what);
}

void ImportContext::setTimeZone(int column, const QTimeZone &zone)
{
    if (zone.isValid())
        m_timeZones.insert(column, zone);
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
    const MetricScale *scale = m_writer.metric(QString::fromUtf8(raw).trimmed());
    if (!scale)
        fail(record, column, QStringLiteral("unknown metric \"%1\" (define it under \"metrics\" in a mapping file)").arg(cell(record, column)));
    return *m_metricCache.insert(raw.toByteArray(), *scale);
}

const MetricScale &ImportContext::metricNamed(const QString &name) const
{
    const MetricScale *scale = m_writer.metric(name.trimmed());
    if (!scale)
        throw DocumentError(QStringLiteral("%1: unknown metric \"%2\"").arg(m_fileName, name));
    return *scale;
}

std::optional<qint64> ImportContext::segment(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    const QByteArrayView raw = record.field(column);
    if (!same(m_lastSegment, raw)) {
        m_lastSegmentId = m_writer.segmentId(raw);
        m_lastSegment = raw.toByteArray();
    }
    return m_lastSegmentId;
}

std::optional<qint64> ImportContext::respondent(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    const QByteArrayView raw = record.field(column);
    if (!same(m_lastRespondent, raw)) {
        m_lastRespondentId = m_writer.respondentId(raw);
        m_lastRespondent = raw.toByteArray();
    }
    return m_lastRespondentId;
}

std::optional<qint64> ImportContext::timestamp(const CsvRecord &record, int column)
{
    if (column < 0 || record.field(column).isEmpty())
        return std::nullopt;
    const QByteArrayView raw = record.field(column);
    if (column == m_lastTimeColumn && same(m_lastTime, raw))
        return m_lastSeconds;
    const std::optional<ValueParsing::ParsedTimestamp> parsed = ValueParsing::parseTimestampWithZone(raw, m_dateOrder);
    if (!parsed) {
        QString hint;
        if (m_dateOrder == ValueParsing::DateOrder::MonthFirst && raw.contains('/'))
            hint = QStringLiteral("; for day/month/year set \"date_format\": \"dd/mm/yyyy\" in a mapping file");
        fail(record, column, QStringLiteral("\"%1\" is not a date cxmap can read (use 2026-03-14 or 2026-03-14T09:30:00Z%2)")
                                 .arg(cell(record, column), hint));
    }
    qint64 seconds = parsed->seconds;
    if (const auto zone = m_timeZones.constFind(column); zone != m_timeZones.cend() && !parsed->hasZone) {
        // The digits are a wall-clock time in the export's zone: read them as such.
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
        seconds = QDateTime(wall.date(), wall.time(), *zone).toSecsSinceEpoch();
    }
    m_lastTimeColumn = column;
    m_lastTime = raw.toByteArray();
    m_lastSeconds = seconds;
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

bool ImportContext::isNotRated(QByteArrayView raw, const std::optional<double> &number, QString *reason) const
{
    if (raw.isEmpty()) {
        *reason = QStringLiteral("no answer");
        return true;
    }
    if (number) {
        if (!m_notRatedNumbers.contains(*number))
            return false;
    } else if (!m_notRatedTexts.contains(QString::fromUtf8(raw).trimmed().toLower())) {
        return false;
    }
    *reason = QStringLiteral("not rated");
    return true;
}

std::optional<double> ImportContext::rating(const CsvRecord &record, int column, const MetricScale &scale,
                                            const QHash<QString, double> &recoding)
{
    const QByteArrayView raw = record.field(column);
    std::optional<double> value = ValueParsing::parseNumber(raw, m_commaDecimal);
    if (QString reason; isNotRated(raw, value, &reason)) {
        skip(reason);
        return std::nullopt;
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
            hint = QStringLiteral("; if 0 means not rated, add \"not_rated\": [\"0\"] to a mapping file");
        fail(record, column, QStringLiteral("%1 is outside the %2 scale (%3 to %4)%5")
                                 .arg(*value).arg(scale.name).arg(scale.min).arg(scale.max).arg(hint));
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
