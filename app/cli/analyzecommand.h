#pragma once

#include <QStringList>

namespace cxmap::cli {

/** `cxmap analyze FILE.cxmap [--json] [--segment S] [--from DATE] [--to DATE] [--outcome METRIC] [--metric M]… [--spearman]` */
int runAnalyze(const QStringList &arguments);

} // namespace cxmap::cli
