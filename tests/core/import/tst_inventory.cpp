// The touchpoint inventory (DESIGN §5): a touchpoints CSV and a transitions CSV make or extend a
// map; unknown stages and lanes are appended in order of first appearance; cards are laid out
// in their cells without overlapping; every fault names file, line and column; and a map of
// 10,000 touchpoints is made in seconds.
#include "importtestsupport.h"
#include "import/inventory.h"
#include "render/mapgeometry.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

QString inventoryPath(const char *file)
{
    return dataPath(QStringLiteral("inventory/") + QString::fromUtf8(file));
}

QStringList bandNames(const auto &bands)
{
    QStringList names;
    for (const auto &band : bands)
        names << band.name;
    return names;
}

const Touchpoint &named(const Journey &journey, const char *name)
{
    const Touchpoint *touchpoint = journey.findTouchpointByName(QString::fromUtf8(name));
    Q_ASSERT(touchpoint);
    return *touchpoint;
}

// Every card inside its cell's padding, and no two cards of a cell overlapping.
QString layoutProblem(const Journey &journey)
{
    const MapMetrics metrics;
    const MapGeometry geometry(journey, metrics);
    QHash<QPair<qint64, qint64>, QList<QRectF>> cells;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        const QRectF cell = geometry.cellRect(touchpoint.stage, touchpoint.lane);
        const QRectF card = geometry.cardRect(touchpoint);
        const QRectF inside = cell.adjusted(metrics.cellPadding, metrics.cellPadding, -metrics.cellPadding + 0.001,
                                            -metrics.cellPadding + 0.001);
        if (!inside.contains(card))
            return QStringLiteral("\"%1\" is not inside its cell").arg(touchpoint.name);
        QList<QRectF> &cards = cells[{touchpoint.stage.value(), touchpoint.lane.value()}];
        for (const QRectF &other : std::as_const(cards))
            if (other.intersects(card))
                return QStringLiteral("\"%1\" overlaps another card").arg(touchpoint.name);
        cards << card;
    }
    return {};
}

