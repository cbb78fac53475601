#include "graphanalysis.h"

#include "graphsnapshot.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <queue>
#include <vector>

namespace cxmap {

namespace {

constexpr double Unscored = std::numeric_limits<double>::infinity();
constexpr int Unreached = -1;
// Expansions the weakest-path search may spend inside loops per call: enough for every loop a
// journey map has, small enough that a pathological graph costs well under a second.
constexpr long SearchBudget = 4'000'000;

using Path = std::vector<int>;

// Distinct neighbours in ascending order, self-loops dropped: simple paths never use either.
struct Adjacency
{
    std::vector<std::vector<int>> next;
    std::vector<std::vector<int>> previous;
};

Adjacency adjacencyOf(const GraphSnapshot &snapshot)
{
    const int n = snapshot.nodeCount();
    Adjacency adjacency;
    adjacency.next.resize(size_t(n));
    adjacency.previous.resize(size_t(n));
    for (int e = 0; e < snapshot.edgeCount(); ++e) {
        const SnapshotEdge &edge = snapshot.edge(e);
        if (edge.from != edge.to) {
            adjacency.next[size_t(edge.from)].push_back(edge.to);
            adjacency.previous[size_t(edge.to)].push_back(edge.from);
        }
    }
    auto tidy = [](std::vector<int> &list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    for (int i = 0; i < n; ++i) {
        tidy(adjacency.next[size_t(i)]);
        tidy(adjacency.previous[size_t(i)]);
    }
    return adjacency;
}

std::vector<double> scoresOf(const GraphSnapshot &snapshot,
                             const QHash<TouchpointId, double> &performance)
{
    std::vector<double> scores(size_t(snapshot.nodeCount()), Unscored);
    for (int i = 0; i < snapshot.nodeCount(); ++i) {
        const auto it = performance.constFind(snapshot.touchpoint(i));
        if (it != performance.cend() && !std::isnan(*it))
            scores[size_t(i)] = *it;
    }
    return scores;
}

// Edges from every node to the nearest target, walking `backward` from the targets through
// nodes for which `expand` holds (targets are always entered; a node failing `expand` is
// reached but not walked through). Unreached where there is no way.
template<typename Expand>
std::vector<int> distancesTo(const std::vector<std::vector<int>> &backward,
                             const std::vector<int> &targets, Expand expand)
{
    std::vector<int> distance(backward.size(), Unreached);
    std::deque<int> queue;
    for (int target : targets) {
        distance[size_t(target)] = 0;
        queue.push_back(target);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        if (distance[size_t(node)] > 0 && !expand(node))
            continue;
        for (int other : backward[size_t(node)]) {
            if (distance[size_t(other)] == Unreached) {
                distance[size_t(other)] = distance[size_t(node)] + 1;
                queue.push_back(other);
            }
        }
    }
    return distance;
}

// From `start`, always the lowest-index successor one step closer: the lexicographically
// smallest among the shortest paths that `distance` describes.
template<typename Allowed>
Path descend(const std::vector<std::vector<int>> &next, const std::vector<int> &distance, int start,
             Allowed allowed)
{
    Path path{start};
    int node = start;
    while (distance[size_t(node)] > 0) {
        for (int other : next[size_t(node)]) {
            if (distance[size_t(other)] == distance[size_t(node)] - 1 && allowed(other)) {
                node = other;
                break;
            }
        }
        path.push_back(node);
    }
    return path;
}

// The shortest entry-to-exit path through allowed nodes, lexicographically smallest among
// equals; empty when there is none.
template<typename Allowed>
Path shortestEntryExitPath(const GraphSnapshot &snapshot, const Adjacency &adjacency,
                           Allowed allowed)
{
    std::vector<int> exits;
    for (int exit : snapshot.exits())
        if (allowed(exit))
            exits.push_back(exit);
    const std::vector<int> distance = distancesTo(adjacency.previous, exits, allowed);
    int start = -1;
    for (int entry : snapshot.entries()) {
        const int d = distance[size_t(entry)];
        if (d != Unreached && allowed(entry) && (start < 0 || d < distance[size_t(start)]))
            start = entry;
    }
    return start < 0 ? Path{} : descend(adjacency.next, distance, start, allowed);
}

JourneyPath toJourneyPath(const GraphSnapshot &snapshot, const Path &path,
                          const std::vector<double> &scores)
{
    JourneyPath result;
    int weakest = -1;
    for (int node : path) {
        result.touchpoints.append(snapshot.touchpoint(node));
        const double score = scores[size_t(node)];
        if (score != Unscored && (weakest < 0 || score < scores[size_t(weakest)]))
            weakest = node;
    }
    if (weakest >= 0) {
        result.minimum = scores[size_t(weakest)];
        result.weakest = snapshot.touchpoint(weakest);
    }
    return result;
}

// Fewer touchpoints first, then the smaller sequence.
bool shorterOrSmaller(const Path &a, const Path &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}

// The shortest (then lexicographically smallest) simple entry-to-exit path through a given
// node. Outside the node's strongly connected component the path is a plain shortest path: the
// part before the component is upstream of it and the part after downstream, so they can never
// meet. Only inside the component does simplicity bind, and there an iterative-deepening
// depth-first search (IDA*) with breadth-first lower bounds looks for the path.
class PathThroughSearch
{
public:
    PathThroughSearch(const GraphSnapshot &snapshot, const Adjacency &adjacency,
                      const StrongComponents &components)
        : m_snapshot(snapshot)
        , m_adjacency(adjacency)
        , m_components(components)
    {
        m_distanceToExit =
            distancesTo(adjacency.previous, {snapshot.exits().begin(), snapshot.exits().end()},
                        [](int) { return true; });
    }

    std::optional<Path> find(int through);
    bool exhausted() const { return m_budget <= 0; }

private:
    std::optional<Path> findInComponent(int through);

    const GraphSnapshot &m_snapshot;
    const Adjacency &m_adjacency;
    const StrongComponents &m_components;
    std::vector<int> m_distanceToExit;
    long m_budget = SearchBudget;
};

std::optional<Path> PathThroughSearch::find(int through)
{
    if (m_components.members[m_components.componentOf[through]].size() > 1)
        return findInComponent(through);

    const std::vector<int> toThrough =
        distancesTo(m_adjacency.previous, {through}, [](int) { return true; });
    int start = -1;
    for (int entry : m_snapshot.entries()) {
        const int d = toThrough[size_t(entry)];
        if (d != Unreached && (start < 0 || d < toThrough[size_t(start)]))
            start = entry;
    }
    if (start < 0 || m_distanceToExit[size_t(through)] == Unreached)
        return std::nullopt;
    auto any = [](int) { return true; };
    Path path = descend(m_adjacency.next, toThrough, start, any);
    const Path after = descend(m_adjacency.next, m_distanceToExit, through, any);
    path.insert(path.end(), after.begin() + 1, after.end());
    return path;
}

std::optional<Path> PathThroughSearch::findInComponent(int through)
{
    if (exhausted())
        return std::nullopt;
    const int n = m_snapshot.nodeCount();
    const int component = m_components.componentOf[through];
    const QList<int> &members = m_components.members[component];
    auto inside = [&](int node) { return m_components.componentOf[node] == component; };
    auto outside = [&](int node) { return !inside(node); };

    // Ways in: the breadth-first tree from the entries through nodes outside the component,
    // with ascending neighbours, gives every node its lexicographically smallest shortest way.
    std::vector<int> before(size_t(n), Unreached), parent(size_t(n), -1);
    std::deque<int> queue;
    for (int entry : m_snapshot.entries()) {
        before[size_t(entry)] = 1;
        queue.push_back(entry);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        if (inside(node))
            continue;
        for (int other : m_adjacency.next[size_t(node)]) {
            if (before[size_t(other)] == Unreached) {
                before[size_t(other)] = before[size_t(node)] + 1;
                parent[size_t(other)] = node;
                queue.push_back(other);
            }
        }
    }
    struct Way
    {
        int node;
        Path prefix;
    };
    std::vector<Way> ways;
    for (int node : members) {
        if (before[size_t(node)] == Unreached)
            continue;
        Path prefix;
        for (int at = node; at >= 0; at = parent[size_t(at)])
            prefix.push_back(at);
        std::reverse(prefix.begin(), prefix.end());
        ways.push_back({node, std::move(prefix)});
    }
    std::sort(ways.begin(), ways.end(), [](const Way &a, const Way &b) {
        return std::lexicographical_compare(a.prefix.begin(), a.prefix.end(), b.prefix.begin(),
                                            b.prefix.end());
    });

    // Ways out: touchpoints after leaving the component, through nodes outside it only.
    const std::vector<int> after = distancesTo(
        m_adjacency.previous, {m_snapshot.exits().begin(), m_snapshot.exits().end()}, outside);
    std::vector<int> leaveVia(size_t(n), -1); // first node after leaving, or −1: cannot leave
    for (int node : members) {
        if (after[size_t(node)] == Unreached)
            continue;
        for (int other : m_adjacency.next[size_t(node)]) {
            if (outside(other) && after[size_t(other)] == after[size_t(node)] - 1) {
                leaveVia[size_t(node)] = other;
                break;
            }
        }
    }
    if (ways.empty())
        return std::nullopt;

    // Lower bounds inside the component: steps to `through`, and the cheapest way from a node
    // to the end of the journey (steps inside plus touchpoints after leaving).
    const std::vector<int> toThrough = distancesTo(m_adjacency.previous, {through}, inside);
    std::vector<int> toEnd(size_t(n), Unreached);
    using Item = std::pair<int, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
    for (int node : members)
        if (leaveVia[size_t(node)] >= 0)
            heap.emplace(after[size_t(node)], node);
    while (!heap.empty()) {
        const auto [cost, node] = heap.top();
        heap.pop();
        if (toEnd[size_t(node)] != Unreached)
            continue;
        toEnd[size_t(node)] = cost;
        for (int other : m_adjacency.previous[size_t(node)])
            if (inside(other) && toEnd[size_t(other)] == Unreached)
                heap.emplace(cost + 1, other);
    }
    if (toEnd[size_t(through)] == Unreached)
        return std::nullopt;

    auto bound = [&](int node, bool passed, int length) {
        return passed ? length + toEnd[size_t(node)]
                      : length + toThrough[size_t(node)] + toEnd[size_t(through)];
    };
    int lowest = std::numeric_limits<int>::max();
    int longest = 0;
    for (const Way &way : ways) {
        if (toThrough[size_t(way.node)] != Unreached)
            lowest = std::min(lowest, bound(way.node, way.node == through, int(way.prefix.size())));
        longest = std::max(longest, int(way.prefix.size()));
    }
    int longestAfter = 0;
    for (int node : members)
        longestAfter = std::max(longestAfter, after[size_t(node)]);
    const int limit = longest + int(members.size()) - 1 + longestAfter;

    struct Frame
    {
        int node;
        bool passed;     // `through` is on the path up to and including node
        size_t nextEdge; // next successor to try
        bool leaveTried;
    };
    std::vector<char> onPath(size_t(n), 0);
    std::vector<Frame> stack;
    for (int threshold = lowest; threshold <= limit; ++threshold) {
        for (const Way &way : ways) {
            const int base = int(way.prefix.size()); // touchpoints up to and including way.node
            if (bound(way.node, way.node == through, base) > threshold)
                continue;
            stack.assign(1, {way.node, way.node == through, 0, false});
            onPath[size_t(way.node)] = 1;
            while (!stack.empty()) {
                if (--m_budget <= 0) {
                    for (const Frame &frame : stack)
                        onPath[size_t(frame.node)] = 0;
                    return std::nullopt;
                }
                Frame &top = stack.back();
                const int length = base + int(stack.size()) - 1;
                const std::vector<int> &next = m_adjacency.next[size_t(top.node)];
                // Candidates in ascending index: the next successor inside the component, or
                // leaving here (ordered by the first node after leaving).
                while (top.nextEdge < next.size() &&
                       (!inside(next[top.nextEdge]) || onPath[size_t(next[top.nextEdge])]))
                    ++top.nextEdge;
                const int successor = top.nextEdge < next.size() ? next[top.nextEdge] : -1;
                const int via = top.passed && !top.leaveTried ? leaveVia[size_t(top.node)] : -1;
                if (via >= 0 && (successor < 0 || via < successor)) {
                    top.leaveTried = true;
                    if (length + after[size_t(top.node)] <= threshold) {
                        Path path = way.prefix;
                        for (size_t i = 1; i < stack.size(); ++i)
                            path.push_back(stack[i].node);
                        const Path tail = descend(m_adjacency.next, after, top.node, outside);
                        path.insert(path.end(), tail.begin() + 1, tail.end());
                        for (const Frame &frame : stack)
                            onPath[size_t(frame.node)] = 0;
                        return path;
                    }
                    continue;
                }
                if (successor < 0) {
                    onPath[size_t(top.node)] = 0;
                    stack.pop_back();
                    continue;
                }
                ++top.nextEdge;
                const bool passed = top.passed || successor == through;
                if (bound(successor, passed, length + 1) <= threshold) {
                    onPath[size_t(successor)] = 1;
                    stack.push_back({successor, passed, 0, false});
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace

GraphStructure analyseStructure(const GraphSnapshot &snapshot)
{
    GraphStructure result;
    const int n = snapshot.nodeCount();
    for (int entry : snapshot.entries())
        result.entries.append(snapshot.touchpoint(entry));
    for (int exit : snapshot.exits())
        result.exits.append(snapshot.touchpoint(exit));

    const QList<int> dominators = snapshot.immediateDominators(DominatorRoot::Source);
    const QList<int> postDominators = snapshot.immediateDominators(DominatorRoot::Sink);
    for (int node = 0; node < n; ++node) {
        if (dominators[node] < 0)
            result.unreachable.append(snapshot.touchpoint(node));
        if (postDominators[node] < 0)
            result.deadEnds.append(snapshot.touchpoint(node));
    }

    // Every source-to-sink path passes exactly the dominators of the sink, and, the other way
    // round, the post-dominators of the source.
    const int source = snapshot.virtualSource();
    const int sink = snapshot.virtualSink();
    QList<int> byDominators, byPostDominators;
    if (dominators[sink] >= 0) {
        // Both chains end at their root; the bounds only guard against a broken tree.
        for (int node = dominators[sink]; node >= 0 && node != source; node = dominators[node])
            byDominators.prepend(node);
        for (int node = postDominators[source]; node >= 0 && node != sink;
             node = postDominators[node])
            byPostDominators.append(node);
    }
    result.postDominatorsAgree = byDominators == byPostDominators;
    for (int node : byDominators)
        if (result.postDominatorsAgree || byPostDominators.contains(node))
            result.unavoidable.append(snapshot.touchpoint(node));

    const StrongComponents components = snapshot.strongComponents();
    for (const QList<int> &members : components.members) {
        bool loop = members.size() > 1;
        if (!loop)
            for (int e : snapshot.outEdges(members.front()))
                loop = loop || snapshot.edge(e).to == members.front();
        if (!loop)
            continue;
        QList<TouchpointId> ids;
        for (int node : members)
            ids.append(snapshot.touchpoint(node));
        result.reworkLoops.append(ids);
    }
    return result;
}

JourneyPath bestPath(const GraphSnapshot &snapshot, const QHash<TouchpointId, double> &performance)
{
    const int n = snapshot.nodeCount();
    const std::vector<double> scores = scoresOf(snapshot, performance);
    const Adjacency adjacency = adjacencyOf(snapshot);

    // Bottleneck Dijkstra: widest[i] = the highest possible lowest score of a path entry → i.
    std::vector<double> widest(size_t(n), -Unscored);
    std::vector<char> reached(size_t(n), 0), done(size_t(n), 0);
    using Item = std::pair<double, int>;
    std::priority_queue<Item> heap;
    for (int entry : snapshot.entries()) {
        widest[size_t(entry)] = scores[size_t(entry)];
        reached[size_t(entry)] = 1;
        heap.emplace(widest[size_t(entry)], entry);
    }
    while (!heap.empty()) {
        const int node = heap.top().second;
        heap.pop();
        if (done[size_t(node)])
            continue;
        done[size_t(node)] = 1;
        for (int other : adjacency.next[size_t(node)]) {
            const double width = std::min(widest[size_t(node)], scores[size_t(other)]);
            if (!reached[size_t(other)] || width > widest[size_t(other)]) {
                reached[size_t(other)] = 1;
                widest[size_t(other)] = width;
                heap.emplace(width, other);
            }
        }
    }
    bool any = false;
    double best = -Unscored;
    for (int exit : snapshot.exits()) {
        if (reached[size_t(exit)] && (!any || widest[size_t(exit)] > best)) {
            best = widest[size_t(exit)];
            any = true;
        }
    }
    if (!any)
        return {};

    // Every path through nodes scoring at least `best` has exactly that minimum; the shortest
    // such path is simple, and descend() makes it the lexicographically smallest one.
    const Path path = shortestEntryExitPath(snapshot, adjacency,
                                            [&](int node) { return scores[size_t(node)] >= best; });
    return toJourneyPath(snapshot, path, scores);
}

JourneyPath weakestPath(const GraphSnapshot &snapshot,
                        const QHash<TouchpointId, double> &performance)
{
    const int n = snapshot.nodeCount();
    const std::vector<double> scores = scoresOf(snapshot, performance);
    const Adjacency adjacency = adjacencyOf(snapshot);
    const QList<int> dominators = snapshot.immediateDominators(DominatorRoot::Source);
    const QList<int> postDominators = snapshot.immediateDominators(DominatorRoot::Sink);
    if (dominators[snapshot.virtualSink()] < 0)
        return {}; // no entry leads to an exit

    std::vector<int> candidates;
    for (int node = 0; node < n; ++node)
        if (scores[size_t(node)] != Unscored && dominators[node] >= 0 && postDominators[node] >= 0)
            candidates.push_back(node);
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return scores[size_t(a)] != scores[size_t(b)] ? scores[size_t(a)] < scores[size_t(b)]
                                                      : a < b;
    });

    const StrongComponents components = snapshot.strongComponents();
    PathThroughSearch search(snapshot, adjacency, components);
    std::vector<int> mark(size_t(n) + 2, -1);
    std::optional<Path> best;
    double bestScore = 0.0;
    bool exact = true;
    for (int candidate : candidates) {
        const double score = scores[size_t(candidate)];
        if (best && score > bestScore)
            break;
        // A node that both dominates and post-dominates the candidate is on every way into it
        // and every way out of it, so no simple path passes the candidate (the classic detour
        // use → support → use). This settles most impossible candidates without a search.
        for (int node = dominators[candidate]; node >= 0; node = dominators[node])
            mark[size_t(node)] = candidate;
        bool detour = false;
        for (int node = postDominators[candidate]; node >= 0 && !detour;
             node = postDominators[node])
            detour = mark[size_t(node)] == candidate && node < n;
        if (detour)
            continue;
        const std::optional<Path> path = search.find(candidate);
        if (!path) {
            // Without budget left, "no path" may only mean "not found in time".
            exact = exact && !search.exhausted();
            continue;
        }
        if (!best || shorterOrSmaller(*path, *best)) {
            best = path;
            bestScore = score;
        }
    }

    JourneyPath result;
    if (best)
        result = toJourneyPath(snapshot, *best, scores);
    else
        result = toJourneyPath(
            snapshot, shortestEntryExitPath(snapshot, adjacency, [](int) { return true; }), scores);
    result.exact = exact;
    return result;
}

} // namespace cxmap
