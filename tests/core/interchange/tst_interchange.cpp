// Journey formats (issue 15): every format written from golden maps gives its golden file and
// the list of what it could not keep; read back, it gives back what it can hold; files made by
// other tools are read; bad input is one line naming file and line; and the registry lists them.
#include "interchangetestsupport.h"

#include "interchange/cjmlformat.h"
#include "interchange/cxmapfileformat.h"
#include "interchange/formatregistry.h"
#include "interchange/graphmlformat.h"
#include "interchange/mermaidformat.h"
#include "interchange/sequencemap.h"
#include "layout/cellgrid.h"
#include "layout/tidylayout.h"
#include "samplejourney.h"
#include "store/datatables.h"
#include "store/documentfile.h"

#include <QTemporaryDir>

#include <cmath>

using namespace cxmap;
using namespace cxmap::test;

namespace {

const TextJourneyFormat *textFormat(const QString &id)
{
    return dynamic_cast<const TextJourneyFormat *>(FormatRegistry::byId(id));
}

QString fileFor(const QString &id)
{
    if (id == QLatin1String("cjml"))
        return QStringLiteral("map.cjml.xml");
    if (id == QLatin1String("graphml"))
        return QStringLiteral("map.graphml");
    if (id == QLatin1String("mermaid"))
        return QStringLiteral("map.mmd");
    return QStringLiteral("map.json");
}

QString stageName(const Journey &journey, StageId id)
{
    return journey.stages().find(id)->name;
}

QString laneName(const Journey &journey, LaneId id)
{
    return journey.lanes().find(id)->name;
}

// What Mermaid makes of a name (see MermaidFormat): look-alikes for what its lexer stops at.
QString mermaidSpelling(QString text, bool title)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char(';'), QChar(0xff1b));
    text.replace(QLatin1Char('#'), QChar(0xff03));
    if (!title)
        text.replace(QLatin1Char(':'), QChar(0x2236));
    return text.trimmed();
}

// Empty when `back` (read from a file written from `source` in the format `id`) holds what the
// format can hold of `source`; else the first difference.
QString heldDifference(const JourneyBundle &source, const JourneyBundle &back, const QString &id)
{
    const Journey &a = source.journey;
    const Journey &b = back.journey;
    if (id == QLatin1String("graphml") || id == QLatin1String("json")) {
        // GraphML holds the whole map but the workshop input (reported).
        Journey held = a;
        if (id == QLatin1String("graphml"))
            held.workshop() = {};
        if (!(held == b))
            return QStringLiteral("the journeys differ");
        if (a.nextId() != b.nextId())
            return QStringLiteral("next ID %1, not %2").arg(b.nextId()).arg(a.nextId());
        if (id == QLatin1String("json") &&
            (source.metrics != back.metrics || source.segments != back.segments))
            return QStringLiteral("metrics or segments differ");
        return {};
    }
    const bool mermaid = id == QLatin1String("mermaid");
    if (b.name() != (mermaid ? mermaidSpelling(a.name(), true) : a.name()))
        return QStringLiteral("name \"%1\"").arg(b.name());
    if (b.description() != a.description())
        return QStringLiteral("description \"%1\"").arg(b.description());
    QStringList stages;
    for (const Stage &stage : a.stages())
        stages.append(mermaid ? mermaidSpelling(stage.name, false) : stage.name);
    QStringList stagesBack;
    for (const Stage &stage : b.stages())
        stagesBack.append(stage.name);
    if (stages != stagesBack)
        return QStringLiteral("stages %1").arg(stagesBack.join(QStringLiteral(" | ")));
    const QList<const Touchpoint *> order = sequenceOrder(a);
    if (b.touchpoints().size() != order.size())
        return QStringLiteral("%1 touchpoints").arg(b.touchpoints().size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Touchpoint &t = *order.at(i);
        const Touchpoint &u = b.touchpoints().at(i);
        const QString lane = laneName(a, t.lane);
        // The 1–5 rating written: Mermaid's from the measured score, else the target (else 3).
        double rating = 0.0;
        if (mermaid && source.scores.value(t.id).n > 0)
            rating = ratingFromScore(source.scores.value(t.id).performance);
        else if (t.target)
            rating = ratingFromScore(*t.target);
        else if (mermaid)
            rating = 3.0;
        const bool targetDiffers =
            rating > 0.0 ? u.target != scoreFromRating(std::round(rating)) : u.target.has_value();
        if (u.name != (mermaid ? mermaidSpelling(t.name, false) : t.name) ||
            stageName(b, u.stage) != stagesBack.at(a.stages().indexOf(t.stage)) ||
            laneName(b, u.lane) !=
                (mermaid ? QString(lane).replace(QLatin1Char(','), QChar(0x201a)) : lane) ||
            targetDiffers || (!mermaid && (u.kind != t.kind || u.description != t.description)))
            return QStringLiteral("touchpoint %1 \"%2\" came back as \"%3\" in %4 × %5")
                .arg(i)
                .arg(t.name, u.name, stageName(b, u.stage), laneName(b, u.lane));
        // A sequence comes back as a transition from each touchpoint to the next.
        if (i > 0 && (b.transitions().size() < i ||
                      b.transitions().at(i - 1).from != b.touchpoints().at(i - 1).id ||
                      b.transitions().at(i - 1).to != u.id))
            return QStringLiteral("no transition into touchpoint %1").arg(i);
    }
    return {};
}

