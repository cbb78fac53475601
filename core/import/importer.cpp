#include "importer.h"

#include "columnplan.h"
#include "csvreader.h"
#include "hashingdevice.h"
#include "importcontext.h"
#include "model/journey.h"
#include "rowreaders.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "surveyheader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace cxmap {

namespace {

constexpr int LeadingRowCount = 12;
constexpr int ProgressEveryRows = 8192;

// Metrics a mapping brings are added in the import's transaction; an existing one must agree.
void defineMetrics(SqliteDatabase &db, const ImportMapping &mapping, const QString &mappingName)
{
    for (const MetricDefinition &metric : mapping.metrics) {
        SqliteStatement existing(db, "SELECT min, max FROM metric WHERE lower(name) = lower(?)");
        existing.bind(1, metric.name);
        if (existing.step()) {
            if (existing.columnDouble(0) != metric.min || existing.columnDouble(1) != metric.max)
                throw DocumentError(QStringLiteral("%1: metric \"%2\" already exists with the scale %3 to %4, not %5 to %6")
                                        .arg(mappingName, metric.name)
                                        .arg(existing.columnDouble(0)).arg(existing.columnDouble(1))
                                        .arg(metric.min).arg(metric.max));
            continue;
        }
        SqliteStatement insert(db, "INSERT INTO metric (name, min, max, higher_is_better, top_box_from, description)"
                                   " VALUES (?, ?, ?, ?, ?, '')");
        insert.bind(1, metric.name);
        insert.bind(2, metric.min);
        insert.bind(3, metric.max);
        insert.bind(4, metric.higherIsBetter ? 1 : 0);
        insert.bind(5, metric.topBoxFrom);
        insert.run();
    }
}

QString shortList(const QStringList &items, int most = 6)
{
    if (items.size() <= most)
        return items.join(QStringLiteral(", "));
    return QStringList(items.mid(0, most)).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - most);
}

} // namespace

QString ImportSummary::describe() const
{
    QStringList lines;
    lines << QStringLiteral("Imported %1 as batch %2 (%3 format) in %4 s: %5 rows read, %6 answers stored%7.")
                 .arg(fileName)
                 .arg(batch.value())
                 .arg(formatName(format))
                 .arg(seconds, 0, 'f', 1)
                 .arg(rowsRead)
                 .arg(answers)
                 .arg(aggregateRows > 0 ? QStringLiteral(", %1 aggregated rows").arg(aggregateRows) : QString());
    if (!skipped.isEmpty()) {
        QStringList reasons;
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            reasons << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        lines << QStringLiteral("Skipped cells: %1.").arg(reasons.join(QStringLiteral(", ")));
    }
    if (!newSegments.isEmpty())
        lines << QStringLiteral("New segments: %1.").arg(shortList(newSegments));
    if (!privateColumns.isEmpty())
        lines << QStringLiteral("Never imported (personal data): %1.").arg(shortList(privateColumns));
    if (!unmatchedColumns.isEmpty())
        lines << QStringLiteral("Not imported (no touchpoint matches; map them in a mapping file): %1.").arg(shortList(unmatchedColumns));
    return lines.join(QLatin1Char('\n'));
}

