// The data side of the editor, end to end in the main window on the demo document with its
// sample answers: scores colour the cards, spotlights and findings lead to the map, filters
// re-colour it, a dropped CSV imports through the wizard and the map follows. With
// CXMAP_SCREENSHOT_DIR set, the data screens are saved as PNGs to look at.
#include "apptheme.h"
#include "canvas/mapfooter.h"
#include "document/editorstate.h"
#include "charts/chartspanel.h"
#include "charts/experiencecurvechart.h"
#include "commands/journeycommands.h"
#include "commands/touchpointcommands.h"
#include "dataworkspace.h"
#include "findings/filterbar.h"
#include "findings/findingdelegate.h"
#include "findings/findingscontroller.h"
#include "findings/findingspanel.h"
#include "importwizard/importwizard.h"
#include "importwizard/validationpage.h"
#include "panels/inspectordock.h"
#include "panels/undodock.h"
#include "samplesurvey.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QComboBox>
#include <QDockWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace cxmap;
using namespace cxmap::test;

namespace {

constexpr int Timeout = 60000;

FindingsController *controller(const Editor &editor)
{
    return editor.window->data()->controller();
}

/** Waits until the findings for the current filters are in. */
bool findingsSettled(const Editor &editor)
{
    return controller(editor)->hasFindings() && !controller(editor)->isBusy();
}

CardScore scoreOf(const Editor &editor, const char *name)
{
    return controller(editor)->findings().cardScores().value(editor.touchpoint(name).id);
}

/** The colour of a card's score strip on screen, as 8-bit RGB. */
QRgb stripColour(const Editor &editor, const char *name)
{
    const QRectF card = editor.cardRect(name);
    editor.show(card.center());
    const QPoint strip = editor.at(QPointF(card.left() + 3, card.center().y()));
    return editor.view()->grab().toImage().pixel(strip);
}

/** The first row of the findings panel about `touchpoint`. */
QTreeWidgetItem *findingRow(QTreeWidget *tree, TouchpointId touchpoint)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            const QVariant id = section->child(j)->data(0, FindingDelegate::TouchpointRole);
            if (id.isValid() && id.toLongLong() == touchpoint.value())
                return section->child(j);
        }
    }
    return nullptr;
}

QString writeSurvey(const QTemporaryDir &dir, int rows)
{
    return writeSampleSurvey(dir.filePath(QStringLiteral("september.csv")), rows);
}

void dropFile(const Editor &editor, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &enter);
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor.window.get(), &drop);
}

} // namespace

class TestDataWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void scoresColourTheMap();
    void spotlightsAndFindingsLeadToTheMap();
    void filterRecoloursTheMap();
    void droppedSurveyImportsAndTheMapFollows();
    void importAsksToSaveAnUnsavedMap();
    void droppedBrokenFileSaysWhyAndChangesNothing();
    void editedCopyIsSavedBeforeImport();
    void cachedFindingsFillTheCharts();
    void findingsKeepTheReadersPlace();
    void f6MovesBetweenMapAndPanels();
    void dataScreens_data();
    void dataScreens();

private:
    void save(const QImage &image, const QString &name) { QVERIFY(saveScreenshot(image, name)); }
};

void TestDataWorkspace::scoresColourTheMap()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const QHash<TouchpointId, CardScore> scores = controller(editor)->findings().cardScores();
    // Every touchpoint of the demo has answers; the social media ad only 22, too few to rely on.
    for (const Touchpoint &touchpoint : editor.journey().touchpoints())
        QVERIFY2(scores.value(touchpoint.id).n > 0, qPrintable(touchpoint.name));
    QCOMPARE(scoreOf(editor, "Social media ad").n, 22);
    QVERIFY(!scoreOf(editor, "Social media ad").reliable);
    // The key under the map explains the colours once there are scores.
    QVERIFY(editor.view()->footer()->key().hasScores);
    QVERIFY(editor.view()->footer()->key().caption.contains(QStringLiteral("respondents")));

    const CardScore porting = scoreOf(editor, "Number porting");
    QVERIFY(porting.reliable);
    QVERIFY(porting.n > 1000);
    QCOMPARE(stripColour(editor, "Number porting"), RenderTheme::scoreColor(porting.performance).rgb());
    const CardScore activation = scoreOf(editor, "SIM activation");
    QVERIFY(activation.reliable);
    QCOMPARE(stripColour(editor, "SIM activation"), RenderTheme::scoreColor(activation.performance).rgb());
    QVERIFY(porting.performance < activation.performance);
}

