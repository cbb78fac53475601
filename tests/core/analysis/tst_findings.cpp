// The findings engine end to end on documents whose answers are worked out by hand. Expected
// values come from Python's statistics module (mean, stdev, correlation, linear_regression) and
// published t quantiles, not from cxmap: t(0.975, 39) = 2.0226909, t(0.975, 49) = 2.0095752,
// t(0.975, 3) = 3.1824463; Fisher z with z(0.975) = 1.959964.
#include "analysis/explanation.h"
#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "analysis/findingsjson.h"
#include "demo/demodocument.h"
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/measurementwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;

namespace {

bool near(double actual, double expected, double tolerance = 1e-6)
{
    return std::abs(actual - expected) <= tolerance;
}

#define VERIFY_NEAR(actual, expected, tolerance) \
    QVERIFY2(near((actual), (expected), (tolerance)), \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual)).arg(actual, 0, 'g', 10).arg(expected, 0, 'g', 10)))

QString respondent(int i)
{
    return QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
}

// A → B → C → E and A → D → C, shares 0.5 / 0.5: A, C and E are on every path.
struct Chain
{
    Journey journey;
    TouchpointId a, b, c, d, e;
};

Chain chain()
{
    Chain chain;
    Journey &journey = chain.journey;
    journey = Journey::fromTemplate(Journey::Template::Default);
    auto add = [&journey](int stage, const char *name) {
        const Touchpoint t = test::makeTouchpoint(journey.allocateId(), journey.stages().at(stage).id,
                                                  journey.lanes().at(0).id, QString::fromLatin1(name));
        journey.touchpoints().append(t);
        return t.id;
    };
    chain.a = add(0, "A");
    chain.b = add(1, "B");
    chain.d = add(1, "D");
    chain.c = add(2, "C");
    chain.e = add(3, "E");
    Touchpoint d = *journey.touchpoints().find(chain.d);
    d.target = 80.0;
    journey.touchpoints().replace(d);
    Touchpoint e = *journey.touchpoints().find(chain.e);
    e.momentOfTruth = true;
    journey.touchpoints().replace(e);
    auto link = [&journey](TouchpointId from, TouchpointId to, std::optional<double> share) {
        journey.transitions().append(Transition{TransitionId(journey.allocateId()), from, to, share, {}});
    };
    link(chain.a, chain.b, 0.5);
    link(chain.a, chain.d, 0.5);
    link(chain.b, chain.c, std::nullopt);
    link(chain.d, chain.c, std::nullopt);
    link(chain.c, chain.e, std::nullopt);
    return chain;
}

MeasurementRecord answer(int who, TouchpointId touchpoint, const char *metric, double value,
                         MeasurementKind kind = MeasurementKind::Experience, const QString &segment = {},
                         std::optional<qint64> time = 1767225600 /* 2026-01-01 */)
{
    MeasurementRecord record;
    record.respondent = respondent(who);
    record.touchpoint = touchpoint;
    record.metric = QString::fromLatin1(metric);
    record.value = value;
    record.kind = kind;
    record.segment = segment;
    record.timestamp = time;
    return record;
}

std::unique_ptr<DocumentFile> document(const QString &path, const Journey &journey, const QList<MeasurementRecord> &answers)
{
    return DocumentFile::create(path, journey, false, [&answers](SqliteDatabase &db) {
        Batch batch;
        batch.fileName = QStringLiteral("test answers");
        batch.format = QStringLiteral("long");
        MeasurementWriter writer(db, batch);
        for (const MeasurementRecord &record : answers)
            writer.add(record);
        writer.finish(answers.size(), {});
    });
}

