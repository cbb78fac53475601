// `cxmap export` run as a user runs it: the real executable, no display, real PDF, PNG and SVG
// files checked with the tools a reader's machine has (poppler's pdfinfo, pdftotext, pdfimages;
// libxml2's xmllint). DESIGN §6, §9; issue "the report a manager takes away".
#include "runcxmap.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cxmap::test::CliResult;
using cxmap::test::runCxmap;

namespace {

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Text as a reader's search finds it: wrapped lines joined, runs of spaces as one.
QString searchable(const QString &text)
{
    QString joined = text;
    joined.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return joined;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return searchable(runTool(QStringLiteral("pdftotext"), arguments).out);
}

QString pdfInfo(const QString &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf}).out;
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+(.*)\\n")).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

int printedPages(const CliResult &result)
{
    const auto match = QRegularExpression(QStringLiteral(": (\\d+) pages?, ")).match(result.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void verifyOneLineError(const CliResult &result, const QString &mustContain)
{
    QVERIFY2(result.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(result.exitCode)));
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("stderr is not one line: [%1]").arg(result.err)));
    QVERIFY2(result.err.contains(mustContain), qPrintable(result.err));
}

QStringList jsonNames(const QJsonArray &array)
{
    QStringList names;
    for (const QJsonValue &value : array)
        names << (value.isObject() ? value.toObject().value(QStringLiteral("name")).toString() : value.toString());
    return names;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportHoldsEveryNameAndFinding();
    void reportIsVectorWithMetadata();
    void pageSizes_data();
    void pageSizes();
    void sectionsChooseThePages();
    void wideMapTilesWithEveryName();
    void darkTheme();
    void pngIsTwiceTheFullSizeByDefault();
    void svgParsesAndKeepsTextAsText();
    void failuresAreOneLineAndLeaveNoFile_data();
    void failuresAreOneLineAndLeaveNoFile();
    void exportNeverWritesTheDocument();

private:
    QString out(const QString &name) const { return m_dir.filePath(name); }
    QStringList filesInOutputFolder() const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_wide;
    QStringList m_touchpoints;
    QStringList m_weakest;
    QStringList m_moments;
    QString m_fullReport;
    QString m_batchHash;
};

QStringList TestCliExport::filesInOutputFolder() const
{
    return QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden);
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("out")));
    for (const char *tool : {"pdfinfo", "pdftotext", "pdfimages", "xmllint"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: packaging/dev.sh installs it").arg(QString::fromLatin1(tool))));
    m_demo = out(QStringLiteral("demo.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("demo"), m_demo}).exitCode, 0);
    // A second batch from a real file, whose SHA-256 the appendix must give.
    const QString answers = out(QStringLiteral("more-answers.csv"));
    QFile csv(answers);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("respondent,timestamp,segment,touchpoint,metric,value\n");
    for (int i = 0; i < 40; ++i)
        csv.write(QStringLiteral("late-%1,2026-10-15,Business,Plan finder,csat,%2\n").arg(i).arg(1 + i % 5).toUtf8());
    csv.close();
    QVERIFY(csv.open(QIODevice::ReadOnly));
    m_batchHash = QString::fromLatin1(QCryptographicHash::hash(csv.readAll(), QCryptographicHash::Sha256).toHex());
    csv.close();
    const CliResult imported = runCxmap({QStringLiteral("import"), m_demo, answers});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);

    const CliResult info = runCxmap({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    m_touchpoints = jsonNames(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("touchpoints")).toArray());
    QCOMPARE(m_touchpoints.size(), 25);
    const CliResult analyze = runCxmap({QStringLiteral("analyze"), m_demo, QStringLiteral("--json")});
    QCOMPARE(analyze.exitCode, 0);
    const QJsonObject findings = QJsonDocument::fromJson(analyze.out.toUtf8()).object();
    m_weakest = jsonNames(findings.value(QStringLiteral("weakest_links")).toArray());
    m_moments = jsonNames(findings.value(QStringLiteral("moments_of_truth")).toArray());
    QVERIFY(!m_weakest.isEmpty());
    QVERIFY(!m_moments.isEmpty());

    m_fullReport = out(QStringLiteral("out/report.pdf"));
    const CliResult result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), m_fullReport});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);

    // A journey of 40 stages: far too wide for one page at a readable size.
    const QString touchpoints = out(QStringLiteral("wide-touchpoints.csv"));
    const QString transitions = out(QStringLiteral("wide-transitions.csv"));
    QFile t(touchpoints);
    QFile e(transitions);
    QVERIFY(t.open(QIODevice::WriteOnly) && e.open(QIODevice::WriteOnly));
    t.write("stage,lane,name\n");
    e.write("from,to\n");
    QString previous;
    for (int stage = 1; stage <= 40; ++stage)
        for (int lane = 1; lane <= 2; ++lane) {
            const QString name = QStringLiteral("Step %1%2").arg(stage).arg(lane == 1 ? QStringLiteral("a") : QStringLiteral("b"));
            t.write(QStringLiteral("Stage %1,Lane %2,%3\n").arg(stage).arg(lane).arg(name).toUtf8());
            if (!previous.isEmpty())
                e.write(QStringLiteral("%1,%2\n").arg(previous, name).toUtf8());
            previous = name;
        }
    t.close();
    e.close();
    m_wide = out(QStringLiteral("wide.cxmap"));
    const CliResult created = runCxmap({QStringLiteral("new"), m_wide, QStringLiteral("--touchpoints"), touchpoints,
                                        QStringLiteral("--transitions"), transitions});
    QCOMPARE(created.err, QString());
    QCOMPARE(created.exitCode, 0);
}