void TestDataWorkspace::spotlightsAndFindingsLeadToTheMap()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const Findings &findings = controller(editor)->findings();
    FindingsPanel *panel = editor.window->data()->findingsPanel();
    const TouchpointId porting = editor.touchpoint("Number porting").id;
    QVERIFY(!findings.weakestLinks.isEmpty());
    QCOMPARE(findings.weakestLinks.first(), porting);

    // Off at first; the button spotlights the few weakest links that matter, numbered by rank.
    QVERIFY(!editor.scene()->isSpotlit(porting));
    panel->weakestLinksAction()->trigger();
    const QList<TouchpointId> spotlit = spotlitWeakestLinks(findings);
    QVERIFY(!spotlit.isEmpty() && spotlit.size() <= SpotlitWeakestLinks);
    QVERIFY(spotlit.size() < findings.weakestLinks.size());
    for (const Touchpoint &touchpoint : editor.journey().touchpoints())
        QCOMPARE(editor.scene()->isSpotlit(touchpoint.id), spotlit.contains(touchpoint.id));
    QCOMPARE(editor.window->state()->spotlight().marks.value(porting).rank, 1);
    // Alt+1 from the keyboard turns it off again; Alt+2 switches to the moments of truth.
    QTest::keyClick(editor.view(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(!panel->weakestLinksAction()->isChecked());
    QVERIFY(!editor.scene()->isSpotlit(porting));
    panel->weakestLinksAction()->trigger();
    QTest::keyClick(editor.view(), Qt::Key_2, Qt::AltModifier);
    QVERIFY(panel->momentsOfTruthAction()->isChecked());
    QVERIFY(!panel->weakestLinksAction()->isChecked());
    QCOMPARE(editor.window->state()->spotlightKind(), SpotlightKind::MomentsOfTruth);
    QVERIFY(!findings.momentsOfTruth.isEmpty());
    for (const TouchpointId id : findings.momentsOfTruth)
        QVERIFY(editor.scene()->isSpotlit(id));

    // Clicking the finding selects its card and brings it into view, and the charts follow it.
    const QRectF card = editor.cardRect("Number porting");
    editor.view()->setZoom(1.0);
    editor.view()->centerOn(editor.scene()->sceneRect().bottomRight());
    QVERIFY(!editor.view()->mapToScene(editor.viewport()->rect()).boundingRect().contains(card));
    QTreeWidgetItem *row = findingRow(panel->tree(), porting);
    QVERIFY(row);
    panel->tree()->scrollToItem(row);
    QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {},
                      panel->tree()->visualItemRect(row).center());
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{porting});
    QVERIFY(editor.view()->mapToScene(editor.viewport()->rect()).boundingRect().contains(card));
    QCOMPARE(editor.window->data()->chartsPanel()->selectedTouchpoint(), porting);

    // Selecting another card on the map moves the charts to it; two cards, to none.
    const TouchpointId bill = editor.touchpoint("First bill").id;
    editor.scene()->selectTouchpoints({bill});
    QCOMPARE(editor.window->data()->chartsPanel()->selectedTouchpoint(), bill);
    editor.scene()->selectTouchpoints({bill, porting});
    QVERIFY(!editor.window->data()->chartsPanel()->selectedTouchpoint().isValid());
}

void TestDataWorkspace::filterRecoloursTheMap()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const CardScore all = scoreOf(editor, "Number porting");
    const QStringList segments = controller(editor)->answerScope().segments;
    QCOMPARE(segments.size(), 3);

    // Choosing a segment in the tool bar runs the analysis on its answers alone.
    QComboBox *segment = editor.window->data()->filterBar()->segmentBox();
    const int index = segment->findText(segments.first());
    QVERIFY(index > 0);
    segment->setCurrentIndex(index);
    QTRY_COMPARE(controller(editor)->request().segment, segments.first());
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor)
                                 && controller(editor)->findings().request.segment == segments.first(),
                             Timeout);
    const CardScore filtered = scoreOf(editor, "Number porting");
    QVERIFY(filtered.n > 0);
    QVERIFY(filtered.n < all.n);
    QVERIFY(filtered.performance != all.performance);
    QVERIFY(filtered.reliable);
    QCOMPARE(stripColour(editor, "Number porting"), RenderTheme::scoreColor(filtered.performance).rgb());

    // Back to every segment: the same numbers as at first.
    segment->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor) && controller(editor)->findings().request.segment.isEmpty(),
                             Timeout);
    QCOMPARE(scoreOf(editor, "Number porting").n, all.n);
    QCOMPARE(scoreOf(editor, "Number porting").performance, all.performance);
    QCOMPARE(stripColour(editor, "Number porting"), RenderTheme::scoreColor(all.performance).rgb());
}

