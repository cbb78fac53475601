#pragma once

#include <QByteArray>

namespace cxmap {

class SqliteDatabase;

/**
 * Statements every SqliteTransaction on `db` runs right after it begins (empty: none), for as
 * long as the connection is open. DocumentFile sets them so that each transaction of an open
 * document journals the page holding the document's identity (see JournalRecovery).
 */
void setTransactionPrologue(SqliteDatabase &db, const QByteArray &sql);

} // namespace cxmap
