#include "importmapping.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cxmap {

namespace {

struct FormatName
{
    ImportFormat format;
    const char *name;
};

constexpr FormatName FormatNames[] = {
    {ImportFormat::Long, "long"},
    {ImportFormat::Wide, "wide"},
    {ImportFormat::Qualtrics, "qualtrics"},
    {ImportFormat::SurveyMonkey, "surveymonkey"},
    {ImportFormat::Aggregated, "aggregated"},
};

// 1-based line and column of a byte offset in `text`.
QString position(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.first(std::clamp<qsizetype>(offset, 0, text.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

// Reads a mapping file and says where what it found wrong is.
class Parser
{
public:
    Parser(const QByteArray &json, const QString &fileName)
        : m_json(json)
        , m_fileName(fileName)
    {}

    [[noreturn]] void invalid(const QString &key, const QString &what) const
    {
        ImportMapping located;
        located.sourceName = m_fileName;
        located.sourceJson = m_json;
        throw DocumentError(QStringLiteral("%1: %2").arg(located.where(key), what));
    }

    QString text(const QJsonObject &object, const char *key) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            invalid(QLatin1String(key), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\" must be a text").arg(QLatin1String(key)));
        return value.toString();
    }

    bool flag(const QJsonObject &object, const char *key, bool fallback) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            invalid(QLatin1String(key), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\" must be true or false").arg(QLatin1String(key)));
        return value.toBool();
    }

    double number(const QJsonObject &object, const char *key, const QString &owner, const QString &where) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isDouble())
            invalid(owner, QCoreApplication::translate("cxmap::ImportMapping", "%1 needs a number \"%2\"").arg(where, QLatin1String(key)));
        return value.toDouble();
    }

    QJsonObject object(const QJsonObject &parent, const char *key, const QString &example) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            invalid(QLatin1String(key), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\" must be an object, like %2").arg(QLatin1String(key), example));
        return value.toObject();
    }

    QStringList texts(const QJsonObject &parent, const char *key, const QString &example) const
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            invalid(QLatin1String(key), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\" must be a list, like %2").arg(QLatin1String(key), example));
        QStringList result;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isDouble())
                result.append(QString::number(item.toDouble()));
            else if (item.isString())
                result.append(item.toString());
            else
                invalid(QLatin1String(key), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\" must hold texts, like %2").arg(QLatin1String(key), example));
        }
        return result;
    }

    QHash<QString, double> recoding(const QJsonValue &value, const QString &owner, const QString &where) const
    {
        QHash<QString, double> values;
        if (value.isUndefined() || value.isNull())
            return values;
        if (!value.isObject())
            invalid(owner, QCoreApplication::translate("cxmap::ImportMapping", "%1 must map answers to numbers, like {\"satisfied\": 1}").arg(where));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isDouble())
                invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "%1: \"%2\" must map to a number").arg(where, it.key()));
            values.insert(normaliseLabel(it.key()), it.value().toDouble());
        }
        return values;
    }

    // "not_rated" inside a column or the outcome: a list of texts or numbers, or nullopt.
    std::optional<QStringList> ownNotRated(const QJsonObject &object, const QString &owner, const QString &where) const
    {
        const QJsonValue value = object.value(QLatin1String("not_rated"));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray())
            invalid(owner, QCoreApplication::translate("cxmap::ImportMapping", "%1: \"not_rated\" must be a list, like [\"0\"]").arg(where));
        QStringList result;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isDouble())
                result.append(QString::number(item.toDouble()));
            else if (item.isString())
                result.append(item.toString().trimmed());
            else
                invalid(owner, QCoreApplication::translate("cxmap::ImportMapping", "%1: \"not_rated\" must hold texts or numbers").arg(where));
        }
        return result;
    }

    // An object of texts: {"name in the file": "name on the map"}.
    QList<std::pair<QString, QString>> names(const QJsonObject &parent, const char *key, const QString &example) const
    {
        QList<std::pair<QString, QString>> result;
        const QJsonObject object = this->object(parent, key, example);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "\"%1\": \"%2\" must map to a name, like %3").arg(QLatin1String(key), it.key(), example));
            result.append({it.key(), it.value().toString().trimmed()});
        }
        return result;
    }

    MeasurementKind kind(const QString &kind, const QString &owner, const QString &where) const
    {
        const QString key = kind.trimmed().toLower();
        if (key.isEmpty() || key == QLatin1String("experience"))
            return MeasurementKind::Experience;
        if (key == QLatin1String("expectation"))
            return MeasurementKind::Expectation;
        invalid(owner, QCoreApplication::translate("cxmap::ImportMapping", "%1: kind must be \"experience\" or \"expectation\", not \"%2\"").arg(where, kind));
    }

