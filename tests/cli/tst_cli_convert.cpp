// `cxmap convert` and `cxmap new --from` (issue 15), run as a user runs them, with readers we did
// not write as witnesses: the GraphML loads in networkx with the same nodes, edges and
// attributes, the CJML is well-formed XML (xmllint) naming every touchpoint, the Mermaid has one
// section per stage. Bad input is one line on stderr and creates nothing.
#include "rawsqlite.h"
#include "runcxmap.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using cxmap::test::CliResult;
using cxmap::test::bytesOf;
using cxmap::test::runCxmap;

namespace {

QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// A program's output, or the reason it could not run.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, "did not finish"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Debian's python3 with networkx (packaging/dev.sh installs python3-networkx); a python3 found
// first on PATH may be another installation without it.
QString pythonWithNetworkx()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    for (const QString &python : candidates)
        if (QFile::exists(python) &&
            runProgram(python, {QStringLiteral("-c"), QStringLiteral("import networkx")})
                    .exitCode == 0)
            return python;
    return {};
}

const char *const NetworkxScript = R"(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "graph": g.graph,
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
}))
)";

} // namespace

class TestCliConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertsToEveryFormatAndBack_data();
    void convertsToEveryFormatAndBack();
    void graphmlLoadsInNetworkx();
    void cjmlIsXmlNamingEveryTouchpoint();
    void mermaidHasOneSectionPerStage();
    void convertReadsTheDocumentOnly();
    void badInputCreatesNothing_data();
    void badInputCreatesNothing();
    void usageErrors_data();
    void usageErrors();

private:
    QString convert(const QString &extension);

    QTemporaryDir m_dir;
    QString m_demo;
    QJsonObject m_info;
};

void TestCliConvert::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("demo"), m_demo}).exitCode, 0);
    const CliResult info = runCxmap({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    m_info = jsonOf(info);
    QCOMPARE(m_info.value(QLatin1String("touchpoints")).toArray().size(), 25);
}

QString TestCliConvert::convert(const QString &extension)
{
    const QString out = m_dir.filePath(QStringLiteral("demo.") + extension);
    const CliResult result =
        runCxmap({QStringLiteral("convert"), m_demo, out, QStringLiteral("--force")});
    if (result.exitCode != 0)
        qWarning("convert failed: %s", qPrintable(result.err));
    return result.exitCode == 0 ? out : QString();
}

void TestCliConvert::convertsToEveryFormatAndBack_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<bool>("whole");
    QTest::newRow("cxmap JSON") << QStringLiteral("json") << QStringLiteral("cxmap JSON") << true;
    QTest::newRow("CJML") << QStringLiteral("xml") << QStringLiteral("CJML 2.0 (XML)") << false;
    QTest::newRow("GraphML") << QStringLiteral("graphml") << QStringLiteral("GraphML (yEd)")
                             << true;
    QTest::newRow("Mermaid") << QStringLiteral("mmd") << QStringLiteral("Mermaid journey") << false;
}

void TestCliConvert::convertsToEveryFormatAndBack()
{
    QFETCH(QString, extension);
    QFETCH(QString, formatName);
    QFETCH(bool, whole);
    const QString out = m_dir.filePath(QStringLiteral("round.") + extension);
    const CliResult result = runCxmap({QStringLiteral("convert"), m_demo, out});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(
                 QStringLiteral("Converted %1 (cxmap document) to %2 (%3): 25 touchpoints")
                     .arg(m_demo, out, formatName)),
             qPrintable(result.out));
    // The demo's answers stay behind, and the user is told so.
    QVERIFY2(result.out.contains(QStringLiteral("Not kept by %1:\n").arg(formatName)),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("67226 survey answers")) ||
                 result.out.contains(QStringLiteral("67,226 survey answers")),
             qPrintable(result.out));

    const QString back = m_dir.filePath(QStringLiteral("back-%1.cxmap").arg(extension));
    const CliResult created =
        runCxmap({QStringLiteral("new"), back, QStringLiteral("--from"), out});
    QCOMPARE(created.err, QString());
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.out.startsWith(QStringLiteral("Created %1 from %2").arg(back, out)),
             qPrintable(created.out));
    const QJsonObject info =
        jsonOf(runCxmap({QStringLiteral("info"), back, QStringLiteral("--json")}));
    const QJsonArray touchpoints = info.value(QLatin1String("touchpoints")).toArray();
    QCOMPARE(touchpoints.size(), 25);
    QStringList names, original;
    for (const QJsonValue &t : touchpoints)
        names.append(t[QLatin1String("name")].toString() + QLatin1Char('@') +
                     t[QLatin1String("stage")].toString() + QLatin1Char('/') +
                     t[QLatin1String("lane")].toString());
    for (const QJsonValue &t : m_info.value(QLatin1String("touchpoints")).toArray())
        original.append(t[QLatin1String("name")].toString() + QLatin1Char('@') +
                        t[QLatin1String("stage")].toString() + QLatin1Char('/') +
                        t[QLatin1String("lane")].toString());
    names.sort();
    original.sort();
    QCOMPARE(names, original);
    if (whole) {
        // JSON and GraphML keep the whole map: IDs, transitions, shares, everything info shows.
        for (const char *key : {"stages", "lanes", "touchpoints", "transitions"})
            QVERIFY2(info.value(QLatin1String(key)) == m_info.value(QLatin1String(key)), key);
    }
}

