#include "analysis/graphanalysis.h"
#include "analysis/graphsnapshot.h"
#include "model/journey.h"

#include "graphspec.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <thread>
#include <vector>

using namespace cxmap;
using cxmap::test::Graph;
using cxmap::test::parse;

namespace {

QHash<TouchpointId, double> scores(const Graph &graph, const QString &spec)
{
    QHash<TouchpointId, double> result;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('='));
        result.insert(graph.ids.value(parts.at(0)), parts.at(1).toDouble());
    }
    return result;
}

QString loopsOf(const Graph &graph, const QList<QList<TouchpointId>> &loops)
{
    QStringList result;
    for (const auto &loop : loops)
        result.append(graph.namesOf(loop));
    return result.join(QLatin1Char('|'));
}

// ---- plain index graphs for the brute-force and invariant checks ---------------------------

struct Plain
{
    int n = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<double> score; // NaN: unscored
};

Journey toJourney(const Plain &plain, QList<TouchpointId> *ids)
{
    Graph graph;
    for (int i = 0; i < plain.n; ++i)
        ids->append(graph.node(QString::number(i)));
    for (const auto &[from, to] : plain.edges)
        graph.link(ids->at(from), ids->at(to));
    return graph.journey;
}

QHash<TouchpointId, double> performanceOf(const Plain &plain, const QList<TouchpointId> &ids)
{
    QHash<TouchpointId, double> performance;
    for (int i = 0; i < plain.n; ++i)
        if (!std::isnan(plain.score[size_t(i)]))
            performance.insert(ids.at(i), plain.score[size_t(i)]);
    return performance;
}

// Small graphs with loops, self-loops, parallel edges and tied scores.
Plain randomSmall(quint32 seed)
{
    QRandomGenerator random(seed);
    Plain plain;
    plain.n = 5 + int(random.bounded(9));
    const int edges = plain.n + int(random.bounded(plain.n * 2));
    for (int e = 0; e < edges; ++e) {
        // Mostly forward, so entries and exits exist; some back edges make loops.
        int from = int(random.bounded(plain.n));
        int to = int(random.bounded(plain.n));
        if (to < from && random.bounded(100) < 65)
            std::swap(from, to);
        plain.edges.emplace_back(from, to);
    }
    for (int i = 0; i < plain.n; ++i)
        plain.score.push_back(random.bounded(100) < 80 ? double(random.bounded(6))
                                                       : std::numeric_limits<double>::quiet_NaN());
    return plain;
}

// Journey-shaped graphs: stages in order, forward within and to the next stage, some back.
Plain randomJourney(quint32 seed, int n)
{
    QRandomGenerator random(seed);
    Plain plain;
    plain.n = n;
    const int stages = 7;
    auto stageOf = [&](int i) { return i * stages / n; };
    auto firstOf = [&](int s) { return (s * n + stages - 1) / stages; };
    const int back = int(random.bounded(8)); // percent
    for (int e = 0; e < 3 * n; ++e) {
        const int from = int(random.bounded(n));
        const int s = stageOf(from);
        int to = -1;
        if (int(random.bounded(100)) < back && s > 0) {
            to = firstOf(s - 1) + int(random.bounded(firstOf(s) - firstOf(s - 1)));
        } else if (random.bounded(2) == 0 && s + 1 < stages) {
            to = firstOf(s + 1) +
                 int(random.bounded(firstOf(s + 2 > stages ? stages : s + 2) - firstOf(s + 1)));
        } else {
            to = from + 1 + int(random.bounded(3));
            if (to >= firstOf(s + 1))
                continue;
        }
        plain.edges.emplace_back(from, to);
    }
    for (int i = 0; i < n; ++i)
        plain.score.push_back(random.bounded(100) < 90 ? random.bounded(100.0)
                                                       : std::numeric_limits<double>::quiet_NaN());
    return plain;
}

struct Reference
{
    std::vector<std::vector<int>> next;
    std::vector<int> entries, exits;
};

