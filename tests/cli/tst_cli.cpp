// The command line (DESIGN §6), run as a user runs it: the real executable, real files, no
// display. Exit status 0 on success, else non-zero with exactly one line on stderr.
#include "runcxmap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cxmap::test::CliResult;
using cxmap::test::runCxmap;

namespace {

// One line on stderr, naming what the user gave.
void verifyOneLineError(const CliResult &result, const QString &mustContain)
{
    QVERIFY2(result.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(result.exitCode)));
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("stderr is not one line: [%1]").arg(result.err)));
    QVERIFY2(result.err.contains(mustContain), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void demoThenInfo();
    void infoJsonHasTheContractFields();
    void analyzeJsonHasTheContractFields();
    void analyzeReportAndFilters();
    void newWithTemplates();
    void newRefusesToOverwrite();
    void infoOnNonDocuments_data();
    void infoOnNonDocuments();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("d.cxmap"));
    const CliResult result = runCxmap({QStringLiteral("demo"), m_demo});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Wrote the demo journey with ")), qPrintable(result.out));
}

void TestCli::helpAndVersion()
{
    const CliResult help = runCxmap({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"cxmap new", "cxmap demo", "cxmap info"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const CliResult version = runCxmap({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^cxmap \\d+\\.\\d+\\.\\d+\\n$")).match(version.out).hasMatch(),
             qPrintable(version.out));
}

void TestCli::demoThenInfo()
{
    const CliResult info = runCxmap({QStringLiteral("info"), m_demo});
    QCOMPARE(info.err, QString());
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QStringLiteral("stages (7):      Discover, Consider, Buy, Onboard, Use, Get support, Renew or leave")));
    QVERIFY(info.out.contains(QStringLiteral("batches (1):")));
    QVERIFY(info.out.contains(QStringLiteral("demo sample (generated)")));
    const QRegularExpression answers(QStringLiteral("measurements: +([\\d,]+) answers from ([\\d,]+) respondents, 3 segments"));
    const QRegularExpressionMatch match = answers.match(info.out);
    QVERIFY2(match.hasMatch(), qPrintable(info.out));
    QVERIFY(match.captured(1).remove(QLatin1Char(',')).toLongLong() > 20000);
    QCOMPARE(match.captured(2), QStringLiteral("5,000"));
}

void TestCli::infoJsonHasTheContractFields()
{
    const CliResult info = runCxmap({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    QCOMPARE(root.value(QStringLiteral("stages")).toArray().size(), 7);
    QVERIFY(root.value(QStringLiteral("lanes")).toArray().size() >= 5);
    const QJsonArray touchpoints = root.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(touchpoints.size() >= 20 && touchpoints.size() <= 30);
    QSet<QString> stageNames;
    for (const QJsonValue &stage : root.value(QStringLiteral("stages")).toArray())
        stageNames.insert(stage.toObject().value(QStringLiteral("name")).toString());
    for (const QJsonValue &value : touchpoints) {
        const QJsonObject touchpoint = value.toObject();
        for (const char *key : {"id", "name", "stage", "lane"})
            QVERIFY2(touchpoint.contains(QLatin1String(key)), key);
        QVERIFY(touchpoint.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(stageNames.contains(touchpoint.value(QStringLiteral("stage")).toString()));
    }
    QVERIFY(root.value(QStringLiteral("transitions")).toArray().size() > 20);
    QVERIFY(root.value(QStringLiteral("measurements")).toInteger() > 20000);
    const QJsonArray batches = root.value(QStringLiteral("batches")).toArray();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.first().toObject();
    QCOMPARE(batch.value(QStringLiteral("id")).toInteger(), 1);
    QCOMPARE(batch.value(QStringLiteral("file")).toString(), QStringLiteral("demo sample (generated)"));
    QCOMPARE(batch.value(QStringLiteral("rows")).toInteger(), root.value(QStringLiteral("measurements")).toInteger());
}

void TestCli::analyzeJsonHasTheContractFields()
{
    const CliResult result = runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    for (const char *key : {"touchpoints", "weakest_links", "moments_of_truth", "weakest_path", "best_path"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    const QJsonArray touchpoints = root.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(touchpoints.size() >= 20);
    for (const QJsonValue &value : touchpoints)
        for (const char *key : {"id", "name", "stage", "n", "performance", "ci_low", "ci_high", "reliable",
                                "expectation", "gap", "reach", "unavoidable", "importance", "declining"})
            QVERIFY2(value.toObject().contains(QLatin1String(key)), key);
    // The demo is shaped to have one clear answer for each (resources/demo).
    QCOMPARE(root.value(QStringLiteral("weakest_links")).toArray().first().toString(), QStringLiteral("Number porting"));
    QCOMPARE(root.value(QStringLiteral("moments_of_truth")).toArray().first().toString(), QStringLiteral("First bill"));
    const QJsonArray path = root.value(QStringLiteral("weakest_path")).toArray();
    QVERIFY(path.size() >= 3);
    QVERIFY(path.contains(QStringLiteral("Number porting")));
}

void TestCli::analyzeReportAndFilters()
{
    const CliResult report = runCxmap({QStringLiteral("analyze"), m_demo});
    QCOMPARE(report.exitCode, 0);
    QVERIFY(report.out.contains(QStringLiteral("Weakest links")));
    QVERIFY(report.out.contains(QStringLiteral("1. Number porting (unavoidable)")));
    QVERIFY(report.out.contains(QStringLiteral("Declining: Check usage")));
    QVERIFY(report.out.contains(QStringLiteral("Rework loops: ")));
    QVERIFY(report.out.contains(QStringLiteral("Unreachable from any entry: none")));

    // Performance from CSAT alone: every touchpoint's n drops to its CSAT answers.
    const CliResult csat = runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json"), QStringLiteral("--metric"), QStringLiteral("csat")});
    const QJsonObject csatRoot = QJsonDocument::fromJson(csat.out.toUtf8()).object();
    QCOMPARE(csatRoot.value(QStringLiteral("basis")).toObject().value(QStringLiteral("metrics")).toArray(), QJsonArray({QStringLiteral("csat")}));
    const CliResult all = runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json")});
    const QJsonArray allTouchpoints = QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("touchpoints")).toArray();
    const QJsonArray csatTouchpoints = csatRoot.value(QStringLiteral("touchpoints")).toArray();
    qint64 fewer = 0;
    for (qsizetype i = 0; i < allTouchpoints.size(); ++i)
        fewer += csatTouchpoints.at(i).toObject().value(QStringLiteral("n")).toInteger() < allTouchpoints.at(i).toObject().value(QStringLiteral("n")).toInteger() ? 1 : 0;
    QVERIFY(fewer > 10);

    const CliResult segment = runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json"), QStringLiteral("--segment"),
                                        QStringLiteral("Business"), QStringLiteral("--from"), QStringLiteral("2026-05"),
                                        QStringLiteral("--to"), QStringLiteral("2026-10")});
    QCOMPARE(segment.exitCode, 0);
    const QJsonObject basis = QJsonDocument::fromJson(segment.out.toUtf8()).object().value(QStringLiteral("basis")).toObject();
    QCOMPARE(basis.value(QStringLiteral("segment")).toString(), QStringLiteral("Business"));
    QCOMPARE(basis.value(QStringLiteral("first_month")).toString(), QStringLiteral("2026-05"));
    QCOMPARE(basis.value(QStringLiteral("last_month")).toString(), QStringLiteral("2026-10"));
    QVERIFY(basis.value(QStringLiteral("answers")).toInteger() < 67226 / 3);

    verifyOneLineError(runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--segment"), QStringLiteral("Students")}),
                       QStringLiteral("unknown segment \"Students\""));
    verifyOneLineError(runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--from"), QStringLiteral("spring")}),
                       QStringLiteral("--from takes a date"));
    verifyOneLineError(runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--outcome"), QStringLiteral("loyalty")}),
                       QStringLiteral("unknown outcome metric \"loyalty\""));
}

void TestCli::newWithTemplates()
{
    const QString file = m_dir.filePath(QStringLiteral("blank.cxmap"));
    CliResult created = runCxmap({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("empty")});
    QCOMPARE(created.exitCode, 0);
    CliResult info = runCxmap({QStringLiteral("info"), file, QStringLiteral("--json")});
    QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("stages")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("measurements")).toInteger(), 0);

    const QString standard = m_dir.filePath(QStringLiteral("standard.cxmap"));
    created = runCxmap({QStringLiteral("new"), standard});
    QCOMPARE(created.exitCode, 0);
    info = runCxmap({QStringLiteral("info"), standard, QStringLiteral("--json")});
    root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("stages")).toArray().size(), 7);
    QCOMPARE(root.value(QStringLiteral("lanes")).toArray().size(), 7);
    QCOMPARE(root.value(QStringLiteral("name")).toString(), QStringLiteral("standard"));
}

