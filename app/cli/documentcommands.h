#pragma once

#include <QStringList>

namespace cxmap::cli {

/**
 * `cxmap new FILE.cxmap [--template default|empty] [--touchpoints T.csv [--transitions E.csv]]
 * [--force]`, or `cxmap new FILE.cxmap --from MAP [--force]` (convertcommand.h)
 */
int runNew(const QStringList &arguments);
/** `cxmap demo FILE.cxmap [--force]` */
int runDemo(const QStringList &arguments);

} // namespace cxmap::cli
