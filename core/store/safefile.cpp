#include "safefile.h"

#include "documenterror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxmap::SafeFile {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void syncPath(const QString &path, int flags, const QString &target)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        throw DocumentError(QStringLiteral("%1: cannot open %2 to flush it: %3")
                                .arg(QDir::toNativeSeparators(target), path, systemError()));
    const bool ok = ::fsync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    if (!ok)
        throw DocumentError(QStringLiteral("%1: cannot flush it to disk: %2")
                                .arg(QDir::toNativeSeparators(target), error));
}

} // namespace

QString temporaryPathBeside(const QString &target)
{
    const QFileInfo info(target);
    for (;;) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.saving").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void syncFile(const QString &path, const QString &target)
{
    syncPath(path, O_RDONLY, target);
}

void syncFolderOf(const QString &path)
{
    syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY, path);
}

void replace(const QString &temporary, const QString &target)
{
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        throw DocumentError(QStringLiteral("%1: cannot replace it: %2")
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

} // namespace cxmap::SafeFile
