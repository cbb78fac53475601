// Import batches (issue 3): what each batch records (rows read, imported, skipped by reason, the
// mapping used, which can be used again), removing exactly one batch with the respondents and
// segments only it used, and the bulk path that large imports and removals take (indexes
// dropped and rebuilt inside the transaction, answers written in sorted runs).
#include "importtestsupport.h"
#include "rawsqlite.h"
#include "store/datatables.h"
#include "store/measurementwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

QString removeError(const QString &path, qint64 batch)
{
    try {
        auto document = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
        removeBatch(*document, BatchId(batch));
    } catch (const DocumentError &error) {
        return error.message();
    }
    return QString();
}

qint64 removed(const QString &path, qint64 batch)
{
    auto document = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    return removeBatch(*document, BatchId(batch));
}

// Every table and index of the file as SQLite keeps them: an import or a removal must leave
// none behind and change none (a rebuild empties the answers' table and fills it again).
QStringList schemaSql(DocumentFile &document)
{
    SqliteStatement query(document.database(), "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema"
                                                " ORDER BY name");
    QStringList sql;
    while (query.step())
        sql << query.columnText(0);
    return sql;
}

// A long file of `rows` answers and the dump the import must produce from it, computed here
// from the same numbers: respondents of five answers each, three segments, nine months.
struct Generated
{
    QByteArray csv;
    QStringList expected;
};

Generated generate(int rows, bool fractions)
{
    const char *touchpoints[] = {"Compare plans", "Online checkout", "Welcome email", "SIM activation", "Support chat"};
    const char *segments[] = {"SIM only", "Business", "Handset bundle"};
    Generated result;
    result.csv = "respondent,timestamp,segment,touchpoint,metric,value\n";
    for (int i = 0; i < rows; ++i) {
        const int person = i / 5;
        const int month = 1 + person % 9;
        const QByteArray date = "2026-0" + QByteArray::number(month) + "-1" + QByteArray::number(person % 10);
        const QByteArray value = fractions ? QByteArray::number(1.0 + (i * 37 % 400) / 100.0)
                                           : QByteArray::number(1 + (i * 7 + person) % 5);
        const char *segment = segments[person % 3];
        result.csv += "P" + QByteArray::number(person) + "," + date + "," + segment + "," + touchpoints[i % 5] +
                      ",csat," + value + "\n";
        result.expected << QStringLiteral("%1|csat|experience|%2|%3|%4T00:00:00Z|%5|{P%6}")
                               .arg(QLatin1String(touchpoints[i % 5]))
                               .arg(value.toDouble())
                               .arg(QLatin1String(segment), QString::fromLatin1(date), QString::fromLatin1(date.left(7)))
                               .arg(person);
    }
    return result;
}

QStringList resolved(const QStringList &lines, DocumentFile &document)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    QHash<QString, QString> keys;
    QStringList result;
    for (QString line : lines) {
        const QRegularExpressionMatch match = placeholder.match(line);
        const QString raw = match.captured(1);
        if (!keys.contains(raw))
            keys.insert(raw, storedKey(document, raw, false));
        line.replace(match.capturedStart(), match.capturedLength(), keys.value(raw));
        result << line;
    }
    result.sort();
    return result;
}

} // namespace

class TestImportBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void batchRecordsCountsSkipsAndMapping();
    void storedMappingImportsTheSameAgain();
    void removeBatchRemovesExactlyThatBatch();
    void removeUnknownBatch();
    void bulkImportAndRemovalKeepTheSchema_data();
    void bulkImportAndRemovalKeepTheSchema();
    void smallImportIntoALargeDocumentKeepsEveryAnswer();
    void writerRunsAndSortPaths_data();
    void writerRunsAndSortPaths();
    void answersEditedByHandStayAsTheyAre();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
};

void TestImportBatches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = m_dir->filePath(QStringLiteral("map.cxmap"));
    createDocument(m_document);
}

