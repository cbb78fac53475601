// The canvas by mouse and keyboard: add, connect, move, rename, delete, select, tidy — each
// checked in the model, and each one undo step.
#include "actions/editactions.h"
#include "canvas/inlineeditor.h"
#include "document/editorstate.h"
#include "document/touchpointclip.h"
#include "canvas/tools/toolmanager.h"
#include "canvas/touchpointitem.h"
#include "canvas/transitionitem.h"
#include "render/journeyrenderer.h"
#include "render/editordecorations.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QSet>
#include <QScrollBar>
#include <QUndoStack>

#include <cmath>

using namespace cxmap;
using namespace cxmap::test;

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void addTouchpointByDoubleClick();
    void addTouchpointFromToolbarAndKey();
    void connectTwoCardsByDrag();
    void connectHandleHitsOverTheCardToo();
    void connectingToItselfOrTwiceAddsNothing();
    void moveCardToAnotherCell();
    void dragBackToStartLeavesNoStep();
    void escapeCancelsADrag();
    void dragMovesTheWholeSelection();
    void renameWithF2();
    void renameCancelledWithEscape();
    void deleteAndUndo();
    void copyPasteAllocatesNewIds();
    void cutAndPaste();
    void rubberBandAndControlClick();
    void arrowKeysNavigateAndControlArrowsMove();
    void tidyLayoutIsOneStep();
    void zoomKeysAndFit();
    void panWithMiddleDragAndSpace();
    void readOnlyMapRefusesEdits();
    void scoresShowOnCards();
};

void TestCanvasEditing::addTouchpointByDoubleClick()
{
    Editor editor;
    const Journey before = editor.journey();
    const Stage onboard = editor.journey().stages().at(3);
    const Lane store = editor.journey().lanes().at(2);
    const QRectF cell = editor.scene()->geometry().cellRect(onboard.id, store.id);
    const QPointF expected = editor.scene()->geometry().freePositionInCell(editor.journey(), Cell{onboard.id, store.id});

    editor.show(cell.center());
    editor.doubleClick(cell.center() + QPointF(40, 30));

    QCOMPARE(editor.journey().touchpoints().size(), before.touchpoints().size() + 1);
    const Touchpoint &added = editor.journey().touchpoints().at(editor.journey().touchpoints().size() - 1);
    QCOMPARE(added.stage, onboard.id);
    QCOMPARE(added.lane, store.id);
    QCOMPARE(added.position, expected);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{added.id});

    // The new card's name is open for typing.
    InlineEditor *field = editor.view()->inlineEditor();
    QTRY_VERIFY(field->isVisible());
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("SIM swap"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!field->isVisible());
    QCOMPARE(editor.journey().touchpoints().find(added.id)->name, QStringLiteral("SIM swap"));
    QCOMPARE(editor.document()->undoStack()->count(), 2);

    editor.document()->undoStack()->undo();
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey(), before);
}

void TestCanvasEditing::addTouchpointFromToolbarAndKey()
{
    Editor editor;
    const qsizetype count = editor.journey().touchpoints().size();
    // With a card selected, a new one goes into the same cell, below it.
    const Touchpoint compare = editor.touchpoint("Compare plans");
    editor.scene()->select({EditTarget::touchpoint(compare.id)});
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Insert);
    QCOMPARE(editor.journey().touchpoints().size(), count + 1);
    const Touchpoint &added = editor.journey().touchpoints().at(count);
    QCOMPARE(added.stage, compare.stage);
    QCOMPARE(added.lane, compare.lane);
    QVERIFY(added.position.y() >= compare.position.y() + editor.scene()->geometry().metrics().cardHeight);
    QTRY_VERIFY(editor.view()->inlineEditor()->isVisible());
    QTest::keyClick(editor.view()->inlineEditor(), Qt::Key_Escape);

    editor.window->editActions()->addTouchpointAction()->trigger();
    QCOMPARE(editor.journey().touchpoints().size(), count + 2);
}

