#include "lockfile.h"

#include "documenterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxmap {

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown user") : user;
}

std::optional<LockOwner> parseOwner(const QByteArray &content)
{
    LockOwner owner;
    bool sawPid = false;
    for (const QByteArray &line : content.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QString value = QString::fromUtf8(line.mid(equals + 1).trimmed());
        if (key == "user")
            owner.user = value;
        else if (key == "host")
            owner.host = value;
        else if (key == "pid")
            owner.pid = value.toLongLong(&sawPid);
        else if (key == "since")
            owner.since = QDateTime::fromString(value, Qt::ISODate);
    }
    if (!sawPid)
        return std::nullopt;
    return owner;
}

QByteArray readAll(int fd)
{
    QByteArray content(4096, Qt::Uninitialized);
    const ssize_t size = ::pread(fd, content.data(), size_t(content.size()), 0);
    content.truncate(size > 0 ? qsizetype(size) : 0);
    return content;
}

// Whether `fd` is still the file at `path`: a holder removes its lock file before letting go
// of it, so a lock won on a removed file is worth nothing.
bool isStillAt(int fd, const QByteArray &path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::lstat(path.constData(), &named) == 0
        && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

// Lock files held by this process. flock keeps two opens in one process apart on a local disk,
// but on a network file system it may be emulated by POSIX locks, which do not.
QMutex heldMutex;
QSet<QString> held;

bool claimInThisProcess(const QString &lockPath)
{
    const QMutexLocker locker(&heldMutex);
    if (held.contains(lockPath))
        return false;
    held.insert(lockPath);
    return true;
}

void unclaimInThisProcess(const QString &lockPath)
{
    const QMutexLocker locker(&heldMutex);
    held.remove(lockPath);
}

// The holder of a lock we could not take. A holder that has just created the file may not have
// written its name yet; it is given a moment to do so.
LockOwner waitForOwner(const QString &lockPath)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QFile file(lockPath);
        if (file.open(QIODevice::ReadOnly)) {
            if (std::optional<LockOwner> owner = parseOwner(file.read(4096)))
                return *owner;
        }
        ::usleep(2000);
    }
    LockOwner unknown;
    unknown.user = QStringLiteral("someone");
    unknown.host = QCoreApplication::translate("cxmap::LockFile", "this or another computer");
    return unknown;
}

} // namespace

QString LockOwner::describe() const
{
    QString text = QCoreApplication::translate("cxmap::LockFile", "%1 on %2").arg(user, host);
    if (pid > 0)
        text += QCoreApplication::translate("cxmap::LockFile", " (process %1)").arg(pid);
    if (since.isValid())
        text += QStringLiteral(" since %1").arg(since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

LockFile::LockFile(const QString &documentPath)
    : m_documentPath(documentPath)
    , m_lockPath(lockPathFor(documentPath))
{}

LockFile::~LockFile()
{
    release();
}

QString LockFile::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

std::optional<LockOwner> LockFile::readOwner(const QString &documentPath)
{
    QFile file(lockPathFor(documentPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseOwner(file.read(4096));
}

std::optional<LockOwner> LockFile::tryLock()
{
    if (m_locked)
        return std::nullopt;

    const QByteArray path = QFile::encodeName(m_lockPath);
    const QString shownDocument = QDir::toNativeSeparators(m_documentPath);
    if (!claimInThisProcess(m_lockPath))
        return waitForOwner(m_lockPath);
    // Until the lock is ours, every way out gives the claim back.
    auto abandon = qScopeGuard([this] { unclaimInThisProcess(m_lockPath); });

    // A few rounds: each one either takes the lock, meets its live holder, or finds that the file
    // it locked was released and removed meanwhile, and starts over with the new one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            throw DocumentError(QCoreApplication::translate("cxmap::LockFile", "%1: cannot lock it for writing: cannot create %2 (%3)")
                                    .arg(shownDocument, QDir::toNativeSeparators(m_lockPath), reason));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK)
                return waitForOwner(m_lockPath);
            throw DocumentError(QCoreApplication::translate("cxmap::LockFile", "%1: cannot lock it for writing: %2")
                                    .arg(shownDocument, QString::fromLocal8Bit(std::strerror(error))));
        }
        if (!isStillAt(fd, path)) {
            ::close(fd);
            continue;
        }
        // Nobody on this machine holds it: what it says is left over from a cxmap that ended,
        // or it is empty because its creator ended before writing its name. A name from another
        // machine is respected: flock need not reach across a network file system.
        const std::optional<LockOwner> previous = parseOwner(readAll(fd));
        if (previous && previous->host != QSysInfo::machineHostName()) {
            ::close(fd);
            return previous;
        }
        const QByteArray content = QStringLiteral("cxmap document lock\nuser=%1\nhost=%2\npid=%3\nsince=%4\n")
                                       .arg(currentUser(), QSysInfo::machineHostName())
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                       .toUtf8();
        if (::ftruncate(fd, 0) != 0
            || ::pwrite(fd, content.constData(), size_t(content.size()), 0) != content.size()) {
            ::close(fd);
            throw DocumentError(QCoreApplication::translate("cxmap::LockFile", "%1: cannot write the lock file %2")
                                    .arg(shownDocument, QDir::toNativeSeparators(m_lockPath)));
        }
        m_fd = fd;
        m_locked = true;
        abandon.dismiss();
        return std::nullopt;
    }
    return waitForOwner(m_lockPath);
}

void LockFile::release()
{
    if (!m_locked)
        return;
    // Removed while still held, so that nobody can lock the name and then lose it to us.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(m_fd);
    m_fd = -1;
    m_locked = false;
    unclaimInThisProcess(m_lockPath);
}

} // namespace cxmap
