#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cxmap {

/** Who holds a document: written into the lock file so a second cxmap can say so. */
struct LockOwner
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;

    /** "alice on laptop (process 4242) since 2026-11-22 09:15". */
    QString describe() const;
};

/**
 * The lock that keeps a second cxmap from writing a document that is open for writing: a small
 * text file beside the document (".name.cxmap.lock") naming its holder, held open with an
 * advisory lock (flock) for as long as the document is open. The kernel drops that lock when
 * its holder ends, however it ends, so a lock file nobody holds is litter and is taken over,
 * while one that is held is respected even before its holder has written its name into it.
 * A file naming another machine is respected: its holder cannot be asked.
 */
class LockFile
{
public:
    explicit LockFile(const QString &documentPath);
    ~LockFile();
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    static QString lockPathFor(const QString &documentPath);
    /** The holder recorded in the document's lock file, if there is one. */
    static std::optional<LockOwner> readOwner(const QString &documentPath);

    /**
     * Takes the lock. Returns nullopt on success, else the live holder. Throws DocumentError when
     * the lock file cannot be written at all (a read-only folder).
     */
    std::optional<LockOwner> tryLock();
    void release();
    bool isLocked() const { return m_locked; }

private:
    QString m_documentPath;
    QString m_lockPath;
    /** The open lock file carrying the flock, while locked. */
    int m_fd = -1;
    bool m_locked = false;
};

} // namespace cxmap
