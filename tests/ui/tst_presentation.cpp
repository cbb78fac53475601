// Presentation mode and workshop capture (issue 10): F5 and View → Present enter it and Esc
// leaves it with the map, view and selection as they were; every key a clicker or a keyboard
// sends moves through the steps; Tab, V, Shift+V and N capture the room's input into the
// document through its undo stack; no text is drawn below 24 pt at 1080p; B, W and L.
#include "actions/presentactions.h"
#include "actions/viewactions.h"
#include "analysis/stagecurve.h"
#include "panels/workshopdock.h"
#include "analysis/spotlight.h"
#include "canvas/journeyview.h"
#include "dataworkspace.h"
#include "document/editorstate.h"
#include "findings/findingscontroller.h"
#include "present/noteoverlay.h"
#include "present/presentationplan.h"
#include "present/presentationwindow.h"
#include "textrecorder.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cxmap;
using namespace cxmap::test;

namespace {

constexpr int Timeout = 20000;

bool settled(const Editor &editor)
{
    const FindingsController *controller = editor.window->data()->controller();
    return controller->hasFindings() && !controller->isBusy();
}

qsizetype votes(const Journey &journey)
{
    return journey.workshop().votes.size();
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void stepsFollowTheFindings();
    void everyKeyMovesThroughTheSteps_data();
    void everyKeyMovesThroughTheSteps();
    void homeEndAndDigits();
    void escReturnsWithTheSelectionAndView();
    void captureIsAnUndoableEdit();
    void noteIsTypedOverTheMap();
    void noTextBelowTheFloor();
    void blankScreensAndPointer();
    void refreshFindingsLeftF5();
    void workshopShowsInTheEditor();
    void experienceLaneIsAViewToggle();

private:
    PresentationWindow *present(Editor &editor);
};

PresentationWindow *TestPresentation::present(Editor &editor)
{
    if (!QTest::qWaitFor([&editor] { return settled(editor); }, Timeout))
        return nullptr;
    PresentActions *actions = editor.window->presentActions();
    if (!actions->present())
        return nullptr;
    PresentationWindow *window = actions->presentation();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    window->activateWindow();
    window->setFocus();
    return window;
}

void TestPresentation::stepsFollowTheFindings()
{
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    const QList<PresentationStep> &steps = window->steps();
    const Journey &journey = editor.journey();
    const Findings &findings = editor.window->state()->findings();
    // Title → overview → each stage → each weakest link → moments of truth → fix first → summary.
    QCOMPARE(steps.first().kind, StepKind::Title);
    QCOMPARE(steps.at(1).kind, StepKind::Overview);
    for (qsizetype i = 0; i < journey.stages().size(); ++i) {
        QCOMPARE(steps.at(2 + i).kind, StepKind::StageFocus);
        QCOMPARE(steps.at(2 + i).title, journey.stages().at(i).name);
    }
    qsizetype at = 2 + journey.stages().size();
    // The weakest links the spotlight lights (the top five that carry weight), one at a time.
    const QList<TouchpointId> weakest = spotlitWeakestLinks(findings);
    QVERIFY(!weakest.isEmpty());
    for (const TouchpointId link : weakest) {
        QCOMPARE(steps.at(at).kind, StepKind::WeakestLink);
        QCOMPARE(steps.at(at).touchpoint, link);
        // The caption says it in plain words: score, answers, where it ranks.
        QVERIFY2(steps.at(at).caption.contains(QStringLiteral("answers")), qPrintable(steps.at(at).caption));
        ++at;
    }
    QCOMPARE(steps.at(at++).kind, StepKind::MomentsOfTruth);
    QCOMPARE(steps.at(at++).kind, StepKind::FixFirst);
    QCOMPARE(steps.at(at++).kind, StepKind::Summary);
    QCOMPARE(at, steps.size());
    // The title names the data basis.
    QVERIFY(steps.first().caption.contains(QStringLiteral("5,000")) || steps.first().notes.join(u' ').contains(QStringLiteral("5,000")));
}

void TestPresentation::everyKeyMovesThroughTheSteps_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("move");
    QTest::newRow("Right") << int(Qt::Key_Right) << 1;
    QTest::newRow("Down") << int(Qt::Key_Down) << 1;
    QTest::newRow("PageDown (clicker)") << int(Qt::Key_PageDown) << 1;
    QTest::newRow("Space") << int(Qt::Key_Space) << 1;
    QTest::newRow("Return") << int(Qt::Key_Return) << 1;
    QTest::newRow("Enter") << int(Qt::Key_Enter) << 1;
    QTest::newRow("Left") << int(Qt::Key_Left) << -1;
    QTest::newRow("Up") << int(Qt::Key_Up) << -1;
    QTest::newRow("PageUp (clicker)") << int(Qt::Key_PageUp) << -1;
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << -1;
}

