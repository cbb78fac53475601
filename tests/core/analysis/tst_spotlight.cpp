// The spotlights: one kind at a time, and each lights only what it should — the few weakest
// links that matter (top five, and only those with a tenth of the largest impact), moments of
// truth found by the data apart from those flagged by hand, unavoidable touchpoints, and the
// steps and arrows of the weakest path.
#include "analysis/findings.h"
#include "analysis/spotlight.h"
#include "samplejourney.h"

#include <QTest>

using namespace cxmap;

namespace {

/** Findings with one finding per touchpoint of the journey, impacts as given, in ranking order. */
Findings findingsWithImpacts(const Journey &journey, const QList<double> &impacts)
{
    Findings findings;
    for (qsizetype i = 0; i < journey.touchpoints().size(); ++i) {
        TouchpointFinding finding;
        finding.id = journey.touchpoints().at(i).id;
        finding.name = journey.touchpoints().at(i).name;
        finding.performance.n = 100;
        finding.performance.mean = 50;
        finding.reliable = true;
        if (i < impacts.size()) {
            finding.impact = impacts.at(i);
            findings.weakestLinks.append(finding.id);
        }
        findings.touchpoints.append(finding);
    }
    return findings;
}

} // namespace

class TestSpotlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakestLinksAreTheFewThatMatter_data();
    void weakestLinksAreTheFewThatMatter();
    void momentsOfTruthTellDataFromHand();
    void unavoidableAndWeakestPath();
    void noneMarksNothing();
    void goneTouchpointsAreNotMarked();
};

void TestSpotlight::weakestLinksAreTheFewThatMatter_data()
{
    QTest::addColumn<QList<double>>("impacts");
    QTest::addColumn<int>("expected");
    // Seventeen of twenty-five with some impact: the spotlight still lights only five.
    QTest::newRow("many") << QList<double>{30, 25, 20, 18, 15, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0.5} << 5;
    // Only three reach a tenth of the largest impact.
    QTest::newRow("steep") << QList<double>{40, 9, 4.5, 3.9, 1, 0.5} << 3;
    // Exactly a tenth counts.
    QTest::newRow("tenth") << QList<double>{10, 1, 0.99} << 2;
    QTest::newRow("none") << QList<double>{} << 0;
    // Nothing falls short of what it should be: nothing to light.
    QTest::newRow("zero") << QList<double>{0, 0} << 0;
}

void TestSpotlight::weakestLinksAreTheFewThatMatter()
{
    QFETCH(QList<double>, impacts);
    QFETCH(int, expected);
    Journey journey = test::sampleJourney();
    while (journey.touchpoints().size() < impacts.size()) {
        const Touchpoint &first = journey.touchpoints().at(0);
        journey.touchpoints().append(test::makeTouchpoint(journey.allocateId(), first.stage, first.lane,
                                                          QStringLiteral("Extra %1").arg(journey.touchpoints().size())));
    }
    const Findings findings = findingsWithImpacts(journey, impacts);
    const QList<TouchpointId> lit = spotlitWeakestLinks(findings);
    QCOMPARE(lit.size(), expected);
    // In the findings' ranking, from the top.
    QCOMPARE(lit, findings.weakestLinks.mid(0, expected));
    const Spotlight spotlight = makeSpotlight(SpotlightKind::WeakestLinks, findings, journey);
    QCOMPARE(spotlight.marks.size(), expected);
    for (qsizetype i = 0; i < lit.size(); ++i)
        QCOMPARE(spotlight.marks.value(lit.at(i)).rank, int(i) + 1);
}

void TestSpotlight::momentsOfTruthTellDataFromHand()
{
    Journey journey = test::sampleJourney();
    Findings findings = findingsWithImpacts(journey, {});
    const TouchpointId byData = journey.touchpoints().at(0).id;
    const TouchpointId both = journey.touchpoints().at(1).id;
    const TouchpointId byHand = journey.touchpoints().at(2).id;
    const TouchpointId flaggedSinceAnalysis = journey.touchpoints().at(3).id;
    for (TouchpointFinding &f : findings.touchpoints) {
        f.momentOfTruthByData = f.id == byData || f.id == both;
        f.flaggedByHand = f.id == both || f.id == byHand;
        f.momentOfTruth = f.momentOfTruthByData || f.flaggedByHand;
    }
    findings.momentsOfTruth = {byData, both, byHand};
    for (TouchpointId id : {both, byHand, flaggedSinceAnalysis}) {
        Touchpoint t = *journey.touchpoints().find(id);
        t.momentOfTruth = true;
        journey.touchpoints().replace(t);
    }
    const Spotlight spotlight = makeSpotlight(SpotlightKind::MomentsOfTruth, findings, journey);
    QCOMPARE(spotlight.marks.size(), 4);
    QCOMPARE(spotlight.marks.value(byData), (SpotlightMark{0, true, false}));
    QCOMPARE(spotlight.marks.value(both), (SpotlightMark{0, true, true}));
    QCOMPARE(spotlight.marks.value(byHand), (SpotlightMark{0, false, true}));
    // The hand flag is read from the map as it is now, before any analysis has seen it.
    QCOMPARE(spotlight.marks.value(flaggedSinceAnalysis), (SpotlightMark{0, false, true}));
    // Unflagged since: found by the data alone, or not at all.
    Touchpoint t = *journey.touchpoints().find(byHand);
    t.momentOfTruth = false;
    journey.touchpoints().replace(t);
    QVERIFY(!makeSpotlight(SpotlightKind::MomentsOfTruth, findings, journey).contains(byHand));
}

void TestSpotlight::unavoidableAndWeakestPath()
{
    const Journey journey = test::sampleJourney();
    Findings findings = findingsWithImpacts(journey, {});
    const Transition &step = journey.transitions().at(0);
    findings.structure.unavoidable = {step.from};
    findings.weakestPath.touchpoints = {step.from, step.to};
    const Spotlight unavoidable = makeSpotlight(SpotlightKind::Unavoidable, findings, journey);
    QCOMPARE(unavoidable.marks.keys(), QList<TouchpointId>{step.from});
    QVERIFY(unavoidable.transitions.isEmpty());
    const Spotlight path = makeSpotlight(SpotlightKind::WeakestPath, findings, journey);
    QCOMPARE(path.marks.value(step.from).rank, 1);
    QCOMPARE(path.marks.value(step.to).rank, 2);
    QVERIFY(path.transitions.contains(step.id));
    QCOMPARE(path.transitions.size(), 1);
}

void TestSpotlight::noneMarksNothing()
{
    const Journey journey = test::sampleJourney();
    const Findings findings = findingsWithImpacts(journey, {5, 4, 3});
    const Spotlight none = makeSpotlight(SpotlightKind::None, findings, journey);
    QVERIFY(!none.isActive());
    QVERIFY(none.marks.isEmpty());
}

void TestSpotlight::goneTouchpointsAreNotMarked()
{
    Journey journey = test::sampleJourney();
    const Findings findings = findingsWithImpacts(journey, {5, 4, 3});
    journey.touchpoints().take(findings.weakestLinks.first());
    const Spotlight spotlight = makeSpotlight(SpotlightKind::WeakestLinks, findings, journey);
    QVERIFY(!spotlight.contains(findings.weakestLinks.first()));
    QCOMPARE(spotlight.marks.size(), 2);
}

QTEST_GUILESS_MAIN(TestSpotlight)
#include "tst_spotlight.moc"