QString inventoryError(const Journey &base, const QString &touchpoints, const QString &transitions = {})
{
    try {
        importInventory(base, touchpoints, transitions);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAMapFromTheSpreadsheets();
    void extendsTheDefaultTemplate();
    void extendsAMapBesideItsCards();
    void growsCellsThatHoldManyCards();
    void errors_data();
    void errors();
    void tenThousandTouchpointsInSeconds();
};

void TestInventory::createsAMapFromTheSpreadsheets()
{
    InventorySummary summary;
    const Journey journey = importInventory(Journey::fromTemplate(Journey::Template::Empty), inventoryPath("touchpoints.csv"),
                                            inventoryPath("transitions.csv"), &summary);
    QCOMPARE(journey.checkConsistency(), QString());
    QCOMPARE(bandNames(journey.stages()), strings({"Discover", "Compare", "Buy", "Onboard"}));
    QCOMPARE(bandNames(journey.lanes()), strings({"Social", "Web", "Shop floor", "Email", "Mobile app"}));
    QCOMPARE(summary.stagesAdded, 4);
    QCOMPARE(summary.lanesAdded, 5);
    QCOMPARE(summary.touchpoints, 8);
    QCOMPARE(summary.transitions, 9);

    QStringList names;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        names << touchpoint.name;
    QCOMPARE(names, strings({"Friend's recommendation", "Search & website", "Price comparison site", "Plan finder",
                             "Online checkout", "In-store sign-up", "Welcome email", "SIM activation"}));

    const Touchpoint &friendly = named(journey, "Friend's recommendation");
    QCOMPARE(friendly.kind, TouchpointKind::Indirect);
    QCOMPARE(friendly.owner, QStringLiteral("Marketing"));
    QCOMPARE(friendly.description, QStringLiteral("Word of mouth, reviews"));
    QCOMPARE(friendly.target, std::nullopt);
    QCOMPARE(journey.stages().find(friendly.stage)->name, QStringLiteral("Discover"));
    QCOMPARE(journey.lanes().find(friendly.lane)->name, QStringLiteral("Social"));
    QCOMPARE(named(journey, "Price comparison site").kind, TouchpointKind::Indirect);
    QCOMPARE(named(journey, "In-store sign-up").kind, TouchpointKind::Direct);
    QCOMPARE(named(journey, "Plan finder").description, QStringLiteral("Answers \"which plan?\""));
    QCOMPARE(named(journey, "Search & website").target, 70.0);
    QCOMPARE(named(journey, "Online checkout").target, 80.0);
    QCOMPARE(named(journey, "SIM activation").target, 72.5);

    QStringList edges;
    for (const Transition &transition : journey.transitions())
        edges << QStringLiteral("%1 -> %2 %3 %4")
                     .arg(journey.touchpoints().find(transition.from)->name, journey.touchpoints().find(transition.to)->name,
                          transition.share ? QString::number(*transition.share) : QStringLiteral("-"), transition.label)
                     .trimmed();
    QCOMPARE(edges, strings({"Friend's recommendation -> Plan finder 0.6", "Search & website -> Plan finder -",
                             "Search & website -> Price comparison site 0.4",
                             "Price comparison site -> Online checkout 0.5 deep link",
                             "Plan finder -> Online checkout 0.7 online", "Plan finder -> In-store sign-up 0.3 in store",
                             "Online checkout -> Welcome email -", "In-store sign-up -> Welcome email -",
                             "Welcome email -> SIM activation 1"}));

    // Two cards share Compare × Web: one below the other, in the stage's single column.
    QCOMPARE(named(journey, "Price comparison site").position, QPointF(10, 10));
    QCOMPARE(named(journey, "Plan finder").position, QPointF(10, 84));
    QCOMPARE(named(journey, "Online checkout").position, QPointF(10, 10));
    QCOMPARE(layoutProblem(journey), QString());
    // The Web lane grew to hold two rows of cards: 10 + 2 × (64 + 10).
    QCOMPARE(journey.findLaneByName(QStringLiteral("Web"))->extent, 158.0);
    QCOMPARE(journey.findLaneByName(QStringLiteral("Social"))->extent, DefaultLaneHeight);
    QCOMPARE(journey.findStageByName(QStringLiteral("Compare"))->extent, DefaultStageWidth);
}

void TestInventory::extendsTheDefaultTemplate()
{
    // "Buy" and "Onboard", "Web", "Email" and "Mobile app" are the template's; the rest is new.
    const Journey base = Journey::fromTemplate(Journey::Template::Default);
    const Journey journey = importInventory(base, inventoryPath("touchpoints.csv"));
    QCOMPARE(bandNames(journey.stages()), defaultStageNames() + strings({"Compare"}));
    QCOMPARE(bandNames(journey.lanes()), defaultLaneNames() + strings({"Shop floor"}));
    QCOMPARE(journey.transitions().size(), 0);
    QCOMPARE(journey.touchpoints().size(), 8);
    QCOMPARE(journey.stages().find(named(journey, "Online checkout").stage)->name, QStringLiteral("Buy"));
    // The base is a value: untouched.
    QCOMPARE(base, Journey::fromTemplate(Journey::Template::Default));
}

void TestInventory::extendsAMapBesideItsCards()
{
    // A map with a card in Buy × Web at the first slot and one dragged near the third: new cards
    // take the free slots around them, and nothing overlaps.
    Journey base = Journey::fromTemplate(Journey::Template::Default);
    const StageId buy = base.findStageByName(QStringLiteral("Buy"))->id;
    const LaneId web = base.findLaneByName(QStringLiteral("Web"))->id;
    Touchpoint first = makeTouchpoint(base.allocateId(), buy, web, QStringLiteral("Basket"));
    first.position = QPointF(10, 10);
    Touchpoint third = makeTouchpoint(base.allocateId(), buy, web, QStringLiteral("Payment"));
    third.position = QPointF(12, 160);
    base.touchpoints().append(first);
    base.touchpoints().append(third);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("more.csv"));
    QVERIFY(writeFile(file, "stage,lane,name\nBuy,Web,Voucher\nBuy,Web,Delivery slot\nBuy,Web,Order status\n"));
    const Journey journey = importInventory(base, file);
    QCOMPARE(named(journey, "Basket").position, QPointF(10, 10));
    QCOMPARE(named(journey, "Payment").position, QPointF(12, 160));
    QCOMPARE(named(journey, "Voucher").position, QPointF(10, 84));
    QCOMPARE(named(journey, "Delivery slot").position, QPointF(10, 232));
    QCOMPARE(named(journey, "Order status").position, QPointF(10, 306));
    // Five cards still fit one column: the stage keeps its width, the lane grows.
    QCOMPARE(journey.stages().find(buy)->extent, DefaultStageWidth);
    QCOMPARE(journey.lanes().find(web)->extent, 10.0 + 5 * 74.0);
    QCOMPARE(layoutProblem(journey), QString());

    // A stage made narrow by hand, with no new cards, keeps its width.
    Journey narrow = base;
    const StageId discover = narrow.stages().at(0).id;
    narrow.stages().replace(Stage{discover, narrow.stages().at(0).name, MinimumBandExtent});
    QVERIFY(writeFile(file, "stage,lane,name\nBuy,Web,Voucher\n"));
    QCOMPARE(importInventory(narrow, file).stages().find(discover)->extent, MinimumBandExtent);

    // Names already on the map are refused, as imports could not tell them apart.
    QVERIFY(writeFile(file, "stage,lane,name\nBuy,Web,basket\n"));
    QCOMPARE(inventoryError(base, file), file + QStringLiteral(":2:3: touchpoint \"basket\" is already on the map"));
}

