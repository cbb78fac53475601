// Every way an import can fail (issue 3, "Validation"; DESIGN §5): one line that names the file,
// the line and the column (the field, counted from 1 as a spreadsheet does) and says what is
// wrong; and the document byte for byte as it was. The document already holds a batch, so
// "unchanged" covers answers that were there before.
#include "importtestsupport.h"
#include "store/datatables.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

// A long file big enough for the bulk path (indexes dropped and rebuilt inside the
// transaction), with `bad` as the value of its last row.
QByteArray bigLongFile(int rows, const QByteArray &bad)
{
    QByteArray data = "respondent,timestamp,segment,touchpoint,metric,value\n";
    const char *touchpoints[] = {"Compare plans", "Online checkout", "Welcome email", "SIM activation", "Support chat"};
    for (int i = 0; i < rows; ++i) {
        data += "R" + QByteArray::number(i / 5) + ",2026-0" + QByteArray::number(1 + i % 9) + "-1" +
                QByteArray::number(i % 10) + ",SIM only," + touchpoints[i % 5] + ",csat," +
                (i + 1 == rows ? bad : QByteArray::number(1 + i % 5)) + "\n";
    }
    return data;
}

} // namespace

class TestImportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void errors_data();
    void errors();
    void mappingFileErrors_data();
    void mappingFileErrors();
    void reimportIsRefusedUnlessForced();
    void cancelFromTheProgressCallback_data();
    void cancelFromTheProgressCallback();
    void readOnlyDocument();
    void dryRunChecksEverythingAndWritesNothing();
    void errorAfterTheBulkPathChangedTheIndexes();

private:
    void verifyUnchanged();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
    QByteArray m_before;
};

void TestImportErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = m_dir->filePath(QStringLiteral("map.cxmap"));
    createDocument(m_document);
    const ImportOutcome first = importInto(m_document, dataPath(QStringLiteral("long/data.csv")));
    QVERIFY2(first.summary, qPrintable(first.error));
    m_before = fileBytes(m_document);
    QVERIFY(!m_before.isEmpty());
}

void TestImportErrors::verifyUnchanged()
{
    QVERIFY2(fileBytes(m_document) == m_before, "the document changed");
    QVERIFY(!QFile::exists(m_document + QStringLiteral("-journal")));
    // And it still opens as a valid document with its one batch.
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(readBatches(document->database()).size(), 1);
}

