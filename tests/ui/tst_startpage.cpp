// The first run and the start page (issue 14): with no map open the window offers the demo, a
// new map from a template, opening a file, a touchpoint inventory and the recent maps; File →
// Close returns to it; window geometry, dock layout and the last folder are remembered.
#include "actions/fileactions.h"
#include "apptheme.h"
#include "dataworkspace.h"
#include "files/autosaver.h"
#include "files/lastdirectory.h"
#include "files/recentfiles.h"
#include "panels/inspectordock.h"
#include "panels/undodock.h"
#include "start/startpage.h"
#include "uitestsupport.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QListWidget>
#include <QSettings>
#include <QToolBar>

using namespace cxmap;
using namespace cxmap::test;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

/** A window as the application makes one: shown, at its start-up state. */
/** A later run without a file: the first one opens the demo journey (DESIGN §6). */
std::unique_ptr<MainWindow> startWindow(Prompts *prompts)
{
    QSettings().setValue(QStringLiteral("firstRunDone"), true);
    auto window = std::make_unique<MainWindow>(nullptr, prompts);
    window->show();
    if (!window->openStartupDocument(QString()))
        qWarning("start-up failed");
    return window;
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void firstRunOpensTheDemo();
    void laterRunsShowTheStartPage();
    void demoFromTheStartPage();
    void newMapsFromTemplates();
    void openAndRecentMaps();
    void closeReturnsToTheStartPage();
    void mapFromAnInventory();
    void layoutAndGeometryRemembered();
    void screenshots();
};

void TestStartPage::firstRunOpensTheDemo()
{
    ScriptedPrompts prompts;
    auto window = std::make_unique<MainWindow>(nullptr, &prompts);
    window->show();
    QVERIFY(window->openStartupDocument(QString()));
    QVERIFY(window->document());
    QVERIFY(!window->isShowingStartPage());
    QCOMPARE(QFileInfo(window->document()->filePath()).fileName(), QStringLiteral("demo.cxmap"));
    QVERIFY(QSettings().value(QStringLiteral("firstRunDone")).toBool());
}

void TestStartPage::laterRunsShowTheStartPage()
{
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QVERIFY(window->isShowingStartPage());
    QVERIFY(!window->document());
    QVERIFY(window->startPage()->isVisible());
    // Panels about a map step aside; nothing acts on a map that is not there.
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(!window->fileActions()->saveAction()->isEnabled());
    QVERIFY(!window->fileActions()->saveAsAction()->isEnabled());
    QVERIFY(!window->fileActions()->closeAction()->isEnabled());
    QVERIFY(!window->data()->importAction()->isEnabled());
    QVERIFY(window->fileActions()->newAction()->isEnabled());
    // No recent maps yet, and it says so.
    QVERIFY(!window->startPage()->recentList()->isVisible());
    QVERIFY(prompts.errors.isEmpty());
}

void TestStartPage::demoFromTheStartPage()
{
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QTest::mouseClick(window->startPage()->demoButton(), Qt::LeftButton);
    QVERIFY(window->document());
    QVERIFY(!window->isShowingStartPage());
    QCOMPARE(QFileInfo(window->document()->filePath()).fileName(), QStringLiteral("demo.cxmap"));
    QVERIFY(window->document()->journey().touchpoints().size() >= 25);
    // The panels come back around the map.
    QVERIFY(window->data()->findingsDock()->isVisible());
    QVERIFY(window->fileActions()->closeAction()->isEnabled());
    QVERIFY(window->data()->importAction()->isEnabled());
}

void TestStartPage::newMapsFromTemplates()
{
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QTest::mouseClick(window->startPage()->newButton(), Qt::LeftButton);
    QCOMPARE(window->document()->journey().stages().size(), 7);
    QCOMPARE(window->document()->journey().lanes().size(), 7);
    QVERIFY(window->document()->filePath().isEmpty());
    QVERIFY(window->documents()->closeDocument());
    QVERIFY(window->isShowingStartPage());
    QTest::mouseClick(window->startPage()->newEmptyButton(), Qt::LeftButton);
    QVERIFY(window->document()->journey().stages().isEmpty());
    QVERIFY(window->document()->journey().lanes().isEmpty());
}

void TestStartPage::openAndRecentMaps()
{
    QTemporaryDir dir;
    const QString first = writeJourney(dir, QStringLiteral("first.cxmap"), sampleJourney());
    const QString second = writeJourney(dir, QStringLiteral("second.cxmap"), Journey::fromTemplate(Journey::Template::Default));
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QCOMPARE(LastDirectory::get(), QDir::homePath());
    prompts.openPath = first;
    QTest::mouseClick(window->startPage()->openButton(), Qt::LeftButton);
    QCOMPARE(window->document()->filePath(), first);
    // The folder is remembered for the next dialog, in this run and the next.
    QCOMPARE(LastDirectory::get(), dir.path());
    QVERIFY(window->documents()->open(second));
    QVERIFY(window->documents()->closeDocument());

    QListWidget *recent = window->startPage()->recentList();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), second); // newest first
    QVERIFY(recent->item(1)->text().startsWith(QStringLiteral("first\n")));
    recent->setCurrentRow(1);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(window->document()->filePath(), first);
}

