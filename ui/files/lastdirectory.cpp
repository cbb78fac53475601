#include "lastdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cxmap::LastDirectory {

namespace {

const QString Key = QStringLiteral("files/lastDirectory");

} // namespace

QString get()
{
    const QString folder = QSettings().value(Key).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void remember(const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(Key, QFileInfo(filePath).absolutePath());
}

} // namespace cxmap::LastDirectory
