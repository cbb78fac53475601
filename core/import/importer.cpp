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
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <memory>
#include <vector>

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
                throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: metric \"%2\" already exists in the document with the scale %3 to %4, not %5 to %6")
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

// SHA-256 of a file read on its own (a workbook is read by libzip, not through a HashingDevice).
QString fileSha256(const QString &path, const QString &shownName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: cannot read it: %2").arg(shownName, file.errorString()));
    HashingDevice device(&file);
    std::vector<char> buffer(1 << 20);
    while (device.read(buffer.data(), qint64(buffer.size())) > 0) {
    }
    return device.hexDigest();
}

// The labels of a file's columns were read on a scale their later labels ruled out: the file
// is read again, in a new transaction, with each such column's scale fixed.
struct ReadAgain
{
    LabelScales scales;
};

// One reading of the file into one transaction.
class ImportRun
{
public:
    ImportRun(DocumentFile &document, const QString &dataPath, const ImportOptions &options, const LabelScales &fixed)
        : m_document(document)
        , m_path(dataPath)
        , m_shown(dataPath)
        , m_options(options)
        , m_fixed(fixed)
    {}

    ImportSummary run();

private:
    void openSource();
    void readLeadingRows();
    void progress(qint64 done);
    void handle(const CsvRecord &row);
    void noteError(const DocumentError &error);
    QString digest();

    DocumentFile &m_document;
    QString m_path;
    QString m_shown;
    const ImportOptions &m_options;
    LabelScales m_fixed;
    qint64 m_total = 0;

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<HashingDevice> m_device;
    std::unique_ptr<RecordSource> m_source;
    std::vector<CsvRecord> m_leadingRecords;
    LeadingRows m_leading;

    std::unique_ptr<RowReader> m_rows;
    std::unique_ptr<ImportContext> m_context;
    qint64 m_rowsRead = 0;
    ImportSummary m_summary;
};

void ImportRun::progress(qint64 done)
{
    if (m_options.progress && !m_options.progress(done, m_total))
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: import cancelled; nothing was imported").arg(m_shown));
}

void ImportRun::openSource()
{
    QFile probe(m_path);
    // A folder, a FIFO or a device would block or read forever: refused by name.
    if (const QString problem = SafeFile::whyNotAReadableFile(m_path); !problem.isEmpty())
        throw DocumentError(QStringLiteral("%1: %2").arg(m_shown, problem));
    if (!probe.open(QIODevice::ReadOnly))
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: cannot read it: %2").arg(m_shown, probe.errorString()));
    m_total = probe.size();
    probe.close();
    // A workbook by its bytes, whatever its name says.
    if (XlsxReader::looksLikeZip(m_path)) {
        m_source = std::make_unique<XlsxReader>(m_path, m_shown, m_options.sheet);
        return;
    }
    if (!m_options.sheet.isEmpty())
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: a sheet (\"%2\") was asked for, but this is a CSV file, not an Excel workbook")
                                .arg(m_shown, m_options.sheet));
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly))
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: cannot read it: %2").arg(m_shown, m_file->errorString()));
    m_device = std::make_unique<HashingDevice>(m_file.get());
    m_source = std::make_unique<CsvReader>(m_device.get(), m_shown);
}

// The first rows, for format detection and the header; kept as records, so that the data rows
// among them are imported without reading the file again.
void ImportRun::readLeadingRows()
{
    CsvRecord record;
    while (m_leading.rows.size() < LeadingRowCount && m_source->next(record)) {
        m_leading.rows.append(record.texts());
        m_leading.lines.append(record.line());
        m_leadingRecords.push_back(record);
    }
    if (m_source->hasError())
        throw DocumentError(m_source->errorString());
    if (m_leading.rows.isEmpty())
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: the file is empty").arg(m_shown));
}

