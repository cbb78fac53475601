#include "infocommand.h"

#include "output.h"

#include "model/journey.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace cxmap::cli {

namespace {

struct Contents
{
    Journey journey;
    DataCounts counts;
    QList<Batch> batches;
    QList<Segment> segments;
};

template<typename IdType>
QJsonArray bandsJson(const IndexedList<Band<IdType>, IdType> &bands)
{
    QJsonArray array;
    for (const Band<IdType> &band : bands)
        array.append(QJsonObject{{QStringLiteral("id"), band.id.value()}, {QStringLiteral("name"), band.name}});
    return array;
}

QJsonObject toJson(const Contents &contents)
{
    const Journey &journey = contents.journey;
    QJsonArray touchpoints;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        QJsonObject object{
            {QStringLiteral("id"), touchpoint.id.value()},
            {QStringLiteral("name"), touchpoint.name},
            {QStringLiteral("stage"), journey.stages().find(touchpoint.stage)->name},
            {QStringLiteral("lane"), journey.lanes().find(touchpoint.lane)->name},
            {QStringLiteral("kind"), kindToString(touchpoint.kind)},
            {QStringLiteral("owner"), touchpoint.owner},
            {QStringLiteral("moment_of_truth"), touchpoint.momentOfTruth},
        };
        object.insert(QStringLiteral("target"), touchpoint.target ? QJsonValue(*touchpoint.target) : QJsonValue());
        touchpoints.append(object);
    }
    QJsonArray transitions;
    for (const Transition &transition : journey.transitions()) {
        QJsonObject object{
            {QStringLiteral("id"), transition.id.value()},
            {QStringLiteral("from"), journey.touchpoints().find(transition.from)->name},
            {QStringLiteral("to"), journey.touchpoints().find(transition.to)->name},
            {QStringLiteral("label"), transition.label},
        };
        object.insert(QStringLiteral("share"), transition.share ? QJsonValue(*transition.share) : QJsonValue());
        transitions.append(object);
    }
    QJsonArray batches;
    for (const Batch &batch : contents.batches) {
        QJsonObject skipped;
        for (auto it = batch.skipped.cbegin(); it != batch.skipped.cend(); ++it)
            skipped.insert(it.key(), it.value());
        batches.append(QJsonObject{
            {QStringLiteral("id"), batch.id.value()},
            {QStringLiteral("file"), batch.fileName},
            {QStringLiteral("rows"), batch.rowsImported},
            {QStringLiteral("rows_read"), batch.rowsRead},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("format"), batch.format},
            {QStringLiteral("sha256"), batch.sha256},
            {QStringLiteral("imported_at"), batch.importedAt},
        });
    }
    QJsonArray segments;
    for (const Segment &segment : contents.segments)
        segments.append(segment.name);

    return QJsonObject{
        {QStringLiteral("name"), journey.name()},
        {QStringLiteral("stages"), bandsJson(journey.stages())},
        {QStringLiteral("lanes"), bandsJson(journey.lanes())},
        {QStringLiteral("touchpoints"), touchpoints},
        {QStringLiteral("transitions"), transitions},
        {QStringLiteral("measurements"), contents.counts.measurements},
        {QStringLiteral("aggregate_rows"), contents.counts.aggregateRows},
        {QStringLiteral("respondents"), contents.counts.respondents},
        {QStringLiteral("orphaned_measurements"), contents.counts.orphanedMeasurements},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("workshop"), QJsonObject{
            {QStringLiteral("votes"), journey.workshop().votes.size()},
            {QStringLiteral("notes"), journey.workshop().notes.size()},
            {QStringLiteral("sessions"), journey.workshop().sessions.size()},
        }},
    };
}

template<typename IdType>
QString bandNames(const IndexedList<Band<IdType>, IdType> &bands)
{
    QStringList names;
    for (const Band<IdType> &band : bands)
        names.append(band.name);
    return names.join(QStringLiteral(", "));
}

QString counted(qsizetype count, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(grouped(count), QLatin1String(count == 1 ? one : many));
}

void printText(const QString &file, const Contents &contents)
{
    const Journey &journey = contents.journey;
    qsizetype indirect = 0;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        indirect += touchpoint.kind == TouchpointKind::Indirect ? 1 : 0;

    // Values start in one column, however wide a count in a label grows.
    const auto field = [](const QString &label, const QString &value) {
        printLine(QStringLiteral("  %1 %2").arg(label.leftJustified(16), value));
    };
    printLine(QStringLiteral("%1 — %2").arg(file, journey.name()));
    field(tr("stages (%1):").arg(journey.stages().size()), bandNames(journey.stages()));
    field(tr("lanes (%1):").arg(journey.lanes().size()), bandNames(journey.lanes()));
    field(tr("touchpoints:"), tr("%1 (%2 indirect)")
                                              .arg(grouped(journey.touchpoints().size()), grouped(indirect)));
    field(tr("transitions:"), grouped(journey.transitions().size()));
    field(tr("measurements:"), tr("%1 answers from %2 respondents, %3 segments")
                                               .arg(grouped(contents.counts.measurements),
                                                    grouped(contents.counts.respondents),
                                                    grouped(contents.segments.size())));
    if (contents.counts.aggregateRows > 0)
        field(tr("aggregated rows:"), grouped(contents.counts.aggregateRows));
    if (contents.counts.orphanedMeasurements > 0)
        printLine(tr("  note: %1 answers belong to touchpoints no longer on the map")
                      .arg(grouped(contents.counts.orphanedMeasurements)));
    const Workshop &workshop = journey.workshop();
    field(QStringLiteral("workshop:"), workshop.isEmpty()
                                           ? QStringLiteral("none")
                                           : QStringLiteral("%1, %2 from %3")
                                                 .arg(counted(workshop.votes.size(), "vote", "votes"),
                                                      counted(workshop.notes.size(), "note", "notes"),
                                                      counted(workshop.sessions.size(), "session", "sessions")));
    if (contents.batches.isEmpty()) {
        field(QStringLiteral("batches:"), QStringLiteral("none"));
        return;
    }
    printLine(tr("  batches (%1):").arg(contents.batches.size()));
    for (const Batch &batch : contents.batches)
        printLine(tr("    #%1  %2  %3 rows  %4  %5")
                      .arg(batch.id.value())
                      .arg(batch.fileName, grouped(batch.rowsImported), batch.format, batch.importedAt));
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("print JSON"));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the .cxmap document"));
    if (!parser.parse(arguments))
        return fail(tr("info: %1").arg(parser.errorText()), UsageError);
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info: expected one FILE.cxmap; see cxmap --help"), UsageError);
    const QString file = parser.positionalArguments().constFirst();

    Contents contents;
    try {
        std::unique_ptr<DocumentFile> document = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
        contents.journey = document->readJourney();
        try {
            SqliteDatabase &db = document->database();
            contents.counts = readDataCounts(db);
            contents.batches = readBatches(db);
            contents.segments = readSegments(db);
        } catch (const SqliteError &failure) {
            throw document->error(tr("cannot read its answers"), failure);
        }
    } catch (const DocumentError &error) {
        return fail(error.message());
    }

    if (parser.isSet(jsonOption))
        printJson(toJson(contents));
    else
        printText(file, contents);
    return Success;
}

} // namespace cxmap::cli
