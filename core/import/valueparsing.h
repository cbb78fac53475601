#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cxmap {

/**
 * Parsers for the cells of survey exports, on raw UTF-8 bytes (they run once per cell of files
 * with millions of rows). Each returns nullopt for text it cannot read; the caller names the
 * file, line and column.
 */
namespace ValueParsing {

/**
 * "4", "-1", "4.5", " 3 " — and "4,5" when `commaDecimal` (European exports with `;` or tab).
 * Infinity and NaN are not numbers here.
 */
std::optional<double> parseNumber(QByteArrayView text, bool commaDecimal = false);

/** A label with a number in front: "5 - Very satisfied", "10 = Extremely likely" → 5, 10. */
std::optional<double> leadingNumber(QByteArrayView text);

enum class DateOrder { MonthFirst, DayFirst };

/**
 * Seconds since the Unix epoch (UTC) of "2026-03-14", "2026-03-14T09:26:53Z",
 * "2026-03-14 09:26:53", "2026-03-14T09:26:53+01:00", "3/14/2026 9:26:53 AM" (month first),
 * "14/03/2026 09:26" (day first), "14.03.2026". Times without a zone are taken as UTC.
 */
std::optional<qint64> parseTimestamp(QByteArrayView text, DateOrder order = DateOrder::MonthFirst);

/** A timestamp as written: seconds as if it were UTC, and whether it named its zone itself. */
struct ParsedTimestamp
{
    qint64 seconds = 0;
    bool hasZone = false;
};

/** parseTimestamp(), also saying whether the text gave a zone ("Z", "+01:00"). */
std::optional<ParsedTimestamp> parseTimestampWithZone(QByteArrayView text, DateOrder order = DateOrder::MonthFirst);

/** Days since 1970-01-01 of a proleptic Gregorian date, or nullopt when the date does not exist. */
std::optional<qint64> daysFromCivil(int year, int month, int day);

} // namespace ValueParsing
} // namespace cxmap
