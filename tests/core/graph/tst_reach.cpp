#include "analysis/graphsnapshot.h"
#include "analysis/reach.h"
#include "model/journey.h"

#include "graphspec.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace cxmap;
using cxmap::test::Graph;
using cxmap::test::parse;

namespace {

constexpr double Tight = 1e-12;
constexpr double Infinity = std::numeric_limits<double>::infinity();

// ---- random graphs and the reference computations -------------------------------------------

struct Edge
{
    int from;
    int to;
    std::optional<double> share;
};

struct Plain
{
    int n = 0;
    std::vector<Edge> edges;
};

Journey toJourney(const Plain &plain, QList<TouchpointId> *ids)
{
    Graph graph;
    for (int i = 0; i < plain.n; ++i)
        ids->append(graph.node(QString::number(i)));
    for (const Edge &edge : plain.edges)
        graph.link(ids->at(edge.from), ids->at(edge.to), edge.share);
    return graph.journey;
}

// Journey-shaped: stages in order, onwards within a stage or to the next, `backPercent` going
// back one stage (support loops); shares missing, given in full, or given in part.
Plain randomJourney(quint32 seed, int n, int backPercent)
{
    QRandomGenerator random(seed);
    Plain plain;
    plain.n = n;
    const int stages = 7;
    auto stageOf = [&](int i) { return i * stages / n; };
    auto firstOf = [&](int s) { return (s * n + stages - 1) / stages; };
    for (int from = 0; from < n; ++from) {
        const int s = stageOf(from);
        const int degree = 1 + int(random.bounded(3));
        for (int k = 0; k < degree; ++k) {
            int to = -1;
            if (int(random.bounded(100)) < backPercent && s > 0)
                to = firstOf(s - 1) + int(random.bounded(firstOf(s) - firstOf(s - 1)));
            else if (s + 1 < stages && random.bounded(2) == 0)
                to = firstOf(s + 1) +
                     int(random.bounded(firstOf(std::min(stages, s + 2)) - firstOf(s + 1)));
            else if (from + 1 < firstOf(s + 1))
                to = from + 1 + int(random.bounded(std::min(3, firstOf(s + 1) - from - 1)));
            if (to < 0)
                continue;
            plain.edges.push_back({from, to, {}});
        }
        if (random.bounded(100) < 3)
            plain.edges.push_back({from, from, {}}); // try again
    }
    // Shares per source: missing (half), given in full but not normalised, or given in part.
    std::vector<std::vector<size_t>> out(static_cast<size_t>(n));
    for (size_t e = 0; e < plain.edges.size(); ++e)
        out[size_t(plain.edges[e].from)].push_back(e);
    for (const auto &list : out) {
        const int kind = int(random.bounded(10));
        if (kind < 5)
            continue;
        for (size_t k = 0; k < list.size(); ++k) {
            if (kind < 8)
                plain.edges[list[k]].share = 0.05 + random.bounded(0.9);
            else if (k % 2 == 0)
                plain.edges[list[k]].share = 0.6 * random.bounded(1.0) / double(list.size());
        }
    }
    return plain;
}

// The chain as the test reads reach.h: probability of each option (edges, then leaving).
struct Chain
{
    int n = 0;
    std::vector<std::vector<std::pair<int, double>>> next; // (target, probability)
    std::vector<double> leave;
    std::vector<double> start;
};

Chain chainOf(const Plain &plain)
{
    Chain chain;
    chain.n = plain.n;
    chain.next.resize(size_t(plain.n));
    chain.leave.assign(size_t(plain.n), 0.0);
    chain.start.assign(size_t(plain.n), 0.0);
    std::vector<char> hasIn(size_t(plain.n), 0), hasOut(size_t(plain.n), 0);
    for (const Edge &edge : plain.edges)
        if (edge.from != edge.to) {
            hasOut[size_t(edge.from)] = 1;
            hasIn[size_t(edge.to)] = 1;
        }
    int entries = 0;
    for (int i = 0; i < plain.n; ++i)
        entries += hasIn[size_t(i)] ? 0 : 1;
    for (int i = 0; i < plain.n; ++i) {
        if (!hasIn[size_t(i)])
            chain.start[size_t(i)] = 1.0 / entries;
        std::vector<const Edge *> out;
        for (const Edge &edge : plain.edges)
            if (edge.from == i)
                out.push_back(&edge);
        const bool exit = !hasOut[size_t(i)];
        double given = 0.0;
        int missing = exit ? 1 : 0;
        for (const Edge *edge : out) {
            if (edge->share)
                given += *edge->share;
            else
                ++missing;
        }
        const double each = missing ? std::max(0.0, 1.0 - given) / missing : 0.0;
        const double total = given + each * missing;
        for (const Edge *edge : out)
            chain.next[size_t(i)].emplace_back(edge->to, total > 0
                                                             ? edge->share.value_or(each) / total
                                                             : 1.0 / double(out.size() + exit));
        chain.leave[size_t(i)] =
            exit ? (total > 0 ? each / total : 1.0 / double(out.size() + 1)) : 0.0;
    }
    return chain;
}

// Whether every node can leave the journey: then I − Q is invertible.
bool everyNodeCanLeave(const Chain &chain)
{
    std::vector<char> can(size_t(chain.n), 0);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < chain.n; ++i) {
            if (can[size_t(i)])
                continue;
            bool leaves = chain.leave[size_t(i)] > 0;
            for (const auto &[to, p] : chain.next[size_t(i)])
                leaves = leaves || (p > 0 && can[size_t(to)]);
            if (leaves) {
                can[size_t(i)] = 1;
                changed = true;
            }
        }
    }
    return std::all_of(can.begin(), can.end(), [](char c) { return c != 0; });
}