QString readError(const JourneyFormat &format, const QString &path)
{
    try {
        FormatReport report;
        format.read(path, report);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return QStringLiteral("(no error)");
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryListsTheFormats();
    void jsonIsCanonical_data();
    void jsonIsCanonical();
    void writesGoldenFiles_data();
    void writesGoldenFiles();
    void readsBackWhatTheFormatHolds_data();
    void readsBackWhatTheFormatHolds();
    void readsOtherToolsFiles_data();
    void readsOtherToolsFiles();
    void actualJourneysBecomeAnswers();
    void badInputIsOneLine_data();
    void badInputIsOneLine();
    void cxmapDocumentKeepsEverything();
    void mapsWithoutPositionsAreLaidOut();
    void handWrittenJsonByName();
    void readmeExampleReads();
};

void TestInterchange::registryListsTheFormats()
{
    QStringList ids;
    for (const JourneyFormat *format : FormatRegistry::formats())
        ids.append(format->id());
    QCOMPARE(ids, strings({"cxmap", "json", "cjml", "graphml", "mermaid", "inventory"}));
    for (const char *id : {"cxmap", "json", "cjml", "graphml", "mermaid"})
        QVERIFY2(FormatRegistry::byId(QString::fromLatin1(id))
                     ->hasCapabilities(JourneyFormat::ReadWrite),
                 id);
    QVERIFY(
        !FormatRegistry::byId(QStringLiteral("inventory"))->hasCapabilities(JourneyFormat::Write));
    QVERIFY(!FormatRegistry::nameFilters(JourneyFormat::Write).contains(QStringLiteral("CSV")));
    QVERIFY(FormatRegistry::nameFilters(JourneyFormat::Read)
                .contains(QStringLiteral("Touchpoint inventory (CSV) (*.csv)")));
    QCOMPARE(FormatRegistry::byNameFilter(QStringLiteral("Mermaid journey (*.mmd *.mermaid)")),
             FormatRegistry::byId(QStringLiteral("mermaid")));

    // By extension, and for .xml by the root element.
    const auto detected = [](const QString &relative,
                             JourneyFormat::Capabilities wanted = JourneyFormat::Read) {
        const JourneyFormat *format = FormatRegistry::forFile(interchangePath(relative), wanted);
        return format ? format->id() : QStringLiteral("none");
    };
    QCOMPARE(detected(QStringLiteral("foreign/cjml-tool.xml")), QStringLiteral("cjml"));
    QCOMPARE(detected(QStringLiteral("foreign/yed.graphml")), QStringLiteral("graphml"));
    QCOMPARE(detected(QStringLiteral("foreign/mermaid-docs.mmd")), QStringLiteral("mermaid"));
    QCOMPARE(detected(QStringLiteral("demo/map.json")), QStringLiteral("json"));
    QCOMPARE(detected(QStringLiteral("errors/not-cjml.xml")), QStringLiteral("none"));
    QCOMPARE(detected(QStringLiteral("new.cxmap"), JourneyFormat::Write), QStringLiteral("cxmap"));
    QCOMPARE(detected(QStringLiteral("new.XML"), JourneyFormat::Write), QStringLiteral("cjml"));
    QCOMPARE(detected(QStringLiteral("new.csv"), JourneyFormat::Write), QStringLiteral("none"));
    QCOMPARE(FormatRegistry::byId(QStringLiteral("graphml"))
                 ->withExtension(QStringLiteral("/tmp/a.b/map.cxmap")),
             QStringLiteral("/tmp/a.b/map.graphml"));
}

void TestInterchange::jsonIsCanonical_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("edge-cases") << QStringLiteral("edge-cases");
}

