#pragma once

#include <QSaveFile>
#include <QString>

namespace cxmap {

/**
 * A file written whole or not at all (DESIGN §6: a failed export leaves nothing half-written):
 * the data goes to a temporary file beside `path`, renamed over it by commit(). Opening fails
 * at once, with one line naming the path and the reason, so an unwritable place is reported
 * before any work; destroyed without commit() it removes the temporary file.
 */
class OutputFile
{
public:
    /** Throws DocumentError when the file cannot be created. */
    explicit OutputFile(const QString &path);
    ~OutputFile();

    QIODevice *device() { return &m_file; }
    /** Writes `data` (for documents assembled in memory). Throws DocumentError. */
    void write(const QByteArray &data);
    /** Renames the finished file into place. Throws DocumentError. */
    void commit();

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace cxmap