// Dense LU with partial pivoting, for the reference solutions.
class DenseLu
{
public:
    explicit DenseLu(std::vector<std::vector<double>> a)
        : m_a(std::move(a))
        , m_pivot(m_a.size())
    {
        const size_t n = m_a.size();
        for (size_t k = 0; k < n; ++k) {
            size_t p = k;
            for (size_t i = k + 1; i < n; ++i)
                if (std::abs(m_a[i][k]) > std::abs(m_a[p][k]))
                    p = i;
            std::swap(m_a[k], m_a[p]);
            m_pivot[k] = p;
            for (size_t i = k + 1; i < n; ++i) {
                const double f = m_a[i][k] /= m_a[k][k];
                if (f != 0.0)
                    for (size_t j = k + 1; j < n; ++j)
                        m_a[i][j] -= f * m_a[k][j];
            }
        }
    }

    std::vector<double> solve(std::vector<double> b) const
    {
        const size_t n = m_a.size();
        for (size_t k = 0; k < n; ++k)
            std::swap(b[k], b[m_pivot[k]]);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < i; ++j)
                b[i] -= m_a[i][j] * b[j];
        for (size_t i = n; i-- > 0;) {
            for (size_t j = i + 1; j < n; ++j)
                b[i] -= m_a[i][j] * b[j];
            b[i] /= m_a[i][i];
        }
        return b;
    }

private:
    std::vector<std::vector<double>> m_a;
    std::vector<size_t> m_pivot;
};

struct Expected
{
    std::vector<double> reach;
    std::vector<double> visits;
};

// v = sᵀ(I − Q)⁻¹ and P(ever at j) = v_j / [(I − Q)⁻¹]_jj with the whole matrix at once: checks
// the component-by-component solution and the sparse factorisation.
Expected denseReference(const Chain &chain)
{
    const size_t n = size_t(chain.n);
    std::vector<std::vector<double>> transposed(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
        transposed[i][i] += 1.0;
        for (const auto &[to, p] : chain.next[i])
            transposed[size_t(to)][i] -= p;
    }
    const DenseLu lu(transposed);
    Expected expected;
    expected.visits = lu.solve(chain.start);
    for (size_t j = 0; j < n; ++j) {
        std::vector<double> unit(n, 0.0);
        unit[j] = 1.0;
        const double returns = lu.solve(unit)[j]; // [(I − Q)⁻ᵀ]_jj = [(I − Q)⁻¹]_jj
        expected.reach.push_back(expected.visits[j] / returns);
    }
    return expected;
}

