#include "documentfile.h"

#include "documenterror.h"
#include "journalrecovery.h"
#include "journeytables.h"
#include "model/journey.h"
#include "opencheck.h"
#include "printable.h"
#include "safefile.h"
#include "schema.h"
#include "transactionprologue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace cxmap {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &path, const QString &reason)
{
    throw DocumentError(QStringLiteral("%1: %2").arg(shown(path), reason));
}

void configure(SqliteDatabase &db)
{
    // One file, no side files while idle: the rollback journal is deleted after each commit.
    db.execute("PRAGMA journal_mode = DELETE");
    db.execute("PRAGMA synchronous = FULL");
    db.execute("PRAGMA foreign_keys = ON");
}

// Every transaction of an open document journals the page that holds the document's identity
// (its random key): a journal then always carries the key of the document it was written for,
// so a journal of another document left beside this one is recognised after playback
// (JournalRecovery), even when the pages it restores would make a consistent database. SQLite
// skips rewriting a row with the same bytes, hence the change and its undo: the key ends as it
// was.
void journalTheIdentity(SqliteDatabase &db)
{
    setTransactionPrologue(db,
        "UPDATE document SET value = value || '.' WHERE key = 'respondent_salt';"
        "UPDATE document SET value = substr(value, 1, length(value) - 1) WHERE key = 'respondent_salt'");
}

// A save killed before its journal was complete leaves a journal that is empty or whose header is
// still zero: SQLite never plays it back (the database was not touched yet) but never deletes it
// either. Under a write lock no other writer can be mid-transaction, so such a journal is litter.
void removeColdJournal(SqliteDatabase &db, const QString &path)
{
    const QString journal = JournalRecovery::journalPath(path);
    if (!QFileInfo::exists(journal))
        return;
    SqliteTransaction transaction(db);
    QFile file(journal);
    if (file.open(QIODevice::ReadOnly) && file.read(8).count('\0') == qMin(file.size(), qint64(8))) {
        file.close();
        QFile::remove(journal);
    }
    transaction.commit();
}

// Where the bytes are: a link is followed to its file, so that the journal, the lock and the
// temporaries of a save lie beside the file SQLite writes, whatever name it was opened by.
QString storagePathOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QString describeSqliteFailure(const SqliteError &failure)
{
    switch (failure.primaryCode()) {
    case SQLITE_FULL:
        return QCoreApplication::translate("cxmap::DocumentFile", "the disk is full");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("cxmap::DocumentFile", "another program is using it");
    case SQLITE_READONLY:
        return QCoreApplication::translate("cxmap::DocumentFile", "it is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("cxmap::DocumentFile", "it is damaged (%1)").arg(printable(failure.message()));
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("cxmap::DocumentFile", "it cannot be opened (%1)").arg(printable(failure.message()));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("cxmap::DocumentFile", "permission denied");
    case SQLITE_IOERR:
        return QCoreApplication::translate("cxmap::DocumentFile", "a read or write failed (%1)").arg(printable(failure.message()));
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("cxmap::DocumentFile", "the data breaks a rule of the format (%1)").arg(printable(failure.message()));
    case SQLITE_TOOBIG:
        return QCoreApplication::translate("cxmap::DocumentFile", "a value in it is too large");
    default:
        return printable(failure.message());
    }
}

DocumentFile::DocumentFile(QString path, Access access)
    : m_path(std::move(path))
    , m_storagePath(storagePathOf(m_path))
    , m_access(access)
{}

DocumentFile::~DocumentFile()
{
    m_db.close();
}

DocumentError DocumentFile::error(const QString &action, const SqliteError &failure) const
{
    return DocumentError(QStringLiteral("%1: %2: %3").arg(shown(m_path), action, describeSqliteFailure(failure)));
}

std::unique_ptr<DocumentFile> DocumentFile::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "is a link to %1, which does not exist").arg(quoted(info.symLinkTarget())));
    if (!info.exists())
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "no such file"));
    if (info.isDir())
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "is a folder, not a cxmap document"));
    if (const QString problem = SafeFile::whyNotAReadableFile(path); !problem.isEmpty())
        refuse(path, problem);
    if (info.size() > MaximumFileSize)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "is larger than cxmap accepts (%1 GiB)").arg(MaximumFileSize >> 30));

    std::unique_ptr<DocumentFile> file(new DocumentFile(path, access));
    // What the header says is decided before SQLite opens the file: a database of another
    // program is never opened (nor its journal played back), and a write-ahead log would make
    // SQLite create side files even to read.
    const OpenCheck::Header header = OpenCheck::readHeader(file->m_storagePath);
    if (!header.isSqlite)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "not a cxmap document (it is not an SQLite database)"));
    if (header.applicationId != Schema::ApplicationId)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "not a cxmap document (it is an SQLite database of another program)"));
    if (header.writeVersion == 2 || header.readVersion == 2)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "not a valid cxmap document: it uses a write-ahead log, which cxmap never does"));
    if (header.writeVersion != 1 || header.readVersion != 1)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "it is damaged (its header names an unknown SQLite file format)"));

    if (access == Access::ReadWrite) {
        if (!SafeFile::isWritable(file->m_storagePath))
            refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "the file is read-only; open it read-only or save a copy"));
        if (!SafeFile::isWritable(QFileInfo(file->m_storagePath).absolutePath()))
            refuse(path, QStringLiteral("its folder is read-only, so it cannot be saved there; "
                                        "open it read-only or save a copy elsewhere"));
        file->m_lock = std::make_unique<LockFile>(file->m_storagePath);
        if (const std::optional<LockOwner> owner = file->m_lock->tryLock())
            refuse(path, QStringLiteral("it is open in another cxmap (%1); open it read-only or "
                                        "as a copy")
                             .arg(owner->describe()));
        // Under the lock: what killed writers of this file left beside it goes.
        SafeFile::removeAbandoned(file->m_storagePath);
        SafeFile::removeAbandoned(JournalRecovery::journalPath(file->m_storagePath));
    }
    file->openChecked();
    return file;
}

