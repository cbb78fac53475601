#include "demo/demojourney.h"
#include "demo/demomeasurements.h"
#include "model/journey.h"
#include "model/metric.h"
#include "store/measurement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cxmap;

namespace {

// The touchpoints the sample is shaped around (see the descriptions in demo-journey.json).
constexpr QLatin1String WeakestLink("Number porting");
constexpr QLatin1String MomentOfTruth("First bill");
constexpr QLatin1String Declining("Check usage");
constexpr QLatin1String SegmentGap("Support hotline");
constexpr QLatin1String SegmentGapSegment("Business");

constexpr double CardWidth = 200.0;
constexpr double CardHeight = 64.0;
constexpr int MinimumN = 30;

// The analysis code is written elsewhere; everything below is deliberately plain arithmetic
// over the records, so the demo's shape is checked independently of it.

struct Mean
{
    double sum = 0.0;
    double squares = 0.0;
    int n = 0;

    void add(double value)
    {
        sum += value;
        squares += value * value;
        ++n;
    }
    double mean() const { return n > 0 ? sum / n : 0.0; }
    double variance() const { return n > 1 ? (squares - sum * sum / n) / (n - 1) : 0.0; }
};

double pearson(const QList<QPair<double, double>> &pairs)
{
    Mean x;
    Mean y;
    double products = 0.0;
    for (const auto &[a, b] : pairs) {
        x.add(a);
        y.add(b);
        products += a * b;
    }
    const auto n = static_cast<double>(pairs.size());
    const double covariance = products - x.sum * y.sum / n;
    const double spread =
        std::sqrt((x.squares - x.sum * x.sum / n) * (y.squares - y.sum * y.sum / n));
    return spread > 0.0 ? covariance / spread : 0.0;
}

struct Slope
{
    double slope = 0.0;
    double upper = 0.0; // upper end of the 95% confidence interval
};

// Least squares over the points (0, y0), (1, y1), …
Slope leastSquares(const QList<double> &values)
{
    const auto n = static_cast<double>(values.size());
    const double meanX = (n - 1.0) / 2.0;
    double meanY = 0.0;
    for (double value : values)
        meanY += value / n;
    double sxx = 0.0;
    double sxy = 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = static_cast<double>(i) - meanX;
        sxx += x * x;
        sxy += x * (values.at(i) - meanY);
    }
    const double slope = sxy / sxx;
    double residuals = 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double residual = values.at(i) - meanY - slope * (static_cast<double>(i) - meanX);
        residuals += residual * residual;
    }
    // t(0.975, 10 degrees of freedom), for the 12 months the demo covers.
    constexpr double T = 2.228;
    return {slope, slope + T * std::sqrt(residuals / (n - 2.0) / sxx)};
}

// Replaces the value at a path like "touchpoints/0/stage"; an undefined value removes the key.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = setAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(key, setAt(object.value(key), path, value));
    return object;
}

QByteArray checksum(const QList<MeasurementRecord> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const MeasurementRecord &record : records) {
        const QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                                 .arg(record.respondent)
                                 .arg(record.timestamp.value_or(-1))
                                 .arg(record.segment)
                                 .arg(record.touchpoint.value())
                                 .arg(record.metric)
                                 .arg(record.value, 0, 'g', 17)
                                 .arg(static_cast<int>(record.kind));
        hash.addData(line.toUtf8());
    }
    return hash.result().toHex();
}