// P(ever at j) straight from its definition: make j absorbing and solve for the probability of
// hitting it from every node. Independent of the v / N formula.
std::vector<double> hittingReference(const Chain &chain)
{
    const size_t n = size_t(chain.n);
    std::vector<double> reach(n, 0.0);
    for (size_t j = 0; j < n; ++j) {
        std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
        std::vector<double> b(n, 0.0);
        for (size_t i = 0; i < n; ++i) {
            a[i][i] = 1.0;
            if (i == j) {
                b[i] = 1.0;
                continue;
            }
            for (const auto &[to, p] : chain.next[i])
                a[i][size_t(to)] -= p;
        }
        const std::vector<double> hit = DenseLu(a).solve(b);
        for (size_t i = 0; i < n; ++i)
            reach[j] += chain.start[i] * hit[i];
    }
    return reach;
}

bool close(double actual, double expected, double tolerance)
{
    if (std::isinf(expected))
        return actual == expected;
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace

class TestReach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWorked_data();
    void handWorked();
    void shares_data();
    void shares();
    void supportAndRenewalLoops();
    void selfLoops();
    void deadEndCycle();
    void withoutEntries();
    void largeRingUsesTheSparsePath();
    void referenceOnRandomGraphs();
    void monteCarlo();
};

void TestReach::handWorked_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("reach"); // name=value, for every touchpoint
    QTest::addColumn<QString>("visits");

    // Everyone walks the chain once.
    QTest::newRow("chain") << "a>b b>c"
                           << "a=1 b=1 c=1"
                           << "a=1 b=1 c=1";
    // 70 % via b, 30 % via c, everyone ends at d.
    QTest::newRow("diamond") << "a>b:0.7 a>c:0.3 b>d c>d"
                             << "a=1 b=0.7 c=0.3 d=1"
                             << "a=1 b=0.7 c=0.3 d=1";
    // Two entries share the customers equally.
    QTest::newRow("two entries") << "e1>x e2>x x>out"
                                 << "e1=0.5 e2=0.5 x=1 out=1"
                                 << "e1=0.5 e2=0.5 x=1 out=1";
    // use → support 0.5, use → end 0.5; support → use 0.4, support → churn 0.6.
    // Visits to use: V = 1 + 0.5·0.4·V, so V = 1/(1 − 0.2) = 1.25, the geometric series
    // Σ 0.2^k. Support: visits 0.5·1.25 = 0.625, but reach 0.5: only the first pass at use can
    // lead to a first pass at support. end: 0.5·Σ 0.2^k = 0.625; churn: 0.5·0.6·1.25 = 0.375.
    QTest::newRow("support loop")
        << "start>use use>support:0.5 use>end:0.5 support>use:0.4 support>churn:0.6"
        << "start=1 use=1 support=0.5 end=0.625 churn=0.375"
        << "start=1 use=1.25 support=0.625 end=0.625 churn=0.375";
    // c ⇄ d has no entry: nobody ever gets there.
    QTest::newRow("unreachable") << "a>b c>d d>c d>b"
                                 << "a=1 b=1 c=0 d=0"
                                 << "a=1 b=1 c=0 d=0";
    // Parallel transitions are separate options: b gets 2 of 3 equal shares.
    QTest::newRow("parallel") << "a>b a>b a>c"
                              << "a=1 b=0.666666666666667 c=0.333333333333333"
                              << "a=1 b=0.666666666666667 c=0.333333333333333";
    // An isolated touchpoint is an entry and an exit: it takes half of the customers.
    QTest::newRow("isolated") << "a>b z"
                              << "a=0.5 b=0.5 z=0.5"
                              << "a=0.5 b=0.5 z=0.5";
}

void TestReach::handWorked()
{
    QFETCH(QString, graph);
    QFETCH(QString, reach);
    QFETCH(QString, visits);
    Graph g = parse(graph);
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    for (const auto &[column, hash] :
         {std::pair{reach, &result.reach}, std::pair{visits, &result.expectedVisits}}) {
        for (const QString &token : column.split(QLatin1Char(' '))) {
            const QStringList parts = token.split(QLatin1Char('='));
            const double actual = hash->value(g.ids.value(parts.at(0)), -1.0);
            QVERIFY2(
                close(actual, parts.at(1).toDouble(), 1e-12),
                qPrintable(token + QStringLiteral(" got ") + QString::number(actual, 'g', 15)));
        }
    }
    double exits = result.trappedProbability;
    for (double p : result.exitProbability)
        exits += p;
    QVERIFY(close(exits, 1.0, Tight));
}