void DocumentFile::checkContents()
{
    const qint64 applicationId = m_db.queryInt("PRAGMA application_id").value_or(0);
    if (applicationId != Schema::ApplicationId)
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "not a cxmap document (it is an SQLite database of another program)"));
    const int version = int(m_db.queryInt("PRAGMA user_version").value_or(0));
    if (version > Schema::CurrentVersion)
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "it was made by a newer cxmap (format version %1; this one reads up to %2); update cxmap to open it")
                           .arg(version)
                           .arg(Schema::CurrentVersion));
    if (version < 1)
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "it has no valid format version"));

    // The schema first: the integrity check evaluates the file's constraints, and only ours may
    // run. An older file is compared with what that version made, before anything migrates it.
    if (const QString problem = Schema::verify(m_db, version); !problem.isEmpty())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "not a valid cxmap document: %1").arg(problem));
    if (const QString problem = OpenCheck::integrityProblem(m_db, QFileInfo(m_storagePath).size()); !problem.isEmpty())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "it is damaged (%1)").arg(problem));
    if (const QString problem = OpenCheck::valueProblem(m_db); !problem.isEmpty())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "it is damaged: %1").arg(problem));
}

namespace {

// Version 4 moved every answer into a new table: the old one's pages stay in the file as free
// space until it is rebuilt (a million answers: 71 MB before the upgrade, 106 MB after it, 40 MB
// rebuilt, in 2 s). The rebuilt file also takes the page size of new files. A failure (a full
// disk) leaves the file as the upgrade made it, larger but whole: SQLite's VACUUM is atomic.
void compactAfterTheAnswersMoved(SqliteDatabase &db)
{
    // VACUUM attaches its scratch copy; the open file allows no attached database otherwise.
    const int attached = sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1);
    try {
        db.execute(QStringLiteral("PRAGMA page_size = %1").arg(Schema::PageSize));
        db.execute("VACUUM");
    } catch (const SqliteError &) {
    }
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, attached);
}

} // namespace

void DocumentFile::migrate()
{
    const int version = int(m_db.queryInt("PRAGMA user_version").value_or(0));
    if (version >= Schema::CurrentVersion)
        return;
    if (isReadOnly())
        refuse(m_path, QStringLiteral("it has the older format version %1; open it in cxmap to upgrade it "
                                      "(a read-only command does not change it)")
                           .arg(version));
    const QString backup = QStringLiteral("%1.v%2.bak").arg(m_storagePath).arg(version);
    try {
        SafeFile::Temporary copy(backup);
        copy.copyFrom(m_storagePath);
        copy.replaceTarget();
    } catch (const DocumentError &) {
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "cannot back it up to %1 before upgrading its format").arg(shown(backup)));
    }
    SqliteTransaction transaction(m_db);
    Schema::migrate(m_db, version);
    transaction.commit();
    if (version < 4)
        compactAfterTheAnswersMoved(m_db);
    if (const QString problem = Schema::verify(m_db); !problem.isEmpty())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "not a valid cxmap document: %1").arg(problem));
}