Reference referenceOf(const Plain &plain)
{
    Reference ref;
    ref.next.resize(size_t(plain.n));
    std::vector<char> in(size_t(plain.n), 0), out(size_t(plain.n), 0);
    for (const auto &[from, to] : plain.edges) {
        if (from == to)
            continue;
        ref.next[size_t(from)].push_back(to);
        out[size_t(from)] = 1;
        in[size_t(to)] = 1;
    }
    for (auto &list : ref.next) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (int i = 0; i < plain.n; ++i) {
        if (!in[size_t(i)])
            ref.entries.push_back(i);
        if (!out[size_t(i)])
            ref.exits.push_back(i);
    }
    return ref;
}

// Every simple entry-to-exit path, by depth-first enumeration.
std::vector<std::vector<int>> allPaths(const Reference &ref)
{
    std::vector<std::vector<int>> paths;
    std::vector<int> path;
    std::vector<char> on(ref.next.size(), 0);
    std::vector<char> isExit(ref.next.size(), 0);
    for (int exit : ref.exits)
        isExit[size_t(exit)] = 1;
    std::function<void(int)> walk = [&](int node) {
        path.push_back(node);
        on[size_t(node)] = 1;
        if (isExit[size_t(node)])
            paths.push_back(path);
        for (int other : ref.next[size_t(node)])
            if (!on[size_t(other)])
                walk(other);
        on[size_t(node)] = 0;
        path.pop_back();
    };
    for (int entry : ref.entries)
        walk(entry);
    return paths;
}

// Whether some entry reaches some exit without passing `avoid` (−1: avoid nothing).
bool connectedAvoiding(const Reference &ref, int avoid)
{
    std::vector<char> seen(ref.next.size(), 0);
    std::vector<int> stack;
    for (int entry : ref.entries)
        if (entry != avoid) {
            seen[size_t(entry)] = 1;
            stack.push_back(entry);
        }
    std::vector<char> isExit(ref.next.size(), 0);
    for (int exit : ref.exits)
        isExit[size_t(exit)] = 1;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        if (isExit[size_t(node)])
            return true;
        for (int other : ref.next[size_t(node)])
            if (other != avoid && !seen[size_t(other)]) {
                seen[size_t(other)] = 1;
                stack.push_back(other);
            }
    }
    return false;
}

std::vector<std::vector<char>> reachability(const Reference &ref)
{
    const size_t n = ref.next.size();
    std::vector<std::vector<char>> reach(n, std::vector<char>(n, 0));
    for (size_t s = 0; s < n; ++s) {
        std::vector<size_t> stack{s};
        while (!stack.empty()) {
            const size_t node = stack.back();
            stack.pop_back();
            for (int other : ref.next[node])
                if (!reach[s][size_t(other)]) {
                    reach[s][size_t(other)] = 1;
                    stack.push_back(size_t(other));
                }
        }
    }
    return reach;
}

double pathMinimum(const std::vector<int> &path, const std::vector<double> &score)
{
    double minimum = std::numeric_limits<double>::infinity();
    for (int node : path)
        if (!std::isnan(score[size_t(node)]))
            minimum = std::min(minimum, score[size_t(node)]);
    return minimum;
}

std::vector<int> indicesOf(const GraphSnapshot &snapshot, const QList<TouchpointId> &ids)
{
    std::vector<int> result;
    for (TouchpointId id : ids)
        result.push_back(snapshot.indexOf(id));
    return result;
}

// Checks that a returned path is a simple entry-to-exit path of the graph.
void verifyPathShape(const Reference &ref, const std::vector<int> &path)
{
    QVERIFY(!path.empty());
    QVERIFY(std::find(ref.entries.begin(), ref.entries.end(), path.front()) != ref.entries.end());
    QVERIFY(std::find(ref.exits.begin(), ref.exits.end(), path.back()) != ref.exits.end());
    QCOMPARE(std::set<int>(path.begin(), path.end()).size(), path.size());
    for (size_t i = 1; i < path.size(); ++i) {
        const auto &next = ref.next[size_t(path[i - 1])];
        QVERIFY(std::binary_search(next.begin(), next.end(), path[i]));
    }
}

} // namespace

class TestGraphAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotCopiesTheGraph();
    void snapshotIsDefensive();
    void snapshotWorksOnOtherThreads();
    void componentsAreTopologicallyOrdered();
    void structure_data();
    void structure();
    void paths_data();
    void paths();
    void bruteForceOnSmallGraphs();
    void invariantsOnJourneyGraphs();
};