void TestDataWorkspace::droppedSurveyImportsAndTheMapFollows()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const qint64 before = scoreOf(editor, "Number porting").n;
    const QString survey = writeSurvey(editor.dir, 40);

    // A CSV dropped on the window opens the import wizard on it, at its preview.
    dropFile(editor, survey);
    QTRY_VERIFY(editor.window->data()->importWizard());
    ImportWizard *wizard = editor.window->data()->importWizard();
    QCOMPARE(wizard->dataPath(), survey);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    // Back leads to the file page, to choose another file.
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QSignalSpy imported(wizard, &ImportWizard::imported);
    // While the worker holds the file, the findings wait (the workspace's connection runs first).
    QList<bool> pausedWhileRunning;
    connect(wizard, &ImportWizard::runningChanged, this, [&editor, &pausedWhileRunning](bool running) {
        if (running)
            pausedWhileRunning.append(controller(editor)->isPaused());
    });
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    wizard->next();
    auto *validation = qobject_cast<ValidationPage *>(wizard->currentPage());
    QVERIFY(validation);
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), Timeout);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(imported.size() == 1, Timeout);
    QTRY_VERIFY(!wizard->isRunning());
    // The dry run and the import.
    QCOMPARE(pausedWhileRunning, QList<bool>({true, true}));
    wizard->accept();
    QTRY_VERIFY(!editor.window->data()->importWizard());
    QVERIFY(!controller(editor)->isPaused());

    // The findings are computed again with the new answers: 40 more for Number porting.
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor) && scoreOf(editor, "Number porting").n == before + 40,
                             Timeout);

    // A file that is neither a map nor an export is not taken.
    QMimeData pdf;
    pdf.setUrls({QUrl::fromLocalFile(editor.dir.filePath(QStringLiteral("report.pdf")))});
    QDragEnterEvent refused(QPoint(300, 300), Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(editor.window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestDataWorkspace::importAsksToSaveAnUnsavedMap()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const Journey &journey = editor.journey();
    editor.document()->undoStack()->push(new ChangeJourneyPropertiesCommand(
        editor.document(), journey.name() + QStringLiteral(" (draft)"), journey.description()));
    QVERIFY(editor.document()->isModified());

    // Declined: no wizard, the map stays unsaved.
    editor.prompts.saveBeforeImport = false;
    QVERIFY(!editor.window->data()->importData());
    QCOMPARE(editor.prompts.saveBeforeImportQuestions, 1);
    QVERIFY(!editor.window->data()->importWizard());
    QVERIFY(editor.document()->isModified());

    // Accepted: saved, then the wizard opens on its first page.
    editor.prompts.saveBeforeImport = true;
    QVERIFY(editor.window->data()->importData());
    QCOMPARE(editor.prompts.saveBeforeImportQuestions, 2);
    QVERIFY(!editor.document()->isModified());
    QCOMPARE(DocumentFile::open(editor.path, DocumentFile::Access::ReadOnly)->readJourney().name(),
             journey.name());
    ImportWizard *wizard = editor.window->data()->importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    wizard->reject();
    QTRY_VERIFY(!editor.window->data()->importWizard());

    // A saved map is not asked about again.
    QVERIFY(editor.window->data()->importData());
    QCOMPARE(editor.prompts.saveBeforeImportQuestions, 2);
    editor.window->data()->importWizard()->reject();
}

void TestDataWorkspace::droppedBrokenFileSaysWhyAndChangesNothing()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const QByteArray before = [&editor] {
        QFile file(editor.path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // A quoted field that never closes, from line 3 on.
    const QString broken = editor.dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,Submitted,Number porting\nr1,2026-09-01,4\nr2,\"2026-09-02,5\nr3,2026-09-03,3\n");
    }
    dropFile(editor, broken);
    QTRY_VERIFY(editor.window->data()->importWizard());
    ImportWizard *wizard = editor.window->data()->importWizard();
    // It stays on the file page, which names the file, line and column, to choose another.
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY2(wizard->source().error.contains(QStringLiteral("broken.csv:3:2: quoted field is not closed")),
             qPrintable(wizard->source().error));
    bool shown = false;
    for (const QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == wizard->source().error);
    QVERIFY(shown);
    save(settledGrab(wizard), QStringLiteral("import-broken"));
    wizard->reject();
    QTRY_VERIFY(!editor.window->data()->importWizard());
    QFile file(editor.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestDataWorkspace::editedCopyIsSavedBeforeImport()
{
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared.cxmap"));
    writeDemoDocument(shared);
    // Another cxmap holds it open for writing; this one edits a copy.
    const std::unique_ptr<DocumentFile> other = DocumentFile::open(shared, DocumentFile::Access::ReadWrite);
    Editor editor;
    editor.prompts.lockedChoice = Prompts::LockedChoice::EditCopy;
    QVERIFY(editor.window->openDocument(shared));
    QVERIFY(!editor.window->documents()->isReadOnly());
    QVERIFY(editor.window->data()->importAction()->isEnabled());

    // The copy has no file of its own yet: the import asks to save it, under a new name.
    editor.prompts.savePath = dir.filePath(QStringLiteral("mine.cxmap"));
    QVERIFY(editor.window->data()->importData(writeSurvey(editor.dir, 40)));
    QCOMPARE(editor.prompts.saveBeforeImportQuestions, 1);
    QCOMPARE(editor.window->documents()->file()->path(), editor.prompts.savePath);
    QVERIFY(!editor.window->documents()->file()->isReadOnly());
    ImportWizard *wizard = editor.window->data()->importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->file(), editor.window->documents()->file());
    wizard->reject();
    QTRY_VERIFY(!editor.window->data()->importWizard());

    // A map opened read-only takes no answers: no action, no drop.
    Editor reader;
    reader.prompts.lockedChoice = Prompts::LockedChoice::ReadOnly;
    QVERIFY(reader.window->openDocument(shared));
    QVERIFY(!reader.window->data()->importAction()->isEnabled());
    QVERIFY(!reader.window->data()->importData());
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(writeSurvey(reader.dir, 5))});
    QDragEnterEvent refused(QPoint(300, 300), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(reader.window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestDataWorkspace::cachedFindingsFillTheCharts()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    const auto curvePoints = [&editor] {
        for (QAbstractSeries *series : editor.window->data()->chartsPanel()->curveChart()->chart()->series())
            if (series->objectName() == QLatin1String("curve"))
                return qobject_cast<QLineSeries *>(series)->count();
        return -1;
    };
    QTRY_COMPARE(curvePoints(), int(editor.journey().stages().size()));

    // The findings were kept in the file: another window opening it gets them at once, and
    // its charts keep them.
    const QString copy = editor.dir.filePath(QStringLiteral("copy.cxmap"));
    QVERIFY(QFile::copy(editor.path, copy));
    QVERIFY(editor.window->openDocument(copy));
    QVERIFY(controller(editor)->hasFindings());
    QCOMPARE(curvePoints(), int(editor.journey().stages().size()));

    // Saved under a new name, likewise.
    editor.prompts.savePath = editor.dir.filePath(QStringLiteral("renamed.cxmap"));
    QVERIFY(editor.window->documents()->saveAs());
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    QCOMPARE(curvePoints(), int(editor.journey().stages().size()));
}

void TestDataWorkspace::findingsKeepTheReadersPlace()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    FindingsPanel *panel = editor.window->data()->findingsPanel();
    panel->showAllWeakestLinks();
    const TouchpointId last = controller(editor)->findings().weakestLinks.last();
    QTreeWidgetItem *row = findingRow(panel->tree(), last);
    QVERIFY(row && !row->isHidden());
    panel->tree()->setCurrentItem(row);

    // An edit the analysis reads (a touchpoint renamed) brings new findings: the reader is
    // still on the same finding, with the whole ranking shown.
    const Touchpoint renamed = editor.touchpoint("Upgrade in store");
    Touchpoint changed = renamed;
    changed.name = QStringLiteral("Upgrade at the shop");
    editor.document()->undoStack()->push(
        new ChangeTouchpointsCommand(editor.document(), {changed}, QStringLiteral("Rename")));
    QSignalSpy published(controller(editor), &FindingsController::findingsChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!published.isEmpty() && findingsSettled(editor), Timeout);
    QVERIFY(panel->tree()->currentItem());
    QCOMPARE(panel->tree()->currentItem()->data(0, FindingDelegate::TouchpointRole).toLongLong(), last.value());
    QVERIFY(!panel->tree()->currentItem()->isHidden());
}

