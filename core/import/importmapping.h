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
};

/**
 * How to read one survey export: the mapping file of DESIGN §5 (every key but `format` is
 * optional), or what auto-detection decided. Stored with every batch, so an import can be
 * audited and repeated.
 */
struct ImportMapping
{
    ImportFormat format = ImportFormat::Long;
    /** Lines above the header (a title line); -1 finds the header by itself. */
    int skipLines = -1;
    QString respondent;
    QString timestamp;
    QString segment;
    QList<MetricDefinition> metrics;
    /** Cell values that mean "not rated"; compared after trimming, case-insensitively. */
    QStringList notRated;
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

} // namespace cxmap
