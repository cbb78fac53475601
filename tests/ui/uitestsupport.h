#pragma once

// Shared by the ui tests: a main window on a real file with scripted answers to its questions,
// and mouse helpers that speak scene coordinates.
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "demo/demodocument.h"
#include "document/journeydocument.h"
#include "files/documentcontroller.h"
#include "files/prompts.h"
#include "mainwindow.h"
#include "samplejourney.h"
#include "store/documentfile.h"

#include <QApplication>
#include <QFileInfo>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cxmap::test {

/** Answers the file questions from a script and records what was asked. */
class ScriptedPrompts : public Prompts
{
public:
    SaveChoice saveChoice = SaveChoice::Discard;
    LockedChoice lockedChoice = LockedChoice::ReadOnly;
    bool recover = true;
    bool saveBeforeImport = true;
    QString openPath;
    QString savePath;
    QString importMapPath;
    QString exportMapPath;
    /** The file type chosen in the export dialog; empty keeps the one offered. */
    QString exportFilter;

    int saveQuestions = 0;
    int lockedQuestions = 0;
    int recoverQuestions = 0;
    int saveBeforeImportQuestions = 0;
    QStringList errors;
    /** Offered export types, then text and details of each information shown. */
    QString exportFilters;
    QStringList informations;

    SaveChoice askSaveChanges(const QString &) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    LockedChoice askOpenLocked(const QString &) override
    {
        ++lockedQuestions;
        return lockedChoice;
    }
    bool askRecover(const QString &) override
    {
        ++recoverQuestions;
        return recover;
    }
    bool askSaveBeforeImport(const QString &) override
    {
        ++saveBeforeImportQuestions;
        return saveBeforeImport;
    }
    QString askOpenPath(const QString &) override { return openPath; }
    QString askSavePath(const QString &) override { return savePath; }
    void showError(const QString &message) override { errors.append(message); }
    QString askImportMapPath(const QString &, const QString &) override { return importMapPath; }
    QString askExportMapPath(const QString &, const QString &filters, QString *filter) override
    {
        exportFilters = filters;
        if (!exportFilter.isEmpty())
            *filter = exportFilter;
        return exportMapPath;
    }
    void showInformation(const QString &, const QString &text, const QString &details) override
    {
        informations.append(text + QLatin1Char('\n') + details);
    }
};

/**
 * Test settings and data folders, empty for every test case and separate for every test
 * program, so that ctest -j can run them side by side.
 */
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cxmap-tests"));
    QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

/** Writes a journey to a new .cxmap in `dir`. */
inline QString writeJourney(const QTemporaryDir &dir, const QString &name, const Journey &journey)
{
    const QString path = dir.filePath(name);
    DocumentFile::create(path, journey, true);
    return path;
}

/**
 * What the user sees once the event loop has turned: charts lay out and drop their old axes
 * in posted events, which a grab straight after a change would catch half done.
 */
inline QImage settledGrab(QWidget *widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return widget->grab().toImage();
}

/** Saves a screen as NAME.png in $CXMAP_SCREENSHOT_DIR, when that is set, to look at. */
inline bool saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CXMAP_SCREENSHOT_DIR");
    return dir.isEmpty() || image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/** A shown, active main window on the sample journey, at 100% zoom. */
struct Editor
{
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
    QString path;

    enum Content { DemoWithAnswers };

    explicit Editor(const Journey &journey = sampleJourney())
    {
        path = writeJourney(dir, QStringLiteral("map.cxmap"), journey);
        openWindow();
    }
    /** The demo journey with its 67,226 sample answers, as `cxmap demo` writes it. */
    explicit Editor(Content)
    {
        path = dir.filePath(QStringLiteral("demo.cxmap"));
        writeDemoDocument(path);
        openWindow();
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(nullptr, &prompts);
        window->resize(1500, 950);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        if (!window->openDocument(path))
            qWarning("could not open the test map");
        QCoreApplication::processEvents();
        view()->setZoom(1.0);
        view()->setFocus();
    }
    ~Editor()
    {
        // No unsaved-changes question when the test ends.
        if (window && window->document())
            window->document()->setClean();
    }

    JourneyView *view() const { return window->view(); }
    JourneyScene *scene() const { return window->scene(); }
    JourneyDocument *document() const { return window->document(); }
    const Journey &journey() const { return document()->journey(); }
    QWidget *viewport() const { return view()->viewport(); }

    const Touchpoint &touchpoint(const char *name) const
    {
        const Touchpoint *found = journey().findTouchpointByName(QString::fromUtf8(name));
        if (!found)
            qFatal("no touchpoint named %s", name);
        return *found;
    }
    QRectF cardRect(const char *name) const { return scene()->geometry().cardRect(touchpoint(name)); }

    /** Scrolls so that the scene point is well inside the view, and returns it in the viewport. */
    QPoint show(const QPointF &scenePos) const
    {
        view()->centerOn(scenePos);
        QCoreApplication::processEvents();
        return view()->mapFromScene(scenePos);
    }
    QPoint at(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }

    void click(const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at(scenePos));
    }
    void doubleClick(const QPointF &scenePos) const
    {
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at(scenePos));
    }
    /** A mouse move without buttons (QTest's only moves the cursor, which offscreen ignores). */
    void hover(const QPointF &scenePos) const
    {
        const QPoint pos = at(scenePos);
        QMouseEvent move(QEvent::MouseMove, pos, viewport()->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &move);
    }
    /** A drag in small steps, as a hand does it. */
    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {}) const
    {
        hover(from);
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, at(from));
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(viewport(), at(from + (to - from) * step / 8.0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, at(to));
    }
    void key(int key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view(),
                        Qt::Key(key), modifiers);
    }
};

} // namespace cxmap::test