void TestCliConvert::graphmlLoadsInNetworkx()
{
    const QString python = pythonWithNetworkx();
    QVERIFY2(!python.isEmpty(), "python3 with networkx is needed (Debian package python3-networkx; "
                                "packaging/dev.sh installs it)");
    const QString graphml = convert(QStringLiteral("graphml"));
    QVERIFY(!graphml.isEmpty());
    const Run run =
        runProgram(python, {QStringLiteral("-c"), QString::fromLatin1(NetworkxScript), graphml});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject graph = QJsonDocument::fromJson(run.out).object();
    QVERIFY(graph.value(QLatin1String("directed")).toBool());
    QCOMPARE(graph.value(QLatin1String("graph")).toObject().value(QLatin1String("name")).toString(),
             m_info.value(QLatin1String("name")).toString());

    // The same nodes with the same attributes as the document says.
    const QJsonObject nodes = graph.value(QLatin1String("nodes")).toObject();
    const QJsonArray touchpoints = m_info.value(QLatin1String("touchpoints")).toArray();
    QCOMPARE(nodes.size(), touchpoints.size());
    QHash<QString, QJsonObject> analysed;
    const QJsonObject analysis =
        jsonOf(runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json")}));
    for (const QJsonValue &finding : analysis.value(QLatin1String("touchpoints")).toArray())
        analysed.insert(QStringLiteral("t%1").arg(finding[QLatin1String("id")].toInteger()),
                        finding.toObject());
    QHash<QString, QString> nameOf;
    for (const QJsonValue &value : touchpoints) {
        const QJsonObject t = value.toObject();
        const QString id = QStringLiteral("t%1").arg(t.value(QLatin1String("id")).toInteger());
        nameOf.insert(id, t.value(QLatin1String("name")).toString());
        QVERIFY2(nodes.contains(id), qPrintable(id));
        const QJsonObject node = nodes.value(id).toObject();
        for (const char *key : {"name", "stage", "lane", "kind"})
            QCOMPARE(node.value(QLatin1String(key)).toString(),
                     t.value(QLatin1String(key)).toString());
        QCOMPARE(node.value(QLatin1String("label")).toString(),
                 t.value(QLatin1String("name")).toString());
        if (!t.value(QLatin1String("target")).isNull())
            QCOMPARE(node.value(QLatin1String("target")).toDouble(),
                     t.value(QLatin1String("target")).toDouble());
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$"))
                    .match(node.value(QLatin1String("colour")).toString())
                    .hasMatch());
        // yEd's geometry: where the card is drawn.
        QVERIFY(node.value(QLatin1String("x")).toString().toDouble() > 0);
        const QJsonObject finding = analysed.value(id);
        QCOMPARE(node.value(QLatin1String("n")).toInteger(),
                 finding.value(QLatin1String("n")).toInteger());
        QVERIFY(std::abs(node.value(QLatin1String("performance")).toDouble() -
                         finding.value(QLatin1String("performance")).toDouble()) <= 0.05);
    }
    // The same edges, directed, with their shares and labels.
    const QJsonArray edges = graph.value(QLatin1String("edges")).toArray();
    const QJsonArray transitions = m_info.value(QLatin1String("transitions")).toArray();
    QCOMPARE(edges.size(), transitions.size());
    QSet<QString> expected, found;
    for (const QJsonValue &t : transitions)
        expected.insert(
            QStringLiteral("%1→%2 %3 %4")
                .arg(t[QLatin1String("from")].toString(), t[QLatin1String("to")].toString())
                .arg(t[QLatin1String("share")].toDouble(-1))
                .arg(t[QLatin1String("label")].toString()));
    for (const QJsonValue &e : edges) {
        const QJsonObject data = e[2].toObject();
        found.insert(QStringLiteral("%1→%2 %3 %4")
                         .arg(nameOf.value(e[0].toString()), nameOf.value(e[1].toString()))
                         .arg(data.value(QLatin1String("share")).toDouble(-1))
                         .arg(data.value(QLatin1String("label")).toString()));
    }
    QCOMPARE(found, expected);
}

void TestCliConvert::cjmlIsXmlNamingEveryTouchpoint()
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QVERIFY2(!xmllint.isEmpty(),
             "xmllint is needed (Debian package libxml2-utils; packaging/dev.sh installs it)");
    const QString cjml = convert(QStringLiteral("xml"));
    QVERIFY(!cjml.isEmpty());
    const Run wellFormed = runProgram(xmllint, {QStringLiteral("--noout"), cjml});
    QVERIFY2(wellFormed.exitCode == 0, wellFormed.err.constData());
    const Run count =
        runProgram(xmllint, {QStringLiteral("--xpath"),
                             QStringLiteral("count(/CJML/plannedJourney/touchpoints/*)"), cjml});
    QCOMPARE(count.out.trimmed(), QByteArray("25"));
    const Run labels = runProgram(
        xmllint, {QStringLiteral("--xpath"), QStringLiteral("//initiator/initiatorLabel"), cjml});
    QCOMPARE(labels.exitCode, 0);
    const QString listed = QString::fromUtf8(labels.out);
    for (const QJsonValue &t : m_info.value(QLatin1String("touchpoints")).toArray()) {
        QString name = t[QLatin1String("name")].toString();
        name.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
        QVERIFY2(listed.contains(QStringLiteral("<initiatorLabel>%1</initiatorLabel>").arg(name)),
                 qPrintable(name));
    }
}

