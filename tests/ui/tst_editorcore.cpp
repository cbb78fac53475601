// The editor's additions to the core: the clipboard format and the tidy-layout command.
#include "commands/tidylayoutcommand.h"
#include "document/journeydocument.h"
#include "document/touchpointclip.h"
#include "render/mapgeometry.h"
#include "samplejourney.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace cxmap;
using namespace cxmap::test;

class TestEditorCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clipRoundTrip();
    void clipKeepsOnlyInnerTransitions();
    void pasteAllocatesNewIds();
    void pasteIntoAnotherMapFindsCellsByName();
    void clipRefusesWhatItDoesNotKnow_data();
    void clipRefusesWhatItDoesNotKnow();
    void tidyLayoutPacksCellsAndGrowsLanes();
    void tidyLayoutOfATidyMapIsEmpty();
};

void TestEditorCore::clipRoundTrip()
{
    Journey journey = sampleJourney();
    Touchpoint support = *journey.findTouchpointByName(QStringLiteral("Call support"));
    support.owner = QStringLiteral("Care");
    support.target = 70;
    support.momentOfTruth = true;
    support.notes = QStringLiteral("line 1\nline 2, \"quoted\"");
    support.kind = TouchpointKind::Indirect;
    journey.touchpoints().replace(support);
    const TouchpointId use = journey.findTouchpointByName(QStringLiteral("Check usage in app"))->id;
    const TouchpointClip clip = TouchpointClip::fromJourney(journey, {support.id, use});
    const std::optional<TouchpointClip> back = TouchpointClip::fromJson(clip.toJson());
    QVERIFY(back);
    QCOMPARE(back->touchpoints, clip.touchpoints);
    QCOMPARE(back->transitions.size(), 2);
    QCOMPARE(back->stageNames, clip.stageNames);
    QCOMPARE(back->laneNames, clip.laneNames);
    QCOMPARE(clip.toPlainText(), QStringLiteral("Check usage in app\nCall support"));
}

void TestEditorCore::clipKeepsOnlyInnerTransitions()
{
    const Journey journey = sampleJourney();
    const TouchpointId compare = journey.findTouchpointByName(QStringLiteral("Compare plans"))->id;
    const TouchpointId checkout = journey.findTouchpointByName(QStringLiteral("Online checkout"))->id;
    const TouchpointClip clip = TouchpointClip::fromJourney(journey, {compare, checkout});
    QCOMPARE(clip.transitions.size(), 1);
    QCOMPARE(clip.transitions.first().from, compare);
    QCOMPARE(clip.transitions.first().to, checkout);
}

void TestEditorCore::pasteAllocatesNewIds()
{
    JourneyDocument document(sampleJourney());
    const Journey before = document.journey();
    QList<TouchpointId> all;
    for (const Touchpoint &t : before.touchpoints())
        all.append(t.id);
    const TouchpointClip clip = TouchpointClip::fromJourney(before, all);
    const auto [cards, links] = clip.instantiate(&document, before.stages().at(0).id, before.lanes().at(0).id);
    QCOMPARE(cards.size(), before.touchpoints().size());
    QCOMPARE(links.size(), before.transitions().size());
    QSet<qint64> ids;
    for (const Touchpoint &t : before.touchpoints())
        ids.insert(t.id.value());
    for (const Transition &t : before.transitions())
        ids.insert(t.id.value());
    QSet<TouchpointId> pasted;
    for (const Touchpoint &card : cards) {
        QVERIFY(!ids.contains(card.id.value()));
        QVERIFY(card.id.value() < document.journey().nextId());
        pasted.insert(card.id);
        const Touchpoint *original = before.findTouchpointByName(card.name);
        QCOMPARE(card.stage, original->stage);
        QCOMPARE(card.lane, original->lane);
    }
    for (const Transition &link : links) {
        QVERIFY(!ids.contains(link.id.value()));
        QVERIFY(pasted.contains(link.from) && pasted.contains(link.to));
    }
}

void TestEditorCore::pasteIntoAnotherMapFindsCellsByName()
{
    const Journey source = sampleJourney();
    const TouchpointClip clip = TouchpointClip::fromJourney(
        source, {source.findTouchpointByName(QStringLiteral("Call support"))->id});
    // Another map: the same stage and lane names with other IDs, in another order.
    Journey other;
    other.addStage(QStringLiteral("Elsewhere"));
    const StageId support = other.addStage(QStringLiteral("Get support"));
    const LaneId phone = other.addLane(QStringLiteral("Call centre"));
    const LaneId fallbackLane = other.addLane(QStringLiteral("Web"));
    JourneyDocument document(other);
    const auto [cards, links] = clip.instantiate(&document, other.stages().at(0).id, fallbackLane);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().stage, support);
    QCOMPARE(cards.first().lane, phone);
    QVERIFY(links.isEmpty());
}

