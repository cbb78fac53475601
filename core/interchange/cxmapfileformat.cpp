#include "cxmapfileformat.h"

#include <QCoreApplication>

#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/measurementwriter.h"
#include "store/sqlitedb.h"

#include <algorithm>

namespace cxmap {

JourneyBundle CxmapFileFormat::read(const QString &path, FormatReport &,
                                    const ReadOptions &options) const
{
    const std::unique_ptr<DocumentFile> file =
        DocumentFile::open(path, DocumentFile::Access::ReadOnly);
    JourneyBundle bundle;
    try {
        bundle.journey = file->readJourney();
        bundle.metrics = readMetrics(file->database());
        bundle.segments = readSegments(file->database());
        bundle.storedAnswers = readDataCounts(file->database()).measurements;
        if (options.scores && bundle.storedAnswers > 0) {
            const Findings findings =
                FindingsCache::findingsFor(*file, bundle.journey, AnalysisRequest{});
            for (const TouchpointFinding &finding : findings.touchpoints)
                if (finding.performance.n > 0)
                    bundle.scores.insert(finding.id,
                                         TouchpointScore{finding.performance.mean,
                                                         finding.performance.n, finding.reliable});
        }
    } catch (const SqliteError &failure) {
        throw file->error(QCoreApplication::translate("cxmap::CxmapFileFormat", "cannot read it"), failure);
    } catch (const DocumentError &error) {
        throw DocumentError(QStringLiteral("%1: %2").arg(path, error.message()));
    }
    return bundle;
}

// A .cxmap holds the whole map, workshop input included: nothing is left to report.
void CxmapFileFormat::write(const JourneyBundle &bundle, const QString &path, FormatReport &) const
{
    const QList<Metric> builtins = builtinMetrics();
    DocumentFile::create(path, bundle.journey, true, [&](SqliteDatabase &db) {
        for (const Metric &metric : bundle.metrics) {
            if (std::any_of(builtins.cbegin(), builtins.cend(),
                            [&metric](const Metric &b) { return b.name == metric.name; }))
                continue;
            SqliteStatement insert(
                db,
                "INSERT INTO metric (name, min, max, higher_is_better, top_box_from, description)"
                " VALUES (?, ?, ?, ?, ?, ?)");
            insert.bind(1, metric.name);
            insert.bind(2, metric.min);
            insert.bind(3, metric.max);
            insert.bind(4, metric.higherIsBetter ? 1 : 0);
            insert.bind(5, metric.topBoxFrom);
            insert.bind(6, metric.description);
            insert.run();
        }
        for (const Segment &segment : bundle.segments) {
            SqliteStatement insert(db, "INSERT INTO segment (name) VALUES (?)");
            insert.bind(1, segment.name);
            insert.run();
        }
        if (bundle.answers.isEmpty())
            return;
        Batch batch;
        batch.fileName = bundle.answersSource.isEmpty()
                             ? QStringLiteral("answers read with the map")
                             : bundle.answersSource;
        batch.sha256 = QStringLiteral("-");
        batch.format = QStringLiteral("map");
        try {
            MeasurementWriter writer(db, batch);
            writer.expectAnswers(bundle.answers.size());
            for (const MeasurementRecord &answer : bundle.answers)
                writer.add(answer);
            writer.finish(bundle.answers.size(), {});
        } catch (const DocumentError &error) {
            throw DocumentError(QStringLiteral("%1: %2").arg(path, error.message()));
        }
    });
}

} // namespace cxmap
