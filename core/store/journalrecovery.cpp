#include "journalrecovery.h"

#include "opencheck.h"
#include "sqlitedb.h"

#include <QFile>

#include <sqlite3.h>

namespace cxmap {

namespace {

// The first bytes of a rollback journal's header (SQLite's file format, section 4.1). A save
// killed before its journal was complete leaves zeros there, and SQLite ignores the journal.
const char JournalMagic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";

// The random key `create` writes into every document: the same for as long as the document
// lives, different for every other one. A file cut off inside a transaction's first statement
// may hold it with the '.' DocumentFile appends and takes away again (hex digits never end so).
std::optional<QString> identityOf(SqliteDatabase &db)
{
    try {
        std::optional<QString> key = db.queryText("SELECT value FROM document WHERE key = 'respondent_salt'");
        if (key && key->endsWith(QLatin1Char('.')))
            key->chop(1);
        return key;
    } catch (const SqliteError &) {
        return std::nullopt;
    }
}

} // namespace

QString JournalRecovery::journalPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-journal");
}

bool JournalRecovery::isPending(const QString &databasePath)
{
    QFile journal(journalPath(databasePath));
    return journal.open(QIODevice::ReadOnly) && journal.read(8) == QByteArray(JournalMagic, 8);
}

JournalRecovery::JournalRecovery(const QString &databasePath)
    : m_path(databasePath)
    , m_database(databasePath)
    , m_journal(journalPath(databasePath))
{
    m_database.copyFrom(databasePath);
    m_journal.copyFrom(journalPath(databasePath));
    // Read from the copy: it has no journal beside it, so reading it plays nothing back. The
    // file may be half-written; its identity is then unknown, and only the checks decide.
    try {
        SqliteDatabase copy(m_database.path(), SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE);
        OpenCheck::harden(copy);
        m_identity = identityOf(copy);
    } catch (const SqliteError &) {
    }
}

JournalRecovery::~JournalRecovery() = default;

bool JournalRecovery::isSameDocument(SqliteDatabase &db) const
{
    return !m_identity || identityOf(db) == m_identity;
}

void JournalRecovery::restore()
{
    m_journal.replaceTarget();
    m_database.replaceTarget();
}

} // namespace cxmap
