#pragma once

#include <QString>

#include <optional>

namespace cxmap {

class SqliteDatabase;

/** The .cxmap file format: identity, version, tables, and the way from older versions. */
namespace Schema {

/** `PRAGMA application_id`: "CXMP" in ASCII. */
inline constexpr qint32 ApplicationId = 0x43584D50;
/** `PRAGMA user_version` of files this build writes. */
inline constexpr int CurrentVersion = 4;

/**
 * Bytes per page of a new file. Larger than SQLite's 4096 for the answers' B-tree: a large
 * import appends to fewer, fuller pages (a million answers went in about 8% faster), at the
 * cost of a few hundred KB in an empty map. Older files keep the size they were made with.
 */
inline constexpr int PageSize = 16384;

/** measurement.touchpoint_id of a journey-level answer (key columns cannot be NULL). */
inline constexpr qint64 JourneyLevel = 0;
/** measurement.month of an answer without a time. */
inline constexpr qint64 Undated = 0;
/** A stored month as the analysis uses it: nullopt for Undated. */
inline std::optional<qint64> storedMonth(qint64 month)
{
    return month == Undated ? std::nullopt : std::optional<qint64>(month);
}

/** Creates every table and index of the current version, and the built-in metrics. */
void create(SqliteDatabase &db);

/**
 * Compares the file's sqlite_schema with what cxmap creates for format `version` (an older
 * file is checked as what it claims to be, before anything migrates it). Returns an empty
 * string when they agree, else a short reason with the file's names escaped ("it contains a
 * trigger \"x\" that cxmap does not create"). Foreign triggers and views are refused, never run.
 */
QString verify(SqliteDatabase &db, int version = CurrentVersion);

/**
 * Brings a file of an older version up to CurrentVersion inside one transaction.
 * The caller backs the file up first.
 */
void migrate(SqliteDatabase &db, int fromVersion);

} // namespace Schema
} // namespace cxmap
