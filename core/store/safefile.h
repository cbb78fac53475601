#pragma once

#include <QString>

namespace cxmap {

/**
 * File-system steps of an atomic save: write beside the target, flush to disk, rename over it,
 * flush the folder. Each throws DocumentError naming the target file.
 */
namespace SafeFile {

/** A new, unused path in the target's folder for the file that will replace it. */
QString temporaryPathBeside(const QString &target);

void syncFile(const QString &path, const QString &target);
void syncFolderOf(const QString &path);
/** Renames `temporary` over `target` (atomic on POSIX) and flushes the folder entry. */
void replace(const QString &temporary, const QString &target);

/**
 * False when the user marked the file or folder read-only. Checks the permission bits as well
 * as access(), so a read-only file stays unwritten even for root.
 */
bool isWritable(const QString &path);

} // namespace SafeFile
} // namespace cxmap