void TestImportBatches::batchRecordsCountsSkipsAndMapping()
{
    ImportOptions options;
    options.mapping = readMapping(dataPath(QStringLiteral("wide-airline/mapping.json")));
    QVERIFY(options.mapping);
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("wide-airline/data.csv")), options);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    // Every column left out is named; the one matched by name (not by the mapping) is listed to check.
    QCOMPARE(outcome.summary->describe().section(QLatin1Char('\n'), 1),
             QStringLiteral("Skipped cells: 2 not rated.\n"
                            "Matched by name (check them):\n"
                            "  Seat comfort → Seat comfort (csat)\n"
                            "New segments: Eco Plus, Business, Eco.\n"
                            "Not imported (no touchpoint matches; map them in a mapping file): (column 1), Gender, "
                            "Customer Type, Age, Type of Travel, Flight Distance, Departure Delay in Minutes."));
    QVERIFY2(outcome.summary->describe().startsWith(QStringLiteral("Imported data.csv as batch 1 (wide format, UTF-8) in ")),
             qPrintable(outcome.summary->describe()));
    QVERIFY(outcome.summary->describe().section(QLatin1Char('\n'), 0, 0).endsWith(
        QStringLiteral(" s: 8 rows read, 30 answers stored.")));
    QCOMPARE(outcome.summary->matchedColumns,
             strings({"Inflight wifi service → Inflight wifi service (csat)", "Online boarding → Online boarding (csat)",
                      "Seat comfort → Seat comfort (csat)"}));

    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    const QList<Batch> batches = readBatches(document->database());
    QCOMPARE(batches.size(), 1);
    const Batch &batch = batches.first();
    QCOMPARE(batch.fileName, QStringLiteral("data.csv"));
    QCOMPARE(batch.format, QStringLiteral("wide"));
    QCOMPARE(batch.rowsRead, 8);
    QCOMPARE(batch.rowsImported, 30);
    QCOMPARE(batch.skipped, (QMap<QString, qint64>{{QStringLiteral("not rated"), 2}}));
    QVERIFY(QDateTime::fromString(batch.importedAt, Qt::ISODate).isValid());
    QCOMPARE(batch.sha256.size(), 64);

    // The mapping as applied: the file's keys, and the auto-matched column written out.
    const QJsonObject mapping = QJsonDocument::fromJson(batch.mapping.toUtf8()).object();
    QCOMPARE(mapping.value(QStringLiteral("format")).toString(), QStringLiteral("wide"));
    QCOMPARE(mapping.value(QStringLiteral("respondent")).toString(), QStringLiteral("id"));
    QCOMPARE(mapping.value(QStringLiteral("timestamp")).toString(), QStringLiteral("Submitted"));
    QCOMPARE(mapping.value(QStringLiteral("segment")).toString(), QStringLiteral("Class"));
    QCOMPARE(mapping.value(QStringLiteral("not_rated")).toArray(), (QJsonArray{QStringLiteral("0"), QString()}));
    const QJsonObject outcomeColumn = mapping.value(QStringLiteral("outcome")).toObject();
    QCOMPARE(outcomeColumn.value(QStringLiteral("column")).toString(), QStringLiteral("satisfaction"));
    QCOMPARE(outcomeColumn.value(QStringLiteral("metric")).toString(), QStringLiteral("satisfied"));
    QCOMPARE(outcomeColumn.value(QStringLiteral("values")).toObject().value(QStringLiteral("neutral or dissatisfied")).toDouble(), 0.0);
    const QJsonObject columns = mapping.value(QStringLiteral("columns")).toObject();
    QCOMPARE(columns.keys(), strings({"Inflight wifi service", "Online boarding", "Seat comfort"}));
    QCOMPARE(columns.value(QStringLiteral("Seat comfort")).toObject().value(QStringLiteral("touchpoint")).toString(),
             QStringLiteral("Seat comfort"));
    const QJsonObject satisfied = mapping.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("satisfied")).toObject();
    QCOMPARE(satisfied.value(QStringLiteral("max")).toDouble(), 1.0);
    // The mapping's metric is now the document's.
    QCOMPARE(count(*document, "SELECT count(*) FROM metric WHERE name = 'satisfied' AND min = 0 AND max = 1"), 1);
}

