#include "documentfile.h"

#include "documenterror.h"
#include "journeytables.h"
#include "model/journey.h"
#include "safefile.h"
#include "schema.h"

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

// Hardening for a file from anywhere (SQLite's "Defense against the dark arts"): nothing stored
// in the file runs, and no value can be large enough to exhaust memory.
void harden(SqliteDatabase &db)
{
    sqlite3 *handle = db.handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 16 * 1000 * 1000);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    // A busy file (another program mid-write) is waited for briefly, then reported.
    sqlite3_busy_timeout(handle, 3000);
}

void configure(SqliteDatabase &db)
{
    // One file, no side files while idle: the rollback journal is deleted after each commit.
    db.execute("PRAGMA journal_mode = DELETE");
    db.execute("PRAGMA synchronous = FULL");
    db.execute("PRAGMA foreign_keys = ON");
}

// A full quick_check reads every page, which would make a document with a million answers open
// far slower than a small one. Large files get the map tables checked on open; damage among the
// answers is still caught, as SQLITE_CORRUPT, by the query that meets it.
constexpr qint64 FullCheckBelowBytes = qint64(32) << 20;

void checkIntegrity(SqliteDatabase &db, const QString &path)
{
    QStringList pragmas;
    if (QFileInfo(path).size() < FullCheckBelowBytes) {
        pragmas << QStringLiteral("PRAGMA quick_check");
    } else {
        for (const char *table : {"document", "stage", "lane", "touchpoint", "transition", "metric",
                                  "segment", "batch"})
            pragmas << QStringLiteral("PRAGMA quick_check('%1')").arg(QLatin1String(table));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        SqliteStatement check(db, pragma);
        if (check.step() && check.columnText(0) != QLatin1String("ok"))
            refuse(path, QStringLiteral("it is damaged (%1)").arg(check.columnText(0).section(QLatin1Char('\n'), 0, 0)));
    }
}

// A save killed before its journal was complete leaves a journal whose header is still zero: SQLite
// never plays it back (the database was not touched yet) but never deletes it either. Under a
// write lock no other writer can be mid-transaction, so such a journal is only litter.
void removeColdJournal(SqliteDatabase &db, const QString &path)
{
    const QString journal = path + QStringLiteral("-journal");
    if (!QFileInfo::exists(journal))
        return;
    SqliteTransaction transaction(db);
    QFile file(journal);
    if (file.open(QIODevice::ReadOnly) && file.read(8) == QByteArray(8, '\0')) {
        file.close();
        QFile::remove(journal);
    }
    transaction.commit();
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString describeSqliteFailure(const SqliteError &failure)
{
    switch (failure.primaryCode()) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another program is using it");
    case SQLITE_READONLY:
        return QStringLiteral("it is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("it is damaged (%1)").arg(failure.message());
    case SQLITE_CANTOPEN:
        return QStringLiteral("it cannot be opened (%1)").arg(failure.message());
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("permission denied");
    case SQLITE_IOERR:
        return QStringLiteral("a read or write failed (%1)").arg(failure.message());
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the data breaks a rule of the format (%1)").arg(failure.message());
    case SQLITE_TOOBIG:
        return QStringLiteral("a value in it is too large");
    default:
        return failure.message();
    }
}

DocumentFile::DocumentFile(QString path, Access access)
    : m_path(std::move(path))
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
    if (!info.exists())
        refuse(path, QStringLiteral("no such file"));
    if (info.isDir())
        refuse(path, QStringLiteral("is a folder, not a cxmap document"));
    if (!info.isFile())
        refuse(path, QStringLiteral("is not a regular file"));
    if (!info.isReadable())
        refuse(path, QStringLiteral("permission denied"));
    if (info.size() > MaximumFileSize)
        refuse(path, QStringLiteral("is larger than cxmap accepts (%1 GiB)").arg(MaximumFileSize >> 30));
    if (!looksLikeSqlite(path))
        refuse(path, QStringLiteral("not a cxmap document (it is not an SQLite database)"));

    std::unique_ptr<DocumentFile> file(new DocumentFile(path, access));
    if (access == Access::ReadWrite) {
        if (!SafeFile::isWritable(path))
            refuse(path, QStringLiteral("the file is read-only; open it read-only or save a copy"));
        if (!SafeFile::isWritable(info.absolutePath()))
            refuse(path, QStringLiteral("its folder is read-only, so it cannot be saved there; "
                                        "open it read-only or save a copy elsewhere"));
        file->m_lock = std::make_unique<LockFile>(path);
        if (const std::optional<LockOwner> owner = file->m_lock->tryLock())
            refuse(path, QStringLiteral("it is open in another cxmap (%1); open it read-only or "
                                        "as a copy")
                             .arg(owner->describe()));
    }
    file->openChecked();
    return file;
}