void TestReach::shares_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("reach");
    QTest::addColumn<bool>("inconsistent"); // a's shares flagged

    // All missing: equal split.
    QTest::newRow("missing") << "a>b a>c a>d"
                             << "b=0.333333333333333 c=0.333333333333333 "
                                "d=0.333333333333333"
                             << false;
    // 0.5 given; c and d share the remaining 0.5.
    QTest::newRow("partly given") << "a>b:0.5 a>c a>d"
                                  << "b=0.5 c=0.25 d=0.25" << false;
    // 0.8 + 0.6 = 1.4 > 1: nothing left for d, b and c scaled by 1/1.4.
    QTest::newRow("over one") << "a>b:0.8 a>c:0.6 a>d"
                              << "b=0.571428571428571 c=0.428571428571429 d=0" << true;
    // All given, summing to 0.5: scaled to 0.4 / 0.6.
    QTest::newRow("under one") << "a>b:0.2 a>c:0.3"
                               << "b=0.4 c=0.6" << true;
    // All given as 0: equal split rather than nobody going anywhere.
    QTest::newRow("all zero") << "a>b:0 a>c:0"
                              << "b=0.5 c=0.5" << true;
    // Typed shares that round to 1 are not an inconsistency.
    QTest::newRow("rounding") << "a>b:0.33 a>c:0.33 a>d:0.34"
                              << "b=0.33 c=0.33 d=0.34" << false;
    // A share of 0 next to missing ones: the missing ones take it all.
    QTest::newRow("zero and missing") << "a>b:0 a>c a>d"
                                      << "b=0 c=0.5 d=0.5" << false;
}

void TestReach::shares()
{
    QFETCH(QString, graph);
    QFETCH(QString, reach);
    QFETCH(bool, inconsistent);
    Graph g = parse(graph);
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    for (const QString &token : reach.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('='));
        const double actual = result.reach.value(g.ids.value(parts.at(0)), -1.0);
        QVERIFY2(close(actual, parts.at(1).toDouble(), 1e-12),
                 qPrintable(token + QStringLiteral(" got ") + QString::number(actual, 'g', 15)));
    }
    QCOMPARE(result.inconsistentShares.contains(g["a"]), inconsistent);
    QCOMPARE(result.inconsistentShares.size(), inconsistent ? 1 : 0);
    double sum = 0.0;
    for (TransitionId id : result.transitionProbability.keys())
        sum += result.transitionProbability.value(id);
    QVERIFY(close(sum, 1.0, Tight));
}

void TestReach::supportAndRenewalLoops()
{
    // use → support 0.3, use → renew 0.7; renew → use 0.5 (customers renew and use again),
    // renew → leave 0.5; support → use 0.4, support → churn 0.6.
    // Reach of support, a geometric series over the passes at use: each pass goes to support
    // with 0.3 or, with 0.7·0.5 = 0.35, round the renewal loop to use again, so
    //   P(support) = 0.3·Σ 0.35^k = 0.3/0.65 = 0.461538…
    // Visits to use: V = 1 + 0.35·V + 0.3·0.4·V, so V = 1/0.53; support 0.3·V, renew 0.7·V.
    // Exits: churn 0.6·0.3·V = 0.18/0.53, leave 0.5·0.7·V = 0.35/0.53; together 1.
    Graph g = parse(QStringLiteral("start>use use>support:0.3 use>renew:0.7 renew>use:0.5 "
                                   "renew>leave:0.5 support>use:0.4 support>churn:0.6"));
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    const double v = 1.0 / 0.53;
    QVERIFY(close(result.reach.value(g["support"]), 0.3 / 0.65, Tight));
    QVERIFY(close(result.reach.value(g["use"]), 1.0, Tight));
    // Renew, from use: straight there with 0.7, or via support and back to use with 0.3·0.4,
    // then the same again: P = 0.7 + 0.12·P, so P = 0.7/0.88 = 0.795454…
    QVERIFY(close(result.reach.value(g["renew"]), 0.7 / 0.88, Tight));
    QVERIFY(close(result.expectedVisits.value(g["use"]), v, Tight));
    QVERIFY(close(result.expectedVisits.value(g["support"]), 0.3 * v, Tight));
    QVERIFY(close(result.expectedVisits.value(g["renew"]), 0.7 * v, Tight));
    QVERIFY(close(result.exitProbability.value(g["churn"]), 0.18 / 0.53, Tight));
    QVERIFY(close(result.exitProbability.value(g["leave"]), 0.35 / 0.53, Tight));
    QVERIFY(close(result.reach.value(g["churn"]), 0.18 / 0.53, Tight));
    QCOMPARE(result.exitProbability.size(), 2);
    QCOMPARE(result.trappedProbability, 0.0);

    // The flow along renew → use is visits(renew)·0.5.
    const Transition *back = nullptr;
    for (const Transition &t : g.journey.transitions())
        if (t.from == g["renew"] && t.to == g["use"])
            back = &t;
    QVERIFY(back);
    QVERIFY(close(result.expectedTraversals.value(back->id), 0.35 * v, Tight));
    QVERIFY(close(result.transitionProbability.value(back->id), 0.5, Tight));
}