void TestImportBatches::storedMappingImportsTheSameAgain()
{
    // What a batch recorded is a mapping file: importing the file again with it (forced) stores
    // the same answers, auto-matches included.
    ImportOptions options;
    options.mapping = readMapping(dataPath(QStringLiteral("qualtrics-mapped/mapping.json")));
    const QString data = dataPath(QStringLiteral("qualtrics-mapped/data.csv"));
    const ImportOutcome first = importInto(m_document, data, options);
    QVERIFY2(first.summary, qPrintable(first.error));
    QString stored;
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        stored = readBatches(document->database()).first().mapping;
    }
    ImportOptions again;
    again.force = true;
    again.mapping = ImportMapping::fromJson(stored.toUtf8(), QStringLiteral("stored"));
    again.mapping->autoMatch = false;
    const ImportOutcome second = importInto(m_document, data, again);
    QVERIFY2(second.summary, qPrintable(second.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(dumpAnswers(*document, 2), dumpAnswers(*document, 1));
    QCOMPARE(dumpAnswers(*document, 1).size(), 20);
}

void TestImportBatches::removeBatchRemovesExactlyThatBatch()
{
    // Batch 1: four respondents, three segments. Batch 2: one more respondent in "SIM only".
    // Batch 3: figures for "Business".
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("errors/good.csv"))).summary);
    const QString figures = m_dir->filePath(QStringLiteral("figures.csv"));
    QVERIFY(writeFile(figures, "touchpoint,metric,period,segment,n,mean\nSupport chat,ces,2026-04,Business,80,5.5\n"));
    QVERIFY(importInto(m_document, figures).summary);
    QStringList second;
    QStringList third;
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        second = dumpAnswers(*document, 2);
        third = dumpAggregates(*document, 3);
        QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 5);
        QCOMPARE(count(*document, "SELECT count(*) FROM segment"), 3);
    }

    QCOMPARE(removed(m_document, 1), 11);
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        QCOMPARE(readBatches(document->database()).size(), 2);
        QCOMPARE(count(*document, "SELECT count(*) FROM measurement WHERE batch_id = 1"), 0);
        QCOMPARE(dumpAnswers(*document, 2), second);
        QCOMPARE(dumpAggregates(*document, 3), third);
        // R1001–R1004 went with their batch; R9 stays. "Handset bundle" was only batch 1's;
        // "SIM only" is batch 2's too and "Business" batch 3's.
        QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 1);
        SqliteStatement names(document->database(), "SELECT name FROM segment ORDER BY name");
        QStringList segments;
        while (names.step())
            segments << names.columnText(0);
        QCOMPARE(segments, strings({"Business", "SIM only"}));
    }

    QCOMPARE(removed(m_document, 3), 1);
    QCOMPARE(removed(m_document, 2), 1);
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement"), 0);
    QCOMPARE(count(*document, "SELECT count(*) FROM aggregate"), 0);
    QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 0);
    QCOMPARE(count(*document, "SELECT count(*) FROM segment"), 0);
    QCOMPARE(count(*document, "SELECT count(*) FROM batch"), 0);
    // Removed means the same file may come in again without --force.
    document.reset();
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
}

void TestImportBatches::removeUnknownBatch()
{
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
    const QByteArray before = fileBytes(m_document);
    QCOMPARE(removeError(m_document, 7), m_document + QStringLiteral(": there is no batch 7 (cxmap info lists them)"));
    QCOMPARE(fileBytes(m_document), before);
}

