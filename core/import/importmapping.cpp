#include "importmapping.h"

#include "store/documenterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

[[noreturn]] void invalid(const QString &fileName, const QString &what)
{
    throw DocumentError(QStringLiteral("%1: %2").arg(fileName, what));
}

QString text(const QJsonObject &object, const char *key, const QString &fileName)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        invalid(fileName, QStringLiteral("\"%1\" must be a text (a column name)").arg(QLatin1String(key)));
    return value.toString();
}

double number(const QJsonObject &object, const char *key, const QString &where, const QString &fileName)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        invalid(fileName, QStringLiteral("%1 needs a number \"%2\"").arg(where, QLatin1String(key)));
    return value.toDouble();
}

QHash<QString, double> recoding(const QJsonValue &value, const QString &where, const QString &fileName)
{
    QHash<QString, double> values;
    if (value.isUndefined())
        return values;
    if (!value.isObject())
        invalid(fileName, QStringLiteral("%1 must map answers to numbers, like {\"satisfied\": 1}").arg(where));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble())
            invalid(fileName, QStringLiteral("%1: \"%2\" must map to a number").arg(where, it.key()));
        values.insert(normaliseLabel(it.key()), it.value().toDouble());
    }
    return values;
}

MeasurementKind kindFromText(const QString &kind, const QString &where, const QString &fileName)
{
    const QString key = kind.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("experience"))
        return MeasurementKind::Experience;
    if (key == QLatin1String("expectation"))
        return MeasurementKind::Expectation;
    invalid(fileName, QStringLiteral("%1: kind must be \"experience\" or \"expectation\", not \"%2\"").arg(where, kind));
}

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
        const qsizetype line = json.left(error.offset).count('\n') + 1;
        invalid(QStringLiteral("%1:%2").arg(fileName).arg(line),
                QStringLiteral("not valid JSON (%1)").arg(error.errorString()));
    }
    if (!document.isObject())
        invalid(fileName, QStringLiteral("a mapping must be a JSON object"));
    const QJsonObject root = document.object();

    static const QStringList known = {
        QStringLiteral("format"), QStringLiteral("skip_lines"), QStringLiteral("respondent"),
        QStringLiteral("timestamp"), QStringLiteral("segment"), QStringLiteral("metrics"),
        QStringLiteral("not_rated"), QStringLiteral("outcome"), QStringLiteral("columns"),
        QStringLiteral("auto_match"), QStringLiteral("default_metric"), QStringLiteral("values"),
        QStringLiteral("date_format"), QStringLiteral("keep_respondent_keys"), QStringLiteral("ignore")};
    for (const QString &key : root.keys())
        if (!known.contains(key))
            invalid(fileName, QStringLiteral("unknown key \"%1\" (known: %2)").arg(key, known.join(QStringLiteral(", "))));

    ImportMapping mapping;
    const QString format = text(root, "format", fileName);
    if (format.isEmpty())
        invalid(fileName, QStringLiteral("\"format\" is required (long, wide, qualtrics, surveymonkey or aggregated)"));
    const std::optional<ImportFormat> parsed = formatFromName(format);
    if (!parsed)
        invalid(fileName, QStringLiteral("unknown format \"%1\" (long, wide, qualtrics, surveymonkey or aggregated)").arg(format));
    mapping.format = *parsed;

    if (root.contains(QLatin1String("skip_lines"))) {
        const double skip = number(root, "skip_lines", QStringLiteral("the mapping"), fileName);
        if (skip < 0 || skip > 1000 || skip != int(skip))
            invalid(fileName, QStringLiteral("\"skip_lines\" must be a whole number from 0 to 1000"));
        mapping.skipLines = int(skip);
    }
    mapping.respondent = text(root, "respondent", fileName);
    mapping.timestamp = text(root, "timestamp", fileName);
    mapping.segment = text(root, "segment", fileName);
    mapping.dateFormat = text(root, "date_format", fileName).toLower();
    if (!mapping.dateFormat.isEmpty()
        && !QStringList({QStringLiteral("dd/mm/yyyy"), QStringLiteral("mm/dd/yyyy"), QStringLiteral("dd.mm.yyyy"),
                         QStringLiteral("yyyy-mm-dd")}).contains(mapping.dateFormat))
        invalid(fileName, QStringLiteral("\"date_format\" must be dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy or yyyy-mm-dd"));
    if (const QString metric = text(root, "default_metric", fileName); !metric.isEmpty())
        mapping.defaultMetric = metric;
    mapping.autoMatch = root.value(QLatin1String("auto_match")).toBool(true);
    mapping.keepRespondentKeys = root.value(QLatin1String("keep_respondent_keys")).toBool(false);

    const QJsonObject metrics = root.value(QLatin1String("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString where = QStringLiteral("metric \"%1\"").arg(it.key());
        if (!it.value().isObject())
            invalid(fileName, QStringLiteral("%1 must be an object with \"min\" and \"max\"").arg(where));
        const QJsonObject object = it.value().toObject();
        MetricDefinition definition;
        definition.name = it.key();
        definition.min = number(object, "min", where, fileName);
        definition.max = number(object, "max", where, fileName);
        if (!(definition.max > definition.min))
            invalid(fileName, QStringLiteral("%1: \"max\" must be above \"min\"").arg(where));
        definition.higherIsBetter = object.value(QLatin1String("higher_is_better")).toBool(true);
        if (object.contains(QLatin1String("top_box_from")))
            definition.topBoxFrom = number(object, "top_box_from", where, fileName);
        mapping.metrics.append(definition);
    }

    if (root.contains(QLatin1String("not_rated"))) {
        const QJsonValue notRated = root.value(QLatin1String("not_rated"));
        if (!notRated.isArray())
            invalid(fileName, QStringLiteral("\"not_rated\" must be a list of texts, like [\"0\", \"\"]"));
        for (const QJsonValue &value : notRated.toArray())
            mapping.notRated.append(value.isDouble() ? QString::number(value.toDouble()) : value.toString().trimmed());
    }

    if (root.contains(QLatin1String("outcome"))) {
        const QJsonObject object = root.value(QLatin1String("outcome")).toObject();
        OutcomeMapping outcome;
        outcome.column = text(object, "column", fileName);
        outcome.metric = text(object, "metric", fileName);
        if (outcome.column.isEmpty() || outcome.metric.isEmpty())
            invalid(fileName, QStringLiteral("\"outcome\" needs \"column\" and \"metric\""));
        outcome.values = recoding(object.value(QLatin1String("values")), QStringLiteral("outcome values"), fileName);
        mapping.outcome = outcome;
    }

    const QJsonObject columns = root.value(QLatin1String("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString where = QStringLiteral("column \"%1\"").arg(it.key());
        const QJsonObject object = it.value().toObject();
        ColumnMapping column;
        column.touchpoint = text(object, "touchpoint", fileName);
        column.metric = text(object, "metric", fileName);
        if (column.metric.isEmpty())
            column.metric = mapping.defaultMetric;
        column.kind = kindFromText(text(object, "kind", fileName), where, fileName);
        mapping.columns.append({it.key(), column});
    }

    mapping.values = recoding(root.value(QLatin1String("values")), QStringLiteral("\"values\""), fileName);
    for (const QJsonValue &value : root.value(QLatin1String("ignore")).toArray())
        mapping.ignore.append(value.toString());
    return mapping;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName(format));
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
    if (!notRated.isEmpty())
        root.insert(QStringLiteral("not_rated"), QJsonArray::fromStringList(notRated));
    auto recodingJson = [](const QHash<QString, double> &recoding) {
        QJsonObject object;
        for (auto it = recoding.cbegin(); it != recoding.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (outcome)
        root.insert(QStringLiteral("outcome"), QJsonObject{{QStringLiteral("column"), outcome->column},
                                                           {QStringLiteral("metric"), outcome->metric},
                                                           {QStringLiteral("values"), recodingJson(outcome->values)}});
    QJsonObject columnsObject;
    for (const auto &[header, column] : columns) {
        QJsonObject object{{QStringLiteral("touchpoint"), column.touchpoint}, {QStringLiteral("metric"), column.metric}};
        if (column.kind == MeasurementKind::Expectation)
            object.insert(QStringLiteral("kind"), QStringLiteral("expectation"));
        columnsObject.insert(header, object);
    }
    if (!columnsObject.isEmpty())
        root.insert(QStringLiteral("columns"), columnsObject);
    if (!values.isEmpty())
        root.insert(QStringLiteral("values"), recodingJson(values));
    if (!ignore.isEmpty())
        root.insert(QStringLiteral("ignore"), QJsonArray::fromStringList(ignore));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace cxmap