void TestCliConvert::mermaidHasOneSectionPerStage()
{
    const QString mermaid = convert(QStringLiteral("mmd"));
    QVERIFY(!mermaid.isEmpty());
    const QStringList lines = QString::fromUtf8(bytesOf(mermaid)).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("journey"));
    QStringList sections, stages;
    int tasks = 0;
    static const QRegularExpression task(QStringLiteral("^\\s+[^:]+: [1-5]: \\S"));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("section ")))
            sections.append(line.trimmed().mid(8));
        else if (task.match(line).hasMatch())
            ++tasks;
    }
    for (const QJsonValue &stage : m_info.value(QLatin1String("stages")).toArray())
        stages.append(stage[QLatin1String("name")].toString());
    QCOMPARE(sections, stages);
    QCOMPARE(tasks, 25);
}

void TestCliConvert::convertReadsTheDocumentOnly()
{
    const QByteArray before = QCryptographicHash::hash(bytesOf(m_demo), QCryptographicHash::Sha256);
    const QStringList beside = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!convert(QStringLiteral("graphml")).isEmpty());
    QCOMPARE(QCryptographicHash::hash(bytesOf(m_demo), QCryptographicHash::Sha256), before);
    // No lock file, journal or backup left beside it.
    QStringList after = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    after.removeAll(QStringLiteral("demo.graphml"));
    QStringList expected = beside;
    expected.removeAll(QStringLiteral("demo.graphml"));
    QCOMPARE(after, expected);
}

void TestCliConvert::badInputCreatesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GraphML") << QStringLiteral("edge-to-nowhere.graphml")
                             << QStringLiteral(":7: an edge from \"b\" to \"z\"");
    QTest::newRow("CJML") << QStringLiteral("broken.xml")
                          << QStringLiteral(":5: not well-formed XML");
    QTest::newRow("Mermaid") << QStringLiteral("bad-score.mmd")
                             << QStringLiteral(":5: task \"Read the news\"");
    QTest::newRow("JSON") << QStringLiteral("unknown-stage.json")
                          << QStringLiteral(":13: touchpoints[1]");
}

void TestCliConvert::badInputCreatesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString input = QStringLiteral(CXMAP_TEST_DATA "/interchange/errors/") + file;
    const QString out = m_dir.filePath(QStringLiteral("never.json"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("convert"), input, out},
          QStringList{QStringLiteral("new"), m_dir.filePath(QStringLiteral("never.cxmap")),
                      QStringLiteral("--from"), input}}) {
        const CliResult result = runCxmap(arguments);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("cxmap: ") + input + expected),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.cxmap"))));
}

void TestCliConvert::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("code");
    const QString demo = QStringLiteral("DEMO");
    QTest::newRow("one file") << QStringList{QStringLiteral("convert"), demo}
                              << QStringLiteral("expected IN and OUT") << 2;
    QTest::newRow("unknown extension")
        << QStringList{QStringLiteral("convert"), demo, QStringLiteral("OUT.docx")}
        << QStringLiteral("cannot tell from its name") << 2;
    QTest::newRow("unknown --to") << QStringList{QStringLiteral("convert"), demo,
                                                 QStringLiteral("OUT.x"), QStringLiteral("--to"),
                                                 QStringLiteral("visio")}
                                  << QStringLiteral("--to visio: not a format that can be written")
                                  << 2;
    QTest::newRow("inventory is read only")
        << QStringList{QStringLiteral("convert"), demo, QStringLiteral("OUT.csv")}
        << QStringLiteral("cannot tell from its name") << 2;
    QTest::newRow("cxmap to cxmap")
        << QStringList{QStringLiteral("convert"), demo, QStringLiteral("OUT.cxmap")}
        << QStringLiteral("copy the file") << 2;
    QTest::newRow("existing OUT") << QStringList{QStringLiteral("convert"), demo,
                                                 QStringLiteral("DEMO")}
                                  << QStringLiteral("both IN and OUT") << 2;
    QTest::newRow("--from with --template")
        << QStringList{QStringLiteral("new"),        QStringLiteral("OUT.cxmap"),
                       QStringLiteral("--from"),     QStringLiteral("x.json"),
                       QStringLiteral("--template"), QStringLiteral("empty")}
        << QStringLiteral("--from brings its own stages") << 2;
}

void TestCliConvert::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(int, code);
    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("DEMO"), m_demo);
        argument.replace(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("usage")));
    }
    const CliResult result = runCxmap(arguments);
    QCOMPARE(result.exitCode, code);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