void TestInventory::growsCellsThatHoldManyCards()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crowded.csv"));
    QByteArray csv = "stage,lane,name\n";
    for (int i = 0; i < 200; ++i)
        csv += "Use,App,Screen " + QByteArray::number(i) + "\n";
    csv += "Use,Store,Counter\nLeave,App,Exit survey\n";
    QVERIFY(writeFile(file, csv));
    const Journey journey = importInventory(Journey::fromTemplate(Journey::Template::Empty), file);
    QCOMPARE(layoutProblem(journey), QString());
    const double width = journey.findStageByName(QStringLiteral("Use"))->extent;
    const double height = journey.findLaneByName(QStringLiteral("App"))->extent;
    // 200 cards of 200 × 64: eight columns of 25 rows, about as wide as tall.
    QCOMPARE(width, 10.0 + 8 * 210.0);
    QCOMPARE(height, 10.0 + 25 * 74.0);
    QVERIFY(width / height > 0.8 && width / height < 1.25);
    // The other cells keep the default sizes where nothing asks for more.
    QCOMPARE(journey.findStageByName(QStringLiteral("Leave"))->extent, DefaultStageWidth);
    QCOMPARE(journey.findLaneByName(QStringLiteral("Store"))->extent, DefaultLaneHeight);
}

void TestInventory::errors_data()
{
    QTest::addColumn<QString>("touchpoints");
    QTest::addColumn<QString>("transitions");
    QTest::addColumn<QString>("message"); // %T%, %E%: the paths

    const auto row = [](const char *name, const char *touchpoints, const char *transitions, const char *message) {
        QTest::newRow(name) << inventoryPath(touchpoints) << (transitions[0] ? inventoryPath(transitions) : QString())
                            << QString::fromUtf8(message);
    };
    row("duplicate names", "errors/duplicate-name.csv", "", "%T%:4:3: touchpoint \"online  CHECKOUT\" is already on line 2");
    row("missing name", "errors/missing-name.csv", "", "%T%:3:3: a touchpoint needs a name");
    row("missing lane", "errors/missing-lane.csv", "", "%T%:2:2: touchpoint \"Online checkout\" needs a lane");
    row("bad kind", "errors/bad-kind.csv", "", "%T%:3:4: kind must be direct or indirect, not \"word of mouth\"");
    row("bad target", "errors/bad-target.csv", "", "%T%:2:4: target must be a score from 0 to 100, not \"120\"");
    row("no header", "errors/no-header.csv", "",
        "%T%:1: no header row naming the columns stage, lane and name (and kind, owner, description, target)");
    row("unknown touchpoint in a transition", "touchpoints.csv", "errors/unknown-touchpoint.csv",
        "%E%:3:2: unknown touchpoint \"Teleporter\" (it is neither in %T% nor on the map)");
    row("share above 1", "touchpoints.csv", "errors/share-above-one.csv",
        "%E%:2:3: share must be a fraction from 0 to 1 (0.6) or a percentage (60%), not \"1.5\"");
    row("share that is not a number", "touchpoints.csv", "errors/share-not-a-number.csv",
        "%E%:2:3: share must be a fraction from 0 to 1 (0.6) or a percentage (60%), not \"half\"");
    row("transition to itself", "touchpoints.csv", "errors/self-transition.csv",
        "%E%:2:2: a transition from \"Online checkout\" to itself");
    row("duplicate transition", "touchpoints.csv", "errors/duplicate-transition.csv",
        "%E%:4:2: the transition from \"online checkout\" to \"welcome EMAIL\" is already on line 2");
    row("missing touchpoints file", "errors/nowhere.csv", "", "%T%: no such file");
}