void TestPresentation::everyKeyMovesThroughTheSteps()
{
    QFETCH(int, key);
    QFETCH(int, move);
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    window->goTo(3, false);
    const QRectF before = window->currentView();
    QTest::keyClick(window, Qt::Key(key));
    QCOMPARE(window->currentStep(), 3 + move);
    // Moving starts at once: the view is on its way on the next frame.
    QVERIFY(QTest::qWaitFor([&] { return window->currentView() != before; }, 1000));
    QVERIFY(QTest::qWaitFor([&] { return !window->isGliding(); }, 3000));
    // At either end it stays.
    window->goTo(0, false);
    QTest::keyClick(window, Qt::Key_PageUp);
    QCOMPARE(window->currentStep(), 0);
    window->goTo(int(window->steps().size()) - 1, false);
    QTest::keyClick(window, Qt::Key_PageDown);
    QCOMPARE(window->currentStep(), int(window->steps().size()) - 1);
}

void TestPresentation::homeEndAndDigits()
{
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_End);
    QCOMPARE(window->steps().at(window->currentStep()).kind, StepKind::Summary);
    QTest::keyClick(window, Qt::Key_Home);
    QCOMPARE(window->currentStep(), 0);
    QTest::keyClick(window, Qt::Key_3);
    const PresentationStep &third = window->steps().at(window->currentStep());
    QCOMPARE(third.kind, StepKind::StageFocus);
    QCOMPARE(third.stage, qsizetype(2));
    QCOMPARE(third.title, editor.journey().stages().at(2).name);
    // The stage fills the view: its column is on screen, the map's far end is not.
    QVERIFY(QTest::qWaitFor([&] { return !window->isGliding(); }, 3000));
    const QRectF view = window->currentView();
    QVERIFY(view.width() < editor.scene()->geometry().bounds().width() / 2);
}

void TestPresentation::escReturnsWithTheSelectionAndView()
{
    Editor editor(Editor::DemoWithAnswers);
    const TouchpointId chosen = editor.touchpoint("Online checkout").id;
    editor.window->state()->setSelection({EditTarget::touchpoint(chosen)});
    editor.view()->setZoom(0.8);
    editor.view()->centerOn(editor.cardRect("Online checkout").center());
    QCoreApplication::processEvents();
    const double zoom = editor.view()->zoom();
    const QPointF centre = editor.view()->mapToScene(editor.viewport()->rect().center());

    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QVERIFY(window->isFullScreen());
    QSignalSpy presenting(editor.window->presentActions(), &PresentActions::presentingChanged);
    QTest::keyClick(window, Qt::Key_PageDown);
    QTest::keyClick(window, Qt::Key_PageDown);
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !editor.window->presentActions()->presentation(); }, 3000));
    QCOMPARE(presenting.count(), 1);
    QCOMPARE(editor.window->state()->selection(), QList<EditTarget>{EditTarget::touchpoint(chosen)});
    QCOMPARE(editor.view()->zoom(), zoom);
    const QPointF after = editor.view()->mapToScene(editor.viewport()->rect().center());
    QVERIFY2(QLineF(after, centre).length() < 2.0, "the view moved");
    QVERIFY(editor.window->isVisible());
}

