#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cxmap {

namespace {

const QString Key = QStringLiteral("files/recent");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(Key).toStringList())
        if (QFileInfo::exists(path))
            existing.append(path);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(Key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = QSettings().value(Key).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files);
    Q_EMIT changed();
}

} // namespace cxmap