void TestReach::selfLoops()
{
    // b retries itself with 0.25 and goes on with the remaining 0.75: visits 1/(1 − 0.25).
    {
        Graph g = parse(QStringLiteral("a>b b>b:0.25 b>c"));
        const ReachResult result = computeReach(makeSnapshot(g.journey));
        QVERIFY(close(result.reach.value(g["b"]), 1.0, Tight));
        QVERIFY(close(result.expectedVisits.value(g["b"]), 4.0 / 3.0, Tight));
        QVERIFY(close(result.reach.value(g["c"]), 1.0, Tight));
    }
    // On an exit, leaving is the option without a share: z repeats with 0.3, leaves with 0.7.
    {
        Graph g = parse(QStringLiteral("a>z z>z:0.3"));
        const ReachResult result = computeReach(makeSnapshot(g.journey));
        QVERIFY(close(result.expectedVisits.value(g["z"]), 1.0 / 0.7, Tight));
        QVERIFY(close(result.exitProbability.value(g["z"]), 1.0, Tight));
    }
    // Without a share the exit's self-loop and leaving split equally: 2 visits.
    {
        Graph g = parse(QStringLiteral("a>z z>z"));
        const ReachResult result = computeReach(makeSnapshot(g.journey));
        QVERIFY(close(result.expectedVisits.value(g["z"]), 2.0, Tight));
    }
    // A self-loop of share 1 on an exit never lets go: a trap of one touchpoint.
    {
        Graph g = parse(QStringLiteral("a>z:0.5 a>y:0.5 z>z:1"));
        const ReachResult result = computeReach(makeSnapshot(g.journey));
        QVERIFY(close(result.reach.value(g["z"]), 0.5, Tight));
        QCOMPARE(result.expectedVisits.value(g["z"]), Infinity);
        QVERIFY(close(result.trappedProbability, 0.5, Tight));
        QCOMPARE(result.exitProbability.value(g["z"]), 0.0);
    }
}

void TestReach::deadEndCycle()
{
    // Half of the customers go a → b and circle b ⇄ c for ever; the other half leave at x.
    Graph g = parse(QStringLiteral("a>b a>x b>c c>b"));
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    QVERIFY(close(result.reach.value(g["b"]), 0.5, Tight));
    QVERIFY(close(result.reach.value(g["c"]), 0.5, Tight));
    QCOMPARE(result.expectedVisits.value(g["b"]), Infinity);
    QCOMPARE(result.expectedVisits.value(g["c"]), Infinity);
    QVERIFY(close(result.trappedProbability, 0.5, Tight));
    QVERIFY(close(result.exitProbability.value(g["x"]), 0.5, Tight));
    QCOMPARE(result.exitProbability.size(), 1);
}

void TestReach::withoutEntries()
{
    // Only a loop: nobody starts, so everything is 0 (and nothing is trapped).
    Graph g = parse(QStringLiteral("a>b b>a"));
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    QCOMPARE(result.reach.value(g["a"], -1.0), 0.0);
    QCOMPARE(result.expectedVisits.value(g["b"], -1.0), 0.0);
    QCOMPARE(result.trappedProbability, 0.0);

    const ReachResult empty = computeReach(makeSnapshot(Journey()));
    QVERIFY(empty.reach.isEmpty());
    QCOMPARE(empty.trappedProbability, 0.0);
}

