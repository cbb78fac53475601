// Excel workbooks (issue 12, point 8): a .xlsx imports as a CSV does, every format detected the
// same way. The fixtures (tests/data/import/xlsx/, made by make-fixtures.py) are written as
// Qualtrics, SurveyMonkey and Excel write them: shared strings (rich text runs, a phonetic
// guide), inline strings, numbers with float noise, dates as serials in the 1900 and 1904
// systems, empty cells left out, styled empty cells, rows skipped. A zip bomb, a zip that is
// no workbook and a sheet past the limits are refused in one line, the document unchanged.
#include "import/xlsxreader.h"
#include "importtestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

class TestImportXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void workbooks_data();
    void workbooks();
    void sheetsByName();
    void cellsAsExcelShowsThem();
    void refused_data();
    void refused();
    void workbookByItsBytesNotItsName();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
};

namespace {

// "touchpoint|metric|kind|value|segment|time" of every answer of a batch, sorted.
QStringList answersOf(const QString &document, qint64 batch)
{
    auto file = DocumentFile::open(document, DocumentFile::Access::ReadOnly);
    QStringList lines;
    for (const QString &line : dumpAnswers(*file, batch))
        lines << line.section(QLatin1Char('|'), 0, 5);
    return lines;
}

} // namespace

void TestImportXlsx::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = m_dir->filePath(QStringLiteral("map.cxmap"));
    createDocument(m_document);
}

void TestImportXlsx::workbooks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sheetName"); // as the summary names it
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QStringList>("secrets");

    // Qualtrics: three header rows, text answers, EndDate in the export's zone (America/Denver:
    // MST in February, MDT from 8 March 2026), "0 - Not at all likely".
    QTest::newRow("Qualtrics") << QStringLiteral("qualtrics.xlsx") << QString() << QStringLiteral("qualtrics")
                               << QStringLiteral("Sheet0")
                               << strings({"(journey)|nps|experience|0||2026-03-03T15:05:40Z",
                                           "(journey)|nps|experience|10||2026-03-09T18:04:00Z",
                                           "(journey)|nps|experience|9||2026-03-01T01:30:00Z",
                                           "Online checkout|csat|experience|2||2026-03-03T15:05:40Z",
                                           "Online checkout|csat|experience|3||2026-03-09T18:04:00Z",
                                           "Online checkout|csat|experience|5||2026-03-01T01:30:00Z",
                                           "Welcome email|csat|experience|4||2026-03-01T01:30:00Z",
                                           "Welcome email|csat|experience|5||2026-03-09T18:04:00Z"})
                               << strings({"anna.smith@example.com", "203.0.113.5"});
    // SurveyMonkey: two header rows, respondent IDs and dates as numbers (dates styled, 1900
    // system), a rich-text answer, row 4 missing, styled empty cells at the end of row 6.
    QTest::newRow("SurveyMonkey") << QStringLiteral("surveymonkey.xlsx") << QString() << QStringLiteral("surveymonkey")
                                  << QStringLiteral("Sheet")
                                  << strings({"(journey)|nps|experience|10||2026-03-31T00:03:10Z",
                                              "(journey)|nps|experience|3||2026-03-12T21:05:55Z",
                                              "(journey)|nps|experience|9||2026-03-11T10:15:02Z",
                                              "Online checkout|csat|experience|2||2026-03-12T21:05:55Z",
                                              "Online checkout|csat|experience|5||2026-03-11T10:15:02Z",
                                              "Online checkout|csat|experience|5||2026-03-31T00:03:10Z",
                                              "SIM activation|csat|experience|3||2026-03-12T21:05:55Z",
                                              "SIM activation|csat|experience|4||2026-03-31T00:03:10Z",
                                              "Support chat|csat|experience|1||2026-03-11T10:15:02Z",
                                              "Support chat|csat|experience|4||2026-03-31T00:03:10Z",
                                              "Welcome email|csat|experience|4||2026-03-11T10:15:02Z",
                                              "Welcome email|csat|experience|5||2026-03-31T00:03:10Z"})
                                  << strings({"jo.bloggs@example.com", "198.51.100.23"});
    // Long format on the second sheet of a Mac workbook: 1904 dates, inline strings, a value
    // computed as 3.0000000000000004 (Excel shows 3), an empty touchpoint for the outcome.
    QTest::newRow("long, 1904 dates, --sheet") << QStringLiteral("long-1904.xlsx") << QStringLiteral("answers")
                                               << QStringLiteral("long") << QStringLiteral("Answers")
                                               << strings({"(journey)|nps|experience|10|Business|2026-03-04T00:00:00Z",
                                                           "Online checkout|csat|expectation|5|Business|2026-03-03T00:00:00Z",
                                                           "Online checkout|csat|experience|3|Business|2026-03-01T00:00:00Z",
                                                           "Online checkout|csat|experience|4|SIM only|2026-02-27T00:00:00Z",
                                                           "Support chat|ces|experience|6|Business|2026-03-02T00:00:00Z",
                                                           "Welcome email|csat|experience|5|SIM only|2026-02-28T00:00:00Z"})
                                               << QStringList();
}

