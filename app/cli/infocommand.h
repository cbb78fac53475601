#pragma once

#include <QStringList>

namespace cxmap::cli {

/** `cxmap info FILE.cxmap [--json]` */
int runInfo(const QStringList &arguments);

} // namespace cxmap::cli