void TestReach::largeRingUsesTheSparsePath()
{
    // entry → r0 → r1 → … → r199 → r0, each ring node going on with 0.98 and leaving through
    // its own exit x_k with 0.02. One loop of 200 touchpoints, above the dense limit.
    // The first pass at r_k comes before any second pass, so reach(r_k) = 0.98^k, and the
    // expected visits are the geometric series 0.98^k · Σ (0.98^200)^m = 0.98^k / (1 − 0.98^200).
    constexpr int Ring = 200;
    constexpr double p = 0.98;
    Graph g;
    const TouchpointId entry = g.node(QStringLiteral("entry"));
    QList<TouchpointId> ring, exits;
    for (int k = 0; k < Ring; ++k)
        ring.append(g.node(QStringLiteral("r%1").arg(k)));
    for (int k = 0; k < Ring; ++k)
        exits.append(g.node(QStringLiteral("x%1").arg(k)));
    g.link(entry, ring.front());
    for (int k = 0; k < Ring; ++k) {
        g.link(ring[k], ring[(k + 1) % Ring], p);
        g.link(ring[k], exits[k]);
    }
    const ReachResult result = computeReach(makeSnapshot(g.journey));
    const double round = 1.0 - std::pow(p, Ring);
    for (int k = 0; k < Ring; ++k) {
        QVERIFY(close(result.reach.value(ring[k]), std::pow(p, k), 1e-12));
        QVERIFY(close(result.expectedVisits.value(ring[k]), std::pow(p, k) / round, 1e-12));
        QVERIFY(close(result.reach.value(exits[k]), std::pow(p, k) * (1 - p) / round, 1e-12));
    }
}

void TestReach::referenceOnRandomGraphs()
{
    int withLargeLoop = 0;
    int checkedByHitting = 0;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        QRandomGenerator sizes(seed * 104729);
        const int n = 50 + int(sizes.bounded(251));
        const Plain plain = randomJourney(seed, n, int(sizes.bounded(16)));
        QList<TouchpointId> ids;
        const GraphSnapshot snapshot = makeSnapshot(toJourney(plain, &ids));
        const ReachResult result = computeReach(snapshot);
        const Chain chain = chainOf(plain);
        const QByteArray context = "seed " + QByteArray::number(seed);

        qsizetype largest = 0;
        for (const QList<int> &members : snapshot.strongComponents().members)
            largest = std::max(largest, members.size());
        withLargeLoop += largest > 64 ? 1 : 0;

        // Invariants.
        double absorbed = result.trappedProbability;
        for (double p : result.exitProbability)
            absorbed += p;
        QVERIFY2(close(absorbed, 1.0, 1e-9), context.constData());
        for (int i = 0; i < n; ++i) {
            const double r = result.reach.value(ids[i], -1.0);
            QVERIFY2(r >= 0.0 && r <= 1.0, context.constData());
            QVERIFY2(result.expectedVisits.value(ids[i]) >= r - 1e-12, context.constData());
            // Reached exactly when the chain can get there (positive probabilities only).
            if (chain.start[size_t(i)] > 0)
                QVERIFY2(r >= chain.start[size_t(i)] - 1e-12, context.constData());
        }
        std::vector<char> canGet(size_t(n), 0);
        std::vector<int> stack;
        for (int i = 0; i < n; ++i)
            if (chain.start[size_t(i)] > 0) {
                canGet[size_t(i)] = 1;
                stack.push_back(i);
            }
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            for (const auto &[to, p] : chain.next[size_t(node)])
                if (p > 0 && !canGet[size_t(to)]) {
                    canGet[size_t(to)] = 1;
                    stack.push_back(to);
                }
        }
        for (int i = 0; i < n; ++i)
            QVERIFY2((result.reach.value(ids[i]) > 0) == (canGet[size_t(i)] != 0),
                     context.constData());

        if (!everyNodeCanLeave(chain))
            continue;
        QVERIFY2(std::abs(result.trappedProbability) < 1e-12, context.constData());

        // Against the whole-matrix solution.
        const Expected expected = denseReference(chain);
        for (int i = 0; i < n; ++i) {
            QVERIFY2(close(result.reach.value(ids[i]), expected.reach[size_t(i)], 1e-9),
                     context.constData());
            QVERIFY2(close(result.expectedVisits.value(ids[i]), expected.visits[size_t(i)], 1e-9),
                     context.constData());
        }
        // Against P(ever at j) from its definition, on the smaller graphs.
        if (n <= 120) {
            ++checkedByHitting;
            const std::vector<double> hitting = hittingReference(chain);
            for (int i = 0; i < n; ++i)
                QVERIFY2(close(result.reach.value(ids[i]), hitting[size_t(i)], 1e-9),
                         context.constData());
        }
    }
    // The generator must exercise both the dense and the sparse loop solver, and the oracle.
    QVERIFY(withLargeLoop >= 5);
    QVERIFY(checkedByHitting >= 5);
}

