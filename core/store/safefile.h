#pragma once

#include <QString>

namespace cxmap {

/**
 * File-system steps of an atomic save: write beside the target, flush to disk, rename over it,
 * flush the folder. Each throws DocumentError naming the target file.
 */
namespace SafeFile {

/**
 * The file a new document is written to before it replaces its target: ".NAME.XXXXXXXX.saving"
 * in the target's folder, created here (never an existing file) and held with an advisory lock
 * while it is being written. Destroyed before replace(), it removes itself and its journal. A
 * writer killed mid-way leaves one behind that nobody holds; removeAbandoned() clears those.
 */
class Temporary
{
public:
    /** Creates the file beside `target` (which may not exist yet). */
    explicit Temporary(const QString &target);
    ~Temporary();
    Temporary(const Temporary &) = delete;
    Temporary &operator=(const Temporary &) = delete;

    QString path() const { return m_path; }
    /** Fills the file with a copy of `source`; throws DocumentError naming the target. */
    void copyFrom(const QString &source);
    /** Flushes the written file and renames it over the target, atomically. */
    void replaceTarget();

private:
    QString m_target;
    QString m_path;
    int m_fd = -1;
};

/**
 * Removes what writers of `target` that were killed left beside it: temporaries nobody holds
 * any more, and their journals. A temporary still being written is left alone.
 */
void removeAbandoned(const QString &target);

void syncFolderOf(const QString &path);
/** Renames `temporary` over `target` (atomic on POSIX) and flushes the folder entry. */
void replace(const QString &temporary, const QString &target);

/**
 * False when the user marked the file or folder read-only. Checks the permission bits as well
 * as access(), so a read-only file stays unwritten even for root.
 */
bool isWritable(const QString &path);

/**
 * Why `path` cannot be read as a data file, or an empty string when it can be opened and read
 * to its end: "no such file", "is a folder, not a file", "is a named pipe (FIFO), not a file"…
 * A FIFO or a device would block or never end, so they are named before anything opens them.
 */
QString whyNotAReadableFile(const QString &path);

} // namespace SafeFile
} // namespace cxmap