void TestInterchange::jsonIsCanonical()
{
    // The case maps are cxmap JSON as cxmap writes it: reading and writing gives the same bytes.
    QFETCH(QString, name);
    const JourneyBundle bundle = loadCase(name);
    FormatReport report;
    const QByteArray written = CxmapJsonFormat().serialize(bundle, report);
    const QString difference =
        goldenDifference(written, interchangePath(name + QStringLiteral("/map.json")));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(report.isEmpty(), qPrintable(report.items().join(QStringLiteral("; "))));
    // One item per line: every touchpoint's line names it.
    const QString text = QString::fromUtf8(written);
    for (const Touchpoint &touchpoint : bundle.journey.touchpoints())
        QCOMPARE(text.count(QStringLiteral("\"id\": %1, \"stage\"").arg(touchpoint.id.value())), 1);
}

void TestInterchange::writesGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const char *name : {"demo", "edge-cases"})
        for (const char *format : {"cjml", "graphml", "mermaid"})
            QTest::addRow("%s %s", name, format)
                << QString::fromLatin1(name) << QString::fromLatin1(format);
}

void TestInterchange::writesGoldenFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const JourneyBundle bundle = loadCase(name);
    FormatReport report;
    const QByteArray written = textFormat(format)->serialize(bundle, report);
    QCOMPARE(textFormat(format)->serialize(bundle, report), written); // deterministic
    const QString difference =
        goldenDifference(written, interchangePath(name + QLatin1Char('/') + fileFor(format)));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const QString reportDifference = goldenDifference(
        reportText(report), interchangePath(QStringLiteral("%1/report.%2.txt").arg(name, format)));
    QVERIFY2(reportDifference.isEmpty(), qPrintable(reportDifference));
}

void TestInterchange::readsBackWhatTheFormatHolds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    for (const char *name : {"demo", "edge-cases"})
        for (const char *format : {"json", "cjml", "graphml", "mermaid"})
            QTest::addRow("%s %s", name, format)
                << QString::fromLatin1(name) << QString::fromLatin1(format);
}

void TestInterchange::readsBackWhatTheFormatHolds()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const JourneyBundle source = loadCase(name);
    FormatReport report;
    const QString path = interchangePath(name + QLatin1Char('/') + fileFor(format));
    const JourneyBundle back = textFormat(format)->read(path, report);
    const QString difference = heldDifference(source, back, format);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(back.journey.checkConsistency(), QString());
    if (format != QLatin1String("graphml") && format != QLatin1String("json")) {
        // A sequence arrives without positions: it is laid out tidily.
        QVERIFY(planTidyLayout(back.journey).isEmpty());
    }
    if (format == QLatin1String("graphml") && !source.scores.isEmpty())
        QVERIFY(
            report.items().join(QLatin1Char('\n')).contains(QStringLiteral("scores in the file")));
}

void TestInterchange::readsOtherToolsFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("CJML tools") << QStringLiteral("cjml-tool.xml") << QStringLiteral("cjml");
    QTest::newRow("yEd") << QStringLiteral("yed.graphml") << QStringLiteral("graphml");
    QTest::newRow("networkx") << QStringLiteral("networkx.graphml") << QStringLiteral("graphml");
    QTest::newRow("Mermaid docs") << QStringLiteral("mermaid-docs.mmd")
                                  << QStringLiteral("mermaid");
}

