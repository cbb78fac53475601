#include "safefile.h"

#include "documenterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxmap::SafeFile {

namespace {

QString systemError(int error = errno)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void syncPath(const QString &path, int flags, const QString &target)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot open %2 to flush it: %3")
                                .arg(QDir::toNativeSeparators(target), path, systemError()));
    const bool ok = ::fsync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    if (!ok)
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot flush it to disk: %2")
                                .arg(QDir::toNativeSeparators(target), error));
}

QString journalOf(const QString &path)
{
    return path + QStringLiteral("-journal");
}

// Whether `fd` is still the file named `path` (a sweeper may have removed it in between).
bool isStillAt(int fd, const QString &path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::lstat(QFile::encodeName(path).constData(), &named) == 0
        && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

Temporary::Temporary(const QString &target)
    : m_target(target)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.saving").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        const int fd = ::open(QFile::encodeName(candidate).constData(),
                              O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot create a file beside it: %2")
                                    .arg(QDir::toNativeSeparators(target), systemError()));
        }
        // Held from the start: a sweeper that got in between creation and lock removed the
        // name, and then another is tried.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && isStillAt(fd, candidate)) {
            m_path = candidate;
            m_fd = fd;
            return;
        }
        ::close(fd);
    }
    throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot create a file beside it").arg(QDir::toNativeSeparators(target)));
}

Temporary::~Temporary()
{
    if (m_fd < 0)
        return;
    // Not renamed over the target: the save failed, and what it wrote goes.
    QFile::remove(m_path);
    QFile::remove(journalOf(m_path));
    ::close(m_fd);
}

void Temporary::copyFrom(const QString &source)
{
    QFile in(source);
    QFile out;
    if (!in.open(QIODevice::ReadOnly) || !out.open(m_fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot copy %2: %3")
                                .arg(QDir::toNativeSeparators(m_target), QDir::toNativeSeparators(source), in.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0 || (read > 0 && out.write(buffer.constData(), read) != read))
            throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot copy %2: %3")
                                    .arg(QDir::toNativeSeparators(m_target), QDir::toNativeSeparators(source),
                                         read < 0 ? in.errorString() : out.errorString()));
        if (read == 0)
            break;
    }
    if (!out.flush())
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot copy %2: %3")
                                .arg(QDir::toNativeSeparators(m_target), QDir::toNativeSeparators(source), out.errorString()));
}

void Temporary::replaceTarget()
{
    if (::fsync(m_fd) != 0)
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot flush it to disk: %2")
                                .arg(QDir::toNativeSeparators(m_target), systemError()));
    replace(m_path, m_target);
    ::close(m_fd);
    m_fd = -1;
}

void removeAbandoned(const QString &target)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    const QString prefix = QStringLiteral(".%1.").arg(info.fileName());
    const QStringList found = folder.entryList({prefix + QStringLiteral("*.saving"),
                                                prefix + QStringLiteral("*.saving-journal")},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : found) {
        // The random part is 8 hex digits: names of other files are not ours to remove.
        const QStringView middle = QStringView(name).mid(prefix.size()).chopped(
            name.endsWith(QLatin1String("-journal")) ? 15 : 7);
        if (middle.size() != 8)
            continue;
        const QString path = folder.filePath(name);
        if (name.endsWith(QLatin1String("-journal"))) {
            // A journal whose temporary is gone belongs to nobody.
            if (!QFileInfo::exists(path.chopped(8)))
                QFile::remove(path);
            continue;
        }
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        // Unheld means its writer has ended: removed while held, so no writer can start on it.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && isStillAt(fd, path)) {
            QFile::remove(journalOf(path));
            QFile::remove(path);
        }
        ::close(fd);
    }
}

void syncFolderOf(const QString &path)
{
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY, path);
}

void replace(const QString &temporary, const QString &target)
{
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        throw DocumentError(QCoreApplication::translate("cxmap::SafeFile", "%1: cannot replace it: %2")
                                .arg(QDir::toNativeSeparators(target), systemError()));
    syncFolderOf(target);
}

bool isWritable(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat status {};
    if (::stat(native.constData(), &status) != 0)
        return false;
    if ((status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return false;
    return ::access(native.constData(), W_OK) == 0;
}

QString whyNotAReadableFile(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return QCoreApplication::translate("cxmap::SafeFile", "no such file");
        if (errno == ELOOP)
            return QCoreApplication::translate("cxmap::SafeFile", "it is a link that leads back to itself");
        if (errno == EACCES)
            return QCoreApplication::translate("cxmap::SafeFile", "permission denied");
        return systemError();
    }
    if (S_ISDIR(status.st_mode))
        return QCoreApplication::translate("cxmap::SafeFile", "is a folder, not a file");
    if (S_ISFIFO(status.st_mode))
        return QCoreApplication::translate("cxmap::SafeFile", "is a named pipe (FIFO), not a file; save the data to a file first");
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return QCoreApplication::translate("cxmap::SafeFile", "is a device, not a file");
    if (S_ISSOCK(status.st_mode))
        return QCoreApplication::translate("cxmap::SafeFile", "is a socket, not a file");
    if (!S_ISREG(status.st_mode))
        return QCoreApplication::translate("cxmap::SafeFile", "is not a regular file");
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return QCoreApplication::translate("cxmap::SafeFile", "permission denied");
    return {};
}

} // namespace cxmap::SafeFile