void TestImportXlsx::workbooks()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, format);
    QFETCH(QString, sheetName);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, secrets);
    ImportOptions options;
    options.sheet = sheet;
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("xlsx/") + file), options);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(formatName(outcome.summary->format), format);
    QCOMPARE(outcome.summary->encoding, QStringLiteral("Excel workbook, sheet \"%1\"").arg(sheetName));
    const QStringList got = answersOf(m_document, outcome.summary->batch.value());
    QVERIFY2(got == answers, qPrintable(QStringLiteral("\n") + difference(got, answers)));
    // The batch is recognised by the workbook's bytes, as a CSV file's.
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    SqliteStatement sha(document->database(), "SELECT sha256 FROM batch");
    QVERIFY(sha.step());
    QCOMPARE(sha.columnText(0), QString::fromLatin1(QCryptographicHash::hash(fileBytes(dataPath(QStringLiteral("xlsx/") + file)),
                                                                             QCryptographicHash::Sha256)
                                                        .toHex()));
    document.reset();
    const QByteArray bytes = fileBytes(m_document);
    for (const QString &secret : secrets)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    QCOMPARE(importInto(m_document, dataPath(QStringLiteral("xlsx/") + file), options).error.contains(QStringLiteral("imported before")),
             true);
}

void TestImportXlsx::sheetsByName()
{
    const QString workbook = dataPath(QStringLiteral("xlsx/long-1904.xlsx"));
    XlsxReader reader(workbook, workbook);
    QCOMPARE(reader.sheetNames(), strings({"Notes", "Answers"}));
    QCOMPARE(reader.sheetName(), QStringLiteral("Notes"));
    // A sheet that is not there is named with those that are.
    ImportOptions options;
    options.sheet = QStringLiteral("Responses");
    QCOMPARE(importInto(m_document, workbook, options).error,
             workbook + QStringLiteral(": the workbook has no sheet \"Responses\" (its sheets: Notes, Answers)"));
    // A sheet asked of a CSV file.
    QCOMPARE(importInto(m_document, dataPath(QStringLiteral("long/data.csv")), options).error,
             dataPath(QStringLiteral("long/data.csv"))
                 + QStringLiteral(": a sheet (\"Responses\") was asked for, but this is a CSV file, not an Excel workbook"));
}

void TestImportXlsx::cellsAsExcelShowsThem()
{
    // Row by row as a record source: the line is the sheet's row number (row 4 is missing),
    // numbers and dates as text, trailing styled blanks left out, rich text joined.
    const QString workbook = dataPath(QStringLiteral("xlsx/surveymonkey.xlsx"));
    XlsxReader reader(workbook, workbook);
    CsvRecord record;
    QList<qint64> lines;
    QList<QStringList> rows;
    while (reader.next(record)) {
        lines << record.line();
        rows << record.texts();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(lines, (QList<qint64>{1, 2, 3, 5, 6}));
    QCOMPARE(rows.at(1).value(0), QString());
    QCOMPARE(rows.at(2).mid(0, 4), strings({"114211239876", "431234567", "2026-03-11T10:12:43", "2026-03-11T10:15:02"}));
    QCOMPARE(rows.at(4).size(), 12);
    QCOMPARE(rows.at(4).value(6), QStringLiteral("Very satisfied"));
    QCOMPARE(reader.bytesRead(), QFileInfo(workbook).size());

    const QString mac = dataPath(QStringLiteral("xlsx/long-1904.xlsx"));
    XlsxReader answers(mac, mac, QStringLiteral("Answers"));
    QVERIFY(answers.next(record));
    QVERIFY(answers.next(record));
    QCOMPARE(record.texts(), strings({"R1", "2026-02-27", "SIM only", "Online checkout", "csat", "4"}));
}

void TestImportXlsx::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // %DATA%: the path; a prefix of the message
    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx")
                              << QStringLiteral("%DATA%: refused: its part xl/worksheets/sheet1.xml would expand ");
    QTest::newRow("a zip that is no workbook")
        << QStringLiteral("not-a-workbook.xlsx")
        << QStringLiteral("%DATA%: not a readable Excel workbook: it has no workbook part (is it a Word or PowerPoint file?)");
    QTest::newRow("more than 16,384 columns") << QStringLiteral("too-wide.xlsx")
                                              << QStringLiteral("%DATA%:2:16385: more than 16384 columns");
    QTest::newRow("a cell past the limit") << QStringLiteral("long-cell.xlsx")
                                           << QStringLiteral("%DATA%:2:3: the cell is longer than 131072 bytes");
    QTest::newRow("the first sheet is notes") << QStringLiteral("long-1904.xlsx")
                                              << QStringLiteral("%DATA%:1: no header row found");
}

void TestImportXlsx::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QByteArray before = fileBytes(m_document);
    const QString path = dataPath(QStringLiteral("xlsx/") + file);
    const ImportOutcome outcome = importInto(m_document, path);
    QVERIFY(!outcome.summary);
    message.replace(QStringLiteral("%DATA%"), path);
    QVERIFY2(outcome.error.startsWith(message), qPrintable(outcome.error));
    QVERIFY(!outcome.error.contains(QLatin1Char('\n')));
    if (file == QLatin1String("bomb.xlsx"))
        QVERIFY2(outcome.error.contains(QStringLiteral("as zip bombs do")), qPrintable(outcome.error));
    QVERIFY(fileBytes(m_document) == before);
}

void TestImportXlsx::workbookByItsBytesNotItsName()
{
    // A workbook saved as .csv, and a CSV file called .xlsx: each read as what it is.
    const QString workbook = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("xlsx/qualtrics.xlsx")), workbook));
    const ImportOutcome first = importInto(m_document, workbook);
    QVERIFY2(first.summary, qPrintable(first.error));
    QCOMPARE(first.summary->format, ImportFormat::Qualtrics);
    const QString csv = m_dir->filePath(QStringLiteral("answers.xlsx"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("long/data.csv")), csv));
    const ImportOutcome second = importInto(m_document, csv);
    QVERIFY2(second.summary, qPrintable(second.error));
    QCOMPARE(second.summary->encoding, QStringLiteral("UTF-8"));
}

QTEST_GUILESS_MAIN(TestImportXlsx)
#include "tst_importxlsx.moc"
