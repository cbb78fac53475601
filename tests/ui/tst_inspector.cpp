// The inspector edits every property through commands and follows the model, undo included.
#include "panels/bandinspector.h"
#include "panels/inspectordock.h"
#include "panels/inspectorfields.h"
#include "panels/journeyinspector.h"
#include "panels/touchpointinspector.h"
#include "panels/transitioninspector.h"
#include "document/editorstate.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QUndoStack>

using namespace cxmap;
using namespace cxmap::test;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void showsWhatIsSelected();
    void editsTouchpointAndFollowsUndo();
    void movesTouchpointToAnotherCell();
    void editsSeveralTouchpointsAtOnce();
    void editsTransition();
    void editsStageAndJourney();
    void readOnlyDisablesFields();

private:
    static void type(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
};

void TestInspector::showsWhatIsSelected()
{
    Editor editor;
    InspectorDock *dock = editor.window->inspector();
    QCOMPARE(dock->currentPage(), dock->journeyPage());
    QCOMPARE(dock->journeyPage()->nameField()->text(), QStringLiteral("Sample"));
    editor.scene()->select({EditTarget::touchpoint(editor.touchpoint("Call support").id)});
    QCOMPARE(dock->currentPage(), dock->touchpointPage());
    QCOMPARE(dock->touchpointPage()->nameField()->text(), QStringLiteral("Call support"));
    editor.scene()->select({EditTarget::transition(editor.journey().transitions().at(0).id)});
    QCOMPARE(dock->currentPage(), dock->transitionPage());
    QCOMPARE(dock->transitionPage()->shareField()->value(), 100.0);
    editor.scene()->select({EditTarget::lane(editor.journey().lanes().at(1).id)});
    QCOMPARE(dock->currentPage(), dock->bandPage());
    QCOMPARE(dock->bandPage()->nameField()->text(), QStringLiteral("Mobile app"));
    editor.scene()->select({});
    QCOMPARE(dock->currentPage(), dock->journeyPage());
}

void TestInspector::editsTouchpointAndFollowsUndo()
{
    Editor editor;
    TouchpointInspector *page = editor.window->inspector()->touchpointPage();
    const Touchpoint before = editor.touchpoint("Compare plans");
    editor.scene()->select({EditTarget::touchpoint(before.id)});

    type(page->nameField(), QStringLiteral("Compare tariffs"));
    QCOMPARE(editor.journey().touchpoints().find(before.id)->name, QStringLiteral("Compare tariffs"));
    page->kindField()->setFocus();
    page->kindField()->setCurrentIndex(1);
    Q_EMIT page->kindField()->activated(1);
    QCOMPARE(editor.journey().touchpoints().find(before.id)->kind, TouchpointKind::Indirect);
    type(page->ownerField(), QStringLiteral("Sales"));
    QCOMPARE(editor.journey().touchpoints().find(before.id)->owner, QStringLiteral("Sales"));
    page->targetField()->setValue(72.5);
    QCOMPARE(editor.journey().touchpoints().find(before.id)->target, std::optional<double>(72.5));
    page->momentField()->click();
    QVERIFY(editor.journey().touchpoints().find(before.id)->momentOfTruth);
    page->descriptionField()->setFocus();
    QTest::keyClicks(page->descriptionField(), QStringLiteral("Side by side."));
    page->nameField()->setFocus();
    QCOMPARE(editor.journey().touchpoints().find(before.id)->description, QStringLiteral("Side by side."));
    QCOMPARE(editor.document()->undoStack()->count(), 6);

    // Undo: the fields show the model again.
    editor.view()->setFocus();
    for (int i = 0; i < 6; ++i)
        editor.document()->undoStack()->undo();
    QCOMPARE(*editor.journey().touchpoints().find(before.id), before);
    QCOMPARE(page->nameField()->text(), QStringLiteral("Compare plans"));
    QCOMPARE(page->kindField()->currentIndex(), 0);
    QCOMPARE(page->ownerField()->text(), QString());
    QCOMPARE(page->targetField()->value(), page->targetField()->minimum());
    QVERIFY(!page->momentField()->isChecked());
    QCOMPARE(page->descriptionField()->toPlainText(), QString());
    // An empty name is refused; the field shows the name again.
    type(page->nameField(), QString());
    QCOMPARE(editor.journey().touchpoints().find(before.id)->name, QStringLiteral("Compare plans"));
}