void TestCliExport::reportHoldsEveryNameAndFinding()
{
    const QString text = pdfText(m_fullReport);
    QVERIFY(text.size() > 2000);
    for (const QString &name : std::as_const(m_touchpoints))
        QVERIFY2(text.contains(name), qPrintable(QStringLiteral("touchpoint \"%1\" not in the PDF's text").arg(name)));
    for (const QString &name : std::as_const(m_weakest))
        QVERIFY2(text.contains(QStringLiteral("Weakest link %1 of %2").arg(m_weakest.indexOf(name) + 1).arg(m_weakest.size())),
                 qPrintable(name));
    for (const QString &name : std::as_const(m_moments))
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const char *words : {"Weakest links", "Moments of truth", "The weakest path", "The best path", "Declining touchpoints",
                              "Segment differences", "The experience curve", "Importance and performance",
                              "Trends of the top findings", "Answer distribution of each weakest link", "Data appendix",
                              "SHA-256", "Reliability rules", "Page 2 of"})
        QVERIFY2(text.contains(QLatin1String(words)), words);
    // The cover names the data basis in the words of the findings panel: the demo's 5,000
    // respondents and the 40 of the imported file.
    QVERIFY(text.contains(QStringLiteral("5,040")));
    // Every import batch is listed: the demo's generated one without a file, the imported file
    // with its SHA-256.
    QVERIFY(text.contains(QStringLiteral("demo sample (generated)")));
    QVERIFY(text.contains(QStringLiteral("more-answers.csv")));
    QVERIFY2(text.contains(QStringLiteral("SHA-256 %1").arg(m_batchHash)), qPrintable(m_batchHash));
}

void TestCliExport::reportIsVectorWithMetadata()
{
    const QString info = pdfInfo(m_fullReport);
    QVERIFY2(info.contains(QStringLiteral("Title:")) && info.contains(QStringLiteral("customer journey report")), qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Author:\\s+\\S")).match(info).hasMatch(), qPrintable(info));
    QVERIFY2(QRegularExpression(QStringLiteral("Subject:\\s+Customer journey map")).match(info).hasMatch(), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Creator:")) && info.contains(QStringLiteral("cxmap")), qPrintable(info));
    // Not one raster image: pdfimages lists two header lines and nothing else.
    const ToolResult images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_fullReport});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    // Embedded fonts: every font pdffonts lists is embedded.
    const ToolResult fonts = runTool(QStringLiteral("pdffonts"), {m_fullReport});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.trimmed().split(QLatin1Char('\n')).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
}

void TestCliExport::pageSizes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << QStringList() << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("A4 landscape") << QStringList{QStringLiteral("--landscape")} << QStringLiteral("842 x 595 pts (A4)");
    QTest::newRow("A3") << QStringList{QStringLiteral("--page"), QStringLiteral("A3")} << QStringLiteral("842 x 1191 pts (A3)");
    QTest::newRow("A3 landscape") << QStringList{QStringLiteral("--page"), QStringLiteral("a3"), QStringLiteral("--landscape")}
                                  << QStringLiteral("1191 x 842 pts (A3)");
    QTest::newRow("Letter") << QStringList{QStringLiteral("--page"), QStringLiteral("Letter")} << QStringLiteral("612 x 792 pts (letter)");
    QTest::newRow("Letter landscape") << QStringList{QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("--landscape")}
                                      << QStringLiteral("792 x 612 pts (letter)");
}