private:
    const QByteArray &m_json;
    const QString &m_fileName;
};

} // namespace

QString formatName(ImportFormat format)
{
    for (const FormatName &entry : FormatNames)
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<ImportFormat> formatFromName(const QString &name)
{
    for (const FormatName &entry : FormatNames)
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    return std::nullopt;
}

QString matchKey(QStringView text)
{
    // Decomposed, so that an accent is a mark after its letter and can be left out.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QLatin1Char('&'))
            result.append(QLatin1String("and"));
        else if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

QString ImportMapping::field(const QString &name) const
{
    for (const auto &[key, column] : fields)
        if (key == name)
            return column;
    return {};
}

QStringList ImportMapping::notRatedValues(const QString &header, const QString &metric, bool isOutcome,
                                          const std::optional<QStringList> &own) const
{
    if (own)
        return *own;
    const QString headerKey = matchKey(header);
    for (const auto &[key, list] : notRatedFor)
        if (!headerKey.isEmpty() && matchKey(key) == headerKey)
            return list;
    for (const auto &[key, list] : notRatedFor)
        if (key.compare(metric, Qt::CaseInsensitive) == 0)
            return list;
    if (isOutcome)
        return {};
    for (const auto &[key, list] : notRatedFor)
        if (key == QLatin1String("*"))
            return list;
    return notRated;
}

QString normaliseLabel(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !result.isEmpty())
                result.append(QLatin1Char(' '));
            result.append(c.toLower());
            pendingSpace = false;
        } else {
            pendingSpace = true;
        }
    }
    return result;
}