QList<MeasurementRecord> generate(const Journey &journey, const DemoProfile &profile)
{
    QList<MeasurementRecord> records;
    generateDemoMeasurements(
        journey, profile, [&records](const MeasurementRecord &record) { records.append(record); });
    return records;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void journeyIsConsistent();
    void journeyHasTheDefaultGrid();
    void cardsFitTheirCells();
    void transitionsFormAJourney();
    void brokenDocumentsAreRejected_data();
    void brokenDocumentsAreRejected();
    void profileMatchesTheJourney();
    void generatorIsDeterministic();
    void recordsAreValid();
    void respondentsFollowTheJourney();
    void weakestLinkStandsOut();
    void momentOfTruthStandsOut();
    void oneTouchpointDeclines();
    void segmentsDifferOnce();

private:
    TouchpointId idOf(QLatin1String name) const;
    // Markov reach (DESIGN §3) by plain iteration: P(ever passing `target`) from the entries.
    double modelledReach(TouchpointId target) const;

    Journey m_journey;
    DemoProfile m_profile;
    QList<MeasurementRecord> m_records;
    QHash<QString, Metric> m_metrics;

    // Digests of m_records, filled in initTestCase.
    QHash<QString, int> m_respondentIndex;
    QList<QString> m_segmentOf;
    QList<int> m_monthOf;
    QHash<int, double> m_overallCsat; // respondent → overall satisfaction, normalised
    QHash<TouchpointId, Mean> m_experience;
    QHash<TouchpointId, Mean> m_expectation;
    QHash<TouchpointId, QHash<int, Mean>> m_scoreByRespondent;
};

void TestDemo::initTestCase()
{
    m_journey = loadDemoJourney();
    m_profile = loadDemoProfile();
    for (const Metric &metric : builtinMetrics())
        m_metrics.insert(metric.name, metric);

    QElapsedTimer timer;
    timer.start();
    m_records = generate(m_journey, m_profile);
    qInfo("generated %lld records for %d respondents in %lld ms",
          static_cast<long long>(m_records.size()), m_profile.respondents,
          static_cast<long long>(timer.elapsed()));
    QVERIFY(!m_records.isEmpty());

    const QDate first = m_profile.firstDay();
    for (const MeasurementRecord &record : m_records) {
        auto it = m_respondentIndex.constFind(record.respondent);
        if (it == m_respondentIndex.cend()) {
            it = m_respondentIndex.insert(record.respondent, static_cast<int>(m_segmentOf.size()));
            m_segmentOf.append(record.segment);
            const QDate day =
                QDateTime::fromSecsSinceEpoch(record.timestamp.value_or(0), Qt::UTC).date();
            m_monthOf.append((day.year() - first.year()) * 12 + day.month() - first.month());
        }
        const int respondent = it.value();
        const auto metric = m_metrics.constFind(record.metric);
        QVERIFY2(metric != m_metrics.cend(), qPrintable(record.metric));
        const double score = metric->normalise(record.value);
        if (!record.touchpoint.isValid()) {
            if (record.metric == QLatin1String("csat"))
                m_overallCsat.insert(respondent, score);
        } else if (record.kind == MeasurementKind::Expectation) {
            m_expectation[record.touchpoint].add(score);
        } else {
            m_experience[record.touchpoint].add(score);
            m_scoreByRespondent[record.touchpoint][respondent].add(score);
        }
    }
}

TouchpointId TestDemo::idOf(QLatin1String name) const
{
    const Touchpoint *touchpoint = m_journey.findTouchpointByName(name);
    return touchpoint ? touchpoint->id : TouchpointId();
}

double TestDemo::modelledReach(TouchpointId target) const
{
    QHash<TouchpointId, QList<const Transition *>> outgoing;
    QSet<TouchpointId> hasIncoming;
    for (const Transition &transition : m_journey.transitions()) {
        outgoing[transition.from].append(&transition);
        hasIncoming.insert(transition.to);
    }
    // hit(x) = 1 at the target, else Σ share × hit(next); iterated to convergence.
    QHash<TouchpointId, double> hit;
    for (int round = 0; round < 2000; ++round) {
        for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
            double value = 0.0;
            if (touchpoint.id == target) {
                value = 1.0;
            } else {
                for (const Transition *transition : outgoing.value(touchpoint.id))
                    value += transition->share.value_or(0.0) * hit.value(transition->to);
            }
            hit.insert(touchpoint.id, value);
        }
    }
    double sum = 0.0;
    int entries = 0;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        if (!hasIncoming.contains(touchpoint.id)) {
            sum += hit.value(touchpoint.id);
            ++entries;
        }
    }
    return sum / entries;
}