void TestPresentation::captureIsAnUndoableEdit()
{
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3); // a stage: its cards are in view
    QVERIFY(QTest::qWaitFor([&] { return !window->isGliding(); }, 3000));
    QVERIFY(!window->focusedCard().isValid());
    QTest::keyClick(window, Qt::Key_Tab);
    const TouchpointId first = window->focusedCard();
    QVERIFY(first.isValid());
    // The focus ring stays on the stage's cards.
    const Touchpoint *card = editor.journey().touchpoints().find(first);
    QCOMPARE(card->stage, editor.journey().stages().at(2).id);
    QTest::keyClick(window, Qt::Key_Tab);
    QVERIFY(window->focusedCard() != first || editor.journey().touchpointsInStage(card->stage).size() == 1);
    QTest::keyClick(window, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(window->focusedCard(), first);

    QUndoStack *undo = editor.document()->undoStack();
    const int undoBefore = undo->count();
    QVERIFY(!editor.document()->isModified());
    QTest::keyClick(window, Qt::Key_V);
    QTest::keyClick(window, Qt::Key_V);
    QCOMPARE(votes(editor.journey()), 2);
    QCOMPARE(editor.journey().workshop().votesFor(first), 2);
    QCOMPARE(editor.journey().workshop().sessions.size(), 1);
    QVERIFY(editor.document()->isModified()); // closing asks, as for any edit
    QTest::keyClick(window, Qt::Key_V, Qt::ShiftModifier);
    QCOMPARE(votes(editor.journey()), 1);
    QCOMPARE(undo->count(), undoBefore + 3);
    undo->undo();
    QCOMPARE(votes(editor.journey()), 2);
    undo->undo();
    undo->undo();
    QCOMPARE(votes(editor.journey()), 0);
    undo->redo();
    QCOMPARE(votes(editor.journey()), 1);
    // Taking back a vote the card does not have changes nothing.
    QTest::keyClick(window, Qt::Key_Tab);
    const TouchpointId other = window->focusedCard();
    if (other != first) {
        QTest::keyClick(window, Qt::Key_V, Qt::ShiftModifier);
        QCOMPARE(votes(editor.journey()), 1);
    }
}

void TestPresentation::noteIsTypedOverTheMap()
{
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_2);
    QTest::keyClick(window, Qt::Key_Tab);
    const TouchpointId card = window->focusedCard();
    QVERIFY(card.isValid());
    const int stepWhileTyping = window->currentStep();
    QTest::keyClick(window, Qt::Key_N);
    NoteOverlay *overlay = window->noteOverlay();
    QVERIFY(overlay);
    QVERIFY(overlay->isVisible());
    // The overlay keeps the map in view: it covers the bottom band only.
    QVERIFY(overlay->geometry().top() > window->height() / 2);
    overlay->setKind(NoteKind::Idea);
    QTest::keyClicks(overlay->textField(), QStringLiteral("Show the porting date up front"));
    QTest::keyClick(overlay->textField(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !window->noteOverlay(); }, 1000));
    // Enter kept the note and did not move the presentation on.
    QCOMPARE(window->currentStep(), stepWhileTyping);
    const QList<WorkshopNote> notes = editor.journey().workshop().notes;
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().touchpoint, card);
    QCOMPARE(notes.first().kind, NoteKind::Idea);
    QCOMPARE(notes.first().text, QStringLiteral("Show the porting date up front"));
    // Esc drops a note being typed, and the presentation goes on.
    QTest::keyClick(window, Qt::Key_N);
    QVERIFY(window->noteOverlay());
    QTest::keyClicks(window->noteOverlay()->textField(), QStringLiteral("dropped"));
    QTest::keyClick(window->noteOverlay()->textField(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !window->noteOverlay(); }, 1000));
    QCOMPARE(editor.journey().workshop().notes.size(), 1);
    QVERIFY(editor.window->presentActions()->presentation());
    editor.document()->undoStack()->undo();
    QVERIFY(editor.journey().workshop().notes.isEmpty());
}

