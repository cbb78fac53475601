// `cxmap import` and `cxmap new --touchpoints` (DESIGN §6), run as a user runs them: the real
// executable on real files, no display. A short summary on stdout on success; otherwise exactly
// one line on stderr, a non-zero exit, and the document as it was.
#include "runcxmap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cxmap::test::CliResult;
using cxmap::test::runCxmap;

namespace {

void verifyOneLineError(const CliResult &result, const QString &expected, int exitCode = 1)
{
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("stderr is not one line: [%1]").arg(result.err)));
    QCOMPARE(result.err, QStringLiteral("cxmap: ") + expected + QLatin1Char('\n'));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
}

QString data(const char *relative)
{
    return QStringLiteral(CXMAP_TEST_DATA "/import/") + QString::fromUtf8(relative);
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject info(const QString &document)
{
    const CliResult result = runCxmap({QStringLiteral("info"), document, QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpNamesTheInventoryOptions();
    void importPrintsTheSummary();
    void importFailuresAreOneLine_data();
    void importFailuresAreOneLine();
    void reimportRefusedThenForced();
    void workbookSheet();
    void hostileFilesAreRefusedInOneLine();
    void removeBatch();
    void newFromAnInventory();
    void newFromABrokenInventory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_demo = m_dir->filePath(QStringLiteral("demo.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("demo"), m_demo}).exitCode, 0);
}

void TestCliImport::helpNamesTheInventoryOptions()
{
    const CliResult help = runCxmap({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"--touchpoints T.csv", "--transitions E.csv", "cxmap import FILE.cxmap --remove BATCH",
                             "--format long|wide|qualtrics|surveymonkey|aggregated", "--mapping MAP.json",
                             "--sheet NAME", "DATA.xlsx"})
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
}

void TestCliImport::importPrintsTheSummary()
{
    // A SurveyMonkey export into the demo: detected, its personal columns left out, the plan
    // question not matched, said in a few lines.
    const CliResult result = runCxmap({QStringLiteral("import"), m_demo, data("surveymonkey/data.csv")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 10);
    QVERIFY2(QRegularExpression(QStringLiteral("^Imported data\\.csv as batch 2 \\(surveymonkey format, UTF-8\\) in \\d+\\.\\d s: "
                                               "4 rows read, 15 answers stored\\.$"))
                 .match(lines.at(0))
                 .hasMatch(),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Skipped cells: 4 no answer, 1 not rated."));
    // The matches by name, one a line, for the user to check.
    QCOMPARE(lines.at(2), QStringLiteral("Matched by name (check them):"));
    QCOMPARE(lines.at(3), QStringLiteral("  How satisfied were you with each step of switching to us? - Online checkout → Online checkout (csat)"));
    QCOMPARE(lines.at(6), QStringLiteral("  How satisfied were you with each step of switching to us? - Support chat → Support chat (csat)"));
    QCOMPARE(lines.at(7), QStringLiteral("Text answers read as: How satisfied were you with each step of switching to us?: "
                                         "satisfaction (SurveyMonkey)."));
    QCOMPARE(lines.at(8), QStringLiteral("Never imported (personal data): IP Address, Email Address, First Name, Last Name."));
    QCOMPARE(lines.at(9), QStringLiteral("Not imported (no touchpoint matches; map them in a mapping file): Which plan did you "
                                         "choose?."));

    const QJsonObject document = info(m_demo);
    const QJsonArray batches = document.value(QStringLiteral("batches")).toArray();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(1).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("data.csv"));
    QCOMPARE(batches.at(1).toObject().value(QStringLiteral("rows")).toInteger(), 15);
}

void TestCliImport::importFailuresAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "import DOCUMENT"
    QTest::addColumn<QString>("message");       // %DATA%, %MAP%: the first path given
    QTest::addColumn<int>("exitCode");

    QTest::newRow("value outside its scale")
        << QStringList{data("errors/value-off-scale.csv")}
        << QStringLiteral("%DATA%:3:6: 7 is outside the csat scale (1 to 5) (column \"value\")") << 1;
    QTest::newRow("unknown touchpoint: the long fixture's are not the demo's")
        << QStringList{data("long/data.csv")}
        << QStringLiteral("%DATA%:2:4: unknown touchpoint \"Compare plans\": it is not on the map (column \"touchpoint\")")
        << 1;
    QTest::newRow("no such data file") << QStringList{QStringLiteral("/nonexistent/nowhere.csv")}
                                       << QStringLiteral("%DATA%: no such file") << 1;
    QTest::newRow("invalid mapping JSON")
        << QStringList{data("wide-airline/data.csv"), QStringLiteral("--mapping"), data("errors/invalid.json")}
        << QStringLiteral("%MAP%:4:4: not valid JSON (unterminated object)") << 1;
    QTest::newRow("unknown format") << QStringList{data("long/data.csv"), QStringLiteral("--format"), QStringLiteral("excel")}
                                    << QStringLiteral("import: unknown format \"excel\" (long, wide, qualtrics, surveymonkey "
                                                      "or aggregated)")
                                    << 2;
    QTest::newRow("a zip bomb") << QStringList{data("xlsx/bomb.xlsx")}
                                << QStringLiteral("%DATA%: refused: its part xl/worksheets/sheet1.xml would expand 1025 times "
                                                  "(to 33 MB), as zip bombs do; real workbooks expand less than 200 times")
                                << 1;
    QTest::newRow("no such sheet")
        << QStringList{data("xlsx/long-1904.xlsx"), QStringLiteral("--sheet"), QStringLiteral("Antworten")}
        << QStringLiteral("%DATA%: the workbook has no sheet \"Antworten\" (its sheets: Notes, Answers)") << 1;
    QTest::newRow("UTF-32") << QStringList{data("encodings/utf32.csv")}
                            << QStringLiteral("%DATA%:1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16")
                            << 1;
    QTest::newRow("no data file") << QStringList{}
                                  << QStringLiteral("import: expected FILE.cxmap DATA.csv; see cxmap --help") << 2;
}

void TestCliImport::importFailuresAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    const QByteArray before = bytes(m_demo);
    const CliResult result = runCxmap(QStringList{QStringLiteral("import"), m_demo} + arguments);
    message.replace(QStringLiteral("%DATA%"), arguments.value(0));
    message.replace(QStringLiteral("%MAP%"), arguments.value(2));
    verifyOneLineError(result, message, exitCode);
    QVERIFY(bytes(m_demo) == before);
}

void TestCliImport::reimportRefusedThenForced()
{
    const QString file = data("qualtrics/data.csv");
    QCOMPARE(runCxmap({QStringLiteral("import"), m_demo, file}).exitCode, 0);
    const QByteArray before = bytes(m_demo);
    const CliResult again = runCxmap({QStringLiteral("import"), m_demo, file});
    QVERIFY2(again.err.startsWith(QStringLiteral("cxmap: %1: this file was imported before, as batch 2 on ").arg(file)) &&
                 again.err.endsWith(QStringLiteral("; use --force to import it again\n")),
             qPrintable(again.err));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(bytes(m_demo) == before);

    const CliResult forced = runCxmap({QStringLiteral("import"), m_demo, file, QStringLiteral("--force")});
    QCOMPARE(forced.err, QString());
    QCOMPARE(forced.exitCode, 0);
    // The support chat question matches no touchpoint of the demo, and looks like ratings: said first.
    QVERIFY2(forced.out.startsWith(QStringLiteral("Warning: column \"Q3\" (How easy was it to get help from our support "
                                                 "chat?) looks like ratings (whole numbers 1 to 7)")),
             qPrintable(forced.out));
    QVERIFY(forced.out.contains(QStringLiteral("\nImported data.csv as batch 3 (qualtrics format, UTF-8 with BOM)")));
    QCOMPARE(info(m_demo).value(QStringLiteral("batches")).toArray().size(), 3);
}

void TestCliImport::workbookSheet()
{
    // The answers are on the workbook's second sheet, named on the command line.
    const CliResult result = runCxmap({QStringLiteral("import"), m_demo, data("xlsx/long-1904.xlsx"), QStringLiteral("--sheet"),
                                       QStringLiteral("Answers")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Imported long-1904.xlsx as batch 2 (long format, Excel workbook, sheet "
                                                  "\"Answers\") in ")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("6 rows read, 6 answers stored.")), qPrintable(result.out));
}

void TestCliImport::hostileFilesAreRefusedInOneLine()
{
    // A header of 200,000 columns, and one line of 40 MB of commas (issue 13: 60 s, 1.86 GB):
    // refused at the 16,385th field, in one line, the document as it was.
    const QByteArray before = bytes(m_demo);
    const QString wide = m_dir->filePath(QStringLiteral("wide.csv"));
    QFile header(wide);
    QVERIFY(header.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200000; ++i)
        header.write((i ? ",c" : "c") + QByteArray::number(i));
    header.write("\n1,2\n");
    header.close();
    verifyOneLineError(runCxmap({QStringLiteral("import"), m_demo, wide}),
                       wide + QStringLiteral(":1:16385: more than 16384 fields; a row holds at most 16384 columns"));
    const QString commas = m_dir->filePath(QStringLiteral("commas.csv"));
    QFile line(commas);
    QVERIFY(line.open(QIODevice::WriteOnly));
    const QByteArray block(1 << 20, ',');
    for (int i = 0; i < 40; ++i)
        line.write(block);
    line.close();
    verifyOneLineError(runCxmap({QStringLiteral("import"), m_demo, commas}),
                       commas + QStringLiteral(":1:16385: more than 16384 fields; a row holds at most 16384 columns"));
    QVERIFY(bytes(m_demo) == before);
}

void TestCliImport::removeBatch()
{
    const qint64 demoAnswers = info(m_demo).value(QStringLiteral("measurements")).toInteger();
    QCOMPARE(runCxmap({QStringLiteral("import"), m_demo, data("surveymonkey/data.csv")}).exitCode, 0);
    QCOMPARE(info(m_demo).value(QStringLiteral("measurements")).toInteger(), demoAnswers + 15);

    const CliResult removed = runCxmap({QStringLiteral("import"), m_demo, QStringLiteral("--remove"), QStringLiteral("2")});
    QCOMPARE(removed.err, QString());
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("Removed batch 2 (15 rows) from %1.\n").arg(m_demo));
    const QJsonObject after = info(m_demo);
    QCOMPARE(after.value(QStringLiteral("measurements")).toInteger(), demoAnswers);
    QCOMPARE(after.value(QStringLiteral("batches")).toArray().size(), 1);

    const QByteArray before = bytes(m_demo);
    verifyOneLineError(runCxmap({QStringLiteral("import"), m_demo, QStringLiteral("--remove"), QStringLiteral("2")}),
                       QStringLiteral("%1: there is no batch 2 (cxmap info lists them)").arg(m_demo));
    verifyOneLineError(runCxmap({QStringLiteral("import"), m_demo, QStringLiteral("--remove"), QStringLiteral("two")}),
                       QStringLiteral("import: --remove needs a batch number, not \"two\""), 2);
    QVERIFY(bytes(m_demo) == before);
}

void TestCliImport::newFromAnInventory()
{
    const QString map = m_dir->filePath(QStringLiteral("inventory.cxmap"));
    const CliResult created = runCxmap({QStringLiteral("new"), map, QStringLiteral("--touchpoints"), data("inventory/touchpoints.csv"),
                                        QStringLiteral("--transitions"), data("inventory/transitions.csv")});
    QCOMPARE(created.err, QString());
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Created .*inventory\\.cxmap with 8 touchpoints and 9 transitions in 4 "
                                               "stages and 5 lanes in \\d+\\.\\d s\\.\\n$"))
                 .match(created.out)
                 .hasMatch(),
             qPrintable(created.out));
    const QJsonObject document = info(map);
    QStringList stages;
    for (const QJsonValue &stage : document.value(QStringLiteral("stages")).toArray())
        stages << stage.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(stages, (QStringList{QStringLiteral("Discover"), QStringLiteral("Compare"), QStringLiteral("Buy"),
                                  QStringLiteral("Onboard")}));
    QCOMPARE(document.value(QStringLiteral("touchpoints")).toArray().size(), 8);
    QCOMPARE(document.value(QStringLiteral("transitions")).toArray().size(), 9);

    // With the default template, its stages come first.
    const QString templated = m_dir->filePath(QStringLiteral("templated.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("new"), templated, QStringLiteral("--touchpoints"), data("inventory/touchpoints.csv"),
                       QStringLiteral("--template"), QStringLiteral("default")})
                 .exitCode,
             0);
    QCOMPARE(info(templated).value(QStringLiteral("stages")).toArray().size(), 8);

    // And the survey answers then import into it; this map has no "Support chat".
    const CliResult imported = runCxmap({QStringLiteral("import"), map, data("surveymonkey/data.csv")});
    QCOMPARE(imported.err, QString());
    QVERIFY2(imported.out.contains(QStringLiteral("4 rows read, 13 answers stored.")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("How satisfied were you with each step of switching to us? - Support chat")),
             qPrintable(imported.out));
}

void TestCliImport::newFromABrokenInventory()
{
    const QString map = m_dir->filePath(QStringLiteral("broken.cxmap"));
    const QString transitions = data("inventory/errors/share-above-one.csv");
    verifyOneLineError(runCxmap({QStringLiteral("new"), map, QStringLiteral("--touchpoints"), data("inventory/touchpoints.csv"),
                                 QStringLiteral("--transitions"), transitions}),
                       transitions + QStringLiteral(":2:3: share must be a fraction from 0 to 1 (0.6) or a percentage "
                                                    "(60%), not \"1.5\""));
    QVERIFY(!QFile::exists(map));
    verifyOneLineError(runCxmap({QStringLiteral("new"), map, QStringLiteral("--transitions"), transitions}),
                       QStringLiteral("new: --transitions needs --touchpoints"), 2);
    verifyOneLineError(runCxmap({QStringLiteral("new"), m_demo, QStringLiteral("--touchpoints"), data("inventory/touchpoints.csv")}),
                       m_demo + QStringLiteral(": already exists; choose another name"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
