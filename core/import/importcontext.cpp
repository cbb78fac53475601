#include "importcontext.h"

#include "model/journey.h"
#include "store/documenterror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cxmap {

namespace {

QString cell(const CsvRecord &record, int column)
{
    const QString text = record.text(column);
    return text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
}

// Survey tools' ways of saying "no answer", in English and German, and Excel's #N/A.
constexpr const char *NoAnswerTexts[] = {"", "n/a", "na", "#n/a", "not applicable", "does not apply", "don't know",
                                         "dont know", "do not know", "-", "prefer not to say", "keine angabe",
                                         "weiß nicht", "weiss nicht", "trifft nicht zu", "nicht zutreffend"};

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
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        m_touchpointsByName.insert(normaliseLabel(touchpoint.name), touchpoint.id.value());
        // Two touchpoints one key apart ("Check-in", "Checkin") are told apart by their words only.
        const QString key = matchKey(touchpoint.name);
        if (m_touchpointsByKey.contains(key))
            m_ambiguousKeys.insert(key);
        m_touchpointsByKey.insert(key, touchpoint.id.value());
    }
    for (const auto &[from, to] : mapping.touchpointNames)
        m_touchpointNames.insert(matchKey(from), to);
    for (const auto &[from, to] : mapping.metricNames)
        m_metricNames.insert(matchKey(from), to);
    for (const QString &name : mapping.skipTouchpoints)
        m_skipTouchpoints.insert(matchKey(name));
    for (const QString &name : mapping.skipMetrics)
        m_skipMetrics.insert(matchKey(name));
}

NotRatedRule ImportContext::notRatedRule(const QStringList &values) const
{
    NotRatedRule rule;
    for (const char *text : NoAnswerTexts)
        rule.texts.insert(QString::fromUtf8(text));
    for (const QString &text : values) {
        if (const std::optional<double> number = ValueParsing::parseNumber(text.toUtf8(), m_commaDecimal))
            rule.numbers.append(*number);
        else
            rule.texts.insert(text.trimmed().toLower());
    }
    return rule;
}

void ImportContext::fail(const CsvRecord &record, int column, const QString &what) const
{
    // Concatenated, not arg()-chained: a file name or cell may itself hold "%1".
    const QString name = m_columnNames.value(column);
    throw DocumentError(m_fileName + QLatin1Char(':') + QString::number(record.line()) + QLatin1Char(':')
                        + QString::number(column + 1) + QStringLiteral(": ") + what
                        + (name.isEmpty() ? QString() : QCoreApplication::translate("cxmap::ImportContext", " (column \"") + name + QStringLiteral("\")")));
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

std::optional<qint64> ImportContext::touchpoint(const CsvRecord &record, int column, bool *skip)
{
    const QByteArrayView raw = record.field(column);
    if (skip)
        *skip = false;
    if (raw.isEmpty())
        return std::nullopt;
    // Long files repeat a touchpoint row after row: the last one is checked before the cache.
    qint64 cached = 0;
    if (same(m_lastTouchpoint, raw)) {
        cached = m_lastTouchpointId;
    } else if (const auto found = m_touchpointCache.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
               found != m_touchpointCache.cend()) {
        cached = *found;
        m_lastTouchpoint = raw.toByteArray();
        m_lastTouchpointId = cached;
    }
    if (cached > 0)
        return cached;
    if (cached < 0) {
        if (skip)
            *skip = true;
        return std::nullopt;
    }
    QString text = QString::fromUtf8(raw);
    if (m_skipTouchpoints.contains(matchKey(text))) {
        m_touchpointCache.insert(raw.toByteArray(), -1);
        if (skip)
            *skip = true;
        return std::nullopt;
    }
    if (const auto renamed = m_touchpointNames.constFind(matchKey(text)); renamed != m_touchpointNames.cend())
        text = *renamed;
    // The exact words first, then letters and digits alone ("In-flight" is "Inflight").
    const QString key = matchKey(text);
    std::optional<qint64> id;
    if (const auto byName = m_touchpointsByName.constFind(normaliseLabel(text)); byName != m_touchpointsByName.cend())
        id = *byName;
    else if (const auto byKey = m_touchpointsByKey.constFind(key); byKey != m_touchpointsByKey.cend() && !m_ambiguousKeys.contains(key))
        id = *byKey;
    if (!id)
        fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "unknown touchpoint \"%1\": it is not on the map").arg(cell(record, column)));
    m_touchpointCache.insert(raw.toByteArray(), *id);
    return id;
}