void TestDemo::journeyIsConsistent()
{
    QCOMPARE(m_journey.checkConsistency(), QString());
    QVERIFY(!m_journey.name().isEmpty());
    QVERIFY(!m_journey.description().isEmpty());

    // The same document always yields the same journey, IDs included.
    QString error;
    const std::optional<Journey> again = parseDemoJourney(demoResourceData(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == m_journey);
}

void TestDemo::journeyHasTheDefaultGrid()
{
    QStringList stages;
    for (const Stage &stage : m_journey.stages())
        stages.append(stage.name);
    QCOMPARE(stages, defaultStageNames());
    QStringList lanes;
    for (const Lane &lane : m_journey.lanes())
        lanes.append(lane.name);
    QCOMPARE(lanes, defaultLaneNames());

    QSet<LaneId> usedLanes;
    int indirect = 0;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        usedLanes.insert(touchpoint.lane);
        if (touchpoint.kind == TouchpointKind::Indirect)
            ++indirect;
        QVERIFY2(touchpoint.target, qPrintable(touchpoint.name));
        QVERIFY2(!touchpoint.owner.isEmpty(), qPrintable(touchpoint.name));
        QVERIFY2(!touchpoint.description.isEmpty(), qPrintable(touchpoint.name));
    }
    QVERIFY(usedLanes.size() >= 5);
    QVERIFY(m_journey.touchpoints().size() >= 22 && m_journey.touchpoints().size() <= 28);
    QVERIFY(indirect >= 2);
    for (const Stage &stage : m_journey.stages())
        QVERIFY2(!m_journey.touchpointsInStage(stage.id).isEmpty(), qPrintable(stage.name));
    for (QLatin1String name : {WeakestLink, MomentOfTruth, Declining, SegmentGap})
        QVERIFY2(idOf(name).isValid(), name.data());
}

void TestDemo::cardsFitTheirCells()
{
    for (const Stage &stage : m_journey.stages()) {
        for (const Lane &lane : m_journey.lanes()) {
            const QRectF cell(0.0, 0.0, stage.extent, lane.extent);
            QList<QRectF> cards;
            for (const TouchpointId id : m_journey.touchpointsInCell(stage.id, lane.id)) {
                const Touchpoint *touchpoint = m_journey.touchpoints().find(id);
                const QRectF card(touchpoint->position, QSizeF(CardWidth, CardHeight));
                QVERIFY2(cell.contains(card), qPrintable(touchpoint->name));
                for (const QRectF &other : cards)
                    QVERIFY2(!other.intersects(card), qPrintable(touchpoint->name));
                cards.append(card);
            }
        }
    }
}

void TestDemo::transitionsFormAJourney()
{
    QHash<TouchpointId, double> shareSums;
    QHash<TouchpointId, QList<TouchpointId>> next;
    QSet<TouchpointId> hasIncoming;
    bool supportLeadsBackToUse = false;
    const StageId use = m_journey.findStageByName(QStringLiteral("Use"))->id;
    const StageId support = m_journey.findStageByName(QStringLiteral("Get support"))->id;
    for (const Transition &transition : m_journey.transitions()) {
        QVERIFY(transition.share);
        QVERIFY(transition.from != transition.to);
        shareSums[transition.from] += *transition.share;
        next[transition.from].append(transition.to);
        hasIncoming.insert(transition.to);
        if (m_journey.touchpoints().find(transition.from)->stage == support &&
            m_journey.touchpoints().find(transition.to)->stage == use)
            supportLeadsBackToUse = true;
    }
    QVERIFY(supportLeadsBackToUse);
    for (auto it = shareSums.cbegin(); it != shareSums.cend(); ++it)
        QVERIFY2(std::abs(it.value() - 1.0) < 1e-9,
                 qPrintable(m_journey.touchpoints().find(it.key())->name));

    QList<TouchpointId> entries;
    int exits = 0;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        if (!hasIncoming.contains(touchpoint.id))
            entries.append(touchpoint.id);
        if (!next.contains(touchpoint.id))
            ++exits;
    }
    QVERIFY(entries.size() >= 2);
    QVERIFY(exits >= 2);

    // Everything is reachable from an entry.
    QSet<TouchpointId> reached(entries.cbegin(), entries.cend());
    QList<TouchpointId> queue = entries;
    while (!queue.isEmpty()) {
        for (const TouchpointId to : next.value(queue.takeFirst()))
            if (!reached.contains(to)) {
                reached.insert(to);
                queue.append(to);
            }
    }
    QCOMPARE(reached.size(), m_journey.touchpoints().size());

    // There is a cycle: some touchpoint can reach itself.
    bool cycle = false;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        QSet<TouchpointId> seen;
        QList<TouchpointId> stack = next.value(touchpoint.id);
        while (!stack.isEmpty() && !cycle) {
            const TouchpointId id = stack.takeLast();
            cycle = id == touchpoint.id;
            if (!seen.contains(id)) {
                seen.insert(id);
                stack.append(next.value(id));
            }
        }
    }
    QVERIFY(cycle);

    // The weakest link is unavoidable: the model says every customer passes it.
    QVERIFY(std::abs(modelledReach(idOf(WeakestLink)) - 1.0) < 1e-6);
}

