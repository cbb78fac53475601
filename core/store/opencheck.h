#pragma once

#include <QString>

namespace cxmap {

class SqliteDatabase;

/**
 * The checks that stand between a file from anywhere and the code that reads it (DESIGN §4:
 * a file is untrusted input). They run in this order, each before anything the next one could
 * be fooled by: the header bytes before SQLite opens the file, the schema before any check that
 * evaluates the file's own SQL, the integrity of every page and index before a value is read.
 */
namespace OpenCheck {

/** What the first 100 bytes of a file say, read without SQLite. */
struct Header
{
    bool isSqlite = false;
    /** 1 for a rollback journal, 2 for write-ahead logging. */
    int writeVersion = 0;
    int readVersion = 0;
    qint64 applicationId = 0;
    qint64 userVersion = 0;
};

Header readHeader(const QString &path);

/**
 * Settings for a connection to a file from anywhere (SQLite's "Defense against the dark arts"):
 * nothing stored in the file runs, and no value can be large enough to exhaust memory.
 */
void harden(SqliteDatabase &db);

/**
 * The first problem SQLite's integrity check finds, in words, or an empty string. Indexes are
 * compared with their tables, so an answer index that disagrees with the answers is found.
 * Above a size, only the map's tables are checked, so that a document with a million answers
 * opens as fast as a small one; damage among the answers is then reported by the query that
 * meets it. Run only once the schema is known to be ours: the check evaluates its constraints.
 */
QString integrityProblem(SqliteDatabase &db, qint64 fileSize);

/**
 * A number in the map or the metrics that cxmap never writes (infinite, or beyond any map or
 * scale), or workshop input that breaks its table's promises (a vote of no session, a time that
 * is no time), in words, or an empty string. These tables are small and read whole on open.
 */
QString valueProblem(SqliteDatabase &db);

/** Files at or above this size get the integrity check of their map tables only. */
inline constexpr qint64 FullCheckBelowBytes = qint64(32) << 20;

} // namespace OpenCheck
} // namespace cxmap