void TestCanvasEditing::connectHandleHitsOverTheCardToo()
{
    // The handle sits on the card's edge: its inner half, over the card, must be as live as the
    // outer half (an odd-even shape once made it a hole at some zoom levels).
    Editor editor;
    const QRectF card = editor.cardRect("Friend's review");
    TouchpointItem *item = editor.scene()->touchpointItem(editor.touchpoint("Friend's review").id);
    editor.show(card.center());
    editor.hover(card.center());
    QTRY_VERIFY(item->isHovered());
    const QRectF handle = EditorDecorations::connectHandleRect(card);
    QVERIFY(card.contains(handle.center() - QPointF(handle.width() / 4, 0)));
    for (const QPointF point : {handle.center() - QPointF(handle.width() / 4, 0),
                                handle.center() + QPointF(handle.width() / 4, 0)}) {
        QCOMPARE(editor.scene()->interactiveItemAt(point), item);
        QVERIFY(item->handleContains(point));
    }
}

void TestCanvasEditing::connectTwoCardsByDrag()
{
    Editor editor;
    const Touchpoint review = editor.touchpoint("Friend's review");
    const Touchpoint checkout = editor.touchpoint("Online checkout");
    const qsizetype transitions = editor.journey().transitions().size();
    const QRectF from = editor.cardRect("Friend's review");
    const QRectF to = editor.cardRect("Online checkout");
    // The whole map in view, so no sticky header covers the cards.
    editor.view()->fitToWindow();

    // The handle shows when the mouse is over the card; the drag starts on it.
    const QPointF handle = EditorDecorations::connectHandleRect(from).center();
    editor.hover(from.center() - QPointF(20, 0));
    editor.hover(from.center());
    QTRY_VERIFY(editor.scene()->touchpointItem(review.id)->isHovered());
    editor.drag(handle, to.center());

    QCOMPARE(editor.journey().transitions().size(), transitions + 1);
    const Transition &added = editor.journey().transitions().at(transitions);
    QCOMPARE(added.from, review.id);
    QCOMPARE(added.to, checkout.id);
    QVERIFY(!added.share.has_value());
    QCOMPARE(editor.scene()->selectedTransitions(), QList<TransitionId>{added.id});
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey().transitions().size(), transitions);
}

void TestCanvasEditing::connectingToItselfOrTwiceAddsNothing()
{
    Editor editor;
    const QRectF compare = editor.cardRect("Compare plans");
    const QRectF checkout = editor.cardRect("Online checkout");
    editor.show(compare.united(checkout).center());
    const qsizetype transitions = editor.journey().transitions().size();
    editor.hover(compare.center());
    editor.drag(EditorDecorations::connectHandleRect(compare).center(), compare.center() - QPointF(40, 0));
    QCOMPARE(editor.journey().transitions().size(), transitions);
    // Compare plans → Online checkout exists: dragging it again selects it.
    editor.hover(compare.center());
    editor.drag(EditorDecorations::connectHandleRect(compare).center(), checkout.center());
    QCOMPARE(editor.journey().transitions().size(), transitions);
    QCOMPARE(editor.scene()->selectedTransitions().size(), 1);
    QCOMPARE(editor.document()->undoStack()->count(), 0);
}

void TestCanvasEditing::moveCardToAnotherCell()
{
    Editor editor;
    const Touchpoint before = editor.touchpoint("Online checkout");
    const QRectF card = editor.cardRect("Online checkout");
    const Stage onboard = editor.journey().stages().at(3);
    const Lane mobile = editor.journey().lanes().at(1);
    const QRectF target = editor.scene()->geometry().cellRect(onboard.id, mobile.id);
    editor.view()->setZoom(0.6);
    editor.show(card.united(target).center());

    const QPointF grab = card.center() + QPointF(-30, 5);
    editor.drag(grab, grab + (target.center() - card.center()));

    const Touchpoint &after = *editor.journey().touchpoints().find(before.id);
    QCOMPARE(after.stage, onboard.id);
    QCOMPARE(after.lane, mobile.id);
    // Snapped to the grid and inside the cell.
    QCOMPARE(std::fmod(after.position.x(), 5.0), 0.0);
    QCOMPARE(std::fmod(after.position.y(), 5.0), 0.0);
    QVERIFY(target.contains(editor.scene()->geometry().cardRect(after)));
    // Its transitions follow: the arrows are routed to the new place (together, once the
    // burst of changes is over).
    QTRY_VERIFY(editor.scene()->transitionItem(editor.journey().transitions().at(1).id)->route().tip.x()
                >= target.left());

    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.document()->undoStack()->undo();
    QCOMPARE(*editor.journey().touchpoints().find(before.id), before);
    editor.document()->undoStack()->redo();
    QCOMPARE(editor.journey().touchpoints().find(before.id)->stage, onboard.id);

    // A second drag is a second step, never merged into the first.
    const QRectF moved = editor.scene()->geometry().cardRect(*editor.journey().touchpoints().find(before.id));
    editor.drag(moved.center(), moved.center() + QPointF(0, -editor.scene()->geometry().laneRow(mobile.id).height()));
    QCOMPARE(editor.document()->undoStack()->count(), 2);
}