void ImportRun::noteError(const DocumentError &error)
{
    const QString message = error.message();
    ++m_summary.errorCount;
    if (m_summary.errors.size() < m_options.collectErrors)
        m_summary.errors.append(message);
    // What it says, without where: "<file>:<line>[:<column>]: ".
    QString kind = message.mid(m_shown.size());
    const qsizetype space = kind.indexOf(QLatin1String(": "));
    kind = space >= 0 ? kind.mid(space + 2) : kind;
    // The kinds stay few even when every row is wrong in its own way.
    if (m_summary.errorKinds.contains(kind) || m_summary.errorKinds.size() < 1000)
        ++m_summary.errorKinds[kind];
}

void ImportRun::handle(const CsvRecord &row)
{
    ++m_rowsRead;
    if (m_options.dryRun && m_options.collectErrors > 0) {
        // A dry run's rows are rolled back anyway: a row with an error is counted and passed.
        try {
            m_rows->read(row, *m_context);
        } catch (const DocumentError &error) {
            noteError(error);
        }
    } else {
        m_rows->read(row, *m_context);
    }
    if (m_rowsRead % ProgressEveryRows == 0)
        progress(m_source->bytesRead());
}

QString ImportRun::digest()
{
    if (m_device)
        return m_device->hexDigest();
    return fileSha256(m_path, m_shown);
}

ImportSummary ImportRun::run()
{
    openSource();
    progress(0);
    readLeadingRows();

    ImportMapping mapping = m_options.mapping.value_or(ImportMapping());
    const ImportFormat format = m_options.format.value_or(mapping.format ? *mapping.format : detectFormat(m_leading, mapping));
    mapping.format = format;
    const SurveyHeader header = readHeader(format, m_leading, mapping.skipLines, m_shown);

    const Journey journey = m_document.readJourney();
    ImportSummary &summary = m_summary;
    summary.format = format;
    summary.fileName = QFileInfo(m_path).fileName();
    summary.encoding = m_source->encodingName();
    SqliteDatabase &db = m_document.database();
    // Every ID written is resolved here, so the per-row foreign key checks only cost time.
    const ForeignKeyChecksOff checksOff(db);
    SqliteTransaction transaction(db);
    defineMetrics(db, mapping);
    Batch batch;
    batch.fileName = summary.fileName;
    batch.format = formatName(format);
    // About 32 bytes of file per answer in the long format, fewer in wide ones. The cache is
    // set first and restored last: the writer's worker may use the connection until the
    // writer has gone.
    const qint64 expectedAnswers = m_total / 32;
    BulkLoad bulk(db, expectedAnswers);
    MeasurementWriter writer(db, batch, !mapping.keepRespondentKeys);
    writer.expectAnswers(expectedAnswers);

    ColumnPlan plan;
    const char delimiter = m_source->delimiter();
    if (format == ImportFormat::Long || format == ImportFormat::Aggregated) {
        m_context = std::make_unique<ImportContext>(writer, journey, mapping, m_shown, delimiter, header.names);
        if (format == ImportFormat::Long)
            m_rows = std::make_unique<LongRowReader>(header, mapping, m_shown, *m_context);
        else
            m_rows = std::make_unique<AggregateRowReader>(header, mapping, m_shown);
        summary.unmatchedColumns = m_rows->unusedColumns();
        plan.effective = mapping;
    } else {
        plan = planColumns(header, mapping, journey, metricNames(db), m_shown);
        if (plan.ratedCount() == 0 && !plan.effective.outcome)
            throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1:%2: no column matches a touchpoint on the map; name them in a mapping file (\"columns\")")
                                    .arg(m_shown)
                                    .arg(header.line));
        m_context = std::make_unique<ImportContext>(writer, journey, plan.effective, m_shown, delimiter, header.names);
        for (int column = 0; column < plan.columns.size(); ++column) {
            if (plan.columns.at(column).role == PlannedColumn::Role::Timestamp && !header.timeZones.value(column).isEmpty())
                m_context->setTimeZone(column, QTimeZone(header.timeZones.at(column).toUtf8()));
        }
        m_rows = std::make_unique<WideRowReader>(plan, header, *m_context);
        summary.matchedColumns = plan.matched;
        summary.automaticColumns = plan.automatic;
        summary.unmatchedColumns = plan.unmatched;
        summary.privateColumns = plan.privateColumns;
        summary.respondentPerRow = plan.respondentPerRow;
    }
    m_context->setTolerateShortRows(dynamic_cast<XlsxReader *>(m_source.get()) != nullptr);
    m_context->fixLabelScales(m_fixed);

    for (size_t i = size_t(header.rowsUsed); i < m_leadingRecords.size(); ++i)
        handle(m_leadingRecords[i]);
    CsvRecord record;
    while (m_source->next(record))
        handle(record);
    if (m_source->hasError())
        throw DocumentError(m_source->errorString());
    if (m_rowsRead == 0)
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1:%2: there are no data rows below the header").arg(m_shown).arg(header.line));
    if (const LabelScales unsettled = m_context->unsettledLabelScales(); !unsettled.isEmpty())
        throw ReadAgain{unsettled};
    progress(m_total);
    // The writer's last run goes in first: until then its worker thread owns the connection.
    writer.finish(m_rowsRead, m_context->skipped());

    const QString sha256 = digest();
    SqliteStatement previous(db, "SELECT id, imported_at FROM batch WHERE sha256 = ? AND id <> ? ORDER BY id LIMIT 1");
    previous.bind(1, sha256);
    previous.bind(2, writer.batchId().value());
    if (previous.step() && !m_options.force)
        throw DocumentError(QStringLiteral("%1: this file was imported before, as batch %2 on %3; use --force to import it again")
                                .arg(m_shown)
                                .arg(previous.columnInt(0))
                                .arg(previous.columnText(1).left(10)));
    previous.reset();

    SqliteStatement identify(db, "UPDATE batch SET sha256 = ?, mapping = ? WHERE id = ?");
    identify.bind(1, sha256);
    identify.bind(2, plan.effective.toJson());
    identify.bind(3, writer.batchId().value());
    identify.run();
    // A dry run has checked everything a real one does; its transaction rolls back.
    if (!m_options.dryRun)
        transaction.commit();

    summary.batch = writer.batchId();
    summary.rowsRead = m_rowsRead;
    summary.answers = writer.written();
    summary.aggregateRows = writer.aggregatesWritten();
    summary.unknownN = writer.aggregatesWithoutN();
    summary.skipped = m_context->skipped();
    summary.newSegments = writer.newSegments();
    summary.warnings = m_rows->warnings();
    summary.labelScales = m_context->labelNotes();
    return summary;
}

} // namespace