void TestReach::monteCarlo()
{
    // 100,000 simulated customers per graph; each touchpoint's share of customers who passed it
    // must lie within 4 standard errors of the computed reach, and the mean number of passes
    // within 4 standard errors of the expected visits.
    constexpr int Walks = 100'000;
    for (quint32 seed : {11u, 23u, 37u}) {
        const Plain plain = randomJourney(seed, 40, 15);
        const Chain chain = chainOf(plain);
        QVERIFY(everyNodeCanLeave(chain));
        QList<TouchpointId> ids;
        const ReachResult result = computeReach(makeSnapshot(toJourney(plain, &ids)));

        QRandomGenerator random(seed);
        std::vector<int> entries;
        for (int i = 0; i < chain.n; ++i)
            if (chain.start[size_t(i)] > 0)
                entries.push_back(i);
        std::vector<double> passedCount(size_t(chain.n), 0.0), visitSum(size_t(chain.n), 0.0),
            visitSquares(size_t(chain.n), 0.0);
        std::vector<int> visits(size_t(chain.n), 0);
        std::vector<int> touched;
        for (int walk = 0; walk < Walks; ++walk) {
            int node = entries[size_t(random.bounded(int(entries.size())))];
            while (true) {
                if (visits[size_t(node)]++ == 0)
                    touched.push_back(node);
                double u = random.generateDouble();
                int next = -1;
                for (const auto &[to, p] : chain.next[size_t(node)]) {
                    if (u < p) {
                        next = to;
                        break;
                    }
                    u -= p;
                }
                if (next < 0 && u >= chain.leave[size_t(node)] && !chain.next[size_t(node)].empty())
                    next = chain.next[size_t(node)].back().first; // rounding at the very end
                if (next < 0)
                    break;
                node = next;
            }
            for (int t : touched) {
                passedCount[size_t(t)] += 1.0;
                visitSum[size_t(t)] += visits[size_t(t)];
                visitSquares[size_t(t)] += double(visits[size_t(t)]) * visits[size_t(t)];
                visits[size_t(t)] = 0;
            }
            touched.clear();
        }
        for (int i = 0; i < chain.n; ++i) {
            const double r = result.reach.value(ids[i]);
            const double observed = passedCount[size_t(i)] / Walks;
            const double error = std::sqrt(r * (1 - r) / Walks);
            QVERIFY2(std::abs(observed - r) <= 4 * error + 1e-12,
                     qPrintable(QStringLiteral("seed %1 node %2: reach %3, simulated %4")
                                    .arg(seed)
                                    .arg(i)
                                    .arg(r)
                                    .arg(observed)));
            const double mean = visitSum[size_t(i)] / Walks;
            const double variance = visitSquares[size_t(i)] / Walks - mean * mean;
            const double visitError = std::sqrt(std::max(variance, 0.0) / Walks);
            QVERIFY2(std::abs(mean - result.expectedVisits.value(ids[i])) <= 4 * visitError + 1e-12,
                     qPrintable(QStringLiteral("seed %1 node %2: visits").arg(seed).arg(i)));
        }
    }
}

QTEST_GUILESS_MAIN(TestReach)
#include "tst_reach.moc"