void TestCanvasEditing::dragBackToStartLeavesNoStep()
{
    Editor editor;
    const Touchpoint before = editor.touchpoint("Compare plans");
    const QRectF card = editor.cardRect("Compare plans");
    editor.show(card.center());
    const QPointF start = card.center();
    editor.hover(start);
    QTest::mousePress(editor.viewport(), Qt::LeftButton, {}, editor.at(start));
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(editor.viewport(), editor.at(start + QPointF(step * 20, 0)));
    QVERIFY(editor.journey().touchpoints().find(before.id)->position != before.position);
    QTest::mouseMove(editor.viewport(), editor.at(start));
    QTest::mouseRelease(editor.viewport(), Qt::LeftButton, {}, editor.at(start));
    QCOMPARE(*editor.journey().touchpoints().find(before.id), before);
    QCOMPARE(editor.document()->undoStack()->count(), 0);
    QVERIFY(!editor.document()->isModified());
}

void TestCanvasEditing::escapeCancelsADrag()
{
    Editor editor;
    const Touchpoint before = editor.touchpoint("Compare plans");
    const QRectF card = editor.cardRect("Compare plans");
    editor.show(card.center());
    editor.hover(card.center());
    QTest::mousePress(editor.viewport(), Qt::LeftButton, {}, editor.at(card.center()));
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(editor.viewport(), editor.at(card.center() + QPointF(step * 30, step * 10)));
    QVERIFY(editor.journey().touchpoints().find(before.id)->position != before.position);
    QTest::keyClick(editor.view(), Qt::Key_Escape);
    QCOMPARE(*editor.journey().touchpoints().find(before.id), before);
    QTest::mouseRelease(editor.viewport(), Qt::LeftButton, {}, editor.at(card.center() + QPointF(180, 60)));
    QCOMPARE(*editor.journey().touchpoints().find(before.id), before);
    QCOMPARE(editor.document()->undoStack()->count(), 0);
}

void TestCanvasEditing::dragMovesTheWholeSelection()
{
    Editor editor;
    const Touchpoint compare = editor.touchpoint("Compare plans");
    const Touchpoint checkout = editor.touchpoint("Online checkout");
    const QRectF a = editor.cardRect("Compare plans");
    const QRectF b = editor.cardRect("Online checkout");
    editor.show(a.united(b).center());
    editor.click(a.center());
    editor.click(b.center(), Qt::ControlModifier);
    QCOMPARE(editor.scene()->selectedTouchpoints().size(), 2);
    const double lane = editor.scene()->geometry().laneRow(compare.lane).height();
    editor.drag(a.center(), a.center() + QPointF(0, lane));
    const Lane mobile = editor.journey().lanes().at(1);
    QCOMPARE(editor.journey().touchpoints().find(compare.id)->lane, mobile.id);
    QCOMPARE(editor.journey().touchpoints().find(checkout.id)->lane, mobile.id);
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    QCOMPARE(editor.document()->undoStack()->text(0), QStringLiteral("Move 2 touchpoints"));
}

void TestCanvasEditing::renameWithF2()
{
    Editor editor;
    const Touchpoint use = editor.touchpoint("Check usage in app");
    const QRectF card = editor.cardRect("Check usage in app");
    editor.show(card.center());
    editor.click(card.center());
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{use.id});
    QTest::keyClick(editor.view(), Qt::Key_F2);
    InlineEditor *field = editor.view()->inlineEditor();
    QTRY_VERIFY(field->isVisible());
    QCOMPARE(field->text(), use.name);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("  Usage in the app "));
    QTest::keyClick(field, Qt::Key_Enter);
    QCOMPARE(editor.journey().touchpoints().find(use.id)->name, QStringLiteral("Usage in the app"));
    QCOMPARE(editor.document()->undoStack()->text(0), QStringLiteral("Rename touchpoint"));
    QTRY_VERIFY(editor.view()->hasFocus());
}

