// Every undo command, pushed, undone and redone at the document level, with the saved file
// compared after each step (STYLE.md, "Tests").
#include "commands/bandcommands.h"
#include "commands/journeycommands.h"
#include "commands/touchpointcommands.h"
#include "commands/transitioncommands.h"
#include "document/journeydocument.h"
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace cxmap;
using CommandFactory = std::function<QUndoCommand *(JourneyDocument *)>;
Q_DECLARE_METATYPE(CommandFactory)

namespace {

// The map tables as text, in stored order: what "the saved result" means for these tests.
QString dumpMap(SqliteDatabase &db)
{
    QString dump;
    for (const char *sql : {"SELECT key, value FROM document WHERE key NOT IN ('next_id', 'respondent_salt') ORDER BY key",
                            "SELECT * FROM stage ORDER BY position", "SELECT * FROM lane ORDER BY position",
                            "SELECT * FROM touchpoint ORDER BY position", "SELECT * FROM transition ORDER BY position"}) {
        SqliteStatement query(db, sql);
        while (query.step()) {
            for (int column = 0; column < 14; ++column)
                dump += (query.isNull(column) ? QStringLiteral("NULL") : query.columnText(column)) + QLatin1Char('|');
            dump += QLatin1Char('\n');
        }
        dump += QStringLiteral("--\n");
    }
    return dump;
}

const Touchpoint &touchpointNamed(JourneyDocument *document, const char *name)
{
    return *document->journey().findTouchpointByName(QString::fromUtf8(name));
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void dragMergesIntoOneStep();
    void changesAreAnnounced();
    void modifiedFollowsTheCleanState();
};

void TestCommands::roundTrip_data()
{
    QTest::addColumn<CommandFactory>("factory");

    QTest::newRow("add touchpoint") << CommandFactory([](JourneyDocument *d) {
        const Touchpoint t = test::makeTouchpoint(d->allocateId(), d->journey().stages().at(3).id,
                                                  d->journey().lanes().at(2).id, QStringLiteral("SIM activation"));
        return new AddTouchpointsCommand(d, {t});
    });
    QTest::newRow("paste touchpoints with a transition") << CommandFactory([](JourneyDocument *d) {
        const Touchpoint a = test::makeTouchpoint(d->allocateId(), d->journey().stages().at(6).id,
                                                  d->journey().lanes().at(6).id, QStringLiteral("Renewal offer"));
        const Touchpoint b = test::makeTouchpoint(d->allocateId(), d->journey().stages().at(6).id,
                                                  d->journey().lanes().at(3).id, QStringLiteral("Retention call"));
        Transition t{TransitionId(d->allocateId()), a.id, b.id, 0.4, QStringLiteral("declines")};
        return new AddTouchpointsCommand(d, {a, b}, {t});
    });
    QTest::newRow("delete touchpoints with their transitions") << CommandFactory([](JourneyDocument *d) {
        return new RemoveTouchpointsCommand(d, {touchpointNamed(d, "Check usage in app").id, touchpointNamed(d, "Compare plans").id});
    });
    QTest::newRow("rename touchpoint") << CommandFactory([](JourneyDocument *d) {
        Touchpoint t = touchpointNamed(d, "Online checkout");
        t.name = QStringLiteral("Web checkout");
        return new ChangeTouchpointsCommand(d, {t}, QStringLiteral("Rename"));
    });
    QTest::newRow("edit every property") << CommandFactory([](JourneyDocument *d) {
        Touchpoint t = touchpointNamed(d, "Call support");
        t.description = QStringLiteral("Inbound call");
        t.kind = TouchpointKind::Indirect;
        t.owner = QStringLiteral("Care");
        t.target = 80.0;
        t.momentOfTruth = true;
        t.notes = QStringLiteral("Long waits in January");
        return new ChangeTouchpointsCommand(d, {t}, QStringLiteral("Edit"));
    });
    QTest::newRow("move touchpoint to another cell") << CommandFactory([](JourneyDocument *d) {
        Touchpoint t = touchpointNamed(d, "Compare plans");
        t.stage = d->journey().stages().at(2).id;
        t.lane = d->journey().lanes().at(4).id;
        t.position = QPointF(40, 70);
        return new ChangeTouchpointsCommand(d, {t}, QStringLiteral("Move"), MergeId::MoveTouchpoints);
    });
    QTest::newRow("connect touchpoints") << CommandFactory([](JourneyDocument *d) {
        return new AddTransitionCommand(d, Transition{TransitionId(d->allocateId()), touchpointNamed(d, "Call support").id,
                                                      touchpointNamed(d, "Compare plans").id, std::nullopt, QStringLiteral("churn risk")});
    });
    QTest::newRow("delete transitions") << CommandFactory([](JourneyDocument *d) {
        return new RemoveTransitionsCommand(d, {d->journey().transitions().at(1).id, d->journey().transitions().at(3).id});
    });
    QTest::newRow("change transition share and label") << CommandFactory([](JourneyDocument *d) {
        Transition t = d->journey().transitions().at(2);
        t.share = 0.85;
        t.label = QStringLiteral("most");
        return new ChangeTransitionCommand(d, t, QStringLiteral("Change share"));
    });
    QTest::newRow("add stage") << CommandFactory([](JourneyDocument *d) {
        return new AddStageCommand(d, 2, Stage{StageId(d->allocateId()), QStringLiteral("Wait for delivery"), 260});
    });
    QTest::newRow("delete stage with its touchpoints") << CommandFactory([](JourneyDocument *d) {
        return new RemoveStageCommand(d, d->journey().stages().at(4).id);
    });
    QTest::newRow("rename stage") << CommandFactory([](JourneyDocument *d) {
        Stage s = d->journey().stages().at(0);
        s.name = QStringLiteral("Become aware");
        return new ChangeStageCommand(d, s, QStringLiteral("Rename stage"));
    });
    QTest::newRow("resize stage") << CommandFactory([](JourneyDocument *d) {
        Stage s = d->journey().stages().at(1);
        s.extent = 420;
        return new ChangeStageCommand(d, s, QStringLiteral("Resize stage"), MergeId::ResizeStage);
    });
    QTest::newRow("reorder stage") << CommandFactory([](JourneyDocument *d) {
        return new MoveStageCommand(d, d->journey().stages().at(0).id, 3);
    });
    QTest::newRow("add lane") << CommandFactory([](JourneyDocument *d) {
        return new AddLaneCommand(d, -1, Lane{LaneId(d->allocateId()), QStringLiteral("Partner shop"), 150});
    });
    QTest::newRow("delete lane with its touchpoints") << CommandFactory([](JourneyDocument *d) {
        return new RemoveLaneCommand(d, d->journey().lanes().at(0).id);
    });
    QTest::newRow("rename lane") << CommandFactory([](JourneyDocument *d) {
        Lane l = d->journey().lanes().at(3);
        l.name = QStringLiteral("Contact centre");
        return new ChangeLaneCommand(d, l, QStringLiteral("Rename lane"));
    });
    QTest::newRow("reorder lane") << CommandFactory([](JourneyDocument *d) {
        return new MoveLaneCommand(d, d->journey().lanes().at(6).id, 0);
    });
    QTest::newRow("change journey properties") << CommandFactory([](JourneyDocument *d) {
        return new ChangeJourneyPropertiesCommand(d, QStringLiteral("Switching contract"), QStringLiteral("2026 wave"));
    });
}

void TestCommands::roundTrip()
{
    QFETCH(CommandFactory, factory);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Journey original = test::sampleJourney();
    std::unique_ptr<DocumentFile> file = DocumentFile::create(dir.filePath(QStringLiteral("map.cxmap")), original);
    JourneyDocument document(original);

    const QString before = dumpMap(file->database());
    document.undoStack()->push(factory(&document));
    QCOMPARE(document.journey().checkConsistency(), QString());
    file->saveJourney(document.journey());
    const QString after = dumpMap(file->database());
    QVERIFY2(after != before, "the command changed nothing in the saved file");
    QCOMPARE(file->readJourney(), document.journey());

    document.undoStack()->undo();
    QCOMPARE(document.journey(), original);
    file->saveJourney(document.journey());
    QCOMPARE(dumpMap(file->database()), before);

    document.undoStack()->redo();
    QCOMPARE(document.journey().checkConsistency(), QString());
    file->saveJourney(document.journey());
    QCOMPARE(dumpMap(file->database()), after);
}

void TestCommands::dragMergesIntoOneStep()
{
    JourneyDocument document(test::sampleJourney());
    const Touchpoint start = touchpointNamed(&document, "Compare plans");
    for (int step = 1; step <= 5; ++step) {
        Touchpoint moved = start;
        moved.position = start.position + QPointF(step * 10, step * 5);
        document.undoStack()->push(new ChangeTouchpointsCommand(&document, {moved}, QStringLiteral("Move"), MergeId::MoveTouchpoints));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(touchpointNamed(&document, "Compare plans").position, start.position + QPointF(50, 25));
    document.undoStack()->undo();
    QCOMPARE(touchpointNamed(&document, "Compare plans").position, start.position);

    // A rename is not a drag: it stays a step of its own.
    Touchpoint renamed = start;
    renamed.name = QStringLiteral("Compare offers");
    document.undoStack()->push(new ChangeTouchpointsCommand(&document, {renamed}, QStringLiteral("Rename")));
    document.undoStack()->push(new ChangeTouchpointsCommand(&document, {renamed}, QStringLiteral("Rename")));
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestCommands::changesAreAnnounced()
{
    JourneyDocument document(test::sampleJourney());
    QSignalSpy spy(&document, &JourneyDocument::changed);
    const TouchpointId use = touchpointNamed(&document, "Check usage in app").id;
    document.undoStack()->push(new RemoveTouchpointsCommand(&document, {use}));

    // Its three transitions go first, then the touchpoint itself.
    QList<Change::Kind> kinds;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        kinds << arguments.at(0).value<Change>().kind;
    QCOMPARE(kinds, QList<Change::Kind>({Change::Kind::TransitionRemoved, Change::Kind::TransitionRemoved,
                                          Change::Kind::TransitionRemoved, Change::Kind::TouchpointRemoved}));
    QCOMPARE(spy.last().at(0).value<Change>().id, use.value());

    spy.clear();
    Touchpoint moved = touchpointNamed(&document, "Compare plans");
    moved.lane = document.journey().lanes().at(2).id;
    document.undoStack()->push(new ChangeTouchpointsCommand(&document, {moved}, QStringLiteral("Move")));
    QCOMPARE(spy.size(), 1);
    const Change change = spy.first().at(0).value<Change>();
    QCOMPARE(change.kind, Change::Kind::TouchpointChanged);
    QCOMPARE(change.properties, Change::Properties(Change::Property::Cell));
}

void TestCommands::modifiedFollowsTheCleanState()
{
    JourneyDocument document(test::sampleJourney());
    QSignalSpy spy(&document, &JourneyDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.undoStack()->push(new ChangeJourneyPropertiesCommand(&document, QStringLiteral("x"), QString()));
    QVERIFY(document.isModified());
    document.setClean();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(spy.size(), 3);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
