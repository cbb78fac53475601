// Files from the window: save and reopen, new from a template, the unsaved-changes prompt,
// autosave and recovery after a crash, read-only opening, recent files, drag and drop.
#include "actions/editactions.h"
#include "actions/fileactions.h"
#include "files/autosaver.h"
#include "files/recentfiles.h"
#include "canvas/inlineeditor.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

using namespace cxmap;
using namespace cxmap::test;

class TestFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void saveAndReopenEquals();
    void newFromTemplateThenSaveAs();
    void unsavedChangesPrompt();
    void recoveryWrittenAndOffered();
    void recoveryOfANewMap();
    void declinedRecoveryIsGone();
    void savingRemovesTheRecoveryFile();
    void lockedFileOpensReadOnly();
    void lockedFileAsAnEditableCopy();
    void recentFiles();
    void dropOpensAMap();
    void brokenFileSaysWhy();

private:
    static void addCard(Editor &editor)
    {
        editor.scene()->select({});
        editor.window->editActions()->addTouchpointAction()->trigger();
        editor.view()->inlineEditor()->cancel();
    }
    static Journey readBack(const QString &path)
    {
        return DocumentFile::open(path, DocumentFile::Access::ReadOnly)->readJourney();
    }
};

void TestFiles::saveAndReopenEquals()
{
    Editor editor;
    addCard(editor);
    QVERIFY(editor.document()->isModified());
    QVERIFY(editor.window->isWindowModified());
    QTest::keyClick(editor.view(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor.document()->isModified());
    QVERIFY(!editor.window->isWindowModified());
    QCOMPARE(readBack(editor.path), editor.journey());
    QVERIFY(editor.prompts.errors.isEmpty());
}

void TestFiles::newFromTemplateThenSaveAs()
{
    Editor editor;
    editor.window->fileActions()->newAction()->trigger();
    QVERIFY(editor.window->documents()->file() == nullptr);
    QCOMPARE(editor.journey().stages().size(), 7);
    QVERIFY(editor.window->windowTitle().contains(QStringLiteral("— Untitled")));
    editor.window->fileActions()->newEmptyAction()->trigger();
    QVERIFY(editor.journey().stages().isEmpty());

    editor.window->editActions()->addStageAction()->trigger();
    editor.window->editActions()->addLaneAction()->trigger();
    editor.view()->inlineEditor()->cancel();
    editor.prompts.savePath = editor.dir.filePath(QStringLiteral("new.cxmap"));
    editor.window->fileActions()->saveAction()->trigger();
    QVERIFY(QFile::exists(editor.prompts.savePath));
    QCOMPARE(editor.document()->filePath(), editor.prompts.savePath);
    QCOMPARE(readBack(editor.prompts.savePath), editor.journey());
    QVERIFY(editor.window->windowTitle().contains(QStringLiteral("— new.cxmap")));
}

void TestFiles::unsavedChangesPrompt()
{
    Editor editor;
    addCard(editor);
    const Journey edited = editor.journey();
    editor.prompts.saveChoice = Prompts::SaveChoice::Cancel;
    editor.window->fileActions()->newAction()->trigger();
    QCOMPARE(editor.prompts.saveQuestions, 1);
    QCOMPARE(editor.journey(), edited);

    editor.prompts.saveChoice = Prompts::SaveChoice::Save;
    editor.window->fileActions()->newAction()->trigger();
    QCOMPARE(editor.prompts.saveQuestions, 2);
    QCOMPARE(readBack(editor.path), edited);
    QVERIFY(editor.window->documents()->file() == nullptr);

    // Closing the window asks too.
    addCard(editor);
    editor.prompts.saveChoice = Prompts::SaveChoice::Cancel;
    QVERIFY(!editor.window->close());
    QCOMPARE(editor.prompts.saveQuestions, 3);
    editor.prompts.saveChoice = Prompts::SaveChoice::Discard;
    QVERIFY(editor.window->close());
}

void TestFiles::recoveryWrittenAndOffered()
{
    QTemporaryDir dir;
    const QString path = writeJourney(dir, QStringLiteral("map.cxmap"), sampleJourney());
    Journey edited;
    QString recoveryFile;
    {
        ScriptedPrompts prompts;
        MainWindow window(nullptr, &prompts);
        QVERIFY(window.openStartupDocument(path));
        QCOMPARE(prompts.recoverQuestions, 0);
        window.scene()->select({EditTarget::touchpoint(window.document()->journey().findTouchpointByName(QStringLiteral("Call support"))->id)});
        window.editActions()->deleteAction()->trigger();
        edited = window.document()->journey();
        Autosaver *autosaver = window.documents()->autosaver();
        QVERIFY(autosaver->saveNow());
        recoveryFile = autosaver->recoveryFile();
        QVERIFY(recoveryFile.startsWith(Autosaver::folder()));
        // The recovery file is a small map-only document with the edits.
        QCOMPARE(readBack(recoveryFile), edited);
        QVERIFY(!autosaver->saveNow()); // nothing new since
        // A second cxmap running now is not offered this live session's file.
        QVERIFY(Autosaver::pending().empty());
        // The "crash": the window goes without being closed; the recovery file stays.
    }
    QVERIFY(QFile::exists(recoveryFile));
    ScriptedPrompts prompts;
    MainWindow window(nullptr, &prompts);
    QVERIFY(window.openStartupDocument(QString()));
    QCOMPARE(prompts.recoverQuestions, 1);
    QCOMPARE(window.document()->journey(), edited);
    QCOMPARE(window.document()->filePath(), path);
    QVERIFY(window.document()->isModified());
    QVERIFY(!QFile::exists(recoveryFile));
    // Saving writes the recovered edits into the original file.
    QVERIFY(window.documents()->save());
    QCOMPARE(readBack(path), edited);
}

void TestFiles::recoveryOfANewMap()
{
    {
        ScriptedPrompts prompts;
        MainWindow window(nullptr, &prompts);
        QVERIFY(window.documents()->newDocument(Journey::Template::Default));
        window.editActions()->addTouchpointAction()->trigger();
        QVERIFY(window.documents()->autosaver()->saveNow());
    }
    ScriptedPrompts prompts;
    MainWindow window(nullptr, &prompts);
    QVERIFY(window.documents()->offerRecovery());
    QCOMPARE(window.document()->journey().touchpoints().size(), 1);
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->isModified());
}