void TestCanvasEditing::renameCancelledWithEscape()
{
    Editor editor;
    const QRectF card = editor.cardRect("Call support");
    editor.show(card.center());
    editor.doubleClick(card.center());
    InlineEditor *field = editor.view()->inlineEditor();
    QTRY_VERIFY(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("Nope"));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
    QCOMPARE(editor.touchpoint("Call support").name, QStringLiteral("Call support"));
    QCOMPARE(editor.document()->undoStack()->count(), 0);
}

void TestCanvasEditing::deleteAndUndo()
{
    Editor editor;
    const Journey before = editor.journey();
    const Touchpoint use = editor.touchpoint("Check usage in app");
    const QRectF card = editor.cardRect("Check usage in app");
    editor.show(card.center());
    editor.click(card.center());
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QVERIFY(!editor.journey().touchpoints().contains(use.id));
    QVERIFY(editor.scene()->touchpointItem(use.id) == nullptr);
    // Its three transitions went with it.
    QCOMPARE(editor.journey().transitions().size(), before.transitions().size() - 3);
    QCOMPARE(editor.journey().checkConsistency(), QString());
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.window->editActions()->undoAction()->trigger();
    QCOMPARE(editor.journey(), before);
    QVERIFY(editor.scene()->touchpointItem(use.id) != nullptr);
    for (const Transition &transition : before.transitions())
        QVERIFY(editor.scene()->transitionItem(transition.id) != nullptr);

    // A transition alone can be deleted too — and is gone from the screen, not only the model
    // (arrows are drawn in the view's cached background).
    const Transition loop = before.transitions().at(4);
    const TransitionRoute route = editor.scene()->transitionItem(loop.id)->route();
    const QPointF onArrow = route.pointAt(0.3);
    editor.show(onArrow);
    const QColor arrow = editor.view()->grab().toImage().pixelColor(editor.at(onArrow));
    QVERIFY(arrow != editor.scene()->theme().laneBand && arrow != editor.scene()->theme().laneBandAlternate);
    editor.scene()->select({EditTarget::transition(loop.id)});
    editor.window->editActions()->deleteAction()->trigger();
    QVERIFY(!editor.journey().transitions().contains(loop.id));
    QCOMPARE(editor.journey().touchpoints().size(), before.touchpoints().size());
    const QColor after = editor.view()->grab().toImage().pixelColor(editor.at(onArrow));
    QVERIFY2(after == editor.scene()->theme().laneBand || after == editor.scene()->theme().laneBandAlternate,
             qPrintable(after.name()));
}

void TestCanvasEditing::copyPasteAllocatesNewIds()
{
    Editor editor;
    const Journey before = editor.journey();
    const Touchpoint compare = editor.touchpoint("Compare plans");
    const Touchpoint checkout = editor.touchpoint("Online checkout");
    editor.scene()->selectTouchpoints({compare.id, checkout.id});
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(TouchpointClip::MimeType)));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Compare plans\nOnline checkout"));
    QCOMPARE(editor.document()->undoStack()->count(), 0);

    QTest::keyClick(editor.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.journey().touchpoints().size(), before.touchpoints().size() + 2);
    QCOMPARE(editor.journey().transitions().size(), before.transitions().size() + 1);
    QSet<qint64> oldIds;
    for (const Touchpoint &t : before.touchpoints())
        oldIds.insert(t.id.value());
    for (const Transition &t : before.transitions())
        oldIds.insert(t.id.value());
    const QList<TouchpointId> pasted = editor.scene()->selectedTouchpoints();
    QCOMPARE(pasted.size(), 2);
    const MapGeometry &geometry = editor.scene()->geometry();
    for (TouchpointId id : pasted) {
        QVERIFY(!oldIds.contains(id.value()));
        const Touchpoint &copy = *editor.journey().touchpoints().find(id);
        const Touchpoint &original = copy.name == compare.name ? compare : checkout;
        QCOMPARE(copy.stage, original.stage);
        QCOMPARE(copy.lane, original.lane);
        // Beside the original, not on top of it.
        QVERIFY(!geometry.cardRect(copy).intersects(geometry.cardRect(original)));
    }
    // The transition between them was copied and joins the copies.
    const Transition &link = editor.journey().transitions().at(before.transitions().size());
    QVERIFY(!oldIds.contains(link.id.value()));
    QVERIFY(pasted.contains(link.from) && pasted.contains(link.to));
    QCOMPARE(link.share, std::optional<double>(0.6));
    QCOMPARE(editor.journey().checkConsistency(), QString());

    // Pasting again makes two more, each time with new IDs.
    QTest::keyClick(editor.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.journey().touchpoints().size(), before.touchpoints().size() + 4);
    QCOMPARE(editor.document()->undoStack()->count(), 2);
    editor.document()->undoStack()->undo();
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey(), before);
}

