#pragma once

// What every benchmark prints beside its numbers: the median of its runs, and how busy the
// machine was (a shared 2-core box makes single timings meaningless).
#include <QByteArray>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <vector>

namespace cxmap::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/** The 1-minute load average and the cores, so that a reader knows how busy the machine was. */
inline QByteArray machineLoad()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QByteArray load = file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0) : QByteArray("?");
    return load + " on " + QByteArray::number(QThread::idealThreadCount()) + " cores";
}

} // namespace cxmap::bench