void TestDemo::brokenDocumentsAreRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("journeyPart");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *path, const QJsonValue &value, bool journeyPart,
                  const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(path) << value << journeyPart
                            << QString::fromUtf8(expected);
    };
    row("no stages", "stages", QJsonArray(), true, "stages");
    row("unknown stage", "touchpoints/0/stage", QStringLiteral("Nowhere"), true, "Nowhere");
    row("unknown lane", "touchpoints/0/lane", QStringLiteral("Fax"), true, "Fax");
    row("unknown kind", "touchpoints/0/kind", QStringLiteral("telepathic"), true, "telepathic");
    row("duplicate name", "touchpoints/1/name", QStringLiteral("Friend's recommendation"), true,
        "appears twice");
    row("target above 100", "touchpoints/0/target", 130, true, "target");
    row("bad position", "touchpoints/0/position", QStringLiteral("top left"), true, "position");
    row("unknown transition end", "transitions/0/to", QStringLiteral("Nobody"), true, "Nobody");
    row("share above 1", "transitions/0/share", 1.5, true, "share");
    row("mean outside scale", "touchpoints/0/sample/experience/csat/mean", 7, false, "mean");
    row("unknown metric", "touchpoints/0/sample/experience/happiness",
        QJsonObject{{QStringLiteral("mean"), 3}, {QStringLiteral("spread"), 1}}, false,
        "happiness");
    row("missing spread", "touchpoints/0/sample/experience/csat/spread",
        QJsonValue(QJsonValue::Undefined), false, "spread");
    row("unknown segment", "touchpoints/0/sample/segments",
        QJsonObject{{QStringLiteral("Pensioners"), -5}}, false, "Pensioners");
    row("bad last day", "sample/last_day", QStringLiteral("2026-13-01"), false, "last_day");
    row("no segments", "sample/segments", QJsonArray(), false, "segments");
    row("negative outcome spread", "sample/outcomes/nps/spread", -1, false, "spread");
}