void TestCanvasEditing::cutAndPaste()
{
    Editor editor;
    const Journey before = editor.journey();
    const Touchpoint use = editor.touchpoint("Check usage in app");
    editor.scene()->select({EditTarget::touchpoint(use.id)});
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!editor.journey().touchpoints().contains(use.id));
    QCOMPARE(editor.document()->undoStack()->text(0), QStringLiteral("Cut touchpoint"));
    QTest::keyClick(editor.view(), Qt::Key_V, Qt::ControlModifier);
    const Touchpoint *back = editor.journey().findTouchpointByName(use.name);
    QVERIFY(back);
    QVERIFY(back->id != use.id);
    QCOMPARE(back->stage, use.stage);
    QCOMPARE(back->lane, use.lane);
    QCOMPARE(back->position, use.position);
}

void TestCanvasEditing::rubberBandAndControlClick()
{
    Editor editor;
    const QRectF compare = editor.cardRect("Compare plans");
    const QRectF checkout = editor.cardRect("Online checkout");
    editor.view()->setZoom(0.6);
    editor.show(compare.united(checkout).center());
    // From the empty cell below the two cards, up and across both.
    const QPointF start(compare.left() - 6, compare.bottom() + 40);
    editor.drag(start, QPointF(checkout.center().x(), compare.top() + 20));
    QCOMPARE(editor.scene()->selectedTouchpoints().size(), 2);
    editor.click(checkout.center(), Qt::ControlModifier);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{editor.touchpoint("Compare plans").id});
    editor.click(QPointF(compare.left() - 6, compare.bottom() + 40));
    QVERIFY(editor.scene()->selectedItems().isEmpty());
    QCOMPARE(editor.document()->undoStack()->count(), 0);
}