void TestCliExport::pageSizes()
{
    QFETCH(QStringList, options);
    QFETCH(QString, size);
    const QString pdf = out(QStringLiteral("out/sized.pdf"));
    const CliResult result = runCxmap(QStringList{QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf} + options);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(pdfPageSize(pdf), size);
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 6);
    QCOMPARE(pages, printedPages(result));
    QVERIFY(QFile::remove(pdf));
}

void TestCliExport::sectionsChooseThePages()
{
    const QString pdf = out(QStringLiteral("out/sections.pdf"));
    // The cover alone is one page; named out of order, sections print in the report's order.
    CliResult result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"),
                                 QStringLiteral("cover")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(pdfPages(pdf), 1);
    result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"),
                       QStringLiteral("appendix,cover")});
    QCOMPARE(result.exitCode, 0);
    const QString first = pdfText(pdf, 1);
    QVERIFY2(first.contains(QStringLiteral("Customer journey report"), Qt::CaseInsensitive), qPrintable(first.left(300)));
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("Importance and performance")));
    // The demo map fits on one A3 landscape page at a readable size.
    result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"),
                       QStringLiteral("map"), QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--landscape")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(pdfPages(pdf), 1);
    const QString map = pdfText(pdf);
    for (const QString &name : std::as_const(m_touchpoints))
        QVERIFY2(map.contains(name), qPrintable(name));
    // The key and the filter caption go with the map.
    QVERIFY(map.contains(QStringLiteral("Segment: all")));
    QVERIFY(map.contains(QStringLiteral("Experience")));
    // The workshop section is left out when the map has no workshop input.
    result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"),
                       QStringLiteral("cover,workshop")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(pdfPages(pdf), 1);
    QVERIFY(QFile::remove(pdf));
}

void TestCliExport::wideMapTilesWithEveryName()
{
    const QString pdf = out(QStringLiteral("out/wide.pdf"));
    const CliResult result = runCxmap({QStringLiteral("export"), m_wide, QStringLiteral("--pdf"), pdf,
                                       QStringLiteral("--sections"), QStringLiteral("map")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const int pages = pdfPages(pdf);
    // An overview with the page index, then at least four tiles.
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("The map is printed on %1 pages").arg(pages - 1)));
    // Every card is whole on a tile page: its name is in that page's text (the overview is too
    // small for names); no card shows on two tiles.
    QHash<QString, int> seen;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(QStringLiteral("part %1 of %2").arg(page - 1).arg(pages - 1)), qPrintable(text.left(200)));
        for (int stage = 1; stage <= 40; ++stage)
            for (const char *lane : {"a", "b"}) {
                const QString name = QStringLiteral("Step %1%2").arg(stage).arg(QLatin1String(lane));
                if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)).match(text).hasMatch())
                    seen[name] += 1;
            }
        // Each tile repeats the lane headers, and the experience lane (the map's own, under the
        // last lane) is there with its title.
        QVERIFY(text.contains(QStringLiteral("Lane 1")) && text.contains(QStringLiteral("Lane 2")));
        QVERIFY2(text.contains(QStringLiteral("Experience")), qPrintable(text.left(300)));
    }
    QCOMPARE(seen.size(), 80);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 on %2 pages").arg(it.key()).arg(it.value())));
    QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out.trimmed().split(QLatin1Char('\n')).size(), 2);
}

void TestCliExport::darkTheme()
{
    const QString pdf = out(QStringLiteral("out/dark.pdf"));
    const CliResult result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), pdf, QStringLiteral("--theme"),
                                       QStringLiteral("dark"), QStringLiteral("--sections"), QStringLiteral("cover,map")});
    QCOMPARE(result.exitCode, 0);
    // The page is dark: pdftoppm's rendering of the cover's corner is not white.
    const ToolResult rendered = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                                     QStringLiteral("20"), QStringLiteral("-f"), QStringLiteral("1"),
                                                                     QStringLiteral("-l"), QStringLiteral("1"), pdf, out(QStringLiteral("dark"))});
    QCOMPARE(rendered.exitCode, 0);
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("dark*.png")});
    QCOMPARE(images.size(), 1);
    const QImage page(m_dir.filePath(images.first()));
    QVERIFY(!page.isNull());
    QVERIFY2(qGray(page.pixel(2, 2)) < 80, qPrintable(QString::number(qGray(page.pixel(2, 2)))));
    QVERIFY(pdfText(pdf).contains(m_touchpoints.first()));
}

