#pragma once

#include <QString>

namespace cxmap {

/**
 * `one` when `n` is 1, else `many` with `n` in the locale's digits for %1: "1 row", "2,048 rows".
 * Spelled out because tr()'s %n plural forms need a translation file, and the app ships none.
 */
QString counted(qint64 n, const QString &one, const QString &many);

} // namespace cxmap