ImportMapping ImportMapping::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        throw DocumentError(QCoreApplication::translate("cxmap::ImportMapping", "%1:%2: not valid JSON (%3)")
                                .arg(fileName, position(json, error.offset), error.errorString()));
    }
    if (!document.isObject())
        throw DocumentError(QCoreApplication::translate("cxmap::ImportMapping", "%1:1:1: a mapping must be a JSON object, like {\"format\": \"wide\"}").arg(fileName));
    const QJsonObject root = document.object();
    const Parser parser(json, fileName);

    static const QStringList known = {
        QStringLiteral("format"), QStringLiteral("skip_lines"), QStringLiteral("respondent"),
        QStringLiteral("timestamp"), QStringLiteral("segment"), QStringLiteral("metrics"),
        QStringLiteral("not_rated"), QStringLiteral("outcome"), QStringLiteral("columns"),
        QStringLiteral("auto_match"), QStringLiteral("default_metric"), QStringLiteral("values"),
        QStringLiteral("date_format"), QStringLiteral("keep_respondent_keys"), QStringLiteral("ignore"),
        QStringLiteral("touchpoint_names"), QStringLiteral("metric_names"), QStringLiteral("skip_touchpoints"),
        QStringLiteral("skip_metrics"), QStringLiteral("value"), QStringLiteral("period"), QStringLiteral("period_start"),
        QStringLiteral("period_end"), QStringLiteral("n"), QStringLiteral("mean"), QStringLiteral("sd"),
        QStringLiteral("top_box"), QStringLiteral("touchpoint"), QStringLiteral("metric"), QStringLiteral("kind")};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            parser.invalid(key, QCoreApplication::translate("cxmap::ImportMapping", "unknown key \"%1\" (known: %2)").arg(key, known.join(QStringLiteral(", "))));

    ImportMapping mapping;
    mapping.sourceName = fileName;
    mapping.sourceJson = json;
    // Without a format the file's own header rows say which it is, as without a mapping.
    if (const QString format = parser.text(root, "format"); !format.isEmpty()) {
        mapping.format = formatFromName(format);
        if (!mapping.format)
            parser.invalid(QStringLiteral("format"), QCoreApplication::translate("cxmap::ImportMapping", "unknown format \"%1\" (long, wide, qualtrics, surveymonkey or aggregated)").arg(format));
    }

    if (root.contains(QLatin1String("skip_lines"))) {
        const double skip = parser.number(root, "skip_lines", QStringLiteral("skip_lines"), QCoreApplication::translate("cxmap::ImportMapping", "the mapping"));
        if (skip < 0 || skip > 1000 || skip != int(skip))
            parser.invalid(QStringLiteral("skip_lines"), QCoreApplication::translate("cxmap::ImportMapping", "\"skip_lines\" must be a whole number from 0 to 1000"));
        mapping.skipLines = int(skip);
    }
    mapping.respondent = parser.text(root, "respondent");
    mapping.timestamp = parser.text(root, "timestamp");
    mapping.segment = parser.text(root, "segment");
    mapping.dateFormat = parser.text(root, "date_format").toLower();
    if (!mapping.dateFormat.isEmpty()
        && !QStringList({QStringLiteral("dd/mm/yyyy"), QStringLiteral("mm/dd/yyyy"), QStringLiteral("dd.mm.yyyy"),
                         QStringLiteral("yyyy-mm-dd")}).contains(mapping.dateFormat))
        parser.invalid(QStringLiteral("date_format"), QCoreApplication::translate("cxmap::ImportMapping", "\"date_format\" must be dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy or yyyy-mm-dd"));
    if (const QString metric = parser.text(root, "default_metric"); !metric.isEmpty())
        mapping.defaultMetric = metric;
    mapping.autoMatch = parser.flag(root, "auto_match", true);
    mapping.keepRespondentKeys = parser.flag(root, "keep_respondent_keys", false);

    const QJsonObject metrics = parser.object(root, "metrics", QCoreApplication::translate("cxmap::ImportMapping", "{\"satisfied\": {\"min\": 0, \"max\": 1}}"));
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString where = QCoreApplication::translate("cxmap::ImportMapping", "metric \"%1\"").arg(it.key());
        if (!it.value().isObject())
            parser.invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "%1 must be an object with \"min\" and \"max\"").arg(where));
        if (it.key().trimmed().isEmpty())
            parser.invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "a metric needs a name"));
        const QJsonObject object = it.value().toObject();
        MetricDefinition definition;
        definition.name = it.key().trimmed();
        definition.min = parser.number(object, "min", it.key(), where);
        definition.max = parser.number(object, "max", it.key(), where);
        if (!(definition.max > definition.min))
            parser.invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "%1: \"max\" must be above \"min\"").arg(where));
        definition.higherIsBetter = parser.flag(object, "higher_is_better", true);
        if (object.contains(QLatin1String("top_box_from")))
            definition.topBoxFrom = parser.number(object, "top_box_from", it.key(), where);
        mapping.metrics.append(definition);
    }

    // A list for every rated column, or an object per column header or metric ("*": all).
    if (const QJsonValue notRated = root.value(QLatin1String("not_rated")); notRated.isObject()) {
        const QJsonObject object = notRated.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::optional<QStringList> values =
                parser.ownNotRated(QJsonObject{{QStringLiteral("not_rated"), it.value()}}, it.key(),
                                   QCoreApplication::translate("cxmap::ImportMapping", "not_rated \"%1\"").arg(it.key()));
            mapping.notRatedFor.append({it.key(), values.value_or(QStringList())});
        }
    } else {
        for (const QString &value : parser.texts(root, "not_rated", QStringLiteral("[\"0\", \"\"]")))
            mapping.notRated.append(value.trimmed());
    }

    if (root.contains(QLatin1String("outcome"))) {
        const QJsonObject object = parser.object(root, "outcome", QCoreApplication::translate("cxmap::ImportMapping", "{\"column\": \"satisfaction\", \"metric\": \"satisfied\"}"));
        OutcomeMapping outcome;
        outcome.column = parser.text(object, "column");
        outcome.metric = parser.text(object, "metric");
        if (outcome.column.isEmpty() || outcome.metric.isEmpty())
            parser.invalid(QStringLiteral("outcome"), QCoreApplication::translate("cxmap::ImportMapping", "\"outcome\" needs \"column\" and \"metric\""));
        outcome.values = parser.recoding(object.value(QLatin1String("values")), QStringLiteral("outcome"), QCoreApplication::translate("cxmap::ImportMapping", "outcome values"));
        outcome.notRated = parser.ownNotRated(object, QStringLiteral("outcome"), QCoreApplication::translate("cxmap::ImportMapping", "the outcome"));
        mapping.outcome = outcome;
    }

    const QJsonObject columns = parser.object(root, "columns", QCoreApplication::translate("cxmap::ImportMapping", "{\"Online boarding\": {\"touchpoint\": \"Online boarding\", \"metric\": \"csat\"}}"));
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString where = QCoreApplication::translate("cxmap::ImportMapping", "column \"%1\"").arg(it.key());
        ColumnMapping column;
        if (it.value().isString()) {
            // Shorthand: "Header": "Touchpoint", rated on the default metric.
            column.touchpoint = it.value().toString();
        } else if (it.value().isObject()) {
            const QJsonObject object = it.value().toObject();
            column.touchpoint = parser.text(object, "touchpoint");
            column.metric = parser.text(object, "metric");
            column.kind = parser.kind(parser.text(object, "kind"), it.key(), where);
            column.notRated = parser.ownNotRated(object, it.key(), where);
        } else {
            parser.invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "%1 must name a touchpoint, like {\"touchpoint\": \"Online boarding\", \"metric\": \"csat\"}").arg(where));
        }
        if (column.touchpoint.trimmed().isEmpty())
            parser.invalid(it.key(), QCoreApplication::translate("cxmap::ImportMapping", "%1 needs a \"touchpoint\"").arg(where));
        if (column.metric.isEmpty())
            column.metric = mapping.defaultMetric;
        mapping.columns.append({it.key(), column});
    }

    mapping.values = parser.recoding(root.value(QLatin1String("values")), QStringLiteral("values"), QStringLiteral("\"values\""));
    mapping.ignore = parser.texts(root, "ignore", QCoreApplication::translate("cxmap::ImportMapping", "[\"Gender\", \"Age\"]"));

    // Long and aggregated files: which column holds each field, and names to translate or skip.
    for (const QString &field : AggregateFields + LongFields) {
        if (mapping.field(field).isEmpty())
            if (const QString column = parser.text(root, field.toLatin1().constData()); !column.isEmpty())
                mapping.fields.append({field, column});
    }
    mapping.touchpointNames = parser.names(root, "touchpoint_names", QCoreApplication::translate("cxmap::ImportMapping", "{\"Web chat\": \"Support chat\"}"));
    mapping.metricNames = parser.names(root, "metric_names", QCoreApplication::translate("cxmap::ImportMapping", "{\"Satisfaction\": \"csat\"}"));
    mapping.skipTouchpoints = parser.texts(root, "skip_touchpoints", QStringLiteral("[\"Teleporter\"]"));
    mapping.skipMetrics = parser.texts(root, "skip_metrics", QStringLiteral("[\"happiness\"]"));
    return mapping;
}

