#include "importer.h"

#include "bulkload.h"
#include "columnplan.h"
#include "csvreader.h"
#include "hashingdevice.h"
#include "importcontext.h"
#include "model/journey.h"
#include "rowreaders.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/safefile.h"
#include "surveyheader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <memory>

namespace cxmap {

namespace {

constexpr int LeadingRowCount = 12;
constexpr int ProgressEveryRows = 8192;

// Metrics a mapping brings are added in the import's transaction; an existing one must agree.
void defineMetrics(SqliteDatabase &db, const ImportMapping &mapping)
{
    for (const MetricDefinition &metric : mapping.metrics) {
        SqliteStatement existing(db, "SELECT min, max FROM metric WHERE lower(name) = lower(?)");
        existing.bind(1, metric.name);
        if (existing.step()) {
            if (existing.columnDouble(0) != metric.min || existing.columnDouble(1) != metric.max)
                throw DocumentError(QStringLiteral("%1: metric \"%2\" already exists in the document with the scale %3 to %4, not %5 to %6")
                                        .arg(mapping.where(metric.name), metric.name)
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

QStringList metricNames(SqliteDatabase &db)
{
    QStringList names;
    for (const Metric &metric : readMetrics(db))
        names.append(metric.name);
    return names;
}

QString shortList(const QStringList &items, int most = 6)
{
    if (items.size() <= most)
        return items.join(QStringLiteral(", "));
    return QStringList(items.mid(0, most)).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - most);
}

} // namespace

QString grouped(qint64 number)
{
    QString digits = QString::number(number < 0 ? -number : number);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return number < 0 ? QLatin1Char('-') + digits : digits;
}

QString ImportSummary::describe() const
{
    QStringList lines;
    // "1 row", "2 rows": said in the singular when it is one.
    const auto counted = [](qint64 n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(grouped(n), QLatin1String(n == 1 ? one : many));
    };
    lines << QStringLiteral("Imported %1 as batch %2 (%3 format) in %4 s: %5 read, %6 stored%7.")
                 .arg(fileName)
                 .arg(batch.value())
                 .arg(formatName(format))
                 .arg(seconds, 0, 'f', 1)
                 .arg(counted(rowsRead, "row", "rows"), counted(answers, "answer", "answers"),
                      aggregateRows > 0 ? QStringLiteral(", %1").arg(counted(aggregateRows, "aggregated row", "aggregated rows"))
                                        : QString());
    if (!skipped.isEmpty()) {
        QStringList reasons;
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            reasons << QStringLiteral("%1 %2").arg(grouped(it.value()), it.key());
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
    if (const QString problem = SafeFile::whyNotAReadableFile(dataPath); !problem.isEmpty())
        throw DocumentError(QStringLiteral("%1: %2").arg(shownName, problem));
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(QStringLiteral("%1: cannot read it: %2").arg(shownName, file.errorString()));
    const qint64 total = file.size();
    const auto progress = [&](qint64 done) {
        if (options.progress && !options.progress(done, total))
            throw DocumentError(QStringLiteral("%1: import cancelled; nothing was imported").arg(shownName));
    };
    progress(0);
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
        // Every ID written is resolved here, so the per-row foreign key checks only cost time.
        const ForeignKeyChecksOff checksOff(db);
        SqliteTransaction transaction(db);
        defineMetrics(db, mapping);
        Batch batch;
        batch.fileName = summary.fileName;
        batch.format = formatName(format);
        MeasurementWriter writer(db, batch, !mapping.keepRespondentKeys);
        // About 32 bytes of file per answer in the long format, fewer in wide ones.
        BulkLoad bulk(db, total / 32);

        ColumnPlan plan;
        std::unique_ptr<RowReader> rows;
        std::unique_ptr<ImportContext> context;
        if (format == ImportFormat::Long || format == ImportFormat::Aggregated) {
            context = std::make_unique<ImportContext>(writer, journey, mapping, shownName, reader.delimiter(), header.names);
            if (format == ImportFormat::Long)
                rows = std::make_unique<LongRowReader>(header, mapping, shownName);
            else
                rows = std::make_unique<AggregateRowReader>(header, shownName);
            summary.unmatchedColumns = rows->unusedColumns();
            plan.effective = mapping;
        } else {
            plan = planColumns(header, mapping, journey, metricNames(db), shownName);
            if (plan.ratedCount() == 0 && !plan.effective.outcome)
                throw DocumentError(QStringLiteral("%1:%2: no column matches a touchpoint on the map; name them in a mapping file (\"columns\")")
                                        .arg(shownName)
                                        .arg(header.line));
            context = std::make_unique<ImportContext>(writer, journey, plan.effective, shownName, reader.delimiter(), header.names);
            for (int column = 0; column < plan.columns.size(); ++column) {
                if (plan.columns.at(column).role == PlannedColumn::Role::Timestamp && !header.timeZones.value(column).isEmpty())
                    context->setTimeZone(column, QTimeZone(header.timeZones.at(column).toUtf8()));
            }
            rows = std::make_unique<WideRowReader>(plan, *context);
            summary.matchedColumns = plan.matched;
            summary.unmatchedColumns = plan.unmatched;
            summary.privateColumns = plan.privateColumns;
        }

        qint64 rowsRead = 0;
        auto handle = [&](const CsvRecord &row) {
            ++rowsRead;
            rows->read(row, *context);
            if (rowsRead % ProgressEveryRows == 0)
                progress(reader.bytesRead());
        };
        {
            // Detection consumed the first rows as text; the data rows among them (at most a
            // dozen) are read again as records by a second reader over the file's start.
            QFile again(dataPath);
            if (!again.open(QIODevice::ReadOnly))
                throw DocumentError(QStringLiteral("%1: cannot read it: %2").arg(shownName, again.errorString()));
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
            throw DocumentError(QStringLiteral("%1:%2: there are no data rows below the header").arg(shownName).arg(header.line));
        progress(total);
        // The writer's last run goes in first: until then its worker thread owns the connection.
        writer.finish(rowsRead, context->skipped());

        const QString sha256 = device.hexDigest();
        SqliteStatement previous(db, "SELECT id, imported_at FROM batch WHERE sha256 = ? AND id <> ? ORDER BY id LIMIT 1");
        previous.bind(1, sha256);
        previous.bind(2, writer.batchId().value());
        if (previous.step() && !options.force)
            throw DocumentError(QStringLiteral("%1: this file was imported before, as batch %2 on %3; use --force to import it again")
                                    .arg(shownName)
                                    .arg(previous.columnInt(0))
                                    .arg(previous.columnText(1).left(10)));
        previous.reset();

        SqliteStatement identify(db, "UPDATE batch SET sha256 = ?, mapping = ? WHERE id = ?");
        identify.bind(1, sha256);
        identify.bind(2, plan.effective.toJson());
        identify.bind(3, writer.batchId().value());
        identify.run();
        // A dry run has checked everything a real one does; its transaction rolls back, and the
        // indexes it dropped come back with it.
        if (!options.dryRun) {
            bulk.finish();
            transaction.commit();
        }

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
        const ForeignKeyChecksOff checksOff(db);
        SqliteTransaction transaction(db);
        const auto countOf = [&db, batch](const char *sql) {
            SqliteStatement count(db, sql);
            count.bind(1, batch.value());
            count.step();
            return count.columnInt(0);
        };
        if (countOf("SELECT count(*) FROM batch WHERE id = ?") == 0)
            throw DocumentError(QStringLiteral("%1: there is no batch %2 (cxmap info lists them)").arg(document.path()).arg(batch.value()));
        // Counted before, and apart from, the BulkLoad: an index cannot be dropped while a
        // statement still reads the table.
        BulkLoad bulk(db, countOf("SELECT count(*) FROM measurement WHERE batch_id = ?"));
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
        bulk.finish();
        transaction.commit();
        return removed;
    } catch (const SqliteError &failure) {
        throw document.error(QStringLiteral("cannot remove batch %1").arg(batch.value()), failure);
    }
}

} // namespace cxmap
