#pragma once

#include "batch.h"
#include "model/metric.h"
#include "model/segment.h"

#include <QList>

namespace cxmap {

class SqliteDatabase;

/** Counts for `cxmap info` and the status bar. */
struct DataCounts
{
    qint64 measurements = 0;
    qint64 aggregateRows = 0;
    qint64 respondents = 0;
    /** Answers whose touchpoint is no longer in the saved map. */
    qint64 orphanedMeasurements = 0;
};

QList<Metric> readMetrics(SqliteDatabase &db);
QList<Segment> readSegments(SqliteDatabase &db);
QList<Batch> readBatches(SqliteDatabase &db);
DataCounts readDataCounts(SqliteDatabase &db);

/**
 * A counter that every change to the answers (an import, a removed batch) raises, inside that
 * change's transaction: cached findings are valid for one value of it.
 */
qint64 readDataVersion(SqliteDatabase &db);
void bumpDataVersion(SqliteDatabase &db);

} // namespace cxmap
