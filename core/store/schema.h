#pragma once

#include <QString>

namespace cxmap {

class SqliteDatabase;

/** The .cxmap file format: identity, version, tables, and the way from older versions. */
namespace Schema {

/** `PRAGMA application_id`: "CXMP" in ASCII. */
inline constexpr qint32 ApplicationId = 0x43584D50;
/** `PRAGMA user_version` of files this build writes. */
inline constexpr int CurrentVersion = 3;

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