ImportSummary importSurvey(DocumentFile &document, const QString &dataPath, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString shownName = dataPath;
    if (document.isReadOnly())
        throw DocumentError(QStringLiteral("%1: cannot import into it: it was opened read-only").arg(document.path()));

    QFile file(dataPath);
    if (!QFileInfo(dataPath).isFile())
        throw DocumentError(QStringLiteral("%1: no such file").arg(shownName));
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(QStringLiteral("%1: cannot read it: %2").arg(shownName, file.errorString()));
    const qint64 total = file.size();
    HashingDevice device(&file);
    CsvReader reader(&device, shownName);

    LeadingRows leading;
    CsvRecord record;
    while (leading.rows.size() < LeadingRowCount && reader.next(record)) {
        leading.rows.append(record.texts());
        leading.lines.append(record.line());
    }
    if (reader.hasError())
        throw DocumentError(reader.errorString());
    if (leading.rows.isEmpty())
        throw DocumentError(QStringLiteral("%1: the file is empty").arg(shownName));

    ImportMapping mapping = options.mapping.value_or(ImportMapping());
    const ImportFormat format = options.format.value_or(options.mapping ? mapping.format : detectFormat(leading));
    mapping.format = format;
    const SurveyHeader header = readHeader(format, leading, mapping.skipLines, shownName);

    const Journey journey = document.readJourney();
    ImportSummary summary;
    summary.format = format;
    summary.fileName = QFileInfo(dataPath).fileName();
    SqliteDatabase &db = document.database();
    try {
        SqliteTransaction transaction(db);
        defineMetrics(db, mapping, QStringLiteral("the mapping"));
        Batch batch;
        batch.fileName = summary.fileName;
        batch.format = formatName(format);
        MeasurementWriter writer(db, batch, !mapping.keepRespondentKeys);

        ColumnPlan plan;
        std::unique_ptr<RowReader> rows;
        std::unique_ptr<ImportContext> context;
        if (format == ImportFormat::Long || format == ImportFormat::Aggregated) {
            context = std::make_unique<ImportContext>(writer, journey, mapping, shownName, reader.delimiter());
            if (format == ImportFormat::Long)
                rows = std::make_unique<LongRowReader>(header, shownName);
            else
                rows = std::make_unique<AggregateRowReader>(header, shownName);
            summary.unmatchedColumns = rows->unusedColumns();
            plan.effective = mapping;
        } else {
            plan = planColumns(header, mapping, journey, shownName);
            if (plan.ratedCount() == 0 && !plan.effective.outcome)
                throw DocumentError(QStringLiteral("%1:%2: no column matches a touchpoint on the map; name them in a mapping file (\"columns\")")
                                        .arg(shownName)
                                        .arg(header.line));
            context = std::make_unique<ImportContext>(writer, journey, plan.effective, shownName, reader.delimiter());
            rows = std::make_unique<WideRowReader>(plan, *context);
            summary.matchedColumns = plan.matched;
            summary.unmatchedColumns = plan.unmatched;
            summary.privateColumns = plan.privateColumns;
        }

        qint64 rowsRead = 0;
        auto handle = [&](const CsvRecord &row) {
            ++rowsRead;
            rows->read(row, *context);
            if (rowsRead % ProgressEveryRows == 0 && options.progress && !options.progress(reader.bytesRead(), total))
                throw DocumentError(QStringLiteral("%1: import cancelled; nothing was imported").arg(shownName));
        };
        {
            // Detection consumed the first rows as text; the data rows among them (at most a
            // dozen) are read again as records by a second reader over the file's start.
            QFile again(dataPath);
            again.open(QIODevice::ReadOnly);
            CsvReader replay(&again, shownName, CsvOptions{reader.delimiter()});
            CsvRecord row;
            for (int i = 0; i < leading.rows.size() && replay.next(row); ++i)
                if (i >= header.rowsUsed)
                    handle(row);
        }
        while (reader.next(record))
            handle(record);
        if (reader.hasError())
            throw DocumentError(reader.errorString());
        if (rowsRead == 0)
            throw DocumentError(QStringLiteral("%1: there are no data rows below the header").arg(shownName));

        const QString sha256 = device.hexDigest();
        SqliteStatement previous(db, "SELECT id, imported_at FROM batch WHERE sha256 = ? AND id <> ? ORDER BY id LIMIT 1");
        previous.bind(1, sha256);
        previous.bind(2, writer.batchId().value());
        if (previous.step() && !options.force)
            throw DocumentError(QStringLiteral("%1: this file was imported before, as batch %2 on %3; use --force to import it again")
                                    .arg(shownName)
                                    .arg(previous.columnInt(0))
                                    .arg(previous.columnText(1).left(10)));

        SqliteStatement identify(db, "UPDATE batch SET sha256 = ?, mapping = ? WHERE id = ?");
        identify.bind(1, sha256);
        identify.bind(2, plan.effective.toJson());
        identify.bind(3, writer.batchId().value());
        identify.run();
        writer.finish(rowsRead, context->skipped());
        transaction.commit();

        summary.batch = writer.batchId();
        summary.rowsRead = rowsRead;
        summary.answers = writer.written();
        summary.aggregateRows = writer.aggregatesWritten();
        summary.skipped = context->skipped();
        summary.newSegments = writer.newSegments();
    } catch (const SqliteError &failure) {
        throw document.error(QStringLiteral("cannot import %1; nothing was imported").arg(shownName), failure);
    }
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

qint64 removeBatch(DocumentFile &document, BatchId batch)
{
    if (document.isReadOnly())
        throw DocumentError(QStringLiteral("%1: cannot remove a batch: it was opened read-only").arg(document.path()));
    SqliteDatabase &db = document.database();
    try {
        SqliteTransaction transaction(db);
        SqliteStatement exists(db, "SELECT count(*) FROM batch WHERE id = ?");
        exists.bind(1, batch.value());
        exists.step();
        if (exists.columnInt(0) == 0)
            throw DocumentError(QStringLiteral("%1: there is no batch %2 (cxmap info lists them)").arg(document.path()).arg(batch.value()));
        qint64 removed = 0;
        for (const char *sql : {"DELETE FROM measurement WHERE batch_id = ?", "DELETE FROM aggregate WHERE batch_id = ?"}) {
            SqliteStatement remove(db, sql);
            remove.bind(1, batch.value());
            remove.run();
            removed += db.changes();
        }
        SqliteStatement remove(db, "DELETE FROM batch WHERE id = ?");
        remove.bind(1, batch.value());
        remove.run();
        bumpDataVersion(db);
        // Respondents and segments nobody refers to any more go with their last batch.
        db.execute("DELETE FROM respondent WHERE id NOT IN (SELECT DISTINCT respondent_id FROM measurement"
                   " WHERE respondent_id IS NOT NULL)");
        db.execute("DELETE FROM segment WHERE id NOT IN (SELECT DISTINCT segment_id FROM measurement WHERE segment_id IS NOT NULL"
                   " UNION SELECT DISTINCT segment_id FROM aggregate WHERE segment_id IS NOT NULL)");
        transaction.commit();
        return removed;
    } catch (const SqliteError &failure) {
        throw document.error(QStringLiteral("cannot remove batch %1").arg(batch.value()), failure);
    }
}

} // namespace cxmap