void TestPresentation::noTextBelowTheFloor()
{
    // 24 pt at 1080p is 32 px: every text of every step, captions and map alike.
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    window->showNormal();
    window->resize(1920, 1080);
    QCOMPARE(window->size(), QSize(1920, 1080));
    for (int step = 0; step < window->steps().size(); ++step) {
        window->goTo(step, false);
        TextRecorder recorder(window->size());
        window->render(&recorder);
        const QList<double> &sizes = recorder.devicePixelSizes();
        QVERIFY2(!recorder.texts().isEmpty(), qPrintable(QString::number(step)));
        for (qsizetype i = 0; i < sizes.size(); ++i)
            QVERIFY2(sizes.at(i) >= PresentationWindow::MinimumTextPixels - 0.6,
                     qPrintable(QStringLiteral("step %1 (%2): \"%3\" at %4 px")
                                    .arg(step)
                                    .arg(window->steps().at(step).title, recorder.texts().at(i))
                                    .arg(sizes.at(i))));
        // Stage steps name their cards on the map itself.
        const PresentationStep &shown = window->steps().at(step);
        if (shown.kind == StepKind::StageFocus) {
            const QString text = recorder.joined();
            for (TouchpointId id : editor.journey().touchpointsInStage(editor.journey().stages().at(shown.stage).id)) {
                const QString name = editor.journey().touchpoints().find(id)->name;
                QVERIFY2(text.contains(name.left(8)), qPrintable(QStringLiteral("%1 in stage %2").arg(name, shown.title)));
            }
        }
    }
}

void TestPresentation::blankScreensAndPointer()
{
    Editor editor(Editor::DemoWithAnswers);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_B);
    QCOMPARE(window->blank(), PresentationWindow::Blank::Black);
    QImage frame = window->renderFrame();
    QCOMPARE(frame.pixelColor(frame.width() / 2, frame.height() / 2), QColor(Qt::black));
    // Any key brings the map back without moving on.
    const int step = window->currentStep();
    QTest::keyClick(window, Qt::Key_PageDown);
    QCOMPARE(window->blank(), PresentationWindow::Blank::None);
    QCOMPARE(window->currentStep(), step);
    QTest::keyClick(window, Qt::Key_W);
    frame = window->renderFrame();
    QCOMPARE(frame.pixelColor(frame.width() / 2, frame.height() / 2), QColor(Qt::white));
    QTest::keyClick(window, Qt::Key_W);
    QCOMPARE(window->blank(), PresentationWindow::Blank::None);
    QTest::keyClick(window, Qt::Key_L);
    QVERIFY(window->pointerSpotlight());
    QTest::keyClick(window, Qt::Key_L);
    QVERIFY(!window->pointerSpotlight());
    // The clock runs.
    QTest::qWait(50);
    QVERIFY(window->elapsedMilliseconds() >= 50);
}

void TestPresentation::refreshFindingsLeftF5()
{
    Editor editor;
    QAction *present = editor.window->presentActions()->presentAction();
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
    for (QAction *action : editor.window->findChildren<QAction *>())
        if (action != present)
            QVERIFY2(!action->shortcuts().contains(QKeySequence(Qt::Key_F5)), qPrintable(action->text()));
}

