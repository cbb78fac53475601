// Stage and lane headers: rename in place, reorder by drag, resize by the edge — each one undo
// step, checked in the model.
#include "canvas/headeritem.h"
#include "canvas/inlineeditor.h"
#include "uitestsupport.h"

#include <QUndoStack>

using namespace cxmap;
using namespace cxmap::test;

class TestHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void renameStageByDoubleClick();
    void renameLaneWithF2();
    void reorderStagesByDrag();
    void reorderLanesByDrag();
    void dropOnItsOwnPlaceChangesNothing();
    void resizeStageByItsEdge();
    void resizeLaneByItsEdge();
    void headersStickWhileScrolling();
    void addAndDeleteStage();

private:
    static QRectF header(const Editor &editor, const EditTarget &target)
    {
        return editor.scene()->targetRect(target);
    }
};

void TestHeaders::renameStageByDoubleClick()
{
    Editor editor;
    editor.view()->fitToWindow();
    const Stage buy = editor.journey().stages().at(2);
    editor.doubleClick(header(editor, EditTarget::stage(buy.id)).center());
    InlineEditor *field = editor.view()->inlineEditor();
    QTRY_VERIFY(field->isVisible());
    QCOMPARE(field->text(), QStringLiteral("Buy"));
    QTest::keyClicks(field, QStringLiteral("Purchase"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(editor.journey().stages().find(buy.id)->name, QStringLiteral("Purchase"));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey().stages().find(buy.id)->name, QStringLiteral("Buy"));
}

void TestHeaders::renameLaneWithF2()
{
    Editor editor;
    editor.view()->fitToWindow();
    const Lane chat = editor.journey().lanes().at(4);
    editor.click(header(editor, EditTarget::lane(chat.id)).center());
    QCOMPARE(editor.scene()->selectedLane(), std::optional<LaneId>(chat.id));
    QTest::keyClick(editor.view(), Qt::Key_F2);
    InlineEditor *field = editor.view()->inlineEditor();
    QTRY_VERIFY(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("Live chat"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(editor.journey().lanes().find(chat.id)->name, QStringLiteral("Live chat"));
    // An empty name is not a name: nothing changes.
    QTest::keyClick(editor.view(), Qt::Key_F2);
    QTRY_VERIFY(field->isVisible());
    field->clear();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(editor.journey().lanes().find(chat.id)->name, QStringLiteral("Live chat"));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestHeaders::reorderStagesByDrag()
{
    Editor editor;
    editor.view()->fitToWindow();
    const QList<Stage> before = editor.journey().stages().items();
    const StageId discover = before.at(0).id;
    // Discover dragged past the middle of Buy lands after Buy.
    const QRectF from = header(editor, EditTarget::stage(discover));
    const QRectF buy = header(editor, EditTarget::stage(before.at(2).id));
    editor.drag(from.center(), QPointF(buy.center().x() + buy.width() * 0.3, buy.center().y()));
    QCOMPARE(editor.journey().stages().indexOf(discover), 2);
    QCOMPARE(editor.journey().stages().at(0).id, before.at(1).id);
    QCOMPARE(editor.journey().stages().at(1).id, before.at(2).id);
    // The cards went with their stage.
    const Touchpoint review = editor.touchpoint("Friend's review");
    QVERIFY(editor.scene()->geometry().stageColumn(discover).contains(editor.scene()->geometry().cardRect(review)));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey().stages().items(), before);
}

void TestHeaders::reorderLanesByDrag()
{
    Editor editor;
    editor.view()->fitToWindow();
    const QList<Lane> before = editor.journey().lanes().items();
    const LaneId email = before.at(6).id;
    const QRectF from = header(editor, EditTarget::lane(email));
    const QRectF web = header(editor, EditTarget::lane(before.at(0).id));
    editor.drag(from.center(), QPointF(web.center().x(), web.top() + 5));
    QCOMPARE(editor.journey().lanes().indexOf(email), 0);
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestHeaders::dropOnItsOwnPlaceChangesNothing()
{
    Editor editor;
    editor.view()->fitToWindow();
    const QRectF consider = header(editor, EditTarget::stage(editor.journey().stages().at(1).id));
    editor.drag(consider.center(), consider.center() + QPointF(consider.width() * 0.3, 0));
    QCOMPARE(editor.document()->undoStack()->count(), 0);
}

void TestHeaders::resizeStageByItsEdge()
{
    Editor editor;
    editor.view()->fitToWindow();
    const Stage consider = editor.journey().stages().at(1);
    const QRectF rect = header(editor, EditTarget::stage(consider.id));
    const QPointF edge(rect.right() - 1, rect.center().y());
    editor.drag(edge, edge + QPointF(120, 0));
    const double width = editor.journey().stages().find(consider.id)->extent;
    QVERIFY2(std::abs(width - (consider.extent + 120)) <= 5.0, qPrintable(QString::number(width)));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    // The stages after it moved right with it.
    QCOMPARE(editor.scene()->geometry().stageColumn(editor.journey().stages().at(2).id).left(),
             editor.scene()->geometry().stageColumn(consider.id).right());
    // Never narrower than the minimum, however far it is dragged.
    const QRectF wider = header(editor, EditTarget::stage(consider.id));
    editor.drag(QPointF(wider.right() - 1, wider.center().y()), QPointF(wider.left() - 200, wider.center().y()));
    QCOMPARE(editor.journey().stages().find(consider.id)->extent, MinimumBandExtent);
    QCOMPARE(editor.document()->undoStack()->count(), 2);
    editor.document()->undoStack()->undo();
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey().stages().find(consider.id)->extent, consider.extent);
}

void TestHeaders::resizeLaneByItsEdge()
{
    Editor editor;
    editor.view()->fitToWindow();
    const Lane store = editor.journey().lanes().at(2);
    const QRectF rect = header(editor, EditTarget::lane(store.id));
    const QPointF edge(rect.center().x(), rect.bottom() - 1);
    editor.drag(edge, edge + QPointF(0, 60));
    QVERIFY(std::abs(editor.journey().lanes().find(store.id)->extent - (store.extent + 60)) <= 5.0);
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestHeaders::headersStickWhileScrolling()
{
    Editor editor;
    editor.view()->setZoom(1.5);
    const Stage renew = editor.journey().stages().at(6);
    const Lane email = editor.journey().lanes().at(6);
    // Scrolled to the bottom right: the headers are still at the top and left of the view.
    editor.view()->centerOn(editor.scene()->geometry().cellRect(renew.id, email.id).bottomRight());
    QCoreApplication::processEvents();
    const QRectF shown = editor.view()->mapToScene(editor.viewport()->rect()).boundingRect();
    const QRectF stageHeader = header(editor, EditTarget::stage(renew.id));
    const QRectF laneHeader = header(editor, EditTarget::lane(email.id));
    QVERIFY(shown.top() > 0);
    QVERIFY(std::abs(stageHeader.top() - shown.top()) < 1.0);
    QVERIFY(std::abs(laneHeader.left() - shown.left()) < 1.0);
    editor.doubleClick(stageHeader.center());
    QTRY_VERIFY(editor.view()->inlineEditor()->isVisible());
    QCOMPARE(editor.view()->inlineEditor()->target(), EditTarget::stage(renew.id));
    editor.view()->inlineEditor()->cancel();
}

void TestHeaders::addAndDeleteStage()
{
    Editor editor;
    const Journey before = editor.journey();
    const Stage buy = before.stages().at(2);
    editor.scene()->select({EditTarget::stage(buy.id)});
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(editor.journey().stages().size(), before.stages().size() + 1);
    QCOMPARE(editor.journey().stages().at(3).name, QStringLiteral("New stage"));
    QTRY_VERIFY(editor.view()->inlineEditor()->isVisible());
    QTest::keyClick(editor.view()->inlineEditor(), Qt::Key_Escape);

    // Deleting a stage takes its cards (and their transitions) with it, in one step.
    editor.scene()->select({EditTarget::stage(buy.id)});
    QTest::keyClick(editor.view(), Qt::Key_Delete);
    QVERIFY(!editor.journey().stages().contains(buy.id));
    QVERIFY(!editor.journey().findTouchpointByName(QStringLiteral("Online checkout")));
    QCOMPARE(editor.journey().checkConsistency(), QString());
    editor.document()->undoStack()->undo();
    editor.document()->undoStack()->undo();
    QCOMPARE(editor.journey(), before);
}

QTEST_MAIN(TestHeaders)
#include "tst_headers.moc"