void TestFiles::declinedRecoveryIsGone()
{
    QString recoveryFile;
    {
        ScriptedPrompts prompts;
        MainWindow window(nullptr, &prompts);
        window.documents()->newDocument(Journey::Template::Default);
        window.editActions()->addStageAction()->trigger();
        QVERIFY(window.documents()->autosaver()->saveNow());
        recoveryFile = window.documents()->autosaver()->recoveryFile();
    }
    ScriptedPrompts prompts;
    prompts.recover = false;
    MainWindow window(nullptr, &prompts);
    QVERIFY(!window.documents()->offerRecovery());
    QCOMPARE(prompts.recoverQuestions, 1);
    QVERIFY(!QFile::exists(recoveryFile));
    QVERIFY(Autosaver::pending().empty());
}

void TestFiles::savingRemovesTheRecoveryFile()
{
    Editor editor;
    addCard(editor);
    Autosaver *autosaver = editor.window->documents()->autosaver();
    QVERIFY(autosaver->saveNow());
    const QString recoveryFile = autosaver->recoveryFile();
    QVERIFY(QFile::exists(recoveryFile));
    QVERIFY(editor.window->documents()->save());
    QVERIFY(!QFile::exists(recoveryFile));
    // Undoing back to the saved state leaves nothing to recover either.
    addCard(editor);
    QVERIFY(autosaver->saveNow());
    const QString second = autosaver->recoveryFile();
    editor.document()->undoStack()->undo();
    QVERIFY(!editor.document()->isModified());
    QVERIFY(!QFile::exists(second));
}