void DocumentFile::openChecked()
{
    const bool writing = m_access == Access::ReadWrite;
    // Only a writer plays back a journal a cut-off save left (read-only opens refuse, below),
    // and it keeps a way back in case the journal is not this file's.
    std::unique_ptr<JournalRecovery> recovery;
    if (writing && JournalRecovery::isPending(m_storagePath))
        recovery = std::make_unique<JournalRecovery>(m_storagePath);
    const auto rejectRecovery = [&](const QString &reason) {
        m_db.close();
        recovery->restore();
        refuse(m_path, QStringLiteral("the journal an interrupted save left beside it (%1) does not restore it (%2); "
                                      "both were left as they were: move the journal away to open the file without it")
                           .arg(shown(JournalRecovery::journalPath(m_storagePath)), reason));
    };

    const int flags = (writing ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
    try {
        m_db = SqliteDatabase(m_storagePath, flags);
        OpenCheck::harden(m_db);
        try {
            checkContents();
        } catch (const DocumentError &refusal) {
            if (recovery)
                rejectRecovery(refusal.message().mid(shown(m_path).size() + 2));
            throw;
        }
        if (recovery && !recovery->isSameDocument(m_db))
            rejectRecovery(QCoreApplication::translate("cxmap::DocumentFile", "it belongs to another document"));
        recovery.reset();

        migrate();
        if (writing) {
            configure(m_db);
            removeColdJournal(m_db, m_storagePath);
            journalTheIdentity(m_db);
        } else {
            m_db.execute("PRAGMA foreign_keys = ON");
        }
    } catch (const SqliteError &failure) {
        m_db.close();
        // SQLite met a journal it must play back before the file can be read, and a read-only
        // open never does.
        if (failure.code() == SQLITE_READONLY_ROLLBACK)
            refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "an interrupted save left a journal beside it (%1); open it in cxmap to recover it")
                               .arg(shown(JournalRecovery::journalPath(m_storagePath))));
        if (recovery)
            rejectRecovery(describeSqliteFailure(failure));
        throw error(QCoreApplication::translate("cxmap::DocumentFile", "cannot open it"), failure);
    } catch (...) {
        m_db.close();
        throw;
    }
}

Journey DocumentFile::readJourney()
{
    Journey journey;
    try {
        journey = cxmap::readJourney(m_db);
    } catch (const SqliteError &failure) {
        throw error(QCoreApplication::translate("cxmap::DocumentFile", "cannot read the map"), failure);
    }
    if (const QString problem = journey.checkConsistency(); !problem.isEmpty())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "it is damaged: %1").arg(problem));
    return journey;
}

void DocumentFile::saveJourney(const Journey &journey)
{
    if (isReadOnly())
        refuse(m_path, QCoreApplication::translate("cxmap::DocumentFile", "cannot save: it was opened read-only"));
    try {
        SqliteTransaction transaction(m_db);
        writeJourney(m_db, journey);
        transaction.commit();
    } catch (const SqliteError &failure) {
        throw error(QCoreApplication::translate("cxmap::DocumentFile", "cannot save; the file was not changed"), failure);
    }
}

std::unique_ptr<DocumentFile>
DocumentFile::create(const QString &path, const Journey &journey, bool overwrite,
                     const std::function<void(SqliteDatabase &)> &populate)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "already exists; choose another name"));
    if (info.isDir())
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "is a folder"));
    if (!info.absoluteDir().exists())
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "the folder %1 does not exist").arg(shown(info.absolutePath())));
    if (!SafeFile::isWritable(info.absolutePath()))
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot create it: the folder is read-only"));
    if (info.exists() && !SafeFile::isWritable(path))
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot replace it: the file is read-only"));

    // Killed writers of this file may have left temporaries; this one goes beside them.
    const QString target = storagePathOf(path);
    SafeFile::removeAbandoned(target);
    SafeFile::Temporary temporary(target);
    try {
        SqliteDatabase db(temporary.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE);
        OpenCheck::harden(db);
        configure(db);
        // Before the first table: the size is fixed then (see Schema::PageSize).
        db.execute(QStringLiteral("PRAGMA page_size = %1").arg(Schema::PageSize));
        SqliteTransaction transaction(db);
        Schema::create(db);
        writeJourney(db, journey);
        db.execute("INSERT INTO document (key, value) VALUES ('respondent_salt', lower(hex(randomblob(16))))");
        if (populate)
            populate(db);
        transaction.commit();
        db.close();
        temporary.replaceTarget();
    } catch (const SqliteError &failure) {
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot create it: %1").arg(describeSqliteFailure(failure)));
    }
    return open(path, Access::ReadWrite);
}

std::unique_ptr<DocumentFile> DocumentFile::saveAs(const QString &path, const Journey &journey,
                                                   bool overwrite)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "already exists; choose another name"));
    if (!SafeFile::isWritable(info.absolutePath()))
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot save there: the folder is read-only"));
    if (info.exists() && !SafeFile::isWritable(path))
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot replace it: the file is read-only"));

    const QString target = storagePathOf(path);
    SafeFile::removeAbandoned(target);
    SafeFile::Temporary temporary(target);
    try {
        SqliteDatabase copy(temporary.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db.handle(), "main");
        if (!backup)
            throw SqliteError(sqlite3_extended_errcode(copy.handle()), QString::fromUtf8(sqlite3_errmsg(copy.handle())));
        sqlite3_backup_step(backup, -1);
        if (const int rc = sqlite3_backup_finish(backup); rc != SQLITE_OK)
            throw SqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        OpenCheck::harden(copy);
        configure(copy);
        SqliteTransaction transaction(copy);
        writeJourney(copy, journey);
        transaction.commit();
        copy.close();
        temporary.replaceTarget();
    } catch (const SqliteError &failure) {
        refuse(path, QCoreApplication::translate("cxmap::DocumentFile", "cannot save: %1").arg(describeSqliteFailure(failure)));
    }
    return open(path, Access::ReadWrite);
}

} // namespace cxmap