void TestImportErrors::errors_data()
{
    QTest::addColumn<QString>("data");    // in tests/data/import/errors/, or wide-airline/data.csv
    QTest::addColumn<QString>("mapping"); // in tests/data/import/errors/; empty: none
    QTest::addColumn<QString>("format");  // --format; empty: detected
    QTest::addColumn<QString>("message"); // %DATA%, %MAP%: the paths as given

    const QString airline = QStringLiteral("../wide-airline/data.csv");
    const auto row = [](const char *name, const char *data, const char *mapping, const char *format, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(data) << QString::fromUtf8(mapping) << QString::fromUtf8(format)
                            << QString::fromUtf8(message);
    };
    row("value outside its scale", "value-off-scale.csv", "", "",
        "%DATA%:3:6: 7 is outside the csat scale (1 to 5) (column \"value\")");
    row("0 on a 1-5 scale, not declared \"not rated\"", "zero-on-a-one-to-five-scale.csv", "", "",
        "%DATA%:3:3: 0 is outside the csat scale (1 to 5); if 0 means not rated, add \"not_rated\": [\"0\"] "
        "to a mapping file (column \"Online checkout\")");
    row("unknown touchpoint", "unknown-touchpoint.csv", "", "",
        "%DATA%:4:4: unknown touchpoint \"Teleporter\": it is not on the map (column \"touchpoint\")");
    row("unknown metric", "unknown-metric.csv", "", "",
        "%DATA%:2:5: unknown metric \"happiness\" (define it under \"metrics\" in a mapping file) (column \"metric\")");
    row("unparseable date", "unparseable-date.csv", "", "",
        "%DATA%:3:2: \"31/02/2026\" is not a date cxmap can read (use 2026-03-14 or 2026-03-14T09:30:00Z; for "
        "day/month/year set \"date_format\": \"dd/mm/yyyy\" in a mapping file) (column \"timestamp\")");
    row("ragged row: a field missing", "ragged-row-short.csv", "", "",
        "%DATA%:5:7: ragged row: 6 fields where the header has 7 (column \"kind\")");
    row("ragged row: a field too many", "ragged-row-long.csv", "", "",
        "%DATA%:3:8: ragged row: 8 fields where the header has 7");
    row("missing required column", "missing-column.csv", "", "long",
        "%DATA%:1: missing column value; the long format needs respondent, timestamp, segment, touchpoint, "
        "metric, value[, kind]");
    row("broken CSV: a quote left open", "open-quote.csv", "", "", "%DATA%:3:4: quoted field is not closed");
    row("UTF-32 file", "../encodings/utf32.csv", "", "",
        "%DATA%:1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16");
    // Not UTF-8, so Windows-1252 (Excel on Windows): "Café corner" is read, and is no touchpoint.
    row("Windows-1252 text is read as such", "invalid-utf8.csv", "", "",
        "%DATA%:3:4: unknown touchpoint \"Café corner\": it is not on the map (column \"touchpoint\")");
    row("UTF-8, then a byte that is not", "../encodings/mixed.csv", "", "",
        "%DATA%:3:2: not valid UTF-8, though the text before it is; save the whole file as UTF-8");
    row("NUL byte", "nul-byte.csv", "", "",
        "%DATA%:2:4: NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8");
    row("text that is not a number", "not-a-number.csv", "", "",
        "%DATA%:3:3: \"great\" is not a number; say what it means under \"values\" in a mapping file "
        "(column \"Online checkout\")");
    row("unknown kind", "unknown-kind.csv", "", "",
        "%DATA%:2:7: kind must be \"experience\" or \"expectation\", not \"expected\" (column \"kind\")");
    row("no data rows", "header-only.csv", "", "", "%DATA%:1: there are no data rows below the header");
    row("empty file", "empty.csv", "", "", "%DATA%: the file is empty");
    // Found by fuzz_surveyheader: the header claimed a second row the file does not have, and
    // the message said line 0.
    row("SurveyMonkey export cut after its first header row", "surveymonkey-one-header-row.csv", "", "",
        "%DATA%:1: no column matches a touchpoint on the map; name them in a mapping file (\"columns\")");
    row("no column matches a touchpoint", "no-matching-column.csv", "", "",
        "%DATA%:1: no column matches a touchpoint on the map; name them in a mapping file (\"columns\")");
    row("mapping names a column the file lacks", airline.toUtf8().constData(), "missing-mapped-column.json", "",
        "%MAP%:4:3: the mapping's timestamp column \"Submitted at\" is not in %DATA% (its header, line 1, has "
        "(column 1), id, Gender, Customer Type, Age, Type of Travel, Class, Flight Distance, Submitted, "
        "Inflight wifi service, Online boarding, Seat comfort, …)");
    row("mapping names a touchpoint the map lacks", airline.toUtf8().constData(), "missing-touchpoint.json", "",
        "%MAP%:6:5: the mapping rates column \"Inflight wifi service\" as touchpoint \"Inflight wi-fi\", which "
        "is not on the map");
    row("mapping uses a metric it does not define", airline.toUtf8().constData(), "undefined-metric.json", "",
        "%MAP%:5:3: the outcome: unknown metric \"satisfied\" (known: csat, ces, nps, emotion, effectiveness, "
        "ease, emotion_cxi; define others under \"metrics\")");
    row("mapping makes personal data the respondent", "../surveymonkey/data.csv", "personal-respondent.json", "",
        "%MAP%:3:3: column \"Email Address\" holds personal data and is never imported (not even as the "
        "respondent)");
}

void TestImportErrors::errors()
{
    QFETCH(QString, data);
    QFETCH(QString, mapping);
    QFETCH(QString, format);
    QFETCH(QString, message);

    const QString dataFile = dataPath(QStringLiteral("errors/") + data);
    ImportOptions options;
    if (!format.isEmpty())
        options.format = formatFromName(format);
    QString mappingFile;
    if (!mapping.isEmpty()) {
        mappingFile = dataPath(QStringLiteral("errors/") + mapping);
        options.mapping = readMapping(mappingFile);
        QVERIFY(options.mapping);
    }
    const ImportOutcome outcome = importInto(m_document, dataFile, options);
    QVERIFY2(!outcome.summary, "the import succeeded");
    message.replace(QStringLiteral("%DATA%"), dataFile).replace(QStringLiteral("%MAP%"), mappingFile);
    QCOMPARE(outcome.error, message);
    QVERIFY(!outcome.error.contains(QLatin1Char('\n')));
    verifyUnchanged();
}

void TestImportErrors::mappingFileErrors_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid JSON") << QStringLiteral("invalid.json")
                                  << QStringLiteral("%MAP%:4:4: not valid JSON (unterminated object)");
    QTest::newRow("a list that is not one") << QStringLiteral("wrong-type.json")
                                            << QStringLiteral("%MAP%:3:3: \"not_rated\" must be a list, like [\"0\", \"\"]");
}

void TestImportErrors::mappingFileErrors()
{
    QFETCH(QString, mapping);
    QFETCH(QString, message);
    const QString path = dataPath(QStringLiteral("errors/") + mapping);
    QString error;
    try {
        ImportMapping::fromJson(fileBytes(path), path);
    } catch (const DocumentError &failure) {
        error = failure.message();
    }
    QCOMPARE(error, message.replace(QStringLiteral("%MAP%"), path));
}