void TestInspector::movesTouchpointToAnotherCell()
{
    Editor editor;
    TouchpointInspector *page = editor.window->inspector()->touchpointPage();
    const Touchpoint before = editor.touchpoint("Compare plans");
    editor.scene()->select({EditTarget::touchpoint(before.id)});
    // Into the cell of Online checkout: the card goes below it, not over it.
    page->stageField()->setCurrentIndex(2);
    Q_EMIT page->stageField()->activated(2);
    const Touchpoint &after = *editor.journey().touchpoints().find(before.id);
    QCOMPARE(after.stage, editor.journey().stages().at(2).id);
    const MapGeometry &geometry = editor.scene()->geometry();
    QVERIFY(!geometry.cardRect(after).intersects(geometry.cardRect(editor.touchpoint("Online checkout"))));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestInspector::editsSeveralTouchpointsAtOnce()
{
    Editor editor;
    TouchpointInspector *page = editor.window->inspector()->touchpointPage();
    editor.scene()->selectTouchpoints({editor.touchpoint("Compare plans").id, editor.touchpoint("Call support").id});
    QVERIFY(!page->nameField()->isEnabled());
    QCOMPARE(page->stageField()->currentIndex(), -1);
    type(page->ownerField(), QStringLiteral("Customer service"));
    QCOMPARE(editor.touchpoint("Compare plans").owner, QStringLiteral("Customer service"));
    QCOMPARE(editor.touchpoint("Call support").owner, QStringLiteral("Customer service"));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestInspector::editsTransition()
{
    Editor editor;
    TransitionInspector *page = editor.window->inspector()->transitionPage();
    const Transition before = editor.journey().transitions().at(2); // no share
    editor.scene()->select({EditTarget::transition(before.id)});
    QCOMPARE(page->shareField()->value(), page->shareField()->minimum());
    page->shareField()->setValue(35.0);
    QCOMPARE(editor.journey().transitions().find(before.id)->share, std::optional<double>(0.35));
    type(page->labelField(), QStringLiteral("activates"));
    QCOMPARE(editor.journey().transitions().find(before.id)->label, QStringLiteral("activates"));
    editor.document()->undoStack()->undo();
    editor.document()->undoStack()->undo();
    QCOMPARE(*editor.journey().transitions().find(before.id), before);
    QCOMPARE(page->labelField()->text(), QString());
    QCOMPARE(page->shareField()->value(), page->shareField()->minimum());
}

void TestInspector::editsStageAndJourney()
{
    Editor editor;
    BandInspector *band = editor.window->inspector()->bandPage();
    const Stage use = editor.journey().stages().at(4);
    editor.scene()->select({EditTarget::stage(use.id)});
    band->extentField()->setValue(420);
    QCOMPARE(editor.journey().stages().find(use.id)->extent, 420.0);
    type(band->nameField(), QStringLiteral("Everyday use"));
    QCOMPARE(editor.journey().stages().find(use.id)->name, QStringLiteral("Everyday use"));

    editor.scene()->select({});
    JourneyInspector *journey = editor.window->inspector()->journeyPage();
    type(journey->nameField(), QStringLiteral("Switching contract"));
    QCOMPARE(editor.journey().name(), QStringLiteral("Switching contract"));
    QVERIFY(editor.window->windowTitle().startsWith(QStringLiteral("Switching contract")));
    QCOMPARE(editor.document()->undoStack()->count(), 3);
}

void TestInspector::readOnlyDisablesFields()
{
    Editor editor;
    // One owner of the flag: the state. The inspector follows its signal.
    editor.window->state()->setReadOnly(true);
    TouchpointInspector *page = editor.window->inspector()->touchpointPage();
    editor.scene()->select({EditTarget::touchpoint(editor.touchpoint("Compare plans").id)});
    QVERIFY(!page->nameField()->isEnabled());
    QVERIFY(!page->kindField()->isEnabled());
    QVERIFY(!page->descriptionField()->isEnabled());
    editor.window->state()->setReadOnly(false);
    QVERIFY(page->nameField()->isEnabled());
    QVERIFY(page->kindField()->isEnabled());
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
