// The find bar: Ctrl+F, matches in map order, next and previous, select all, Escape.
#include "canvas/editoperations.h"
#include "canvas/findbar.h"
#include "uitestsupport.h"

#include <QLineEdit>

using namespace cxmap;
using namespace cxmap::test;

class TestFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void findSelectsAndCentresMatches();
    void matchesOwnerAndNotes();
    void escapeClosesAndReturnsToTheMap();
    void matchesFollowEdits();
};

void TestFind::findSelectsAndCentresMatches()
{
    Editor editor;
    FindBar *bar = editor.window->findBar();
    QVERIFY(!bar->isVisible());
    QTest::keyClick(editor.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());

    QTest::keyClicks(bar->field(), QStringLiteral("CHECK"));
    const TouchpointId checkout = editor.touchpoint("Online checkout").id;
    const TouchpointId usage = editor.touchpoint("Check usage in app").id;
    // Map order: Buy (checkout) before Use (usage).
    QCOMPARE(bar->matches(), (QList<TouchpointId>{checkout, usage}));
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{checkout});
    auto centred = [&editor](TouchpointId id) {
        const QRectF shown = editor.view()->mapToScene(editor.viewport()->rect()).boundingRect();
        return shown.contains(editor.scene()->targetRect(EditTarget::touchpoint(id)));
    };
    QVERIFY(centred(checkout));

    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{usage});
    QVERIFY(centred(usage));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{checkout});
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{usage});
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(editor.scene()->selectedTouchpoints(), (QList<TouchpointId>{checkout, usage}));

    // F3 and Shift+F3 from the map.
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_F3);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{checkout});
    QTest::keyClick(editor.view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{usage});

    bar->field()->setText(QStringLiteral("no such thing"));
    QVERIFY(bar->matches().isEmpty());
}

void TestFind::matchesOwnerAndNotes()
{
    Journey journey = sampleJourney();
    Touchpoint support = *journey.findTouchpointByName(QStringLiteral("Call support"));
    support.owner = QStringLiteral("Customer care");
    support.notes = QStringLiteral("Escalations go to tier 2");
    journey.touchpoints().replace(support);
    Editor editor(journey);
    FindBar *bar = editor.window->findBar();
    bar->activate();
    QTest::keyClicks(bar->field(), QStringLiteral("care"));
    QCOMPARE(bar->matches(), QList<TouchpointId>{support.id});
    bar->field()->setText(QStringLiteral("tier 2"));
    QCOMPARE(bar->matches(), QList<TouchpointId>{support.id});
}

void TestFind::escapeClosesAndReturnsToTheMap()
{
    Editor editor;
    FindBar *bar = editor.window->findBar();
    bar->activate();
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(editor.view()->hasFocus());
}

void TestFind::matchesFollowEdits()
{
    Editor editor;
    FindBar *bar = editor.window->findBar();
    bar->activate();
    QTest::keyClicks(bar->field(), QStringLiteral("support"));
    QCOMPARE(bar->matches().size(), 1);
    Touchpoint renamed = editor.touchpoint("Compare plans");
    edit::rename(editor.scene(), EditTarget::touchpoint(renamed.id), QStringLiteral("Support forum"));
    QCOMPARE(bar->matches().size(), 2);

    // An edit elsewhere (a card dragged, say) leaves the selection and the view where they are:
    // the list follows, the map does not jump to a match.
    const Touchpoint &other = editor.touchpoint("Online checkout");
    editor.scene()->selectTouchpoints({other.id});
    const QPointF centre = editor.view()->mapToScene(editor.viewport()->rect().center());
    edit::rename(editor.scene(), EditTarget::touchpoint(other.id), QStringLiteral("Web checkout"));
    QCOMPARE(bar->matches().size(), 2);
    QCOMPARE(editor.scene()->selectedTouchpoints(), QList<TouchpointId>{other.id});
    QCOMPARE(editor.view()->mapToScene(editor.viewport()->rect().center()), centre);
}

QTEST_MAIN(TestFind)
#include "tst_find.moc"