ImportSummary importSurvey(DocumentFile &document, const QString &dataPath, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (document.isReadOnly())
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: cannot import into it: it was opened read-only").arg(document.path()));
    LabelScales fixed;
    for (;;) {
        try {
            ImportSummary summary = ImportRun(document, dataPath, options, fixed).run();
            summary.seconds = double(timer.elapsed()) / 1000.0;
            return summary;
        } catch (const ReadAgain &again) {
            // At most once: the second reading has every unsettled column's scale fixed.
            fixed.insert(again.scales);
        } catch (const SqliteError &failure) {
            throw document.error(QCoreApplication::translate("cxmap::Importer", "cannot import %1; nothing was imported").arg(dataPath), failure);
        }
    }
}

qint64 removeBatch(DocumentFile &document, BatchId batch)
{
    if (document.isReadOnly())
        throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: cannot remove a batch: it was opened read-only").arg(document.path()));
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
            throw DocumentError(QCoreApplication::translate("cxmap::Importer", "%1: there is no batch %2 (cxmap info lists them)").arg(document.path()).arg(batch.value()));
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
        transaction.commit();
        return removed;
    } catch (const SqliteError &failure) {
        throw document.error(QCoreApplication::translate("cxmap::Importer", "cannot remove batch %1").arg(batch.value()), failure);
    }
}

} // namespace cxmap