void TestDemo::brokenDocumentsAreRejected()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, journeyPart);
    QFETCH(QString, expected);

    const QJsonObject original = QJsonDocument::fromJson(demoResourceData()).object();
    const QJsonObject broken = setAt(original, path.split(QLatin1Char('/')), value).toObject();
    QVERIFY(broken != original);
    const QByteArray json = QJsonDocument(broken).toJson();

    QString error;
    if (journeyPart)
        QVERIFY(!parseDemoJourney(json, &error));
    else
        QVERIFY(!parseDemoProfile(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestDemo::profileMatchesTheJourney()
{
    QCOMPARE(m_profile.touchpoints.size(), m_journey.touchpoints().size());
    for (const Touchpoint &touchpoint : m_journey.touchpoints())
        QVERIFY2(m_profile.find(touchpoint.name), qPrintable(touchpoint.name));
    QCOMPARE(m_profile.segments.size(), 3);
    double shares = 0.0;
    for (const DemoSegmentProfile &segment : m_profile.segments)
        shares += segment.share;
    QVERIFY(std::abs(shares - 1.0) < 1e-9);
    QCOMPARE(m_profile.lastDay, QDate(2026, 10, 31));
    QCOMPARE(m_profile.firstDay(), QDate(2025, 11, 1));
    QCOMPARE(m_profile.respondents, 5000);

    QString error;
    QVERIFY(!parseDemoJourney("{ \"name\": ", &error));
    QVERIFY(error.contains(QLatin1String("JSON")));
}

void TestDemo::generatorIsDeterministic()
{
    const QList<MeasurementRecord> again = generate(m_journey, m_profile);
    QCOMPARE(again.size(), m_records.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        const MeasurementRecord &a = m_records.at(i);
        const MeasurementRecord &b = again.at(i);
        QVERIFY(a.respondent == b.respondent && a.timestamp == b.timestamp &&
                a.segment == b.segment && a.touchpoint == b.touchpoint && a.metric == b.metric &&
                a.value == b.value && a.kind == b.kind);
    }
    const QByteArray sum = checksum(m_records);
    QCOMPARE(checksum(again), sum);

    // The bundled profile reaches the same stream as the one passed by hand.
    QList<MeasurementRecord> bundled;
    generateDemoMeasurements(m_journey,
                             [&bundled](const MeasurementRecord &r) { bundled.append(r); });
    QCOMPARE(checksum(bundled), sum);

    // Each respondent has their own stream: fewer respondents give a prefix of the same sample.
    DemoProfile small = m_profile;
    small.respondents = 200;
    const QList<MeasurementRecord> prefix = generate(m_journey, small);
    QVERIFY(prefix.size() > 1000);
    QCOMPARE(checksum(prefix), checksum(m_records.mid(0, prefix.size())));
    QVERIFY(m_records.at(prefix.size()).respondent != prefix.last().respondent);

    // The seed is what makes it so: another seed, another sample.
    DemoProfile reseeded = small;
    reseeded.seed += 1;
    QVERIFY(checksum(generate(m_journey, reseeded)) != checksum(prefix));
}

void TestDemo::recordsAreValid()
{
    QVERIFY(m_records.size() > 50'000 && m_records.size() < 500'000);
    const qint64 start = QDateTime(m_profile.firstDay(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end =
        QDateTime(m_profile.lastDay.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    QHash<QString, QPair<qint64, QString>> respondentInfo;
    QSet<QString> answers;
    int expectations = 0;
    QHash<QString, int> outcomes;
    for (const MeasurementRecord &record : m_records) {
        const Metric metric = m_metrics.value(record.metric);
        QVERIFY2(metric.contains(record.value), qPrintable(record.metric));
        QCOMPARE(std::floor(record.value), record.value);
        QVERIFY(record.timestamp && *record.timestamp >= start && *record.timestamp < end);
        if (record.touchpoint.isValid()) {
            QVERIFY(m_journey.touchpoints().contains(record.touchpoint));
        } else {
            QCOMPARE(record.kind, MeasurementKind::Experience);
            ++outcomes[record.metric];
        }
        if (record.kind == MeasurementKind::Expectation)
            ++expectations;

        // One segment and one timestamp per respondent; one answer per question.
        const auto info = qMakePair(*record.timestamp, record.segment);
        QCOMPARE(respondentInfo.value(record.respondent, info), info);
        respondentInfo.insert(record.respondent, info);
        const QString question = QStringLiteral("%1|%2|%3|%4")
                                     .arg(record.respondent)
                                     .arg(record.touchpoint.value())
                                     .arg(record.metric)
                                     .arg(static_cast<int>(record.kind));
        QVERIFY2(!answers.contains(question), qPrintable(question));
        answers.insert(question);
    }

    const auto respondents = static_cast<int>(m_respondentIndex.size());
    QVERIFY(respondents > 4900 && respondents <= 5000);
    QVERIFY(expectations > 1000);
    QCOMPARE(outcomes.keys().size(), 2);
    // Not everyone answers everything.
    QVERIFY(outcomes.value(QStringLiteral("csat")) > respondents * 9 / 10);
    QVERIFY(outcomes.value(QStringLiteral("csat")) < respondents);
    QVERIFY(outcomes.value(QStringLiteral("nps")) < outcomes.value(QStringLiteral("csat")));

    const QSet<int> months(m_monthOf.cbegin(), m_monthOf.cend());
    QCOMPARE(months.size(), 12);
    QCOMPARE(*std::min_element(m_monthOf.cbegin(), m_monthOf.cend()), 0);
    QCOMPARE(*std::max_element(m_monthOf.cbegin(), m_monthOf.cend()), 11);

    QHash<QString, int> segments;
    for (const QString &segment : m_segmentOf)
        ++segments[segment];
    QCOMPARE(segments.size(), 3);
    for (auto it = segments.cbegin(); it != segments.cend(); ++it)
        QVERIFY2(it.value() > respondents / 10, qPrintable(it.key()));
}

void TestDemo::respondentsFollowTheJourney()
{
    QSet<TouchpointId> entries;
    QSet<TouchpointId> exits;
    QSet<TouchpointId> hasOutgoing;
    QSet<TouchpointId> hasIncoming;
    for (const Transition &transition : m_journey.transitions()) {
        hasOutgoing.insert(transition.from);
        hasIncoming.insert(transition.to);
    }
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        if (!hasIncoming.contains(touchpoint.id))
            entries.insert(touchpoint.id);
        if (!hasOutgoing.contains(touchpoint.id))
            exits.insert(touchpoint.id);
    }

    // A walk starts at one entry and stops at the first exit, so nobody rates two of either.
    QHash<int, QSet<TouchpointId>> entriesRated;
    QHash<int, QSet<TouchpointId>> exitsRated;
    for (auto it = m_scoreByRespondent.cbegin(); it != m_scoreByRespondent.cend(); ++it) {
        for (auto respondent = it.value().cbegin(); respondent != it.value().cend(); ++respondent) {
            if (entries.contains(it.key()))
                entriesRated[respondent.key()].insert(it.key());
            if (exits.contains(it.key()))
                exitsRated[respondent.key()].insert(it.key());
        }
    }
    for (const QSet<TouchpointId> &rated : std::as_const(entriesRated))
        QCOMPARE(rated.size(), 1);
    for (const QSet<TouchpointId> &rated : std::as_const(exitsRated))
        QCOMPARE(rated.size(), 1);

    // Observed reach, corrected for who answers at all, agrees with the modelled reach.
    const auto respondents = static_cast<double>(m_respondentIndex.size());
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        const DemoTouchpointProfile *profile = m_profile.find(touchpoint.name);
        if (profile->response < 0.1)
            continue; // too few answers by design to estimate anything
        // Everyone who rates a touchpoint answers its csat, so raters are the respondents seen.
        const double observed =
            static_cast<double>(m_scoreByRespondent.value(touchpoint.id).size()) / respondents /
            profile->response;
        const double modelled = modelledReach(touchpoint.id);
        QVERIFY2(std::abs(observed - modelled) < 0.05,
                 qPrintable(QStringLiteral("%1: observed %2, modelled %3")
                                .arg(touchpoint.name)
                                .arg(observed)
                                .arg(modelled)));
    }
}

void TestDemo::weakestLinkStandsOut()
{
    const auto respondents = static_cast<double>(m_respondentIndex.size());
    struct Impact
    {
        QString name;
        double value = 0.0;
    };
    QList<Impact> impacts;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        const Mean experience = m_experience.value(touchpoint.id);
        if (experience.n < MinimumN)
            continue;
        const Mean expectation = m_expectation.value(touchpoint.id);
        const double expected =
            expectation.n > 0 ? expectation.mean() : touchpoint.target.value_or(100.0);
        const double reach =
            static_cast<double>(m_scoreByRespondent.value(touchpoint.id).size()) / respondents;
        impacts.append({touchpoint.name, reach * std::max(0.0, expected - experience.mean())});
        if (touchpoint.name == WeakestLink)
            qInfo("%s: n %d, performance %.1f, expectation %.1f, observed reach %.2f, impact %.1f",
                  qPrintable(touchpoint.name), experience.n, experience.mean(), expected, reach,
                  impacts.last().value);
    }
    std::sort(impacts.begin(), impacts.end(),
              [](const Impact &a, const Impact &b) { return a.value > b.value; });
    qInfo("runner-up: %s, impact %.1f", qPrintable(impacts.at(1).name), impacts.at(1).value);
    QCOMPARE(impacts.first().name, QString(WeakestLink));
    QVERIFY(impacts.at(0).value > 2.0 * impacts.at(1).value);
}

void TestDemo::momentOfTruthStandsOut()
{
    struct Importance
    {
        QString name;
        double r = 0.0;
    };
    QList<Importance> importances;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        QList<QPair<double, double>> pairs;
        const QHash<int, Mean> scores = m_scoreByRespondent.value(touchpoint.id);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            if (m_overallCsat.contains(it.key()))
                pairs.append({it.value().mean(), m_overallCsat.value(it.key())});
        if (pairs.size() >= MinimumN)
            importances.append({touchpoint.name, pearson(pairs)});
    }
    std::sort(importances.begin(), importances.end(),
              [](const Importance &a, const Importance &b) { return a.r > b.r; });
    qInfo("%s: r = %.2f; runner-up %s: r = %.2f; median r = %.2f",
          qPrintable(importances.at(0).name), importances.at(0).r,
          qPrintable(importances.at(1).name), importances.at(1).r,
          importances.at(importances.size() / 2).r);
    QCOMPARE(importances.first().name, QString(MomentOfTruth));
    QVERIFY(importances.at(0).r > importances.at(1).r + 0.15);
}

void TestDemo::oneTouchpointDeclines()
{
    QStringList declining;
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        if (m_experience.value(touchpoint.id).n < MinimumN)
            continue;
        QList<Mean> months(12);
        const QHash<int, Mean> scores = m_scoreByRespondent.value(touchpoint.id);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            months[m_monthOf.at(it.key())].add(it.value().mean());
        QList<double> means;
        for (const Mean &month : std::as_const(months)) {
            QVERIFY2(month.n > 0, qPrintable(touchpoint.name));
            means.append(month.mean());
        }
        const Slope trend = leastSquares(means);
        if (trend.upper < 0.0) {
            declining.append(touchpoint.name);
            qInfo("declining: %s, slope %.2f (CI upper %.2f)", qPrintable(touchpoint.name),
                  trend.slope, trend.upper);
        }
        if (touchpoint.name == Declining) {
            qInfo("%s: %.1f in the first month, %.1f in the last, slope %.2f points/month (CI "
                  "upper %.2f)",
                  qPrintable(touchpoint.name), means.first(), means.last(), trend.slope,
                  trend.upper);
            QVERIFY(trend.slope < -1.0);
        }
    }
    QCOMPARE(declining, QStringList{QString(Declining)});
}