void TestInventory::errors()
{
    QFETCH(QString, touchpoints);
    QFETCH(QString, transitions);
    QFETCH(QString, message);
    message.replace(QStringLiteral("%T%"), touchpoints).replace(QStringLiteral("%E%"), transitions);
    QCOMPARE(inventoryError(Journey::fromTemplate(Journey::Template::Empty), touchpoints, transitions), message);
}

void TestInventory::tenThousandTouchpointsInSeconds()
{
    // 10,000 touchpoints over 7 stages and 7 lanes, 30,000 transitions: read, laid out and saved.
    QTemporaryDir dir;
    QByteArray touchpoints = "stage,lane,name,kind,owner,description,target\n";
    for (int i = 0; i < 10000; ++i)
        touchpoints += "Stage " + QByteArray::number(i * 7 / 10000) + ",Lane " + QByteArray::number(i * 31 % 7) +
                       ",Touchpoint " + QByteArray::number(i) + (i % 3 ? ",direct" : ",indirect") + ",Team " +
                       QByteArray::number(i % 12) + ",Step " + QByteArray::number(i) + "," + QByteArray::number(50 + i % 50) + "\n";
    QByteArray transitions = "from,to,share\n";
    for (int i = 0; i < 30000; ++i) {
        const int from = i / 3;
        const int to = (from + 1 + (i % 3) * 17) % 10000;
        transitions += "Touchpoint " + QByteArray::number(from) + ",Touchpoint " + QByteArray::number(to) + ",\n";
    }
    const QString touchpointsFile = dir.filePath(QStringLiteral("t.csv"));
    const QString transitionsFile = dir.filePath(QStringLiteral("e.csv"));
    QVERIFY(writeFile(touchpointsFile, touchpoints));
    QVERIFY(writeFile(transitionsFile, transitions));

    QElapsedTimer timer;
    timer.start();
    const Journey journey = importInventory(Journey::fromTemplate(Journey::Template::Empty), touchpointsFile, transitionsFile);
    const QString document = dir.filePath(QStringLiteral("big.cxmap"));
    createDocument(document, journey);
    const qint64 elapsed = timer.elapsed();
    qInfo("10,000 touchpoints and 30,000 transitions: read, laid out and saved in %lld ms", elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));

    QCOMPARE(journey.touchpoints().size(), 10000);
    QCOMPARE(journey.transitions().size(), 30000);
    QCOMPARE(journey.stages().size(), 7);
    QCOMPARE(journey.lanes().size(), 7);
    QCOMPARE(layoutProblem(journey), QString());
    auto opened = DocumentFile::open(document, DocumentFile::Access::ReadOnly);
    QCOMPARE(opened->readJourney(), journey);
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
