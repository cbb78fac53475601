#pragma once

#include <QtGlobal>

namespace cxmap {

class SqliteDatabase;

/**
 * Makes one large change to the answers fast, inside the caller's transaction: a page cache big
 * enough for the parts of the answers' B-tree being changed, restored afterwards. (How the
 * answers themselves go in fast is MeasurementWriter's.)
 */
class BulkLoad
{
public:
    /** `expectedRows`: rows about to be inserted into or deleted from `measurement`. */
    BulkLoad(SqliteDatabase &db, qint64 expectedRows);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /** Below this many rows an import keeps its indexes and the default cache. */
    static constexpr qint64 SmallChange = 20000;

private:
    SqliteDatabase &m_db;
    qint64 m_previousCacheSize = 0;
    bool m_cacheChanged = false;
};

/**
 * Switches SQLite's foreign key checks off for one change that keeps the references right by
 * construction (an import resolves every ID itself; a batch removal deletes answers before
 * what they refer to). The checks cost four B-tree lookups per inserted answer, and a table scan
 * per deleted respondent. SQLite ignores the switch inside a transaction, so make this before
 * the SqliteTransaction; it switches the checks back on when it goes.
 */
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(SqliteDatabase &db);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    SqliteDatabase &m_db;
    bool m_wasOn = false;
};

} // namespace cxmap
