// File → Import Map… and Export Map… (issue 15): the same formats as `cxmap convert`, a new
// document from an imported map, what a format cannot keep said to the user, and a file that
// cannot be read changing nothing.
#include "uitestsupport.h"

#include "actions/fileactions.h"
#include "interchange/graphmlformat.h"
#include "interchange/mermaidformat.h"

#include <QMenu>
#include <QMenuBar>

using namespace cxmap;
using namespace cxmap::test;

namespace {

void writeText(const QString &path, const char *text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestMapInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void fileMenuOffersImportAndExport();
    void exportWritesTheChosenFormat();
    void exportSaysWhatTheFormatCannotKeep();
    void importMakesANewDocument();
    void importOfABrokenFileChangesNothing();
};

void TestMapInterchange::fileMenuOffersImportAndExport()
{
    Editor editor;
    QMenu *file = nullptr;
    for (QAction *action : editor.window->menuBar()->actions())
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("File"))
            file = action->menu();
    QVERIFY(file);
    QStringList texts;
    for (QAction *action : file->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(QStringLiteral("I&mport Map…")));
    QVERIFY(texts.contains(QStringLiteral("E&xport Map…")));
    // Mnemonics stay unique in the menu.
    QSet<QChar> keys;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0)
            continue;
        QVERIFY2(!keys.contains(text.at(at + 1).toLower()), qPrintable(text));
        keys.insert(text.at(at + 1).toLower());
    }
    file->popup(editor.window->mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(saveScreenshot(settledGrab(file), QStringLiteral("file-menu")));
    file->hide();
}

void TestMapInterchange::exportWritesTheChosenFormat()
{
    Editor editor;
    const QString target = editor.dir.filePath(QStringLiteral("exported"));
    editor.prompts.exportMapPath = target;
    editor.prompts.exportFilter = GraphmlFormat().nameFilter();
    editor.window->fileActions()->exportMapAction()->trigger();
    QVERIFY(editor.prompts.errors.isEmpty());
    // The type chosen gives the extension; the file holds the map as it is in the editor.
    FormatReport report;
    const JourneyBundle back = GraphmlFormat().read(target + QStringLiteral(".graphml"), report);
    QCOMPARE(back.journey, editor.journey());
    // Every interchange format is offered; the document format is Save As, and the inventory is
    // read only.
    for (const char *name : {"cxmap JSON (*.json)", "CJML 2.0 (XML) (*.xml *.cjml)",
                             "GraphML (yEd) (*.graphml)", "Mermaid journey (*.mmd *.mermaid)"})
        QVERIFY2(editor.prompts.exportFilters.contains(QString::fromUtf8(name)), name);
    QVERIFY(!editor.prompts.exportFilters.contains(QStringLiteral("*.cxmap")));
    QVERIFY(!editor.prompts.exportFilters.contains(QStringLiteral("*.csv")));
    // GraphML keeps the whole map: nothing to warn about.
    QVERIFY(editor.prompts.informations.isEmpty());
}

void TestMapInterchange::exportSaysWhatTheFormatCannotKeep()
{
    Editor editor;
    const QString target = editor.dir.filePath(QStringLiteral("journey.mmd"));
    editor.prompts.exportMapPath = target;
    editor.prompts.exportFilter = MermaidFormat().nameFilter();
    editor.window->fileActions()->exportMapAction()->trigger();
    QVERIFY(QFile::exists(target));
    QCOMPARE(editor.prompts.informations.size(), 1);
    const QString said = editor.prompts.informations.first();
    QVERIFY2(said.contains(QStringLiteral("Mermaid journey cannot keep")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("• the layout")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("• 5 transitions")), qPrintable(said));
}

void TestMapInterchange::importMakesANewDocument()
{
    Editor editor;
    const QString source = editor.dir.filePath(QStringLiteral("day.mmd"));
    writeText(
        source,
        "journey\n  title My day\n  section Morning\n    Make tea: 5: Me\n    Do work: 2: Me, Cat\n"
        "  section Evening\n    Sit down: 4: Me\n");
    editor.prompts.importMapPath = source;
    editor.prompts.savePath = editor.dir.filePath(QStringLiteral("day.cxmap"));
    editor.window->fileActions()->importMapAction()->trigger();
    QVERIFY(editor.prompts.errors.isEmpty());
    QCOMPARE(editor.document()->filePath(), editor.prompts.savePath);
    const Journey &journey = editor.journey();
    QCOMPARE(journey.name(), QStringLiteral("My day"));
    QCOMPARE(journey.touchpoints().size(), 3);
    QCOMPARE(journey.stages().size(), 2);
    QCOMPARE(journey.transitions().size(), 2);
    QCOMPARE(journey.findTouchpointByName(QStringLiteral("Do work"))->target, 25.0);
    QVERIFY(!editor.document()->isModified());
    // "Do work" had two actors: the second is in its notes, and the user is told.
    QCOMPARE(editor.prompts.informations.size(), 1);
    QVERIFY(
        editor.prompts.informations.first().contains(QStringLiteral("further actors of 1 task")));
}

void TestMapInterchange::importOfABrokenFileChangesNothing()
{
    Editor editor;
    const Journey before = editor.journey();
    const QString source = editor.dir.filePath(QStringLiteral("broken.json"));
    writeText(
        source,
        "{\n  \"format\": \"cxmap\",\n  \"stages\": [{\"name\": \"Buy\"}],\n  \"lanes\": 3\n}\n");
    editor.prompts.importMapPath = source;
    editor.prompts.savePath = editor.dir.filePath(QStringLiteral("never.cxmap"));
    editor.window->fileActions()->importMapAction()->trigger();
    QCOMPARE(editor.prompts.errors,
             QStringList{source + QStringLiteral(":4: \"lanes\" must be a list")});
    QVERIFY(!QFile::exists(editor.prompts.savePath));
    QCOMPARE(editor.document()->filePath(), editor.path);
    QCOMPARE(editor.journey(), before);
}

QTEST_MAIN(TestMapInterchange)
#include "tst_mapinterchange.moc"
