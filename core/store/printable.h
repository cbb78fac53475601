#pragma once

#include <QString>
#include <QStringView>

namespace cxmap {

/**
 * `text` with every control character written as an escape ("\n", "\t", "\x1b", "\u202e"), for
 * names that come from a file (a table, a column, a touchpoint) and go into a message: a newline
 * must not split a one-line error, and an escape sequence must not reach a terminal. Covers C0,
 * DEL, C1, and the Unicode controls that reorder or hide text (bidirectional overrides,
 * zero-width marks, line and paragraph separators).
 */
QString printable(QStringView text);

/** printable(text) in double quotes, the way messages quote names. */
QString quoted(QStringView text);

} // namespace cxmap