void TestCanvasEditing::arrowKeysNavigateAndControlArrowsMove()
{
    Editor editor;
    const Touchpoint compare = editor.touchpoint("Compare plans");
    const Touchpoint checkout = editor.touchpoint("Online checkout");
    editor.scene()->select({EditTarget::touchpoint(compare.id)});
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Right);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{checkout.id});
    QTest::keyClick(editor.view(), Qt::Key_Up);
    QCOMPARE(editor.scene()->selectedStage(), std::optional<StageId>(checkout.stage));
    QTest::keyClick(editor.view(), Qt::Key_Down);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{checkout.id});

    QTest::keyClick(editor.view(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(editor.journey().touchpoints().find(checkout.id)->stage, editor.journey().stages().at(3).id);
    QTest::keyClick(editor.view(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(editor.journey().touchpoints().find(checkout.id)->lane, editor.journey().lanes().at(1).id);
    QCOMPARE(editor.document()->undoStack()->count(), 2);

    const QPointF position = editor.journey().touchpoints().find(checkout.id)->position;
    QTest::keyClick(editor.view(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(editor.view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(editor.journey().touchpoints().find(checkout.id)->position, position + QPointF(20, 0));
    // A held arrow key is one step.
    QCOMPARE(editor.document()->undoStack()->count(), 3);
}

void TestCanvasEditing::tidyLayoutIsOneStep()
{
    Journey journey = sampleJourney();
    // Three overlapping cards in one cell.
    for (int i = 0; i < 3; ++i) {
        Touchpoint extra = makeTouchpoint(journey.allocateId(), journey.stages().at(1).id,
                                          journey.lanes().at(0).id, QStringLiteral("Extra %1").arg(i));
        extra.position = QPointF(20 + i * 7, 15 + i * 11);
        journey.touchpoints().append(extra);
    }
    Editor editor(journey);
    const Journey before = editor.journey();
    editor.window->editActions()->tidyAction()->trigger();
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    const MapGeometry &geometry = editor.scene()->geometry();
    for (const Touchpoint &a : editor.journey().touchpoints()) {
        QVERIFY(geometry.cellRect(a.stage, a.lane).contains(geometry.cardRect(a)));
        for (const Touchpoint &b : editor.journey().touchpoints())
            QVERIFY(a.id == b.id || !geometry.cardRect(a).intersects(geometry.cardRect(b)));
    }
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey(), before);
}

void TestCanvasEditing::zoomKeysAndFit()
{
    Editor editor;
    QSignalSpy zoomed(editor.view(), &JourneyView::zoomChanged);
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(editor.view()->zoom(), 1.25);
    QTest::keyClick(editor.view(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(editor.view()->zoom(), 1.0);
    QTest::keyClick(editor.view(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(editor.view()->zoom() < 1.0);
    const QRectF shown = editor.view()->mapToScene(editor.viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(editor.scene()->geometry().bounds()));
    QCOMPARE(zoomed.count(), 3);
}

void TestCanvasEditing::panWithMiddleDragAndSpace()
{
    Editor editor;
    editor.view()->setZoom(2.0);
    QScrollBar *horizontal = editor.view()->horizontalScrollBar();
    QScrollBar *vertical = editor.view()->verticalScrollBar();
    horizontal->setValue(horizontal->maximum() / 2);
    vertical->setValue(vertical->maximum() / 2);
    const int x = horizontal->value();
    const int y = vertical->value();
    const Journey before = editor.journey();

    const QPoint start = editor.viewport()->rect().center();
    QTest::mousePress(editor.viewport(), Qt::MiddleButton, {}, start);
    QTest::mouseMove(editor.viewport(), start + QPoint(-60, -40));
    QTest::mouseRelease(editor.viewport(), Qt::MiddleButton, {}, start + QPoint(-60, -40));
    QCOMPARE(horizontal->value(), x + 60);
    QCOMPARE(vertical->value(), y + 40);

    // Space held: the left button pans instead of selecting or moving.
    editor.view()->setFocus();
    QTest::keyPress(editor.view(), Qt::Key_Space);
    QTest::mousePress(editor.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(editor.viewport(), start + QPoint(100, 0));
    QTest::mouseRelease(editor.viewport(), Qt::LeftButton, {}, start + QPoint(100, 0));
    QTest::keyRelease(editor.view(), Qt::Key_Space);
    QCOMPARE(horizontal->value(), x + 60 - 100);
    QCOMPARE(editor.journey(), before);
    QVERIFY(editor.scene()->selectedItems().isEmpty());
}

void TestCanvasEditing::readOnlyMapRefusesEdits()
{
    Editor editor;
    editor.window->state()->setReadOnly(true);
    const Journey before = editor.journey();
    const QRectF card = editor.cardRect("Compare plans");
    editor.show(card.center());
    editor.drag(card.center(), card.center() + QPointF(300, 0));
    editor.doubleClick(editor.scene()->geometry().cellRect(before.stages().at(3).id, before.lanes().at(3).id).center());
    QCOMPARE(editor.journey(), before);
    QVERIFY(!editor.view()->inlineEditor()->isVisible());
}

void TestCanvasEditing::scoresShowOnCards()
{
    // The cards cache their drawing: new scores (phase 2's data) must still reach the screen.
    Editor editor;
    const Touchpoint compare = editor.touchpoint("Compare plans");
    const QRectF card = editor.cardRect("Compare plans");
    editor.show(card.center());
    const QPoint strip = editor.at(QPointF(card.left() + 3, card.center().y()));
    QCOMPARE(editor.view()->grab().toImage().pixel(strip), editor.scene()->theme().noScore.rgb());
    Findings findings;
    TouchpointFinding finding;
    finding.id = compare.id;
    finding.name = compare.name;
    finding.performance.n = 40;
    finding.performance.mean = 20;
    finding.reliable = true;
    findings.touchpoints.append(finding);
    editor.window->state()->setFindings(findings);
    QCOMPARE(editor.view()->grab().toImage().pixel(strip), RenderTheme::scoreColor(20).rgb());
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