void TestDataWorkspace::f6MovesBetweenMapAndPanels()
{
    Editor editor;
    DataWorkspace *data = editor.window->data();
    const auto focusIn = [](QWidget *pane) {
        return QApplication::focusWidget()
            && (QApplication::focusWidget() == pane || pane->isAncestorOf(QApplication::focusWidget()));
    };
    editor.view()->setFocus();
    QVERIFY(focusIn(editor.view()));
    // The findings list, then the inspector raised from behind its tab, the charts, the history.
    const QList<QWidget *> order{data->findingsPanel(), editor.window->inspector()->widget(),
                                 data->chartsPanel(), editor.window->history()->widget(), editor.view()};
    for (QWidget *pane : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY2(focusIn(pane), pane->metaObject()->className());
        if (auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget()))
            QVERIFY(!dock->visibleRegion().isEmpty());
    }
    QCOMPARE(QApplication::focusWidget(), editor.view());
    QTest::keyClick(editor.view(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusIn(editor.window->history()->widget()));

    // A closed panel is skipped.
    data->chartsDock()->close();
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(focusIn(editor.window->history()->widget()));
}

void TestDataWorkspace::dataScreens_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDataWorkspace::dataScreens()
{
    QFETCH(bool, dark);
    const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    Editor editor(Editor::DemoWithAnswers);
    editor.window->resize(1600, 1000);
    editor.window->theme()->setChoice(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
    QCOMPARE(editor.window->theme()->isDark(), dark);
    QCOMPARE(editor.window->palette().color(QPalette::Window).lightness() < 128, dark);
    QTRY_VERIFY_WITH_TIMEOUT(findingsSettled(editor), Timeout);
    editor.view()->fitToWindow();
    QCoreApplication::processEvents();
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-data-overview"));

    // The weakest links spotlit, the weakest one picked in the findings: its trend and answers.
    FindingsPanel *panel = editor.window->data()->findingsPanel();
    panel->weakestLinksAction()->trigger();
    QTreeWidgetItem *row = findingRow(panel->tree(), editor.touchpoint("Number porting").id);
    QVERIFY(row);
    panel->tree()->setCurrentItem(row);
    QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {}, panel->tree()->visualItemRect(row).center());
    QCOMPARE(editor.window->data()->chartsPanel()->selectedTouchpoint(), editor.touchpoint("Number porting").id);
    // At 100%, the scores on the cards.
    editor.view()->setZoom(1.0);
    editor.show(editor.cardRect("Number porting").center());
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-data-detail"));
    ChartsPanel *charts = editor.window->data()->chartsPanel();
    const QStringList tabs = {QStringLiteral("curve"), QStringLiteral("trend"), QStringLiteral("answers"),
                              QStringLiteral("matrix")};
    QCOMPARE(charts->tabs()->count(), tabs.size());
    for (int i = 0; i < tabs.size(); ++i) {
        charts->tabs()->setCurrentIndex(i);
        save(settledGrab(editor.window.get()), theme + QStringLiteral("-data-") + tabs.at(i));
    }

    // The import wizard's pages.
    QVERIFY(editor.window->data()->importData(writeSurvey(editor.dir, 40)));
    ImportWizard *wizard = editor.window->data()->importWizard();
    QVERIFY(wizard);
    wizard->resize(900, 640);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    save(settledGrab(wizard), theme + QStringLiteral("-import-preview"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    save(settledGrab(wizard), theme + QStringLiteral("-import-mapping"));
    wizard->next();
    auto *validation = qobject_cast<ValidationPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), Timeout);
    save(settledGrab(wizard), theme + QStringLiteral("-import-validation"));
    wizard->reject();
}

QTEST_MAIN(TestDataWorkspace)
#include "tst_dataworkspace.moc"
