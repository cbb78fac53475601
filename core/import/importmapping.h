#pragma once

#include "store/measurement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxmap {

/** The shapes of survey data cxmap reads (DESIGN §5). */
enum class ImportFormat { Long, Wide, Qualtrics, SurveyMonkey, Aggregated };

QString formatName(ImportFormat format);
std::optional<ImportFormat> formatFromName(const QString &name);

/** Which touchpoint and metric one column of a wide file rates. */
struct ColumnMapping
{
    QString touchpoint;
    QString metric;
    MeasurementKind kind = MeasurementKind::Experience;
    /** This column's own "not rated" values, replacing every other rule for it. */
    std::optional<QStringList> notRated;
};

/** A user-defined scale the mapping brings along ("satisfied": 0–1). */
struct MetricDefinition
{
    QString name;
    double min = 0.0;
    double max = 1.0;
    bool higherIsBetter = true;
    std::optional<double> topBoxFrom;
};

/** The journey-level outcome column, with text answers recoded to numbers. */
struct OutcomeMapping
{
    QString column;
    QString metric;
    /** Keys are normalised (see normaliseLabel()). */
    QHash<QString, double> values;
    /**
     * The outcome's own "not rated" values. The ratings' list never applies to the outcome: a
     * 0 that means "not rated" on a 1–5 rating is a real answer on a 0/1 outcome.
     */
    std::optional<QStringList> notRated;
};

/**
 * How to read one survey export: the mapping file of DESIGN §5 (every key but `format` is
 * optional), or what auto-detection decided. Stored with every batch, so an import can be
 * audited and repeated.
 */
struct ImportMapping
{
    /** nullopt: detected from the file, as without a mapping. */
    std::optional<ImportFormat> format;
    /** Lines above the header (a title line); -1 finds the header by itself. */
    int skipLines = -1;
    QString respondent;
    QString timestamp;
    QString segment;
    QList<MetricDefinition> metrics;
    /**
     * Cell values that mean "not rated" in the rated (touchpoint) columns; compared after
     * trimming, case-insensitively. The mapping file's "not_rated" as a list.
     */
    QStringList notRated;
    /**
     * "not_rated" as an object: a column header or a metric name → its values ("*": every rated
     * column, as the list form). A column's own list wins, then its header, then its metric.
     */
    QList<std::pair<QString, QStringList>> notRatedFor;
    std::optional<OutcomeMapping> outcome;
    /** Column header → what it rates, in file order once resolved. */
    QList<std::pair<QString, ColumnMapping>> columns;
    bool autoMatch = true;
    /** The metric of auto-matched columns whose header names none. */
    QString defaultMetric = QStringLiteral("csat");
    /** Text answers → numbers for every rated column ("very satisfied" → 5); normalised keys. */
    QHash<QString, double> values;
    /** "" = ISO 8601 or month/day/year; or "dd/mm/yyyy", "dd.mm.yyyy", "mm/dd/yyyy". */
    QString dateFormat;
    /** Store respondent keys as given instead of as salted hashes. */
    bool keepRespondentKeys = false;
    /** Columns to leave out on purpose (not reported as unmatched). */
    QStringList ignore;

    /**
     * Long and aggregated files: the column that holds each field, when the header calls it
     * something else ("top_box" → "Top-box Percentage"). Keys are the field names (AggregateFields
     * and LongFields); respondent, timestamp and segment are the keys above.
     */
    QList<std::pair<QString, QString>> fields;
    /** Long and aggregated files: touchpoint names in the file → touchpoints on the map. */
    QList<std::pair<QString, QString>> touchpointNames;
    /** Long and aggregated files: metric names in the file → metrics of the document. */
    QList<std::pair<QString, QString>> metricNames;
    /** Long and aggregated files: rows naming these touchpoints or metrics are skipped, counted. */
    QStringList skipTouchpoints;
    QStringList skipMetrics;

    /** The column a field of a long or aggregated file is in, as the mapping says; empty: the usual name. */
    QString field(const QString &name) const;
    /**
     * The "not rated" values of a rated column (`header`, rated on `metric`), or of the outcome
     * (`outcome` true): see notRated and notRatedFor.
     */
    QStringList notRatedValues(const QString &header, const QString &metric, bool isOutcome,
                               const std::optional<QStringList> &own = {}) const;

    /** The mapping file, for messages; empty when the mapping was made, not read. */
    QString sourceName;
    /** The file's text, to point messages at the line of a key. */
    QByteArray sourceJson;

    /**
     * Parses a mapping file; throws DocumentError "<file>:<line>:<column>: <what is wrong>"
     * (without line and column where the fault is not at one place).
     */
    static ImportMapping fromJson(const QByteArray &json, const QString &fileName);
    QByteArray toJson() const;

    /**
     * Where a message about `key` should point: "map.json:12:5" at the key's first appearance
     * in the mapping file, "map.json" when it is not there, "the mapping" without a file.
     */
    QString where(const QString &key) const;
};

/** Lower case, letters and digits only, single spaces: "Online  Boarding!" → "online boarding". */
QString normaliseLabel(QStringView text);

/**
 * What names are matched by (headers to touchpoints, names in a file to names on the map):
 * letters and digits only, case-folded, accents dropped, "&" read as "and" — "In-flight Wifi
 * Service", "Inflight wifi service" and "INFLIGHT WI-FI SERVICE" are one.
 */
QString matchKey(QStringView text);

/** The fields a long file's columns hold, as the mapping may name them. */
inline const QStringList LongFields = {QStringLiteral("touchpoint"), QStringLiteral("metric"),
                                       QStringLiteral("value"), QStringLiteral("kind")};
/** The fields an aggregated file's columns hold, as the mapping may name them. */
inline const QStringList AggregateFields = {QStringLiteral("touchpoint"), QStringLiteral("metric"),
                                            QStringLiteral("period"),     QStringLiteral("period_start"),
                                            QStringLiteral("period_end"), QStringLiteral("n"),
                                            QStringLiteral("mean"),       QStringLiteral("sd"),
                                            QStringLiteral("top_box"),    QStringLiteral("kind")};

} // namespace cxmap