void TestCli::newRefusesToOverwrite()
{
    const CliResult result = runCxmap({QStringLiteral("new"), m_demo});
    verifyOneLineError(result, m_demo + QStringLiteral(": already exists"));
    // The demo is still whole.
    QCOMPARE(runCxmap({QStringLiteral("info"), m_demo}).exitCode, 0);
}

void TestCli::infoOnNonDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("README.md") << QStringLiteral(CXMAP_SOURCE_DIR "/README.md")
                               << QStringLiteral("README.md: not a cxmap document (it is not an SQLite database)");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/map.cxmap")
                             << QStringLiteral("/nonexistent/map.cxmap: no such file");
}

void TestCli::infoOnNonDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    verifyOneLineError(runCxmap({QStringLiteral("info"), file}), reason);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("x")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown word alone") << QStringList{QStringLiteral("frobnicate")}
                                        << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("unknown option \"--frobnicate\"");
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << QStringLiteral("expected one FILE.cxmap");
    QTest::newRow("unknown option of info") << QStringList{QStringLiteral("info"), QStringLiteral("--colour"), QStringLiteral("a.cxmap")}
                                    << QStringLiteral("Unknown option 'colour'");
    QTest::newRow("unknown template") << QStringList{QStringLiteral("new"), QStringLiteral("x.cxmap"), QStringLiteral("--template"), QStringLiteral("fancy")}
                                      << QStringLiteral("unknown template \"fancy\"");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CliResult result = runCxmap(arguments);
    verifyOneLineError(result, reason);
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