void TestEditorCore::clipRefusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{touchpoints");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("another format") << QByteArray(R"({"format":"x","version":1,"touchpoints":[{"id":1}]})");
    QTest::newRow("the old clip format") << QByteArray(R"({"format":"cxmap-touchpoints","version":1,"touchpoints":[{"id":1}]})");
    const QByteArray cell = R"("stages":[{"id":1,"name":"Buy"}],"lanes":[{"id":2,"name":"Web"}])";
    QTest::newRow("a newer version") << QByteArray(R"({"format":"cxmap","version":2,)" + cell + R"(,"touchpoints":[{"id":3,"stage":1,"lane":2,"name":"x"}]})");
    QTest::newRow("no touchpoints") << QByteArray(R"({"format":"cxmap","version":1,)" + cell + R"(,"touchpoints":[]})");
    QTest::newRow("a duplicate ID") << QByteArray(R"({"format":"cxmap","version":1,)" + cell + R"(,"touchpoints":[{"id":3,"stage":1,"lane":2,"name":"x"},{"id":3,"stage":1,"lane":2,"name":"y"}]})");
    QTest::newRow("no stage") << QByteArray(R"({"format":"cxmap","version":1,)" + cell + R"(,"touchpoints":[{"id":3,"lane":2,"name":"x"}]})");
    QTest::newRow("an unknown lane") << QByteArray(R"({"format":"cxmap","version":1,)" + cell + R"(,"touchpoints":[{"id":3,"stage":1,"lane":9,"name":"x"}]})");
}

void TestEditorCore::clipRefusesWhatItDoesNotKnow()
{
    QFETCH(QByteArray, json);
    QVERIFY(!TouchpointClip::fromJson(json));
}

void TestEditorCore::tidyLayoutPacksCellsAndGrowsLanes()
{
    Journey journey = sampleJourney();
    // Six overlapping cards in one cell of a default lane: two columns would not fit a
    // 300-unit stage, so the lane grows.
    const StageId stage = journey.stages().at(3).id;
    const LaneId lane = journey.lanes().at(2).id;
    for (int i = 0; i < 6; ++i) {
        Touchpoint t = makeTouchpoint(journey.allocateId(), stage, lane, QStringLiteral("Card %1").arg(i));
        t.position = QPointF(10 + i, 60 - i * 9); // listed bottom to top
        journey.touchpoints().append(t);
    }
    JourneyDocument document(journey);
    const MapMetrics metrics;
    auto *command = new TidyLayoutCommand(&document, metrics);
    QVERIFY(!command->isEmpty());
    document.undoStack()->push(command);
    QCOMPARE(document.undoStack()->count(), 1);

    const Journey &after = document.journey();
    const MapGeometry geometry(after, metrics);
    QVERIFY(after.lanes().find(lane)->extent >= 6 * (metrics.cardHeight + metrics.cellPadding));
    QList<const Touchpoint *> column;
    for (const Touchpoint &a : after.touchpoints()) {
        QVERIFY(geometry.cellRect(a.stage, a.lane).contains(geometry.cardRect(a)));
        for (const Touchpoint &b : after.touchpoints())
            QVERIFY(a.id == b.id || !geometry.cardRect(a).intersects(geometry.cardRect(b)));
        if (a.stage == stage && a.lane == lane)
            column.append(&a);
    }
    // Their top-to-bottom order is kept: Card 5 was highest.
    std::sort(column.begin(), column.end(), [](const Touchpoint *a, const Touchpoint *b) {
        return a->position.y() < b->position.y();
    });
    QCOMPARE(column.first()->name, QStringLiteral("Card 5"));
    QCOMPARE(column.last()->name, QStringLiteral("Card 0"));

    document.undoStack()->undo();
    QCOMPARE(document.journey(), journey);
}

void TestEditorCore::tidyLayoutOfATidyMapIsEmpty()
{
    JourneyDocument document(sampleJourney());
    const MapMetrics metrics;
    document.undoStack()->push(new TidyLayoutCommand(&document, metrics));
    TidyLayoutCommand again(&document, metrics);
    QVERIFY(again.isEmpty());
}

QTEST_GUILESS_MAIN(TestEditorCore)
#include "tst_editorcore.moc"
