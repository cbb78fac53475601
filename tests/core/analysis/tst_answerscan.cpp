// The whole analysis reads the answers in one pass (AnswerScan); the editor's scores read them
// through ScoreQueries' GROUP BYs. Both must read the same answers: those an import could have
// stored. Answers planted in the file by other means (infinite, off their scale, dated in an
// impossible month) are left out by both, and counted the same.
#include "analysis/answerscan.h"
#include "analysis/scorequeries.h"
#include "demofixture.h"
#include "store/sqlitedb.h"

#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace cxmap;

namespace {

using MomentsKey = std::tuple<qint64, qint64, int>;

std::map<MomentsKey, MetricMoments> byKey(const QList<MetricMoments> &moments)
{
    std::map<MomentsKey, MetricMoments> result;
    for (const MetricMoments &m : moments)
        result.emplace(MomentsKey{m.metric, m.touchpoint, int(m.kind)}, m);
    return result;
}

bool close(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

QString sameSample(const SampleMoments &a, const SampleMoments &b)
{
    if (a.n != b.n || !close(a.sum, b.sum) || !close(a.sumSquares, b.sumSquares))
        return QStringLiteral("n %1/%2, Σ %3/%4, Σ² %5/%6")
            .arg(a.n).arg(b.n).arg(a.sum).arg(b.sum).arg(a.sumSquares).arg(b.sumSquares);
    return {};
}

} // namespace

class TestAnswerScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswersAsScoreQueries_data();
    void sameAnswersAsScoreQueries();
};

void TestAnswerScan::sameAnswersAsScoreQueries_data()
{
    QTest::addColumn<bool>("planted");
    QTest::addColumn<bool>("segment");
    QTest::addColumn<bool>("months");
    QTest::newRow("as imported") << false << false << false;
    QTest::newRow("planted") << true << false << false;
    QTest::newRow("planted, one segment") << true << true << false;
    QTest::newRow("planted, a range of months") << true << false << true;
}