QList<MeasurementRecord> chainAnswers(const Chain &c)
{
    QList<MeasurementRecord> answers;
    for (int i = 1; i <= 40; ++i)
        answers << answer(i, c.a, "csat", i <= 20 ? 4 : 5);
    for (int i = 11; i <= 40; ++i)
        answers << answer(i, c.b, "csat", 4);
    for (int i = 1; i <= 50; ++i)
        answers << answer(i, c.c, "csat", i <= 25 ? 2 : 3);
    for (int i = 1; i <= 30; ++i)
        answers << answer(i, c.c, "csat", 4, MeasurementKind::Expectation);
    for (int i = 1; i <= 30; ++i)
        answers << answer(i, c.d, "csat", 5);
    for (int i = 41; i <= 50; ++i)
        answers << answer(i, c.e, "csat", 3);
    for (int i = 1; i <= 50; ++i)
        answers << answer(i, TouchpointId(), "csat", i <= 10 ? 1 : i <= 25 ? 2 : i <= 40 ? 4 : 5);
    return answers;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void scoresAndIntervals();
    void expectationGapAndImpact();
    void graphFindings();
    void importanceAndMomentsOfTruth();
    void decliningTrend();
    void segmentDifferences();
    void aggregatedRowsCombineByWeight();
    void filtersNarrowTheAnswers();
    void jsonCarriesTheContractAndRoundTrips();
    void cacheIsKeptUntilAnswersOrMapChange();
    void everyNumberIsExplained();
    void demoHasItsIntendedShape();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestFindings::scoresAndIntervals()
{
    const Chain c = chain();
    auto file = document(path("scores.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});

    const TouchpointFinding *a = findings.find(c.a);
    QCOMPARE(a->performance.n, 40);
    VERIFY_NEAR(a->performance.mean, 87.5, 1e-9);
    VERIFY_NEAR(a->performance.sd, 12.659242088545833, 1e-9);
    VERIFY_NEAR(a->performance.ciLow, 83.45137800580812, 1e-5);
    VERIFY_NEAR(a->performance.ciHigh, 91.54862199419188, 1e-5);
    QVERIFY(a->reliable);
    QCOMPARE(a->evidence, EvidenceLevel::Solid);

    const TouchpointFinding *cc = findings.find(c.c);
    VERIFY_NEAR(cc->performance.mean, 37.5, 1e-9);
    VERIFY_NEAR(cc->performance.ciLow, 33.911472857142854, 1e-5);
    VERIFY_NEAR(cc->performance.ciHigh, 41.088527142857146, 1e-5);

    // Ten answers: shown, but marked unreliable and thin.
    const TouchpointFinding *e = findings.find(c.e);
    QCOMPARE(e->performance.n, 10);
    QVERIFY(!e->reliable);
    QCOMPARE(e->evidence, EvidenceLevel::Thin);

    // CSAT top box is 4–5: A has 40 of 40; its NPS is absent (no nps answers).
    QCOMPARE(a->metrics.size(), 1);
    QCOMPARE(a->metrics.first().topBox->successes, 40);
    QVERIFY(!a->metrics.first().nps);
    QCOMPARE(findings.answers, qint64(40 + 30 + 50 + 30 + 30 + 10 + 50));
    QCOMPARE(findings.respondents, 50);
    VERIFY_NEAR(*a->observedReach, 40.0 / 50.0, 1e-12);
}

void TestFindings::expectationGapAndImpact()
{
    const Chain c = chain();
    auto file = document(path("gap.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});

    // C: expectation from 30 answers of 4 (75 on 0–100): gap −37.5, CX ratio 0.5.
    const TouchpointFinding *cc = findings.find(c.c);
    QCOMPARE(cc->expectationSource, QStringLiteral("answers"));
    VERIFY_NEAR(*cc->expectation, 75.0, 1e-9);
    VERIFY_NEAR(*cc->gap, -37.5, 1e-9);
    VERIFY_NEAR(*cc->cxRatio, 0.5, 1e-12);
    VERIFY_NEAR(cc->impact, 1.0 * 37.5, 1e-9);
    // D: no expectation answers, so its target (80); it beats it, so no impact.
    const TouchpointFinding *d = findings.find(c.d);
    QCOMPARE(d->expectationSource, QStringLiteral("target"));
    VERIFY_NEAR(*d->gap, 20.0, 1e-9);
    QCOMPARE(d->impact, 0.0);
    // A: no expectation at all: reach × (100 − performance).
    VERIFY_NEAR(findings.find(c.a)->impact, 12.5, 1e-9);
    // Reliable and short of expectation, unavoidable first, by impact; E is unreliable.
    // B: reliable (75) with no expectation either: 0.5 × 25. Unavoidable ones come first.
    VERIFY_NEAR(findings.find(c.b)->impact, 12.5, 1e-9);
    QCOMPARE(findings.weakestLinks, QList<TouchpointId>({c.c, c.a, c.b}));
}

void TestFindings::graphFindings()
{
    const Chain c = chain();
    auto file = document(path("graph.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});
    VERIFY_NEAR(findings.find(c.a)->reach, 1.0, 1e-12);
    VERIFY_NEAR(findings.find(c.b)->reach, 0.5, 1e-12);
    VERIFY_NEAR(findings.find(c.d)->reach, 0.5, 1e-12);
    VERIFY_NEAR(findings.find(c.e)->reach, 1.0, 1e-12);
    QCOMPARE(findings.structure.unavoidable, QList<TouchpointId>({c.a, c.c, c.e}));
    QVERIFY(findings.find(c.c)->unavoidable && !findings.find(c.b)->unavoidable);
    // B (75) and D (100) tell the two paths apart; the unavoidable ones are on both.
    QCOMPARE(findings.weakestPath.touchpoints, QList<TouchpointId>({c.a, c.b, c.c, c.e}));
    QCOMPARE(findings.bestPath.touchpoints, QList<TouchpointId>({c.a, c.d, c.c, c.e}));
    // Each path's minimum is stated over all its reliable scores: C's 37.5 on both.
    VERIFY_NEAR(*findings.weakestPath.minimum, 37.5, 1e-9);
    QCOMPARE(findings.weakestPath.weakest, c.c);
}

void TestFindings::importanceAndMomentsOfTruth()
{
    const Chain c = chain();
    auto file = document(path("importance.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});
    QCOMPARE(findings.outcomeMetric, QStringLiteral("csat"));

    const Correlation a = *findings.find(c.a)->importance;
    QCOMPARE(a.n, 40);
    VERIFY_NEAR(a.r, 0.8164965809277261, 1e-9);
    VERIFY_NEAR(a.ciLow, 0.6772409824957233, 1e-6);
    VERIFY_NEAR(a.ciHigh, 0.8992779054618654, 1e-6);
    const Correlation cc = *findings.find(c.c)->importance;
    QCOMPARE(cc.n, 50);
    VERIFY_NEAR(cc.r, 0.9438798074485389, 1e-9);
    VERIFY_NEAR(cc.ciLow, 0.9026939820507254, 1e-6);
    // B and D rate the same for everyone (no variance), E has 10 pairs: no importance.
    QVERIFY(!findings.find(c.b)->importance || !findings.find(c.b)->importance->valid);
    QVERIFY(!findings.find(c.e)->importance);

    // Top quartile of {0.816, 0.944} starts at 0.912: only C. E is flagged by hand and comes last.
    QCOMPARE(findings.momentsOfTruth, QList<TouchpointId>({c.c, c.e}));
    QVERIFY(findings.find(c.e)->flaggedByHand && findings.find(c.e)->momentOfTruth);
    QVERIFY(!findings.find(c.a)->momentOfTruth);

    // Spearman on request: Pearson's r of the average ranks, computed in Python.
    AnalysisRequest spearman;
    spearman.spearman = true;
    const Findings ranked = computeFindings(file->database(), c.journey, spearman);
    VERIFY_NEAR(ranked.find(c.c)->importance->r, 0.8980265101338746, 1e-9);
}

void TestFindings::decliningTrend()
{
    Chain c = chain();
    QList<MeasurementRecord> answers;
    // NPS at C over five months: means 90, 80, 70, 55, 50 (slope −10.5 by least squares).
    const qint64 months[] = {1767225600, 1769904000, 1772323200, 1775001600, 1777593600}; // 2026-01…05
    const double values[][2] = {{9, 9}, {8, 8}, {7, 7}, {5, 6}, {5, 5}};
    int who = 0;
    for (int m = 0; m < 5; ++m)
        for (int i = 0; i < 10; ++i)
            answers << answer(++who, c.c, "nps", values[m][i % 2], MeasurementKind::Experience, {}, months[m]);
    auto file = document(path("trend.cxmap"), c.journey, answers);
    const Findings findings = computeFindings(file->database(), c.journey, {});
    const TouchpointFinding *cc = findings.find(c.c);
    QVERIFY(cc->trend && cc->trend->valid);
    QCOMPARE(cc->trend->points, 5);
    VERIFY_NEAR(cc->trend->slope, -10.5, 1e-9);
    VERIFY_NEAR(cc->trend->ciLow, -12.93063351081369, 1e-5);
    VERIFY_NEAR(cc->trend->ciHigh, -8.06936648918631, 1e-5);
    QVERIFY(cc->declining);
    QCOMPARE(findings.firstMonth, QStringLiteral("2026-01"));
    QCOMPARE(findings.lastMonth, QStringLiteral("2026-05"));
    // NPS itself: 10 promoters (9), 20 passives (7–8), 20 detractors (5–6) of 50 → −20.
    QCOMPARE(cc->metrics.first().nps->score, -20.0);
}

void TestFindings::segmentDifferences()
{
    Chain c = chain();
    QList<MeasurementRecord> answers;
    int who = 0;
    for (const char *segment : {"Alpha", "Beta", "Gamma"})
        for (int i = 0; i < 30; ++i) {
            const bool low = QLatin1String(segment) == QLatin1String("Beta");
            // At a, Beta is a little lower (3–4 against 4–5); at b, much lower (2–3).
            answers << answer(++who, c.a, "csat", low ? (i % 2 ? 3 : 4) : (i % 2 ? 4 : 5), MeasurementKind::Experience,
                              QString::fromLatin1(segment));
            answers << answer(who, c.b, "csat", low ? (i % 2 ? 2 : 3) : (i % 2 ? 4 : 5), MeasurementKind::Experience,
                              QString::fromLatin1(segment));
        }
    auto file = document(path("segments.cxmap"), c.journey, answers);
    const Findings findings = computeFindings(file->database(), c.journey, {});
    // Alpha and Gamma are the same (87.5) at both; Beta is 25 points lower at a, 50 at b. The
    // largest differences come first, whatever the order of the touchpoints.
    QCOMPARE(findings.segmentDifferences.size(), 4);
    for (qsizetype i = 0; i < findings.segmentDifferences.size(); ++i) {
        const SegmentDifference &d = findings.segmentDifferences.at(i);
        QVERIFY(d.segmentA == QLatin1String("Beta") || d.segmentB == QLatin1String("Beta"));
        QCOMPARE(d.touchpoint, i < 2 ? c.b : c.a);
        VERIFY_NEAR(std::abs(d.test.difference), i < 2 ? 50.0 : 25.0, 1e-9);
        QVERIFY(d.test.significant);
    }
}

void TestFindings::aggregatedRowsCombineByWeight()
{
    Chain c = chain();
    QList<MeasurementRecord> answers;
    for (int i = 1; i <= 30; ++i)
        answers << answer(i, c.b, "csat", 4);
    auto file = document(path("aggregated.cxmap"), c.journey, answers);
    file->database().execute("INSERT INTO batch (file_name, sha256, imported_at, format, rows_read, rows_imported, skipped, mapping)"
                             " VALUES ('benchmark.csv', 'x', '2026-01-01', 'aggregated', 1, 1, '{}', '{}')");
    file->database().execute(QStringLiteral("INSERT INTO aggregate (batch_id, touchpoint_id, metric_id, kind, n, mean, sd)"
                                            " VALUES (2, %1, 1, 0, 70, 3, 1)").arg(c.b.value()));
    const Findings findings = computeFindings(file->database(), c.journey, {});
    const TouchpointFinding *b = findings.find(c.b);
    // 30 answers at 75 and 70 published at mean 3 (50 on 0–100): (30·75 + 70·50) / 100.
    QCOMPARE(b->performance.n, 100);
    VERIFY_NEAR(b->performance.mean, 57.5, 1e-9);
    QVERIFY(findings.notes.join(QLatin1Char('\n')).contains(QStringLiteral("cannot feed importance")));
}

void TestFindings::filtersNarrowTheAnswers()
{
    Chain c = chain();
    QList<MeasurementRecord> answers;
    for (int i = 1; i <= 40; ++i)
        answers << answer(i, c.a, "csat", i <= 20 ? 5 : 3, MeasurementKind::Experience,
                          i % 2 ? QStringLiteral("Alpha") : QStringLiteral("Beta"), i <= 20 ? 1767225600 : 1772323200);
    auto file = document(path("filters.cxmap"), c.journey, answers);

    AnalysisRequest alpha;
    alpha.segment = QStringLiteral("alpha");
    QCOMPARE(computeFindings(file->database(), c.journey, alpha).find(c.a)->performance.n, 20);

    AnalysisRequest march;
    march.from = QDate(2026, 3, 1);
    const Findings late = computeFindings(file->database(), c.journey, march);
    QCOMPARE(late.find(c.a)->performance.n, 20);
    VERIFY_NEAR(late.find(c.a)->performance.mean, 50.0, 1e-9);

    AnalysisRequest unknown;
    unknown.segment = QStringLiteral("Omega");
    try {
        computeFindings(file->database(), c.journey, unknown);
        QFAIL("an unknown segment was accepted");
    } catch (const DocumentError &error) {
        QCOMPARE(error.message(), QStringLiteral("unknown segment \"Omega\" (the segments are: Alpha, Beta)"));
    }
}

void TestFindings::jsonCarriesTheContractAndRoundTrips()
{
    const Chain c = chain();
    auto file = document(path("json.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});
    const QJsonObject json = findingsToJson(findings);
    for (const char *key : {"touchpoints", "weakest_links", "moments_of_truth", "weakest_path", "best_path"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    const QJsonObject first = json.value(QStringLiteral("touchpoints")).toArray().first().toObject();
    for (const char *key : {"id", "name", "stage", "n", "performance", "ci_low", "ci_high", "reliable", "expectation",
                            "gap", "reach", "unavoidable", "importance", "declining"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("weakest_links")).toArray(),
             QJsonArray({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(json.value(QStringLiteral("moments_of_truth")).toArray(), QJsonArray({QStringLiteral("C"), QStringLiteral("E")}));

    const std::optional<Findings> restored = findingsFromJson(json);
    QVERIFY(restored);
    QCOMPARE(QJsonDocument(findingsToJson(*restored)).toJson(), QJsonDocument(json).toJson());
}

void TestFindings::cacheIsKeptUntilAnswersOrMapChange()
{
    Chain c = chain();
    auto file = document(path("cache.cxmap"), c.journey, chainAnswers(c));
    bool cached = true;
    const Findings first = FindingsCache::findingsFor(*file, c.journey, {}, &cached);
    QVERIFY(!cached);
    const Findings second = FindingsCache::findingsFor(*file, c.journey, {}, &cached);
    QVERIFY(cached);
    QCOMPARE(QJsonDocument(findingsToJson(second)).toJson(), QJsonDocument(findingsToJson(first)).toJson());

    // New answers invalidate it…
    {
        SqliteTransaction transaction(file->database());
        Batch batch;
        batch.fileName = QStringLiteral("more");
        MeasurementWriter writer(file->database(), batch);
        writer.add(answer(51, c.a, "csat", 1));
        writer.finish(1, {});
        transaction.commit();
    }
    const Findings third = FindingsCache::findingsFor(*file, c.journey, {}, &cached);
    QVERIFY(!cached);
    QCOMPARE(third.find(c.a)->performance.n, 41);
    // …and so does a change to the map that the analysis reads.
    Touchpoint a = *c.journey.touchpoints().find(c.a);
    a.target = 95.0;
    c.journey.touchpoints().replace(a);
    FindingsCache::findingsFor(*file, c.journey, {}, &cached);
    QVERIFY(!cached);
    // A different request is a different entry.
    AnalysisRequest other;
    other.outcome = QStringLiteral("csat");
    FindingsCache::findingsFor(*file, c.journey, other, &cached);
    QVERIFY(!cached);
}

void TestFindings::everyNumberIsExplained()
{
    const Chain c = chain();
    auto file = document(path("explain.cxmap"), c.journey, chainAnswers(c));
    const Findings findings = computeFindings(file->database(), c.journey, {});
    const QStringList lines = explainTouchpoint(*findings.find(c.c), findings);
    QCOMPARE(lines.first(), QStringLiteral("Performance 37.5 (95% t interval 33.9–41.1) is the mean of 50 answers (csat) on 0–100, "
                                           "each answer normalised as 100 × (value − scale minimum) / (scale maximum − scale minimum), "
                                           "inverted where lower is better."));
    QVERIFY2(lines.contains(QStringLiteral("csat (scale 1–5): mean 2.50 of 50 answers; answers per value 2: 25, 3: 25. "
                                          "Top box 0% (Wilson 95% interval 0%–7%).")), qPrintable(lines.join(QLatin1Char(0x0a))));
    QVERIFY(lines.contains(QStringLiteral("Expectation 75.0 is the mean of the expectation answers on 0–100.")));
    QVERIFY(lines.contains(QStringLiteral("Gap -37.5 = performance − expectation.")));
    QVERIFY(lines.contains(QStringLiteral("Unavoidable: every path from an entry to an exit passes it.")));
    QVERIFY(lines.contains(QStringLiteral("Impact 37.5 = reach × (expectation − performance).")));
    const QStringList thin = explainTouchpoint(*findings.find(c.e), findings);
    QVERIFY(thin.contains(QStringLiteral("Unreliable: n = 10, fewer than 30 answers.")));
    QVERIFY(thin.contains(QStringLiteral("Moment of truth: flagged by hand.")));
}

void TestFindings::demoHasItsIntendedShape()
{
    const QString file = path("demo.cxmap");
    writeDemoDocument(file);
    auto document = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
    const Journey journey = document->readJourney();
    const Findings findings = computeFindings(document->database(), journey, {});
    auto name = [&findings](TouchpointId id) { return findings.find(id)->name; };
    QCOMPARE(name(findings.weakestLinks.first()), QStringLiteral("Number porting"));
    QCOMPARE(name(findings.momentsOfTruth.first()), QStringLiteral("First bill"));
    QStringList declining;
    for (const TouchpointFinding &f : findings.touchpoints)
        if (f.declining)
            declining << f.name;
    QCOMPARE(declining, QStringList({QStringLiteral("Check usage")}));
    QVERIFY(findings.weakestPath.touchpoints != findings.bestPath.touchpoints);
    QVERIFY(findings.find(findings.weakestLinks.first())->unavoidable);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
