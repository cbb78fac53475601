#pragma once

#include <QString>

namespace cxmap {

/**
 * Writes the bundled demo journey with its generated sample answers to `path`, as one new
 * document (all or nothing). Returns the number of answers written; throws DocumentError.
 */
qint64 writeDemoDocument(const QString &path, bool overwrite = false);

} // namespace cxmap
