#pragma once

#include "analysis/findings.h"
#include "analysis/touchpointseries.h"
#include "model/journey.h"
#include "model/metric.h"
#include "store/batch.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace cxmap {

class DocumentFile;

/**
 * Everything a report shows, read once from the document: the map, its findings for the
 * chosen filters, the monthly series of the top findings, the metrics and the import batches.
 * A plain value, so the report can be painted on another thread than the one that read it.
 */
struct ReportData
{
    Journey journey;
    Findings findings;
    QList<Metric> metrics;
    QList<Batch> batches;
    /** Monthly performance of the touchpoints whose trends the charts show, in that order. */
    QList<std::pair<TouchpointId, QList<MonthlyScore>>> trends;
    /** The document's file name, as the cover and the appendix name it. */
    QString fileName;
    QDateTime analysedAt;
    QString version;
};

/** How many touchpoints' trends the charts show: the top weakest links, then the declining. */
constexpr int ReportTrendCount = 4;

/** The touchpoints whose trends the report charts: top weakest links, then declining ones. */
QList<TouchpointId> trendTouchpoints(const Findings &findings);

/**
 * Reads the report's data from an open document for `request`, using kept findings when they
 * are current. Throws DocumentError naming the file (an unknown segment or metric included).
 */
ReportData readReportData(DocumentFile &document, const AnalysisRequest &request);

/** The same for a map already in memory (the editor's), with the findings it has. */
ReportData readReportData(DocumentFile &document, const Journey &journey, const Findings &findings);

} // namespace cxmap