void TestImportBatches::bulkImportAndRemovalKeepTheSchema_data()
{
    QTest::addColumn<bool>("fractions");
    QTest::newRow("whole ratings") << false;
    QTest::newRow("fractional values") << true;
}

void TestImportBatches::bulkImportAndRemovalKeepTheSchema()
{
    // 30,000 answers against 11 already there: the import keeps its sorted runs and, before its
    // commit, empties the table and writes them merged with the stored answers; the removal
    // deletes a batch from the middle of every key range. The document must come out with
    // exactly the schema it had (opening it verifies that) and every answer.
    QFETCH(bool, fractions);
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
    QStringList schema;
    QStringList first;
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        schema = schemaSql(*document);
        first = dumpAnswers(*document, 1);
    }
    const Generated generated = generate(30000, fractions);
    const QString data = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(data, generated.csv));
    const ImportOutcome outcome = importInto(m_document, data);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->answers, 30000);
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        QCOMPARE(schemaSql(*document), schema);
        QCOMPARE(count(*document, "PRAGMA foreign_keys"), 1);
        const QStringList answers = dumpAnswers(*document, 2);
        const QStringList expected = resolved(generated.expected, *document);
        QVERIFY2(answers == expected, qPrintable(QStringLiteral("\n") + difference(answers, expected).left(2000)));
        QCOMPARE(dumpAnswers(*document, 1), first);
        QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 4 + 6000);
        SqliteStatement check(document->database(), "PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
    }

    QCOMPARE(removed(m_document, 2), 30000);
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(schemaSql(*document), schema);
    QCOMPARE(dumpAnswers(*document, 1), first);
    QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 4);
    SqliteStatement check(document->database(), "PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));
}

