#include "lockfile.h"

#include "documenterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
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

bool processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
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

} // namespace

QString LockOwner::describe() const
{
    QString text = QStringLiteral("%1 on %2 (process %3)").arg(user, host).arg(pid);
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
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const QByteArray content = QStringLiteral("cxmap document lock\nuser=%1\nhost=%2\npid=%3\nsince=%4\n")
                                           .arg(currentUser(), QSysInfo::machineHostName())
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                           .toUtf8();
            const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
            ::close(fd);
            if (!written) {
                ::unlink(path.constData());
                throw DocumentError(QStringLiteral("%1: cannot write the lock file %2")
                                        .arg(QDir::toNativeSeparators(m_documentPath),
                                             QDir::toNativeSeparators(m_lockPath)));
            }
            m_locked = true;
            return std::nullopt;
        }
        if (errno != EEXIST)
            throw DocumentError(QStringLiteral("%1: cannot lock it for writing: the folder is not writable (%2)")
                                    .arg(QDir::toNativeSeparators(m_documentPath),
                                         QString::fromLocal8Bit(std::strerror(errno))));

        const std::optional<LockOwner> owner = readOwner(m_documentPath);
        const bool sameHost = owner && owner->host == QSysInfo::machineHostName();
        const bool stale = !owner || (sameHost && !processIsAlive(owner->pid));
        if (!stale)
            return owner;
        // Left behind by a cxmap that crashed: take it over.
        ::unlink(path.constData());
    }
    return readOwner(m_documentPath).value_or(LockOwner{});
}

void LockFile::release()
{
    if (!m_locked)
        return;
    QFile::remove(m_lockPath);
    m_locked = false;
}

} // namespace cxmap
