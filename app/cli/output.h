#pragma once

#include "import/importer.h"

#include <QString>

class QJsonValue;

namespace cxmap::cli {

/** What a command ends with: 0 on success, else non-zero after one line on stderr. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/** One line on stdout, with any control character in it escaped (see printable()). */
void printLine(const QString &text);
/** Text of several lines (split at '\n'), each printed as by printLine(). */
void printLines(const QString &text);
void printJson(const QJsonValue &value);
/**
 * One line on stderr, prefixed "cxmap: ", and the exit code to return. Control characters in
 * the message (from the names it quotes) are escaped, so it stays one line.
 */
int fail(const QString &message, ExitCode code = Failure);
using cxmap::grouped;
/**
 * The command line's messages in the user's language (QCoreApplication::translate in the context
 * "cxmap::cli", which lupdate gives every tr() in this namespace). JSON and option names stay English.
 */
QString tr(const char *text);

} // namespace cxmap::cli
