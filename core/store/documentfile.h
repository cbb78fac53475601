#pragma once

#include "documenterror.h"
#include "lockfile.h"
#include "sqlitedb.h"

#include <QString>

#include <functional>
#include <memory>

namespace cxmap {

class Journey;

/**
 * One open .cxmap file (DESIGN §4): an SQLite database opened defensively, validated, and — when
 * opened for writing — locked against a second cxmap. The map is saved in one transaction
 * (rollback journal, synchronous=FULL), so a crash or power cut mid-save leaves the previous
 * map; a new file or "save as" is written beside the target and renamed over it.
 *
 * Every failure is a DocumentError with one line naming the file and the reason.
 */
class DocumentFile
{
public:
    enum class Access { ReadWrite, ReadOnly };

    /** Largest file accepted, so a hostile file cannot make us read gigabytes to reject it. */
    static constexpr qint64 MaximumFileSize = qint64(8) << 30;

    /**
     * Opens and checks an existing document. Read-only, it never changes the file: no migration,
     * no journal played back (a journal beside it is reported), nothing written. Read-write, it
     * takes the lock, recovers a save that was cut off, and migrates an older format after a
     * backup. A link is followed to its file.
     */
    static std::unique_ptr<DocumentFile> open(const QString &path, Access access);
    /**
     * Writes a new document holding the journey and opens it for writing. Refuses to replace an
     * existing file unless `overwrite`. `populate`, when given, adds to the new database inside
     * the creating transaction (sample answers, say), so the file appears whole or not at all.
     */
    static std::unique_ptr<DocumentFile>
    create(const QString &path, const Journey &journey, bool overwrite = false,
           const std::function<void(SqliteDatabase &)> &populate = {});

    ~DocumentFile();
    DocumentFile(const DocumentFile &) = delete;
    DocumentFile &operator=(const DocumentFile &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    Journey readJourney();
    /** Replaces the stored map with `journey` in one transaction. */
    void saveJourney(const Journey &journey);
    /**
     * Writes everything (the measurements too) with `journey` as the map to `path`, atomically,
     * and returns that new file opened for writing. This file stays open and unchanged.
     */
    std::unique_ptr<DocumentFile> saveAs(const QString &path, const Journey &journey,
                                         bool overwrite = true);

    /** For the store's own readers and writers (imports, analysis); not for views. */
    SqliteDatabase &database() { return m_db; }

    /** Turns an SQLite failure during `action` into the one-line message for this file. */
    DocumentError error(const QString &action, const SqliteError &failure) const;

private:
    DocumentFile(QString path, Access access);
    void openChecked();
    void checkContents();
    void migrate();

    /** The name it was opened by, for messages. */
    QString m_path;
    /** The file itself, a link followed: where SQLite, the lock and the journal are. */
    QString m_storagePath;
    Access m_access;
    SqliteDatabase m_db;
    std::unique_ptr<LockFile> m_lock;
};

/** "the disk is full", "it is damaged"…: the reason part of a message, from an SQLite code. */
QString describeSqliteFailure(const SqliteError &failure);

} // namespace cxmap