void TestPresentation::workshopShowsInTheEditor()
{
    Editor editor(Editor::DemoWithAnswers);
    auto *dock = editor.window->findChild<WorkshopDock *>();
    QVERIFY(dock);
    QCOMPARE(dock->tree()->topLevelItemCount(), 0);
    PresentationWindow *window = present(editor);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_4);
    QTest::keyClick(window, Qt::Key_Tab);
    const TouchpointId card = window->focusedCard();
    QVERIFY(card.isValid());
    QTest::keyClick(window, Qt::Key_V);
    QTest::keyClick(window, Qt::Key_V);
    QTest::keyClick(window, Qt::Key_N);
    QVERIFY(window->noteOverlay());
    window->noteOverlay()->setKind(NoteKind::PainPoint);
    QTest::keyClicks(window->noteOverlay()->textField(), QStringLiteral("Nobody knows the porting date"));
    QTest::keyClick(window->noteOverlay()->textField(), Qt::Key_Return);
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !editor.window->presentActions()->presentation(); }, 3000));

    // The panel lists the note under its kind and the card under its votes.
    const QString name = editor.journey().touchpoints().find(card)->name;
    QStringList lines;
    QTreeWidgetItem *noteItem = nullptr;
    for (int i = 0; i < dock->tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = dock->tree()->topLevelItem(i);
        lines.append(group->text(0));
        for (int k = 0; k < group->childCount(); ++k) {
            lines.append(QStringLiteral("  ") + group->child(k)->text(0));
            if (group->child(k)->text(0).contains(QStringLiteral("porting date")))
                noteItem = group->child(k);
        }
    }
    QCOMPARE(lines, (QStringList{QStringLiteral("Pain point (1)"),
                                 QStringLiteral("  %1: Nobody knows the porting date").arg(name),
                                 QStringLiteral("Dot votes (2)"), QStringLiteral("  %1: 2 votes").arg(name)}));
    // The card carries the count on the map.
    TextRecorder recorder;
    QPainter painter(&recorder);
    editor.scene()->render(&painter, QRectF(), editor.cardRect(name.toUtf8().constData()).adjusted(-10, -10, 10, 10));
    painter.end();
    QVERIFY2(recorder.joined().contains(QStringLiteral("\u25CF 2")), qPrintable(recorder.joined()));
    // Choosing the note selects its card; Delete removes the note, undoably.
    editor.window->state()->setSelection({});
    dock->tree()->setCurrentItem(noteItem);
    QCOMPARE(editor.window->state()->selection(), QList<EditTarget>{EditTarget::touchpoint(card)});
    QTest::keyClick(dock->tree(), Qt::Key_Delete);
    QVERIFY(editor.journey().workshop().notes.isEmpty());
    QCOMPARE(dock->tree()->topLevelItem(0)->text(0), QStringLiteral("Dot votes (2)"));
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey().workshop().notes.size(), 1);
}

void TestPresentation::experienceLaneIsAViewToggle()
{
    Editor editor(Editor::DemoWithAnswers);
    QVERIFY(QTest::qWaitFor([&editor] { return settled(editor); }, Timeout));
    QAction *toggle = editor.window->findChild<ViewActions *>()->experienceLaneAction();
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!editor.scene()->geometry().hasExperienceLane());
    const double height = editor.scene()->geometry().bounds().height();
    toggle->trigger();
    QVERIFY(editor.scene()->geometry().hasExperienceLane());
    QVERIFY(editor.scene()->geometry().bounds().height() > height + 100);
    // The curve is drawn with each stage's mean, where the stages are.
    TextRecorder recorder;
    QPainter painter(&recorder);
    editor.scene()->render(&painter, QRectF(), editor.scene()->geometry().experienceLaneRect());
    painter.end();
    const QList<StagePoint> curve = stageCurve(editor.journey(), editor.window->state()->findings());
    QVERIFY(!curve.isEmpty());
    for (const StagePoint &point : curve)
        if (point.performance.n > 0)
            QVERIFY2(recorder.texts().contains(QString::number(qRound(point.performance.mean))), qPrintable(recorder.joined()));
    // It stays as the user left it.
    QVERIFY(QSettings().value(QStringLiteral("view/experienceLane")).toBool());
    toggle->trigger();
    QVERIFY(!editor.scene()->geometry().hasExperienceLane());
    QCOMPARE(editor.scene()->geometry().bounds().height(), height);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