void TestGraphAnalysis::snapshotCopiesTheGraph()
{
    // a → b twice (parallel), b → b (self-loop), b → c; d isolated.
    Graph graph = parse(QStringLiteral("a>b:0.5 a>b b>b:0.25 b>c d"));
    const GraphSnapshot snapshot = makeSnapshot(graph.journey);
    QCOMPARE(snapshot.nodeCount(), 4);
    QCOMPARE(snapshot.edgeCount(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(snapshot.indexOf(snapshot.touchpoint(i)), i);
    QCOMPARE(snapshot.touchpoint(0), graph.ids.value(QStringLiteral("a")));
    QCOMPARE(snapshot.indexOf(TouchpointId(9999)), -1);

    QCOMPARE(snapshot.outEdges(0).size(), size_t(2)); // parallel edges both kept
    QCOMPARE(snapshot.inEdges(1).size(), size_t(3));  // two from a, the self-loop
    QCOMPARE(snapshot.edge(0).share, std::optional<double>(0.5));
    QCOMPARE(snapshot.edge(1).share, std::optional<double>());
    QCOMPARE(snapshot.edge(2).from, 1);
    QCOMPARE(snapshot.edge(2).to, 1);
    QCOMPARE(snapshot.edge(3).id, graph.journey.transitions().at(3).id);

    // The self-loop makes b neither an entry nor an exit on its own account; d is both.
    const std::vector<int> entries(snapshot.entries().begin(), snapshot.entries().end());
    const std::vector<int> exits(snapshot.exits().begin(), snapshot.exits().end());
    QCOMPARE(entries, (std::vector<int>{0, 3}));
    QCOMPARE(exits, (std::vector<int>{2, 3}));
    QVERIFY(snapshot.isEntry(3) && snapshot.isExit(3));
    QVERIFY(!snapshot.isEntry(1) && !snapshot.isExit(1));

    // Copies share the same immutable data.
    const GraphSnapshot copy = snapshot;
    QCOMPARE(copy.nodeCount(), 4);
    QCOMPARE(GraphSnapshot().nodeCount(), 0);
    QCOMPARE(GraphSnapshot().immediateDominators(DominatorRoot::Source).size(), 2);
}

void TestGraphAnalysis::snapshotIsDefensive()
{
    Graph graph = parse(QStringLiteral("a>b b>c"));
    // A dangling transition (its touchpoint is gone) and shares outside 0–1 or NaN.
    graph.journey.transitions().append(Transition{TransitionId(graph.journey.allocateId()),
                                                  graph.ids.value(QStringLiteral("a")),
                                                  TouchpointId(424242),
                                                  0.5,
                                                  {}});
    Transition ab = graph.journey.transitions().at(0);
    ab.share = 1.5;
    graph.journey.transitions().replace(ab);
    Transition bc = graph.journey.transitions().at(1);
    bc.share = std::numeric_limits<double>::quiet_NaN();
    graph.journey.transitions().replace(bc);

    const GraphSnapshot snapshot = makeSnapshot(graph.journey);
    QCOMPARE(snapshot.edgeCount(), 2);
    QCOMPARE(snapshot.edge(0).share, std::optional<double>(1.0));
    QVERIFY(!snapshot.edge(1).share.has_value());
}

void TestGraphAnalysis::snapshotWorksOnOtherThreads()
{
    // The snapshot outlives its journey and is read by two threads at once, as the analysis
    // worker will do.
    std::optional<GraphSnapshot> snapshot;
    QList<TouchpointId> ids;
    {
        const Plain plain = randomJourney(5, 200);
        const Journey journey = toJourney(plain, &ids);
        snapshot = makeSnapshot(journey);
    }
    const GraphStructure here = analyseStructure(*snapshot);
    GraphStructure there[2];
    std::thread first([&] { there[0] = analyseStructure(*snapshot); });
    std::thread second([copy = *snapshot, &there] { there[1] = analyseStructure(copy); });
    first.join();
    second.join();
    for (const GraphStructure &other : there) {
        QCOMPARE(other.unavoidable, here.unavoidable);
        QCOMPARE(other.reworkLoops, here.reworkLoops);
        QCOMPARE(other.deadEnds, here.deadEnds);
    }
    QCOMPARE(snapshot->touchpoint(0), ids.front());
}

void TestGraphAnalysis::componentsAreTopologicallyOrdered()
{
    // Loop {b, c} after a, then d; e is upstream of d only. Listed in an order that is not
    // topological, to show the ordering is computed.
    Graph graph = parse(QStringLiteral("d e c>b a>b b>c c>d e>d"));
    const GraphSnapshot snapshot = makeSnapshot(graph.journey);
    const StrongComponents components = snapshot.strongComponents();
    // Nodes: d0 e1 c2 b3 a4. Ready first: e (1) before a (4); then {b,c}, then d.
    QCOMPARE(components.members.size(), 4);
    QCOMPARE(components.members.at(0), QList<int>{1});
    QCOMPARE(components.members.at(1), QList<int>{4});
    QCOMPARE(components.members.at(2), (QList<int>{2, 3}));
    QCOMPARE(components.members.at(3), QList<int>{0});
    for (int e = 0; e < snapshot.edgeCount(); ++e)
        QVERIFY(components.componentOf[snapshot.edge(e).from] <=
                components.componentOf[snapshot.edge(e).to]);

    // Without the edge c → b the loop falls apart.
    QList<bool> active(snapshot.edgeCount(), true);
    active[0] = false;
    QCOMPARE(snapshot.strongComponents(active).members.size(), 5);
}

void TestGraphAnalysis::structure_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("exits");
    QTest::addColumn<QString>("unavoidable");
    QTest::addColumn<QString>("loops");
    QTest::addColumn<QString>("deadEnds");
    QTest::addColumn<QString>("unreachable");

    // Every path is a, b, c.
    QTest::newRow("chain") << "a>b b>c"
                           << "a"
                           << "c"
                           << "a,b,c"
                           << ""
                           << ""
                           << "";
    // a → b → d and a → c → d: only the ends are on both.
    QTest::newRow("diamond") << "a>b:0.7 a>c:0.3 b>d c>d"
                             << "a"
                             << "d"
                             << "a,d"
                             << ""
                             << ""
                             << "";
    // e1 → x and e2 → x: x and out are on every path, neither entry is.
    QTest::newRow("two entries") << "e1>x e2>x x>out"
                                 << "e1,e2"
                                 << "out"
                                 << "x,out"
                                 << ""
                                 << ""
                                 << "";
    // c ⇄ d feeds b but nothing leads into the loop.
    QTest::newRow("unreachable loop") << "a>b c>d d>c d>b"
                                      << "a"
                                      << "b"
                                      << "a,b"
                                      << "c,d"
                                      << ""
                                      << "c,d";
    // From b customers circle b ⇄ c for ever: b, c are dead ends; only a is on every path.
    QTest::newRow("dead-end cycle") << "a>b a>x b>c c>b"
                                    << "a"
                                    << "x"
                                    << "a,x"
                                    << "b,c"
                                    << "b,c"
                                    << "";
    // A self-loop is a rework loop of one; b stays unavoidable.
    QTest::newRow("self-loop") << "a>b b>b b>c"
                               << "a"
                               << "c"
                               << "a,b,c"
                               << "b"
                               << ""
                               << "";
    // use → support → use: support is a detour, use is unavoidable.
    QTest::newRow("support loop") << "start>use use>support support>use use>end"
                                  << "start"
                                  << "end"
                                  << "start,use,end"
                                  << "use,support"
                                  << ""
                                  << "";
    // An isolated touchpoint is an entry and an exit and a path of its own.
    QTest::newRow("isolated") << "a>b z"
                              << "a,z"
                              << "b,z"
                              << ""
                              << ""
                              << ""
                              << "";
    // Nothing but a loop: no entry, no exit, nothing reachable.
    QTest::newRow("only a loop") << "a>b b>a"
                                 << ""
                                 << ""
                                 << ""
                                 << "a,b"
                                 << "a,b"
                                 << "a,b";
    // Two loops in sequence, listed upstream first. Each has one way in and one way out, so
    // every path passes all of their touchpoints: s, c, d, a, b, t.
    QTest::newRow("two loops") << "s>c c>d d>c d>a a>b b>a b>t"
                               << "s"
                               << "t"
                               << "s,c,d,a,b,t"
                               << "c,d|a,b"
                               << ""
                               << "";
    // The same with a second way into each loop: only the ends stay unavoidable.
    QTest::newRow("two loops, two ways") << "s>c s>d c>d d>c d>a c>b a>b b>a b>t a>t"
                                         << "s"
                                         << "t"
                                         << "s,t"
                                         << "c,d|a,b"
                                         << ""
                                         << "";
    // Bridge: both ways from a pass m, then split again.
    QTest::newRow("bridge") << "a>b a>c b>m c>m m>x m>y x>z y>z"
                            << "a"
                            << "z"
                            << "a,m,z"
                            << ""
                            << ""
                            << "";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << "";
}

void TestGraphAnalysis::structure()
{
    QFETCH(QString, graph);
    Graph g = parse(graph);
    const GraphStructure structure = analyseStructure(makeSnapshot(g.journey));
    QTEST(g.namesOf(structure.entries), "entries");
    QTEST(g.namesOf(structure.exits), "exits");
    QTEST(g.namesOf(structure.unavoidable), "unavoidable");
    QTEST(loopsOf(g, structure.reworkLoops), "loops");
    QTEST(g.namesOf(structure.deadEnds), "deadEnds");
    QTEST(g.namesOf(structure.unreachable), "unreachable");
    QVERIFY(structure.postDominatorsAgree);
}

void TestGraphAnalysis::paths_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("weakest");
    QTest::addColumn<double>("weakestMinimum"); // NaN: no minimum
    QTest::addColumn<QString>("best");
    QTest::addColumn<double>("bestMinimum");

    const double none = std::numeric_limits<double>::quiet_NaN();
    // a → b → d has min 30, a → c → d has min 60.
    QTest::newRow("diamond") << "a>b a>c b>d c>d"
                             << "a=80 b=30 c=60 d=90"
                             << "a,b,d" << 30.0 << "a,c,d" << 60.0;
    // b has no score, so it does not constrain: a → b → d has min 80, a → c → d 60.
    QTest::newRow("unscored") << "a>b a>c b>d c>d"
                              << "a=80 c=60 d=90"
                              << "a,c,d" << 60.0 << "a,b,d" << 80.0;
    // support (5) can only be visited as a detour use → support → use, which is not simple.
    QTest::newRow("detour") << "start>use use>support support>use use>end"
                            << "use=70 support=5 end=80"
                            << "start,use,end" << 70.0 << "start,use,end" << 70.0;
    // Equal minima: the shorter path wins (a, x, d beats a, b, c, d).
    QTest::newRow("fewest hops") << "a>b b>c c>d a>x x>d"
                                 << "b=10 x=10"
                                 << "a,x,d" << 10.0 << "a,x,d" << 10.0;
    // Equal minima, equal length: the lower index wins (b is declared before c).
    QTest::newRow("lowest index") << "a>b a>c b>d c>d"
                                  << "b=10 c=10"
                                  << "a,b,d" << 10.0 << "a,b,d" << 10.0;
    // The weakest touchpoint is only reachable through a loop: in at u, round to w, out at v.
    QTest::newRow("inside a loop") << "s>u u>w w>v v>u v>t"
                                   << "u=50 w=1 v=60 t=70"
                                   << "s,u,w,v,t" << 1.0 << "s,u,w,v,t" << 1.0;
    // No score anywhere: the shortest path, without a minimum.
    QTest::newRow("no scores") << "a>b b>c a>c"
                               << ""
                               << "a,c" << none << "a,c" << none;
    // No exit can be reached: no path at all.
    QTest::newRow("no way out") << "a>b b>c c>b"
                                << "a=1"
                                << "" << none << "" << none;
    // Two entries: the weakest path starts at the worse one.
    QTest::newRow("two entries") << "e1>x e2>x x>out"
                                 << "e1=40 e2=20 x=50"
                                 << "e2,x,out" << 20.0 << "e1,x,out" << 40.0;
}