void TestInterchange::readsOtherToolsFiles()
{
    // Read into a map, shown as cxmap JSON: what came in, and what was left behind.
    QFETCH(QString, file);
    QFETCH(QString, format);
    FormatReport report;
    const JourneyBundle bundle =
        textFormat(format)->read(interchangePath(QStringLiteral("foreign/") + file), report);
    QCOMPARE(bundle.journey.checkConsistency(), QString());
    FormatReport ignored;
    const QString base =
        interchangePath(QStringLiteral("foreign/") + file.section(QLatin1Char('.'), 0, 0));
    QString difference = goldenDifference(CxmapJsonFormat().serialize(bundle, ignored),
                                          base + QStringLiteral(".expected.json"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    difference = goldenDifference(reportText(report), base + QStringLiteral(".report.txt"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestInterchange::actualJourneysBecomeAnswers()
{
    FormatReport report;
    const JourneyBundle bundle =
        CjmlFormat().read(interchangePath(QStringLiteral("foreign/cjml-tool.xml")), report);
    const Journey &journey = bundle.journey;
    const TouchpointId form =
        journey.findTouchpointByName(QStringLiteral("Fills in the web form"))->id;
    const TouchpointId permit =
        journey.findTouchpointByName(QStringLiteral("Sends the permit"))->id;
    // AJ1 rated the form 2 and the permit 3 (its ad-hoc call matches nothing planned); AJ2 the
    // form 5.
    QCOMPARE(bundle.answers.size(), 3);
    QCOMPARE(bundle.answers.at(0).respondent, QStringLiteral("AJ1"));
    QCOMPARE(bundle.answers.at(0).touchpoint, form);
    QCOMPARE(bundle.answers.at(0).metric, QStringLiteral("emotion"));
    QCOMPARE(bundle.answers.at(0).value, -1.5);
    QCOMPARE(bundle.answers.at(0).timestamp,
             std::optional<qint64>(
                 QDateTime(QDate(2025, 3, 4), QTime(10, 15), Qt::UTC).toSecsSinceEpoch()));
    QCOMPARE(bundle.answers.at(1).touchpoint, permit);
    QCOMPARE(bundle.answers.at(1).value, 0.0);
    QCOMPARE(bundle.answers.at(2).respondent, QStringLiteral("AJ2"));
    QCOMPARE(bundle.answers.at(2).value, 3.0);
    // The plan's ratings are targets; the deviations are noted on the map.
    QCOMPARE(journey.touchpoints().find(form)->target, 75.0);
    QVERIFY(journey.description().contains(
        QStringLiteral("AJ1: ad hoc “Calls to ask about the form”; “Sends the permit” failing")));
    QVERIFY(report.items()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("the ratings of 1 step in the actual journey AJ1")));

    // Written as a .cxmap, the ratings are stored as one batch of answers.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("permit.cxmap"));
    FormatReport written;
    CxmapFileFormat().write(bundle, path, written);
    auto file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
    QCOMPARE(readDataCounts(file->database()).measurements, 3);
    QCOMPARE(readDataCounts(file->database()).respondents, 2);
    QCOMPARE(readBatches(file->database()).size(), 1);
}

void TestInterchange::badInputIsOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    const QStringList lines =
        QString::fromUtf8(readBytes(interchangePath(QStringLiteral("errors/expected.txt"))))
            .split(QLatin1Char('\n'));
    int rows = 0;
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QTest::newRow(qPrintable(fields.at(0))) << fields.at(0) << fields.at(1) << fields.at(2);
        ++rows;
    }
    QVERIFY(rows >= 10);
}

void TestInterchange::badInputIsOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QString path = interchangePath(QStringLiteral("errors/") + file);
    const QString message = readError(*FormatRegistry::byId(format), path);
    QCOMPARE(message, path + QLatin1Char(':') + expected);
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

void TestInterchange::cxmapDocumentKeepsEverything()
{
    JourneyBundle bundle = loadCase(QStringLiteral("edge-cases"));
    const TouchpointId pay =
        bundle.journey.findTouchpointByName(QStringLiteral("Pay at the till"))->id;
    bundle.answers = {MeasurementRecord{QStringLiteral("r1"), 1767225600,
                                        QStringLiteral("Business"), pay, QStringLiteral("trust"),
                                        9.0},
                      MeasurementRecord{QStringLiteral("r2"), std::nullopt, QString(), pay,
                                        QStringLiteral("csat"), 4.0}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edge.cxmap"));
    FormatReport report;
    CxmapFileFormat().write(bundle, path, report);
    // The document holds the whole map, its workshop input included: nothing is reported left.
    QVERIFY(!bundle.journey.workshop().votes.isEmpty() && !bundle.journey.workshop().notes.isEmpty());
    QCOMPARE(report.items(), QStringList());

    FormatReport readReport;
    const JourneyBundle back = CxmapFileFormat().read(path, readReport, ReadOptions{true});
    QCOMPARE(back.journey.workshop(), bundle.journey.workshop());
    QCOMPARE(back.journey, bundle.journey);
    QCOMPARE(back.journey.nextId(), bundle.journey.nextId());
    QStringList metrics;
    for (const Metric &metric : back.metrics)
        metrics.append(metric.name);
    QVERIFY(metrics.contains(QStringLiteral("trust")));
    QCOMPARE(back.segments.size(), 2);
    QCOMPARE(back.storedAnswers, 2);
    QCOMPARE(back.scores.value(pay).n, 2);
    // A document is never overwritten half-way: a failing write leaves the old file.
    const QByteArray before = readBytes(path);
    bundle.answers.append(MeasurementRecord{QStringLiteral("r3"), std::nullopt, QString(), pay,
                                            QStringLiteral("csat"), 9.0});
    QVERIFY_THROWS_EXCEPTION(DocumentError, CxmapFileFormat().write(bundle, path, report));
    QCOMPARE(readBytes(path), before);
}

void TestInterchange::mapsWithoutPositionsAreLaidOut()
{
    // No card has a position: a tidy layout. Some have: the others are placed beside them.
    const QByteArray json =
        R"({"format": "cxmap", "stages": [{"name": "Buy"}], "lanes": [{"name": "Web"}],
        "touchpoints": [{"name": "A", "stage": "Buy", "lane": "Web"}, {"name": "B", "stage": "Buy", "lane": "Web"},
                        {"name": "C", "stage": "Buy", "lane": "Web"}]})";
    FormatReport report;
    const Journey none = CxmapJsonFormat().parse(json, QStringLiteral("none.json"), report).journey;
    QVERIFY(planTidyLayout(none).isEmpty());
    QByteArray some = json;
    some.replace(R"({"name": "A", "stage": "Buy", "lane": "Web"})",
                 R"({"name": "A", "stage": "Buy", "lane": "Web", "position": [10, 10]})");
    const Journey placed =
        CxmapJsonFormat().parse(some, QStringLiteral("some.json"), report).journey;
    QCOMPARE(placed.findTouchpointByName(QStringLiteral("A"))->position, QPointF(10, 10));
    const CellGrid grid(placed);
    QList<QRectF> cards;
    for (const Touchpoint &t : placed.touchpoints()) {
        const QRectF card(grid.cellRect(placed, Cell{t.stage, t.lane}).topLeft() + t.position,
                          MapMetrics().cardSize());
        for (const QRectF &other : std::as_const(cards))
            QVERIFY(!other.intersects(card));
        cards.append(card);
    }
    QVERIFY(report.isEmpty());
}

void TestInterchange::handWrittenJsonByName()
{
    // A hand-written map: no IDs, references by name in any case, an unknown key reported.
    const QByteArray json = R"({"format": "cxmap", "name": "Hand-written",
        "stages": [{"name": "Buy"}, {"name": "Use"}], "lanes": [{"name": "Web"}],
        "touchpoints": [{"name": "Checkout", "stage": "buy", "lane": "WEB", "tagret": 70},
                        {"name": "Login", "stage": "Use", "lane": "Web"}],
        "transitions": [{"from": "checkout", "to": "Login", "share": 0.9}]})";
    FormatReport report;
    const JourneyBundle bundle = CxmapJsonFormat().parse(json, QStringLiteral("hand.json"), report);
    const Journey &journey = bundle.journey;
    QCOMPARE(journey.stages().size(), 2);
    QCOMPARE(journey.stages().at(0).id, StageId(1));
    QCOMPARE(journey.touchpoints().at(0).id, TouchpointId(4));
    QCOMPARE(journey.transitions().at(0).from, TouchpointId(4));
    QCOMPARE(journey.transitions().at(0).share, 0.9);
    QCOMPARE(report.items(),
             strings({"the unknown key \"tagret\" in touchpoints (line 3), which was ignored"}));
}