void TestStartPage::closeReturnsToTheStartPage()
{
    Editor editor;
    FileActions *file = editor.window->fileActions();
    QCOMPARE(file->closeAction()->shortcut(), QKeySequence(QKeySequence::Close));
    editor.window->editActions(); // the edit below is an ordinary one
    const int before = int(editor.journey().touchpoints().size());
    editor.scene()->select({EditTarget::touchpoint(editor.journey().touchpoints().at(0).id)});
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QCOMPARE(int(editor.journey().touchpoints().size()), before - 1);

    // Unsaved edits are asked about; Cancel keeps the map as it is.
    editor.prompts.saveChoice = Prompts::SaveChoice::Cancel;
    file->closeAction()->trigger();
    QCOMPARE(editor.prompts.saveQuestions, 1);
    QVERIFY(editor.document());
    QVERIFY(!editor.window->isShowingStartPage());
    editor.prompts.saveChoice = Prompts::SaveChoice::Discard;
    file->closeAction()->trigger();
    QVERIFY(!editor.document());
    QVERIFY(editor.window->isShowingStartPage());
    QVERIFY(editor.window->windowTitle().isEmpty() || editor.window->windowTitle() == QStringLiteral("cxmap"));
    // The file is no longer held: another writer may open it.
    QVERIFY(!QFile::exists(QFileInfo(editor.path).dir().filePath(QStringLiteral(".map.cxmap.lock"))));
    // Nothing to autosave, nothing to recover.
    QVERIFY(Autosaver::pending().empty());
    // The discarded edit is gone from the file.
    QCOMPARE(int(DocumentFile::open(editor.path, DocumentFile::Access::ReadOnly)->readJourney().touchpoints().size()), before);
}

void TestStartPage::mapFromAnInventory()
{
    QTemporaryDir dir;
    const QString touchpoints = dir.filePath(QStringLiteral("touchpoints.csv"));
    const QString transitions = dir.filePath(QStringLiteral("transitions.csv"));
    writeText(touchpoints, "stage,lane,name,owner\nDiscover,Web,Search ad,Marketing\nBuy,Web,Checkout,Sales\nBuy,Store,Till,Retail\n");
    writeText(transitions, "from,to,share\nSearch ad,Checkout,0.7\nSearch ad,Till,30%\n");
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QVERIFY(window->documents()->newFromInventory(touchpoints, transitions));
    const Journey &journey = window->document()->journey();
    QCOMPARE(journey.stages().size(), 2);
    QCOMPARE(journey.lanes().size(), 2);
    QCOMPARE(journey.touchpoints().size(), 3);
    QCOMPARE(journey.transitions().size(), 2);
    QCOMPARE(journey.name(), QStringLiteral("touchpoints"));
    QVERIFY(window->document()->filePath().isEmpty()); // new and unsaved, to be saved where the user wants
    QVERIFY(!window->isShowingStartPage());

    // A broken inventory names file, line and column, and the open map stays as it was.
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    writeText(broken, "stage,lane,name\nDiscover,Web,Search ad\nBuy,Web,\n");
    window->document()->setClean();
    QVERIFY(!window->documents()->newFromInventory(broken));
    QCOMPARE(prompts.errors.size(), 1);
    QVERIFY2(prompts.errors.first().contains(QStringLiteral("broken.csv:3")), qPrintable(prompts.errors.first()));
    QCOMPARE(window->document()->journey().touchpoints().size(), 3);
}

void TestStartPage::layoutAndGeometryRemembered()
{
    QTemporaryDir dir;
    const QString map = writeJourney(dir, QStringLiteral("map.cxmap"), sampleJourney());
    QRect geometry;
    {
        ScriptedPrompts prompts;
        const auto window = startWindow(&prompts);
        QVERIFY(window->documents()->open(map));
        window->setGeometry(80, 60, 1200, 800);
        window->data()->chartsDock()->hide();
        window->history()->hide();
        window->inspector()->show();
        geometry = window->geometry();
        // Closed from the start page: the docks saved are the map's, not the start page's.
        QVERIFY(window->documents()->closeDocument());
        QVERIFY(window->close());
    }
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    QCOMPARE(window->geometry().size(), geometry.size());
    QVERIFY(window->isShowingStartPage());
    QVERIFY(window->documents()->open(map));
    QVERIFY(window->data()->findingsDock()->isVisible() || window->inspector()->isVisible());
    QVERIFY(window->inspector()->isVisible());
    QVERIFY(!window->data()->chartsDock()->isVisible());
    QVERIFY(!window->history()->isVisible());
}

void TestStartPage::screenshots()
{
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    const auto window = startWindow(&prompts);
    window->resize(1500, 950);
    for (const char *name : {"Customer onboarding", "Claims journey 2026"})
        QVERIFY(window->documents()->open(writeJourney(dir, QString::fromLatin1(name) + QStringLiteral(".cxmap"), sampleJourney())));
    QVERIFY(window->documents()->closeDocument());
    for (const bool dark : {false, true}) {
        window->theme()->setChoice(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
        const QImage image = settledGrab(window.get());
        // The page is drawn in the theme's colours, not left light in the dark.
        const QColor corner = image.pixelColor(image.width() / 2, image.height() - 60);
        QCOMPARE(corner.lightness() < 128, dark);
        QVERIFY(saveScreenshot(image, dark ? QStringLiteral("start-dark") : QStringLiteral("start-light")));
    }
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
