#include "outputfile.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::OutputFile", text);
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw DocumentError(tr("%1: is a folder, not a file to write").arg(path));
    if (!info.absoluteDir().exists())
        throw DocumentError(tr("%1: cannot write it (the folder %2 does not exist)")
                                .arg(path, info.absolutePath()));
    if (!m_file.open(QIODevice::WriteOnly))
        throw DocumentError(tr("%1: cannot write it (%2)").arg(path, m_file.errorString()));
}

OutputFile::~OutputFile()
{
    // QSaveFile removes its temporary file when it is destroyed uncommitted.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

void OutputFile::write(const QByteArray &data)
{
    if (m_file.write(data) != data.size())
        throw DocumentError(tr("%1: cannot write it (%2)").arg(m_path, m_file.errorString()));
}

void OutputFile::commit()
{
    if (!m_file.commit())
        throw DocumentError(tr("%1: cannot write it (%2)").arg(m_path, m_file.errorString()));
}

} // namespace cxmap