QString ImportMapping::where(const QString &key) const
{
    if (sourceName.isEmpty())
        return QCoreApplication::translate("cxmap::ImportMapping", "the mapping");
    // The key as JSON writes it, in quotes; as a key (followed by a colon) first, else anywhere.
    QByteArray quoted = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    quoted = quoted.sliced(1, quoted.size() - 2);
    qsizetype anywhere = -1;
    for (qsizetype at = sourceJson.indexOf(quoted); at >= 0; at = sourceJson.indexOf(quoted, at + 1)) {
        if (anywhere < 0)
            anywhere = at;
        qsizetype after = at + quoted.size();
        while (after < sourceJson.size() && QByteArrayView(" \t\r\n").contains(sourceJson.at(after)))
            ++after;
        if (after < sourceJson.size() && sourceJson.at(after) == ':')
            return QStringLiteral("%1:%2").arg(sourceName, position(sourceJson, at));
    }
    if (anywhere >= 0)
        return QStringLiteral("%1:%2").arg(sourceName, position(sourceJson, anywhere));
    return sourceName;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject root;
    if (format)
        root.insert(QStringLiteral("format"), formatName(*format));
    if (skipLines >= 0)
        root.insert(QStringLiteral("skip_lines"), skipLines);
    auto put = [&root](const char *key, const QString &value) {
        if (!value.isEmpty())
            root.insert(QLatin1String(key), value);
    };
    put("respondent", respondent);
    put("timestamp", timestamp);
    put("segment", segment);
    put("date_format", dateFormat);
    put("default_metric", defaultMetric);
    root.insert(QStringLiteral("auto_match"), autoMatch);
    if (keepRespondentKeys)
        root.insert(QStringLiteral("keep_respondent_keys"), true);
    QJsonObject metricsObject;
    for (const MetricDefinition &metric : metrics) {
        QJsonObject object{{QStringLiteral("min"), metric.min}, {QStringLiteral("max"), metric.max},
                           {QStringLiteral("higher_is_better"), metric.higherIsBetter}};
        if (metric.topBoxFrom)
            object.insert(QStringLiteral("top_box_from"), *metric.topBoxFrom);
        metricsObject.insert(metric.name, object);
    }
    if (!metricsObject.isEmpty())
        root.insert(QStringLiteral("metrics"), metricsObject);
    if (!notRatedFor.isEmpty()) {
        QJsonObject object;
        for (const auto &[key, list] : notRatedFor)
            object.insert(key, QJsonArray::fromStringList(list));
        if (!notRated.isEmpty() && !object.contains(QStringLiteral("*")))
            object.insert(QStringLiteral("*"), QJsonArray::fromStringList(notRated));
        root.insert(QStringLiteral("not_rated"), object);
    } else if (!notRated.isEmpty()) {
        root.insert(QStringLiteral("not_rated"), QJsonArray::fromStringList(notRated));
    }
    auto recodingJson = [](const QHash<QString, double> &recoding) {
        QJsonObject object;
        for (auto it = recoding.cbegin(); it != recoding.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (outcome) {
        QJsonObject object{{QStringLiteral("column"), outcome->column},
                           {QStringLiteral("metric"), outcome->metric},
                           {QStringLiteral("values"), recodingJson(outcome->values)}};
        if (outcome->notRated)
            object.insert(QStringLiteral("not_rated"), QJsonArray::fromStringList(*outcome->notRated));
        root.insert(QStringLiteral("outcome"), object);
    }
    QJsonObject columnsObject;
    for (const auto &[header, column] : columns) {
        QJsonObject object{{QStringLiteral("touchpoint"), column.touchpoint}, {QStringLiteral("metric"), column.metric}};
        if (column.kind == MeasurementKind::Expectation)
            object.insert(QStringLiteral("kind"), QStringLiteral("expectation"));
        if (column.notRated)
            object.insert(QStringLiteral("not_rated"), QJsonArray::fromStringList(*column.notRated));
        columnsObject.insert(header, object);
    }
    if (!columnsObject.isEmpty())
        root.insert(QStringLiteral("columns"), columnsObject);
    if (!values.isEmpty())
        root.insert(QStringLiteral("values"), recodingJson(values));
    if (!ignore.isEmpty())
        root.insert(QStringLiteral("ignore"), QJsonArray::fromStringList(ignore));
    for (const auto &[field, column] : fields)
        root.insert(field, column);
    const auto namesJson = [&root](const char *key, const QList<std::pair<QString, QString>> &names) {
        QJsonObject object;
        for (const auto &[from, to] : names)
            object.insert(from, to);
        if (!object.isEmpty())
            root.insert(QLatin1String(key), object);
    };
    namesJson("touchpoint_names", touchpointNames);
    namesJson("metric_names", metricNames);
    if (!skipTouchpoints.isEmpty())
        root.insert(QStringLiteral("skip_touchpoints"), QJsonArray::fromStringList(skipTouchpoints));
    if (!skipMetrics.isEmpty())
        root.insert(QStringLiteral("skip_metrics"), QJsonArray::fromStringList(skipMetrics));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace cxmap
