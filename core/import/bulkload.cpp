#include "bulkload.h"

#include "store/sqlitedb.h"

namespace cxmap {

namespace {

// KiB of page cache for a large change: room for the parts of the answers' B-tree being
// updated, well inside the 200 MB an import may use at its peak.
constexpr qint64 BulkCacheKiB = 64 * 1024;

} // namespace

BulkLoad::BulkLoad(SqliteDatabase &db, qint64 expectedRows)
    : m_db(db)
{
    if (expectedRows < SmallChange)
        return;
    m_previousCacheSize = db.queryInt("PRAGMA cache_size").value_or(-2000);
    db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(-BulkCacheKiB));
    m_cacheChanged = true;
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

} // namespace cxmap
