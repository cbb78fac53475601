#pragma once

#include "safefile.h"

#include <QString>

#include <optional>

namespace cxmap {

class SqliteDatabase;

/**
 * Guards the recovery of a save that was cut off. A read-write open lets SQLite play the
 * journal beside the file back, which restores the map as it was before that save. But SQLite
 * cannot tell whose journal it is: one copied from another document would be played back just
 * the same and overwrite this map with pieces of that one. So the file and the journal are set
 * aside first; when what the playback leaves is not this document, whole and valid, both are
 * put back exactly as they were and the open is refused. "This document" is its random key,
 * which every transaction of an open document journals (DocumentFile), so another document's
 * journal brings that document's key back with it. Read-only opens never play a journal
 * back (they refuse, naming it), so only the editor and the writing commands use this.
 */
class JournalRecovery
{
public:
    /** Whether a journal with content (not one a save left empty) lies beside `databasePath`. */
    static bool isPending(const QString &databasePath);
    static QString journalPath(const QString &databasePath);

    /** Sets copies of the file and its journal aside; throws DocumentError. */
    explicit JournalRecovery(const QString &databasePath);
    /** Removes the copies, unless restore() put them back. */
    ~JournalRecovery();
    JournalRecovery(const JournalRecovery &) = delete;
    JournalRecovery &operator=(const JournalRecovery &) = delete;

    /**
     * Whether `db`, after the playback, is still the document it was (the random key it was
     * created with is unchanged). True when that key could not be read before.
     */
    bool isSameDocument(SqliteDatabase &db) const;
    /** Puts the file and the journal back as they were. Close every connection to it first. */
    void restore();

private:
    QString m_path;
    SafeFile::Temporary m_database;
    SafeFile::Temporary m_journal;
    std::optional<QString> m_identity;
};

} // namespace cxmap