void TestDemo::segmentsDifferOnce()
{
    const TouchpointId hotline = idOf(SegmentGap);
    Mean inSegment;
    Mean others;
    const QHash<int, Mean> scores = m_scoreByRespondent.value(hotline);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        (m_segmentOf.at(it.key()) == SegmentGapSegment ? inSegment : others).add(it.value().mean());
    const double difference = inSegment.mean() - others.mean();
    const double welch =
        difference / std::sqrt(inSegment.variance() / inSegment.n + others.variance() / others.n);
    qInfo("%s: %s %.1f (n %d) vs others %.1f (n %d), Welch t = %.1f",
          qPrintable(QString(SegmentGap)), SegmentGapSegment.data(), inSegment.mean(), inSegment.n,
          others.mean(), others.n, welch);
    QVERIFY(difference < -10.0);
    QVERIFY(welch < -4.0);

    // Otherwise the segments are alike: overall satisfaction within a few points.
    QHash<QString, Mean> overall;
    for (auto it = m_overallCsat.cbegin(); it != m_overallCsat.cend(); ++it)
        overall[m_segmentOf.at(it.key())].add(it.value());
    double low = 100.0;
    double high = 0.0;
    for (const Mean &mean : std::as_const(overall)) {
        low = std::min(low, mean.mean());
        high = std::max(high, mean.mean());
    }
    QVERIFY(high - low < 5.0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