void TestInterchange::readmeExampleReads()
{
    // The hand-written map the README shows is read as it says.
    const QString readme =
        QString::fromUtf8(readBytes(QStringLiteral(CXMAP_SOURCE_DIR "/README.md")));
    const qsizetype start = readme.indexOf(QStringLiteral("```json\n"));
    QVERIFY(start >= 0);
    const qsizetype end = readme.indexOf(QStringLiteral("```"), start + 8);
    FormatReport report;
    const Journey journey = CxmapJsonFormat()
                                .parse(readme.mid(start + 8, end - start - 8).toUtf8(),
                                       QStringLiteral("README.md"), report)
                                .journey;
    QVERIFY2(report.isEmpty(), qPrintable(report.items().join(QStringLiteral("; "))));
    QCOMPARE(journey.touchpoints().size(), 2);
    const TouchpointId checkout =
        journey.findTouchpointByName(QStringLiteral("Online checkout"))->id;
    QCOMPARE(journey.touchpoints().find(checkout)->stage, journey.stages().at(1).id);
    QCOMPARE(journey.workshop().votesFor(checkout), 1);
    QCOMPARE(journey.workshop().notesFor(checkout).first().kind, NoteKind::Idea);
    QCOMPARE(journey.workshop().sessions.first().started,
             QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC));
    QVERIFY(planTidyLayout(journey).isEmpty());
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