void TestGraphAnalysis::paths()
{
    QFETCH(QString, graph);
    QFETCH(QString, scores);
    QFETCH(double, weakestMinimum);
    QFETCH(double, bestMinimum);
    Graph g = parse(graph);
    const QHash<TouchpointId, double> performance = ::scores(g, scores);
    const GraphSnapshot snapshot = makeSnapshot(g.journey);

    const JourneyPath weakest = weakestPath(snapshot, performance);
    QTEST(g.namesOf(weakest.touchpoints), "weakest");
    QCOMPARE(weakest.minimum.has_value(), !std::isnan(weakestMinimum));
    if (weakest.minimum)
        QCOMPARE(*weakest.minimum, weakestMinimum);
    QVERIFY(weakest.exact);

    const JourneyPath best = bestPath(snapshot, performance);
    QTEST(g.namesOf(best.touchpoints), "best");
    QCOMPARE(best.minimum.has_value(), !std::isnan(bestMinimum));
    if (best.minimum) {
        QCOMPARE(*best.minimum, bestMinimum);
        QCOMPARE(performance.value(best.weakest), bestMinimum);
    }
}

void TestGraphAnalysis::bruteForceOnSmallGraphs()
{
    // On small graphs every simple entry-to-exit path can be listed, which gives the exact
    // answer for unavoidable touchpoints and for both paths, ties included.
    int withPaths = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const Plain plain = randomSmall(seed);
        QList<TouchpointId> ids;
        const Journey journey = toJourney(plain, &ids);
        const GraphSnapshot snapshot = makeSnapshot(journey);
        const Reference ref = referenceOf(plain);
        const std::vector<std::vector<int>> paths = allPaths(ref);
        const GraphStructure structure = analyseStructure(snapshot);
        QVERIFY2(structure.postDominatorsAgree, qPrintable(QString::number(seed)));

        // Unavoidable = on every path (and nothing when there is no path).
        std::set<int> onAll;
        if (!paths.empty()) {
            onAll.insert(paths.front().begin(), paths.front().end());
            for (const auto &path : paths) {
                const std::set<int> nodes(path.begin(), path.end());
                std::erase_if(onAll, [&](int node) { return !nodes.count(node); });
            }
        }
        const std::vector<int> unavoidable = indicesOf(snapshot, structure.unavoidable);
        QCOMPARE(std::set<int>(unavoidable.begin(), unavoidable.end()), onAll);

        const QHash<TouchpointId, double> performance = performanceOf(plain, ids);
        const JourneyPath weakest = weakestPath(snapshot, performance);
        const JourneyPath best = bestPath(snapshot, performance);
        QVERIFY(weakest.exact);
        if (paths.empty()) {
            QVERIFY(weakest.touchpoints.isEmpty());
            QVERIFY(best.touchpoints.isEmpty());
            continue;
        }
        ++withPaths;
        // Brute force: lowest (highest) minimum, then fewest touchpoints, then smallest sequence.
        auto better = [&](const std::vector<int> &a, const std::vector<int> &b, bool lowest) {
            const double ma = pathMinimum(a, plain.score);
            const double mb = pathMinimum(b, plain.score);
            if (ma != mb)
                return lowest ? ma < mb : ma > mb;
            if (a.size() != b.size())
                return a.size() < b.size();
            return a < b;
        };
        std::vector<int> expectWeakest = paths.front(), expectBest = paths.front();
        for (const auto &path : paths) {
            if (better(path, expectWeakest, true))
                expectWeakest = path;
            if (better(path, expectBest, false))
                expectBest = path;
        }
        const QByteArray context = "seed " + QByteArray::number(seed);
        QVERIFY2(indicesOf(snapshot, weakest.touchpoints) == expectWeakest, context.constData());
        QVERIFY2(indicesOf(snapshot, best.touchpoints) == expectBest, context.constData());
        const double weakestValue = pathMinimum(expectWeakest, plain.score);
        QCOMPARE(weakest.minimum.has_value(), !std::isinf(weakestValue));
        if (weakest.minimum)
            QCOMPARE(*weakest.minimum, weakestValue);
    }
    QVERIFY(withPaths > 200); // the generator must give the test something to check
}