void TestImportBatches::smallImportIntoALargeDocumentKeepsEveryAnswer()
{
    const Generated generated = generate(30000, false);
    const QString data = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(data, generated.csv));
    QVERIFY(importInto(m_document, data).summary);
    const ImportOutcome small = importInto(m_document, dataPath(QStringLiteral("long/data.csv")));
    QVERIFY2(small.summary, qPrintable(small.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(dumpAnswers(*document, 2),
             expectedLines(dataPath(QStringLiteral("long/answers.txt")), *document, false));
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement"), 30011);
}

void TestImportBatches::writerRunsAndSortPaths_data()
{
    QTest::addColumn<int>("runLength");
    QTest::addColumn<bool>("fractions");
    // 0: each run goes in as it fills; else the runs are kept for the end, this many at most.
    QTest::addColumn<int>("keptRows");
    QTest::addColumn<bool>("storedAnswers");
    QTest::newRow("one run, packed sort") << 100000 << false << 0 << false;
    QTest::newRow("runs of 1000, packed sort") << 1000 << false << 0 << true;
    QTest::newRow("runs of 3, packed sort") << 3 << false << 0 << false;
    QTest::newRow("runs of 777, compared sort") << 777 << true << 0 << true;
    QTest::newRow("kept runs of 1000, into an empty table") << 1000 << false << 100000 << false;
    QTest::newRow("kept runs of 3, merged with stored answers") << 3 << false << 100000 << true;
    QTest::newRow("kept runs of 777, compared, merged, written every 2000") << 777 << true << 2000 << true;
}

void TestImportBatches::writerRunsAndSortPaths()
{
    // The writer buffers answers and writes them a sorted run at a time, or keeps the runs and
    // writes them merged (with the answers stored before, into an emptied table). However the
    // runs fall, whichever way a run is sorted and merged, what is stored is what was given,
    // and the answers stored before stay as they were.
    QFETCH(int, runLength);
    QFETCH(bool, fractions);
    QFETCH(int, keptRows);
    QFETCH(bool, storedAnswers);
    const Generated generated = generate(4000, fractions);
    QStringList stored;
    if (storedAnswers) {
        QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        stored = dumpAnswers(*document, 1);
        QCOMPARE(stored.size(), 11);
    }
    const qint64 batchId = storedAnswers ? 2 : 1;
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadWrite);
    SqliteDatabase &db = document->database();
    const Journey journey = document->readJourney();
    {
        SqliteTransaction transaction(db);
        Batch batch;
        batch.fileName = QStringLiteral("generated");
        batch.format = QStringLiteral("long");
        MeasurementWriter writer(db, batch);
        writer.setRunLength(runLength);
        if (keptRows > 0) {
            writer.setKeptLimit(keptRows);
            writer.expectAnswers(MeasurementWriter::CollectFrom);
        }
        for (const QByteArray &line : generated.csv.split('\n').mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split(',');
            MeasurementRecord record;
            record.respondent = QString::fromUtf8(cells[0]);
            record.timestamp = QDateTime::fromString(QString::fromUtf8(cells[1]) + QStringLiteral("T00:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
            record.segment = QString::fromUtf8(cells[2]);
            record.touchpoint = journey.findTouchpointByName(QString::fromUtf8(cells[3]))->id;
            record.metric = QString::fromUtf8(cells[4]);
            record.value = cells[5].toDouble();
            writer.add(record);
        }
        QCOMPARE(writer.written(), 4000);
        writer.finish(4000, {});
        transaction.commit();
    }
    const QStringList answers = dumpAnswers(*document, batchId);
    const QStringList expected = resolved(generated.expected, *document);
    QVERIFY2(answers == expected, qPrintable(QStringLiteral("\n") + difference(answers, expected).left(2000)));
    if (storedAnswers)
        QCOMPARE(dumpAnswers(*document, 1), stored);
    // Each answer's position is its place in the batch.
    QCOMPARE(count(*document, qPrintable(QStringLiteral("SELECT count(DISTINCT position) FROM measurement WHERE batch_id = %1"
                                             " AND position BETWEEN 0 AND 3999").arg(batchId))),
             4000);
    SqliteStatement check(db, "PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.columnText(0), QStringLiteral("ok"));
}

void TestImportBatches::answersEditedByHandStayAsTheyAre()
{
    // A large import writes the stored answers again, merged with its own, unless one of them
    // holds what no import stores: then they stay where they are, exactly as they were.
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
    cxmap::test::runSqlite(m_document, "UPDATE measurement SET month = 24300.5 WHERE position = 0;"
                          " UPDATE measurement SET value = 'four' WHERE position = 1;");
    const char *const storedRows = "SELECT position, typeof(month), month, typeof(value), value FROM measurement"
                                   " WHERE batch_id = 1 ORDER BY position";
    QStringList before;
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        SqliteStatement query(document->database(), storedRows);
        while (query.step())
            before << QStringLiteral("%1|%2|%3|%4|%5").arg(query.columnInt(0)).arg(query.columnText(1), query.columnText(2),
                                                                           query.columnText(3), query.columnText(4));
    }
    QVERIFY2(before.join(QLatin1Char(' ')).contains(QLatin1String("real|24300.5")), qPrintable(before.join(QLatin1Char(' '))));
    QVERIFY2(before.join(QLatin1Char(' ')).contains(QLatin1String("text|four")), qPrintable(before.join(QLatin1Char(' '))));

    const Generated generated = generate(30000, false);
    const QString data = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(data, generated.csv));
    const ImportOutcome outcome = importInto(m_document, data);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    SqliteStatement query(document->database(), storedRows);
    QStringList after;
    while (query.step())
        after << QStringLiteral("%1|%2|%3|%4|%5").arg(query.columnInt(0)).arg(query.columnText(1), query.columnText(2),
                                                                      query.columnText(3), query.columnText(4));
    QCOMPARE(after, before);
    QCOMPARE(dumpAnswers(*document, 2), resolved(generated.expected, *document));
}

QTEST_GUILESS_MAIN(TestImportBatches)
#include "tst_importbatches.moc"