void TestImportErrors::reimportIsRefusedUnlessForced()
{
    const QString data = dataPath(QStringLiteral("long/data.csv"));
    QString importedOn;
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        importedOn = readBatches(document->database()).constFirst().importedAt.left(10);
    }
    const ImportOutcome again = importInto(m_document, data);
    QCOMPARE(again.error, QStringLiteral("%1: this file was imported before, as batch 1 on %2; use --force to "
                                         "import it again")
                              .arg(data, importedOn));
    verifyUnchanged();

    // The same bytes under another name are the same file.
    const QString renamed = m_dir->filePath(QStringLiteral("renamed.csv"));
    QVERIFY(QFile::copy(data, renamed));
    QVERIFY(importInto(m_document, renamed).error.contains(QStringLiteral("was imported before, as batch 1")));
    verifyUnchanged();

    ImportOptions force;
    force.force = true;
    const ImportOutcome forced = importInto(m_document, data, force);
    QVERIFY2(forced.summary, qPrintable(forced.error));
    QCOMPARE(forced.summary->batch.value(), 2);
    QCOMPARE(forced.summary->answers, 11);
}

void TestImportErrors::cancelFromTheProgressCallback_data()
{
    QTest::addColumn<qint64>("cancelAfter"); // bytes read when the callback says stop
    QTest::newRow("at the start") << qint64(0);
    QTest::newRow("half-way") << qint64(1);
    QTest::newRow("at the end, before the commit") << std::numeric_limits<qint64>::max();
}

void TestImportErrors::cancelFromTheProgressCallback()
{
    QFETCH(qint64, cancelAfter);
    const QString data = m_dir->filePath(QStringLiteral("answers.csv"));
    QVERIFY(writeFile(data, bigLongFile(30000, "3")));
    const qint64 size = QFileInfo(data).size();
    QList<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        calls.append({done, total});
        if (cancelAfter == std::numeric_limits<qint64>::max())
            return done < total;
        return done < cancelAfter;
    };
    const ImportOutcome outcome = importInto(m_document, data, options);
    QCOMPARE(outcome.error, data + QStringLiteral(": import cancelled; nothing was imported"));
    QVERIFY(!calls.isEmpty());
    for (const auto &[done, total] : std::as_const(calls)) {
        QCOMPARE(total, size);
        QVERIFY(done >= 0 && done <= total);
    }
    if (cancelAfter == 1)
        QVERIFY2(calls.size() == 2 && calls.last().first > 0 && calls.last().first < size, "cancelled mid-import");
    verifyUnchanged();
}

void TestImportErrors::readOnlyDocument()
{
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("errors/good.csv")), {},
                                             DocumentFile::Access::ReadOnly);
    QCOMPARE(outcome.error, m_document + QStringLiteral(": cannot import into it: it was opened read-only"));
    verifyUnchanged();

    // The batch removal, too.
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QString error;
    try {
        removeBatch(*document, BatchId(1));
    } catch (const DocumentError &failure) {
        error = failure.message();
    }
    QCOMPARE(error, m_document + QStringLiteral(": cannot remove a batch: it was opened read-only"));
    document.reset();
    verifyUnchanged();
}

void TestImportErrors::dryRunChecksEverythingAndWritesNothing()
{
    // The wizard's validation step: the same summary as the import, and the document untouched.
    ImportOptions dry;
    dry.dryRun = true;
    dry.mapping = readMapping(dataPath(QStringLiteral("wide-airline/mapping.json")));
    const QString data = dataPath(QStringLiteral("wide-airline/data.csv"));
    const ImportOutcome checked = importInto(m_document, data, dry);
    QVERIFY2(checked.summary, qPrintable(checked.error));
    verifyUnchanged();
    // A big file takes the bulk path, and still leaves nothing behind.
    const QString big = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(big, bigLongFile(30000, "3")));
    ImportOptions dryBig;
    dryBig.dryRun = true;
    const ImportOutcome bigChecked = importInto(m_document, big, dryBig);
    QVERIFY2(bigChecked.summary, qPrintable(bigChecked.error));
    QCOMPARE(bigChecked.summary->answers, 30000);
    verifyUnchanged();
    // Errors come out as they would.
    QCOMPARE(importInto(m_document, dataPath(QStringLiteral("errors/unknown-metric.csv")), dryBig).error,
             dataPath(QStringLiteral("errors/unknown-metric.csv")) +
                 QStringLiteral(":2:5: unknown metric \"happiness\" (define it under \"metrics\" in a mapping file) (column \"metric\")"));
    verifyUnchanged();

    ImportOptions real = dry;
    real.dryRun = false;
    const ImportOutcome imported = importInto(m_document, data, real);
    QVERIFY2(imported.summary, qPrintable(imported.error));
    QCOMPARE(imported.summary->batch, checked.summary->batch);
    QCOMPARE(imported.summary->answers, checked.summary->answers);
    QCOMPARE(imported.summary->skipped, checked.summary->skipped);
    QCOMPARE(imported.summary->describe().section(QLatin1Char('\n'), 1),
             checked.summary->describe().section(QLatin1Char('\n'), 1));
}

void TestImportErrors::errorAfterTheBulkPathChangedTheIndexes()
{
    // 30,000 rows take the bulk path: the measurement indexes are dropped inside the transaction.
    // A bad value on the last row must bring them back with everything else.
    const QString data = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(data, bigLongFile(30000, "9")));
    const ImportOutcome outcome = importInto(m_document, data);
    QCOMPARE(outcome.error, data + QStringLiteral(":30001:6: 9 is outside the csat scale (1 to 5) (column \"value\")"));
    verifyUnchanged();
}

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
