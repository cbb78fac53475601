#include "demodocument.h"

#include "demojourney.h"
#include "demomeasurements.h"
#include "store/documentfile.h"
#include "store/measurementwriter.h"

namespace cxmap {

qint64 writeDemoDocument(const QString &path, bool overwrite)
{
    const Journey journey = loadDemoJourney();
    qint64 written = 0;
    DocumentFile::create(path, journey, overwrite, [&](SqliteDatabase &db) {
        Batch batch;
        batch.fileName = QStringLiteral("demo sample (generated)");
        batch.sha256 = QStringLiteral("-");
        batch.format = QStringLiteral("demo");
        MeasurementWriter writer(db, batch);
        generateDemoMeasurements(journey, [&writer](const MeasurementRecord &record) {
            writer.add(record);
        });
        writer.finish(writer.written(), {});
        written = writer.written();
    });
    return written;
}

} // namespace cxmap