void TestFiles::lockedFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = writeJourney(dir, QStringLiteral("shared.cxmap"), sampleJourney());
    // Another cxmap holds it open for writing.
    const std::unique_ptr<DocumentFile> other = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    Editor editor;
    editor.prompts.lockedChoice = Prompts::LockedChoice::ReadOnly;
    QVERIFY(editor.window->openDocument(path));
    QCOMPARE(editor.prompts.lockedQuestions, 1);
    QVERIFY(editor.window->documents()->isReadOnly());
    QVERIFY(editor.scene()->isReadOnly());
    QVERIFY(editor.window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!editor.window->editActions()->addTouchpointAction()->isEnabled());
    QVERIFY(!editor.window->fileActions()->saveAction()->isEnabled());
    editor.scene()->select({EditTarget::touchpoint(editor.touchpoint("Compare plans").id)});
    QVERIFY(!editor.window->editActions()->deleteAction()->isEnabled());
    QVERIFY(editor.window->editActions()->copyAction()->isEnabled());
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QVERIFY(editor.journey().findTouchpointByName(QStringLiteral("Compare plans")));
    QVERIFY(!editor.document()->isModified());
}

void TestFiles::lockedFileAsAnEditableCopy()
{
    QTemporaryDir dir;
    const QString path = writeJourney(dir, QStringLiteral("shared.cxmap"), sampleJourney());
    const std::unique_ptr<DocumentFile> other = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    Editor editor;
    editor.prompts.lockedChoice = Prompts::LockedChoice::EditCopy;
    QVERIFY(editor.window->openDocument(path));
    QVERIFY(!editor.window->documents()->isReadOnly());
    QVERIFY(editor.window->windowTitle().contains(QStringLiteral("Copy of shared.cxmap")));
    addCard(editor);
    editor.prompts.savePath = dir.filePath(QStringLiteral("mine.cxmap"));
    QVERIFY(editor.window->documents()->save());
    QCOMPARE(readBack(editor.prompts.savePath), editor.journey());
    QCOMPARE(readBack(path), sampleJourney());
}

void TestFiles::recentFiles()
{
    Editor editor;
    const QString other = writeJourney(editor.dir, QStringLiteral("other.cxmap"), sampleJourney());
    QVERIFY(editor.window->openDocument(other));
    const QStringList files = editor.window->documents()->recentFiles()->files();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0), QFileInfo(other).absoluteFilePath());
    QCOMPARE(files.at(1), QFileInfo(editor.path).absoluteFilePath());
    // The menu opens them.
    QMenu *menu = editor.window->fileActions()->recentMenu();
    Q_EMIT menu->aboutToShow();
    menu->actions().at(1)->trigger();
    QCOMPARE(editor.document()->filePath(), editor.path);
    QFile::remove(other);
    QCOMPARE(editor.window->documents()->recentFiles()->files().size(), 1);
}

void TestFiles::dropOpensAMap()
{
    Editor editor;
    const QString other = writeJourney(editor.dir, QStringLiteral("dropped.cxmap"), Journey::fromTemplate(Journey::Template::Empty));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &drop);
    QTRY_COMPARE(editor.document()->filePath(), other);

    // Known by its header, not its name: a map called .csv opens as a map.
    const QString misnamed = writeJourney(editor.dir, QStringLiteral("export.csv"), sampleJourney());
    data.setUrls({QUrl::fromLocalFile(misnamed)});
    QDragEnterEvent enterMisnamed(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &enterMisnamed);
    QVERIFY(enterMisnamed.isAccepted());
    QDropEvent dropMisnamed(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &dropMisnamed);
    QTRY_COMPARE(editor.document()->filePath(), misnamed);
    QCOMPARE(editor.document()->journey(), sampleJourney());

    // Binary that is neither a map nor text is refused, whatever it is called.
    const QString image = editor.dir.filePath(QStringLiteral("picture.csv"));
    QFile png(image);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    png.close();
    data.setUrls({QUrl::fromLocalFile(image)});
    QDragEnterEvent enterImage(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enterImage.ignore();
    QCoreApplication::sendEvent(editor.window.get(), &enterImage);
    QVERIFY(!enterImage.isAccepted());

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(editor.dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(editor.window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestFiles::brokenFileSaysWhy()
{
    Editor editor;
    const QString broken = editor.dir.filePath(QStringLiteral("broken.cxmap"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a map");
    file.close();
    QVERIFY(!editor.window->openDocument(broken));
    QCOMPARE(editor.prompts.errors.size(), 1);
    QVERIFY(editor.prompts.errors.first().contains(QStringLiteral("not a cxmap document")));
    QCOMPARE(editor.document()->filePath(), editor.path);
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
