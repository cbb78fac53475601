#include "reportdata.h"

#include "analysis/findingscache.h"
#include "store/datatables.h"
#include "store/documentfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cxmap {

QList<TouchpointId> trendTouchpoints(const Findings &findings)
{
    QList<TouchpointId> chosen;
    for (TouchpointId id : findings.weakestLinks) {
        if (chosen.size() >= ReportTrendCount - 1)
            break;
        chosen.append(id);
    }
    for (const TouchpointFinding &t : findings.touchpoints)
        if (t.declining && !chosen.contains(t.id) && chosen.size() < ReportTrendCount)
            chosen.append(t.id);
    for (TouchpointId id : findings.momentsOfTruth)
        if (!chosen.contains(id) && chosen.size() < ReportTrendCount)
            chosen.append(id);
    return chosen;
}

ReportData readReportData(DocumentFile &document, const Journey &journey, const Findings &findings)
{
    ReportData data;
    data.journey = journey;
    data.findings = findings;
    data.fileName = QFileInfo(document.path()).fileName();
    data.analysedAt = QDateTime::currentDateTime();
    data.version = QCoreApplication::applicationVersion();
    try {
        SqliteDatabase &db = document.database();
        data.metrics = readMetrics(db);
        data.batches = readBatches(db);
        for (TouchpointId id : trendTouchpoints(findings))
            data.trends.append({id, monthlyPerformance(db, id, findings.request, findings.metrics)});
    } catch (const SqliteError &failure) {
        throw document.error(QCoreApplication::translate("cxmap::ReportData", "cannot read it for the report"), failure);
    }
    return data;
}

ReportData readReportData(DocumentFile &document, const AnalysisRequest &request)
{
    const Journey journey = document.readJourney();
    Findings findings;
    try {
        findings = FindingsCache::findingsFor(document, journey, request);
    } catch (const SqliteError &failure) {
        throw document.error(QCoreApplication::translate("cxmap::ReportData", "cannot analyse it"), failure);
    } catch (const DocumentError &error) {
        throw DocumentError(QStringLiteral("%1: %2").arg(document.path(), error.message()));
    }
    return readReportData(document, journey, findings);
}

} // namespace cxmap