void DocumentFile::openChecked()
{
    // A read-only open still uses a read-write connection when it can, so that a journal left by
    // a save that was cut off is rolled back rather than making the file unreadable.
    const bool canWrite = SafeFile::isWritable(m_path) && SafeFile::isWritable(QFileInfo(m_path).absolutePath());
    const int flags = (canWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOFOLLOW
        | SQLITE_OPEN_EXRESCODE;
    try {
        m_db = SqliteDatabase(m_path, flags);
        harden(m_db);

        const qint64 applicationId = m_db.queryInt("PRAGMA application_id").value_or(0);
        if (applicationId != Schema::ApplicationId)
            refuse(m_path, QStringLiteral("not a cxmap document (it is an SQLite database of another program)"));
        const int version = int(m_db.queryInt("PRAGMA user_version").value_or(0));
        if (version > Schema::CurrentVersion)
            refuse(m_path, QStringLiteral("it was made by a newer cxmap (format version %1; this one reads up to %2); update cxmap to open it")
                               .arg(version)
                               .arg(Schema::CurrentVersion));
        if (version < 1)
            refuse(m_path, QStringLiteral("it has no valid format version"));

        checkIntegrity(m_db, m_path);

        if (version < Schema::CurrentVersion) {
            if (!canWrite)
                refuse(m_path, QStringLiteral("it has the older format version %1 and is read-only, so it cannot be upgraded").arg(version));
            const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(version);
            QFile::remove(backup);
            if (!QFile::copy(m_path, backup))
                refuse(m_path, QStringLiteral("cannot back it up to %1 before upgrading its format").arg(shown(backup)));
            SqliteTransaction transaction(m_db);
            Schema::migrate(m_db, version);
            transaction.commit();
        }

        if (const QString problem = Schema::verify(m_db); !problem.isEmpty())
            refuse(m_path, QStringLiteral("not a valid cxmap document: %1").arg(problem));
        if (canWrite)
            configure(m_db);
        if (m_access == Access::ReadWrite)
            removeColdJournal(m_db, m_path);
        else
            m_db.execute("PRAGMA foreign_keys = ON");
    } catch (const SqliteError &failure) {
        m_db.close();
        throw error(QStringLiteral("cannot open it"), failure);
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
        throw error(QStringLiteral("cannot read the map"), failure);
    }
    if (const QString problem = journey.checkConsistency(); !problem.isEmpty())
        refuse(m_path, QStringLiteral("it is damaged: %1").arg(problem));
    return journey;
}

void DocumentFile::saveJourney(const Journey &journey)
{
    if (isReadOnly())
        refuse(m_path, QStringLiteral("cannot save: it was opened read-only"));
    try {
        SqliteTransaction transaction(m_db);
        writeJourney(m_db, journey);
        transaction.commit();
    } catch (const SqliteError &failure) {
        throw error(QStringLiteral("cannot save; the file was not changed"), failure);
    }
}

std::unique_ptr<DocumentFile>
DocumentFile::create(const QString &path, const Journey &journey, bool overwrite,
                     const std::function<void(SqliteDatabase &)> &populate)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        refuse(path, QStringLiteral("already exists; choose another name"));
    if (info.isDir())
        refuse(path, QStringLiteral("is a folder"));
    if (!info.absoluteDir().exists())
        refuse(path, QStringLiteral("the folder %1 does not exist").arg(shown(info.absolutePath())));
    if (!SafeFile::isWritable(info.absolutePath()))
        refuse(path, QStringLiteral("cannot create it: the folder is read-only"));
    if (info.exists() && !SafeFile::isWritable(path))
        refuse(path, QStringLiteral("cannot replace it: the file is read-only"));

    const QString temporary = SafeFile::temporaryPathBeside(path);
    try {
        SqliteDatabase db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE);
        harden(db);
        configure(db);
        SqliteTransaction transaction(db);
        Schema::create(db);
        writeJourney(db, journey);
        db.execute("INSERT INTO document (key, value) VALUES ('respondent_salt', lower(hex(randomblob(16))))");
        if (populate)
            populate(db);
        transaction.commit();
        db.close();
        SafeFile::syncFile(temporary, path);
        SafeFile::replace(temporary, path);
    } catch (const SqliteError &failure) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        refuse(path, QStringLiteral("cannot create it: %1").arg(describeSqliteFailure(failure)));
    } catch (...) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        throw;
    }
    return open(path, Access::ReadWrite);
}

std::unique_ptr<DocumentFile> DocumentFile::saveAs(const QString &path, const Journey &journey,
                                                   bool overwrite)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        refuse(path, QStringLiteral("already exists; choose another name"));
    if (!SafeFile::isWritable(info.absolutePath()))
        refuse(path, QStringLiteral("cannot save there: the folder is read-only"));
    if (info.exists() && !SafeFile::isWritable(path))
        refuse(path, QStringLiteral("cannot replace it: the file is read-only"));

    const QString temporary = SafeFile::temporaryPathBeside(path);
    try {
        SqliteDatabase copy(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", m_db.handle(), "main");
        if (!backup)
            throw SqliteError(sqlite3_extended_errcode(copy.handle()), QString::fromUtf8(sqlite3_errmsg(copy.handle())));
        sqlite3_backup_step(backup, -1);
        if (const int rc = sqlite3_backup_finish(backup); rc != SQLITE_OK)
            throw SqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        harden(copy);
        configure(copy);
        SqliteTransaction transaction(copy);
        writeJourney(copy, journey);
        transaction.commit();
        copy.close();
        SafeFile::syncFile(temporary, path);
        SafeFile::replace(temporary, path);
    } catch (const SqliteError &failure) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        refuse(path, QStringLiteral("cannot save: %1").arg(describeSqliteFailure(failure)));
    } catch (...) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        throw;
    }
    return open(path, Access::ReadWrite);
}

} // namespace cxmap
