#pragma once

#include <QStringList>

namespace cxmap::cli {

/**
 * `cxmap import FILE.cxmap DATA.csv [--format F] [--mapping MAP.json] [--force]`
 * `cxmap import FILE.cxmap --remove BATCH`
 */
int runImport(const QStringList &arguments);

} // namespace cxmap::cli