void TestCliExport::pngIsTwiceTheFullSizeByDefault()
{
    const QString png = out(QStringLiteral("out/map.png"));
    CliResult result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--png"), png});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QImageReader twice(png);
    const QSize size = twice.size();
    QVERIFY(size.isValid());
    result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--png"), png, QStringLiteral("--scale"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    const QSize once = QImageReader(png).size();
    QVERIFY(qAbs(size.width() - 2 * once.width()) <= 1);
    QVERIFY(qAbs(size.height() - 2 * once.height()) <= 1);
    // The demo at 100% is about two thousand units wide (seven stages of 270 and the headers).
    QVERIFY2(once.width() > 1900 && once.width() < 2300, qPrintable(QString::number(once.width())));
    result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--png"), png, QStringLiteral("--width"), QStringLiteral("800")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QImageReader(png).size().width(), 800);
    QVERIFY(QFile::remove(png));
}

void TestCliExport::svgParsesAndKeepsTextAsText()
{
    const QString svg = out(QStringLiteral("out/map.svg"));
    const CliResult result = runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--svg"), svg});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const ToolResult lint = runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), svg});
    QCOMPARE(lint.err, QString());
    QCOMPARE(lint.exitCode, 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.contains(QStringLiteral("<image")));
    for (const QString &name : std::as_const(m_touchpoints)) {
        // A name may be broken over the card's two lines: each word is in a text element.
        const QString firstWord = name.section(QLatin1Char(' '), 0, 0).toHtmlEscaped();
        QVERIFY2(text.contains(QStringLiteral(">%1").arg(firstWord)), qPrintable(name));
    }
    QVERIFY(QFile::remove(svg));
}

void TestCliExport::failuresAreOneLineAndLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("target");
    const QString pdf = out(QStringLiteral("out/failed.pdf"));
    // A folder that is a file: no user, root included, can write below it.
    QFile blocker(out(QStringLiteral("out/blocker")));
    blocker.open(QIODevice::WriteOnly);
    blocker.close();
    const QString unwritable = out(QStringLiteral("out/blocker/report.pdf"));
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("--pdf"), unwritable} << QStringLiteral("report.pdf") << unwritable;
    QTest::newRow("missing folder") << QStringList{QStringLiteral("--png"), out(QStringLiteral("out/none/map.png"))}
                                    << QStringLiteral("does not exist") << out(QStringLiteral("out/none/map.png"));
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--segment"), QStringLiteral("Martians")}
                                     << QStringLiteral("Martians") << pdf;
    QTest::newRow("empty period") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--from"), QStringLiteral("2031-01"),
                                                 QStringLiteral("--to"), QStringLiteral("2031-02")}
                                  << QStringLiteral("no answers in the period") << pdf;
    QTest::newRow("reversed period") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--from"), QStringLiteral("2026-05"),
                                                    QStringLiteral("--to"), QStringLiteral("2026-01")}
                                     << QStringLiteral("the period is empty") << pdf;
    QTest::newRow("unknown section") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"), QStringLiteral("map,summary")}
                                     << QStringLiteral("unknown section \"summary\"") << pdf;
    // A map without workshop input, asked for its workshop only: no blank PDF.
    QTest::newRow("nothing to print") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--sections"), QStringLiteral("workshop")}
                                      << QStringLiteral("nothing to print") << pdf;
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--page"), QStringLiteral("A5")}
                                  << QStringLiteral("--page takes A4, A3 or Letter") << pdf;
    QTest::newRow("two formats") << QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--svg"), pdf}
                                 << QStringLiteral("exactly one of") << pdf;
    QTest::newRow("width and scale") << QStringList{QStringLiteral("--png"), pdf, QStringLiteral("--width"), QStringLiteral("100"),
                                                    QStringLiteral("--scale"), QStringLiteral("2")}
                                     << QStringLiteral("not both") << pdf;
    QTest::newRow("unknown theme") << QStringList{QStringLiteral("--svg"), pdf, QStringLiteral("--theme"), QStringLiteral("sepia")}
                                   << QStringLiteral("light or dark") << pdf;
}

void TestCliExport::failuresAreOneLineAndLeaveNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, target);
    const QStringList before = filesInOutputFolder();
    const CliResult result = runCxmap(QStringList{QStringLiteral("export"), m_demo} + arguments);
    verifyOneLineError(result, message);
    QVERIFY(!QFile::exists(target));
    // No temporary file left beside it either.
    QCOMPARE(filesInOutputFolder(), before);
}

void TestCliExport::exportNeverWritesTheDocument()
{
    QFile file(m_demo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    QCOMPARE(runCxmap({QStringLiteral("export"), m_demo, QStringLiteral("--pdf"), out(QStringLiteral("out/again.pdf")),
                       QStringLiteral("--segment"), QStringLiteral("Business")})
                 .exitCode,
             0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("-journal")));
    QVERIFY(QFile::remove(out(QStringLiteral("out/again.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