void TestAnswerScan::sameAnswersAsScoreQueries()
{
    QFETCH(bool, planted);
    QFETCH(bool, segment);
    QFETCH(bool, months);
    test::DemoFixture demo;
    SqliteDatabase &db = demo.file->database();
    const qint64 answers = db.queryInt("SELECT count(*) FROM measurement").value_or(0);
    QVERIFY(answers > 10000);
    qint64 plantedCount = 0;
    if (planted) {
        // What a hand-edited or hostile file holds: values no import stores (infinite, far off
        // every scale, just off one) and months outside the years 1800–2999, at touchpoints and
        // at the journey level (the outcome).
        db.execute("UPDATE measurement SET value = 9e999 WHERE position % 97 = 0 AND touchpoint_id <> 0");
        db.execute("UPDATE measurement SET value = -9e999 WHERE position % 97 = 0 AND touchpoint_id = 0");
        db.execute("UPDATE measurement SET value = 1e300 WHERE position % 101 = 0");
        db.execute("UPDATE measurement SET value = (SELECT max + 1 FROM metric WHERE metric.id = metric_id)"
                   " WHERE position % 103 = 0");
        db.execute("UPDATE measurement SET month = 9223372036854775807 WHERE position % 50 = 0");
        db.execute("UPDATE measurement SET month = -5 WHERE position % 51 = 0");
        plantedCount = db.queryInt("SELECT count(*) FROM measurement WHERE position % 97 = 0 OR position % 101 = 0"
                                   " OR position % 103 = 0 OR position % 50 = 0 OR position % 51 = 0")
                           .value_or(0);
        QVERIFY(plantedCount > 100);
    }

    const QList<ScaleInfo> scales = ScoreQueries::scales(db);
    QueryScope scope;
    scope.metrics = scales;
    if (segment)
        scope.segment = db.queryInt("SELECT id FROM segment ORDER BY id LIMIT 1");
    if (months) {
        const auto range = ScoreQueries::monthRange(db, scope);
        QVERIFY(range);
        scope.monthFrom = range->first + 2;
        scope.monthTo = range->second - 2;
    }

    const AnswerScan scan(db, scope, scales);
    qint64 leftOut = -1;
    const QList<MetricMoments> queried = ScoreQueries::moments(db, scope, &leftOut);

    // The same answers left out, and (with nothing narrowing the scope) exactly those planted.
    QCOMPARE(scan.invalidAnswers(), leftOut);
    if (planted && !segment && !months)
        QCOMPARE(leftOut, plantedCount);
    if (!planted)
        QCOMPARE(leftOut, qint64(0));
    else
        QVERIFY(leftOut > 0);

    // The same histogram behind every score.
    const auto scanned = byKey(scan.moments());
    const auto expected = byKey(queried);
    QCOMPARE(scanned.size(), expected.size());
    QVERIFY(!expected.empty());
    for (const auto &[key, want] : expected) {
        const auto found = scanned.find(key);
        QVERIFY(found != scanned.end());
        const MetricMoments &got = found->second;
        const QString where = QStringLiteral("metric %1, touchpoint %2, kind %3")
                                  .arg(std::get<0>(key)).arg(std::get<1>(key)).arg(std::get<2>(key));
        const QString raw = sameSample(got.raw, want.raw);
        QVERIFY2(raw.isEmpty(), qPrintable(where + QStringLiteral(": ") + raw));
        QCOMPARE(got.topBox, want.topBox);
        QCOMPARE(got.promoters, want.promoters);
        QCOMPARE(got.detractors, want.detractors);
        QCOMPARE(got.lastMonth, want.lastMonth);
        QCOMPARE(got.distribution, want.distribution);
        QCOMPARE(got.months.size(), want.months.size());
        for (qsizetype i = 0; i < want.months.size(); ++i) {
            QCOMPARE(got.months.at(i).first, want.months.at(i).first);
            QVERIFY2(sameSample(got.months.at(i).second, want.months.at(i).second).isEmpty(), qPrintable(where));
        }
        // Nothing out of scale reached a sum.
        QVERIFY(std::isfinite(got.raw.sum) && std::isfinite(got.raw.sumSquares));
    }

    // Reach, segments and months from the same answers.
    qint64 respondents = -1;
    QCOMPARE(scan.respondentsPerTouchpoint(), ScoreQueries::respondentsPerTouchpoint(db, scope, &respondents));
    QCOMPARE(scan.respondents(), respondents);
    QCOMPARE(scan.monthRange(), ScoreQueries::monthRange(db, scope));
    const auto segments = ScoreQueries::perSegment(db, scope);
    QCOMPARE(scan.perSegment().keys().size(), segments.keys().size());
    for (auto touchpoint = segments.cbegin(); touchpoint != segments.cend(); ++touchpoint) {
        const QHash<qint64, SampleMoments> got = scan.perSegment().value(touchpoint.key());
        QCOMPARE(got.size(), touchpoint->size());
        for (auto it = touchpoint->cbegin(); it != touchpoint->cend(); ++it)
            QVERIFY2(sameSample(got.value(it.key()), *it).isEmpty(), qPrintable(sameSample(got.value(it.key()), *it)));
    }

    // Importance: every journey-level metric as the outcome.
    int outcomes = 0;
    for (const MetricMoments &m : queried) {
        if (m.touchpoint != 0 || m.kind != MeasurementKind::Experience)
            continue;
        ++outcomes;
        const QHash<qint64, PairedMoments> want = ScoreQueries::outcomePairs(db, scope, m.metric);
        const QHash<qint64, PairedMoments> got = scan.outcomePairs(m.metric);
        QCOMPARE(got.keys().size(), want.keys().size());
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const PairedMoments pair = got.value(it.key());
            QCOMPARE(pair.n, it->n);
            for (const auto &[a, b] : {std::pair{pair.sumX, it->sumX}, std::pair{pair.sumY, it->sumY},
                                       std::pair{pair.sumXX, it->sumXX}, std::pair{pair.sumYY, it->sumYY},
                                       std::pair{pair.sumXY, it->sumXY}})
                // AnswerScan keeps each respondent's sum at a touchpoint in a float (answers
                // normalised to 0–100 such as 66.67 are not exact there): close, not equal.
                QVERIFY2(close(a, b, 1e-6), qPrintable(QStringLiteral("outcome %1, touchpoint %2: %3 vs %4")
                                                     .arg(m.metric).arg(it.key()).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        }
    }
    QVERIFY(outcomes > 0);
}

QTEST_GUILESS_MAIN(TestAnswerScan)
#include "tst_answerscan.moc"