const MetricScale *ImportContext::metric(const CsvRecord &record, int column)
{
    const QByteArrayView raw = record.field(column);
    if (m_lastMetricValid && same(m_lastMetric, raw))
        return m_lastMetricScale ? &*m_lastMetricScale : nullptr;
    if (const auto found = m_metricCache.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
        found != m_metricCache.cend()) {
        m_lastMetric = raw.toByteArray();
        m_lastMetricScale = *found;
        m_lastMetricValid = true;
        return m_lastMetricScale ? &*m_lastMetricScale : nullptr;
    }
    QString name = QString::fromUtf8(raw).trimmed();
    const QString key = matchKey(name);
    if (m_skipMetrics.contains(key)) {
        m_metricCache.insert(raw.toByteArray(), std::nullopt);
        return nullptr;
    }
    if (const auto renamed = m_metricNames.constFind(key); renamed != m_metricNames.cend())
        name = *renamed;
    const MetricScale *scale = m_writer.metric(name);
    if (!scale)
        fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "unknown metric \"%1\" (define it under \"metrics\" in a mapping file)").arg(cell(record, column)));
    return &**m_metricCache.insert(raw.toByteArray(), *scale);
}

const MetricScale &ImportContext::metricNamed(const QString &name) const
{
    const MetricScale *scale = m_writer.metric(name.trimmed());
    if (!scale)
        throw DocumentError(QCoreApplication::translate("cxmap::ImportContext", "%1: unknown metric \"%2\"").arg(m_fileName, name));
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
            hint = QCoreApplication::translate("cxmap::ImportContext", "; for day/month/year set \"date_format\": \"dd/mm/yyyy\" in a mapping file");
        fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "\"%1\" is not a date cxmap can read (use 2026-03-14 or 2026-03-14T09:30:00Z%2)")
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
    fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "kind must be \"experience\" or \"expectation\", not \"%1\"").arg(cell(record, column)));
}

bool ImportContext::isNotRated(QByteArrayView raw, const std::optional<double> &number, const NotRatedRule &rule,
                               QString *reason) const
{
    if (raw.isEmpty()) {
        *reason = QCoreApplication::translate("cxmap::ImportContext", "no answer");
        return true;
    }
    if (number) {
        if (!rule.numbers.contains(*number))
            return false;
    } else if (!rule.texts.contains(QString::fromUtf8(raw).trimmed().toLower())) {
        return false;
    }
    *reason = QCoreApplication::translate("cxmap::ImportContext", "not rated");
    return true;
}

std::optional<double> ImportContext::rating(const CsvRecord &record, int column, const MetricScale &scale,
                                            const NotRatedRule &rule, qint64 labels,
                                            const QHash<QString, double> &recoding)
{
    const QByteArrayView raw = record.field(column);
    std::optional<double> value = ValueParsing::parseNumber(raw, m_commaDecimal);
    if (QString reason; isNotRated(raw, value, rule, &reason)) {
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
        else if (const std::optional<double> known = m_labels[labels].value(label, scale.min, scale.max))
            value = known;
        else
            fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "\"%1\" is not a number; say what it means under \"values\" in a mapping file")
                                     .arg(cell(record, column)));
        if (!m_labelOwners.contains(labels))
            m_labelOwners.insert(labels, labels >= 0 ? m_columnNames.value(int(labels)) : scale.name);
    }
    if (!(*value >= scale.min && *value <= scale.max)) {
        QString hint;
        if (*value == 0.0 && scale.min > 0.0)
            hint = QCoreApplication::translate("cxmap::ImportContext", "; if 0 means not rated, add \"not_rated\": [\"0\"] to a mapping file");
        fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "%1 is outside the %2 scale (%3 to %4)%5")
                                 .arg(*value).arg(scale.name).arg(scale.min).arg(scale.max).arg(hint));
    }
    return value;
}

void ImportContext::fixLabelScales(const LabelScales &scales)
{
    for (auto it = scales.cbegin(); it != scales.cend(); ++it)
        m_labels[it.key()].fix(it.value());
}

LabelScales ImportContext::unsettledLabelScales() const
{
    LabelScales unsettled;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        if (!it->consistent())
            unsettled.insert(it.key(), it->settledScale());
    return unsettled;
}

QStringList ImportContext::labelNotes() const
{
    QStringList notes;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const int settled = it->settledScale();
        if (settled < 0)
            continue;
        notes << QStringLiteral("%1: %2").arg(m_labelOwners.value(it.key()), ScaleLabels::builtin().scales().at(settled).name);
    }
    notes.sort();
    return notes;
}

double ImportContext::number(const CsvRecord &record, int column, const char *what)
{
    const std::optional<double> value = ValueParsing::parseNumber(record.field(column), m_commaDecimal);
    if (!value)
        fail(record, column, QCoreApplication::translate("cxmap::ImportContext", "%1 must be a number, not \"%2\"").arg(QLatin1String(what), cell(record, column)));
    return *value;
}

} // namespace cxmap
