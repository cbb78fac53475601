// Real exports are messy (DESIGN §5): the same three survey answers, written the ways spreadsheets
// and survey tools write them (tests/data/import/messy/), must import to the same eleven stored
// answers, through the whole import: detection, header, columns, values, dates.
#include "importtestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

class TestImportMessy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messyFiles_data();
    void messyFiles();
};

void TestImportMessy::messyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("unmatched");

    const QString wide = QStringLiteral("wide");
    QTest::newRow("plain: comma, LF") << QStringLiteral("comma-lf.csv") << wide << QStringList();
    QTest::newRow("title line above the header") << QStringLiteral("title-line.csv") << wide << QStringList();
    QTest::newRow("blank first header cell") << QStringLiteral("blank-first-header-cell.csv") << wide
                                             << strings({"(column 1)"});
    QTest::newRow("CRLF") << QStringLiteral("crlf.csv") << wide << QStringList();
    QTest::newRow("; with decimal commas") << QStringLiteral("semicolon-decimal-comma.csv") << wide << QStringList();
    QTest::newRow("tab-delimited") << QStringLiteral("tab-delimited.csv") << wide << QStringList();
    QTest::newRow("tab-delimited with decimal commas") << QStringLiteral("tab-decimal-comma.csv") << wide
                                                       << QStringList();
    QTest::newRow("space-padded cells") << QStringLiteral("space-padded.csv") << wide << QStringList();
    QTest::newRow("UTF-8 BOM") << QStringLiteral("bom.csv") << wide << QStringList();
    QTest::newRow("no final newline") << QStringLiteral("no-final-newline.csv") << wide << QStringList();
    QTest::newRow("quoted fields: delimiter, doubled quotes, line break")
        << QStringLiteral("quoted-fields.csv") << wide << strings({"comment"});
    QTest::newRow("European Excel: BOM, title with ;, ;, decimal commas, CRLF, padding, no final newline")
        << QStringLiteral("european-excel.csv") << wide << QStringList();
    QTest::newRow("long format, European: BOM, ;, decimal commas, CRLF, no final newline")
        << QStringLiteral("long-european.csv") << QStringLiteral("long") << QStringList();
}

void TestImportMessy::messyFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QStringList, unmatched);

    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("map.cxmap"));
    createDocument(document);
    const ImportOutcome outcome = importInto(document, dataPath(QStringLiteral("messy/") + file));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(formatName(outcome.summary->format), format);
    QCOMPARE(outcome.summary->rowsRead, format == QLatin1String("long") ? 12 : 3);
    QCOMPARE(outcome.summary->skipped, (QMap<QString, qint64>{{QStringLiteral("no answer"), 1}}));
    QCOMPARE(outcome.summary->unmatchedColumns, unmatched);

    auto opened = DocumentFile::open(document, DocumentFile::Access::ReadOnly);
    const QStringList answers = dumpAnswers(*opened, outcome.summary->batch.value());
    const QStringList expected = expectedLines(dataPath(QStringLiteral("messy/answers.txt")), *opened, false);
    QVERIFY2(answers == expected, qPrintable(QStringLiteral("\n") + difference(answers, expected)));
    QCOMPARE(count(*opened, "SELECT count(*) FROM respondent"), 3);
    QCOMPARE(count(*opened, "SELECT count(*) FROM segment"), 3);
}

QTEST_GUILESS_MAIN(TestImportMessy)
#include "tst_importmessy.moc"
