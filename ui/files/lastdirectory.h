#pragma once

#include <QString>

namespace cxmap {

/**
 * The folder the user last opened or saved a file in, kept in the settings, so every file
 * dialog (maps, survey exports, inventories) starts where the user works rather than at home.
 */
namespace LastDirectory {

/** The remembered folder, or the home folder when none is remembered or it is gone. */
QString get();
/** Remembers the folder of `filePath` (a file, not a folder). */
void remember(const QString &filePath);

} // namespace LastDirectory

} // namespace cxmap
