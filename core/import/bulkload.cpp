#include "bulkload.h"

#include "store/sqlitedb.h"

namespace cxmap {

namespace {

// KiB of page cache for a large change whose indexes stay: room for the parts of the indexes
// being updated, well inside the 200 MB an import may use at its peak.
constexpr qint64 BulkCacheKiB = 64 * 1024;
// KiB for rebuilding the indexes: SQLite's sorter works in memory up to the cache size and
// merges beyond it; the runs arrive nearly sorted, so more memory buys nothing.
constexpr qint64 SortCacheKiB = 16 * 1024;
// While the indexes are dropped, rows only append to the table: a small cache does, and leaves
// the memory to the writer's sorted runs.
constexpr qint64 AppendCacheKiB = 8 * 1024;
// Helper threads for sorting the rebuilt index.
constexpr int SortHelperThreads = 1;

} // namespace

BulkLoad::BulkLoad(SqliteDatabase &db, qint64 expectedRows)
    : m_db(db)
{
    if (expectedRows < SmallChange)
        return;
    m_previousCacheSize = db.queryInt("PRAGMA cache_size").value_or(-2000);
    db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-BulkCacheKiB));
    m_cacheChanged = true;

    // Rebuilding sorts every row of the table, old and new; updating in place costs per new row
    // several times more. Rebuild when the change is at least a quarter of what is there.
    const qint64 existing = db.queryInt("SELECT max(rowid) FROM measurement").value_or(0);
    if (expectedRows * 4 < existing)
        return;
    // An index led by batch_id takes the new batch's rows at its end, in rowid order, as they
    // come: kept, it costs an append per row where rebuilding it would sort the whole table.
    SqliteStatement indexes(db, "SELECT s.name, s.sql FROM sqlite_schema s WHERE s.type = 'index'"
                                " AND s.tbl_name = 'measurement' AND s.sql IS NOT NULL"
                                " AND (SELECT i.name FROM pragma_index_info(s.name) i WHERE i.seqno = 0) <> 'batch_id'"
                                " ORDER BY s.name");
    QByteArrayList names;
    while (indexes.step()) {
        names.append(indexes.columnText(0).toUtf8());
        m_indexes.append(indexes.columnText(1).toUtf8());
    }
    for (const QByteArray &name : std::as_const(names))
        db.execute(QByteArray("DROP INDEX \"" + name + '"').constData());
    db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-AppendCacheKiB));
}

BulkLoad::~BulkLoad()
{
    if (!m_cacheChanged)
        return;
    try {
        m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    } catch (const SqliteError &) {
        // Only a setting of this connection; the transaction's outcome does not depend on it.
    }
}

ForeignKeyChecksOff::ForeignKeyChecksOff(SqliteDatabase &db)
    : m_db(db)
{
    m_wasOn = db.queryInt("PRAGMA foreign_keys").value_or(0) != 0;
    if (m_wasOn)
        db.execute("PRAGMA foreign_keys = OFF");
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    if (!m_wasOn)
        return;
    try {
        m_db.execute("PRAGMA foreign_keys = ON");
    } catch (const SqliteError &) {
        // A setting of this connection only; nothing was written under it that breaks a reference.
    }
}

void BulkLoad::finish()
{
    if (m_indexes.isEmpty())
        return;
    m_db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-SortCacheKiB));
    // The writer's thread has ended by now: SQLite's sorter may use a helper thread to sort one
    // part of the rows while it reads the next (on two idle cores an import of a million answers
    // took 5–8% less time; on busy ones it gains nothing and costs little).
    const qint64 threads = m_db.queryInt("PRAGMA threads").value_or(0);
    m_db.execute(QStringLiteral("PRAGMA threads = %1").arg(SortHelperThreads));
    for (const QByteArray &sql : std::as_const(m_indexes))
        m_db.execute(sql.constData());
    m_indexes.clear();
    m_db.execute(QStringLiteral("PRAGMA threads = %1").arg(threads));
}

} // namespace cxmap