void TestGraphAnalysis::invariantsOnJourneyGraphs()
{
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const int n = 50 + int(QRandomGenerator(seed * 7919).bounded(251));
        const Plain plain = randomJourney(seed, n);
        QList<TouchpointId> ids;
        const Journey journey = toJourney(plain, &ids);
        const GraphSnapshot snapshot = makeSnapshot(journey);
        const Reference ref = referenceOf(plain);
        const GraphStructure structure = analyseStructure(snapshot);
        const QByteArray context = "seed " + QByteArray::number(seed);
        QVERIFY2(structure.postDominatorsAgree, context.constData());

        // Unavoidable exactly when removing the node disconnects every entry from every exit.
        const bool connected = connectedAvoiding(ref, -1);
        const std::vector<int> unavoidable = indicesOf(snapshot, structure.unavoidable);
        const std::set<int> unavoidableSet(unavoidable.begin(), unavoidable.end());
        for (int node = 0; node < n; ++node)
            QVERIFY2(unavoidableSet.count(node) ==
                         size_t(connected && !connectedAvoiding(ref, node)),
                     context.constData());

        // Dead ends, unreachable nodes and loops against plain reachability.
        const auto reach = reachability(ref);
        std::set<int> deadEnds, unreachable, onLoops;
        for (int node = 0; node < n; ++node) {
            bool toExit = std::count(ref.exits.begin(), ref.exits.end(), node) > 0;
            bool fromEntry = std::count(ref.entries.begin(), ref.entries.end(), node) > 0;
            for (int exit : ref.exits)
                toExit = toExit || reach[size_t(node)][size_t(exit)];
            for (int entry : ref.entries)
                fromEntry = fromEntry || reach[size_t(entry)][size_t(node)];
            if (!toExit)
                deadEnds.insert(node);
            if (!fromEntry)
                unreachable.insert(node);
            bool selfLoop = false;
            for (const auto &[from, to] : plain.edges)
                selfLoop = selfLoop || (from == node && to == node);
            if (reach[size_t(node)][size_t(node)] || selfLoop)
                onLoops.insert(node);
        }
        const std::vector<int> dead = indicesOf(snapshot, structure.deadEnds);
        const std::vector<int> lost = indicesOf(snapshot, structure.unreachable);
        QCOMPARE(std::set<int>(dead.begin(), dead.end()), deadEnds);
        QCOMPARE(std::set<int>(lost.begin(), lost.end()), unreachable);
        std::set<int> inLoops;
        for (const auto &loop : structure.reworkLoops) {
            const std::vector<int> members = indicesOf(snapshot, loop);
            for (int a : members) {
                inLoops.insert(a);
                for (int b : members)
                    QVERIFY(a == b || (reach[size_t(a)][size_t(b)] && reach[size_t(b)][size_t(a)]));
            }
        }
        QCOMPARE(inLoops, onLoops);

        // Paths: simple entry-to-exit paths; the best one is at least as good as the weakest.
        const QHash<TouchpointId, double> performance = performanceOf(plain, ids);
        const JourneyPath weakest = weakestPath(snapshot, performance);
        const JourneyPath best = bestPath(snapshot, performance);
        QCOMPARE(weakest.touchpoints.isEmpty(), !connected);
        QCOMPARE(best.touchpoints.isEmpty(), !connected);
        if (!connected)
            continue;
        verifyPathShape(ref, indicesOf(snapshot, weakest.touchpoints));
        verifyPathShape(ref, indicesOf(snapshot, best.touchpoints));
        QVERIFY(weakest.exact);
        const double weakestMin =
            pathMinimum(indicesOf(snapshot, weakest.touchpoints), plain.score);
        const double bestMin = pathMinimum(indicesOf(snapshot, best.touchpoints), plain.score);
        QCOMPARE(weakest.minimum.value_or(std::numeric_limits<double>::infinity()), weakestMin);
        QCOMPARE(best.minimum.value_or(std::numeric_limits<double>::infinity()), bestMin);
        QVERIFY(bestMin >= weakestMin);
        // No unavoidable touchpoint is skipped by either path.
        for (TouchpointId id : structure.unavoidable) {
            QVERIFY(weakest.touchpoints.contains(id));
            QVERIFY(best.touchpoints.contains(id));
        }
    }
}

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "tst_graphanalysis.moc"
