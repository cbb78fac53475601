#pragma once

#include "import/importer.h"

#include <QString>

class QJsonValue;

namespace cxmap::cli {

/** What a command ends with: 0 on success, else non-zero after one line on stderr. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void printLine(const QString &text);
void printJson(const QJsonValue &value);
/** One line on stderr, prefixed "cxmap: ", and the exit code to return. */
int fail(const QString &message, ExitCode code = Failure);
using cxmap::grouped;

} // namespace cxmap::cli
