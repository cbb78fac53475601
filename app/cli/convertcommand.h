#pragma once

#include <QStringList>

namespace cxmap::cli {

/** `cxmap convert IN OUT [--from FORMAT] [--to FORMAT] [--force]` */
int runConvert(const QStringList &arguments);

/**
 * `cxmap new FILE.cxmap --from MAP [--force]`: a new document from a map in any readable format;
 * called by runNew() when --from is given.
 */
int runNewFrom(const QString &file, const QString &source, bool force);

} // namespace cxmap::cli
