#pragma once

#include "model/ids.h"

#include <QMap>
#include <QString>

namespace cxmap {

/** The record of one import: what came in, from where, and what was left out and why. */
struct Batch
{
    BatchId id;
    QString fileName;
    QString sha256;
    /** ISO 8601, UTC. */
    QString importedAt;
    QString format;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    /** Reason → number of rows skipped for it ("not rated", "empty value"). */
    QMap<QString, qint64> skipped;
    /** The mapping used, as JSON text. */
    QString mapping;
};

} // namespace cxmap
