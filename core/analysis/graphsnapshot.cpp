#include "graphsnapshot.h"

#include "model/journey.h"

#include <QHash>

// Boost.Graph lives in this file only (STYLE "Analysis"). The pragmas keep our strict warnings
// from firing on Boost's code even where its headers are not on a system include path.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace cxmap {

namespace {

// Vertices 0…n−1 are the touchpoints, n the virtual source, n+1 the virtual sink. The edge
// property is the snapshot edge index, or −1 for the virtual edges.
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, int>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;

std::optional<double> sanitisedShare(std::optional<double> share)
{
    if (!share || std::isnan(*share))
        return std::nullopt;
    return std::clamp(*share, 0.0, 1.0);
}

} // namespace

struct GraphSnapshot::Data
{
    std::vector<TouchpointId> ids;
    QHash<TouchpointId, int> indexOf;
    std::vector<SnapshotEdge> edges;
    // Compressed adjacency: the edges of node i are list[offsets[i]] … list[offsets[i+1]−1].
    std::vector<int> outOffsets, outList, inOffsets, inList;
    std::vector<int> entries, exits;
    std::vector<char> isEntry, isExit;
    BoostGraph graph;
};

GraphSnapshot::GraphSnapshot()
{
    // Every empty snapshot shares one empty graph (thread-safe static initialisation).
    static const std::shared_ptr<const Data> empty = makeSnapshot(Journey()).m_data;
    m_data = empty;
}

GraphSnapshot::GraphSnapshot(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

GraphSnapshot::~GraphSnapshot() = default;
GraphSnapshot::GraphSnapshot(const GraphSnapshot &) = default;
GraphSnapshot &GraphSnapshot::operator=(const GraphSnapshot &) = default;
// A moved-from snapshot keeps sharing the data, so it stays a valid (if stale) graph.
GraphSnapshot::GraphSnapshot(GraphSnapshot &&other) noexcept
    : m_data(other.m_data)
{}
GraphSnapshot &GraphSnapshot::operator=(GraphSnapshot &&other) noexcept
{
    m_data = other.m_data;
    return *this;
}

int GraphSnapshot::nodeCount() const
{
    return int(m_data->ids.size());
}

int GraphSnapshot::edgeCount() const
{
    return int(m_data->edges.size());
}

TouchpointId GraphSnapshot::touchpoint(int node) const
{
    return m_data->ids.at(size_t(node));
}

int GraphSnapshot::indexOf(TouchpointId id) const
{
    return m_data->indexOf.value(id, -1);
}

const SnapshotEdge &GraphSnapshot::edge(int index) const
{
    return m_data->edges.at(size_t(index));
}

std::span<const int> GraphSnapshot::outEdges(int node) const
{
    const auto begin = size_t(m_data->outOffsets.at(size_t(node)));
    const auto end = size_t(m_data->outOffsets.at(size_t(node) + 1));
    return std::span<const int>(m_data->outList).subspan(begin, end - begin);
}

std::span<const int> GraphSnapshot::inEdges(int node) const
{
    const auto begin = size_t(m_data->inOffsets.at(size_t(node)));
    const auto end = size_t(m_data->inOffsets.at(size_t(node) + 1));
    return std::span<const int>(m_data->inList).subspan(begin, end - begin);
}

std::span<const int> GraphSnapshot::entries() const
{
    return m_data->entries;
}

std::span<const int> GraphSnapshot::exits() const
{
    return m_data->exits;
}

bool GraphSnapshot::isEntry(int node) const
{
    return m_data->isEntry.at(size_t(node)) != 0;
}

bool GraphSnapshot::isExit(int node) const
{
    return m_data->isExit.at(size_t(node)) != 0;
}

GraphSnapshot makeSnapshot(const Journey &journey)
{
    auto data = std::make_shared<GraphSnapshot::Data>();
    const auto &touchpoints = journey.touchpoints();
    const int n = int(touchpoints.size());
    data->ids.reserve(size_t(n));
    data->indexOf.reserve(n);
    for (const Touchpoint &touchpoint : touchpoints) {
        data->indexOf.insert(touchpoint.id, int(data->ids.size()));
        data->ids.push_back(touchpoint.id);
    }

    std::vector<int> outDegree(size_t(n), 0), inDegree(size_t(n), 0);
    std::vector<char> hasOtherIn(size_t(n), 0), hasOtherOut(size_t(n), 0);
    data->edges.reserve(size_t(journey.transitions().size()));
    for (const Transition &transition : journey.transitions()) {
        const int from = data->indexOf.value(transition.from, -1);
        const int to = data->indexOf.value(transition.to, -1);
        if (from < 0 || to < 0)
            continue; // an inconsistent journey must not crash the analysis
        data->edges.push_back({from, to, transition.id, sanitisedShare(transition.share)});
        ++outDegree[size_t(from)];
        ++inDegree[size_t(to)];
        if (from != to) {
            hasOtherOut[size_t(from)] = 1;
            hasOtherIn[size_t(to)] = 1;
        }
    }

    auto fillAdjacency = [&](const std::vector<int> &degree, std::vector<int> &offsets,
                             std::vector<int> &list, bool outgoing) {
        offsets.assign(size_t(n) + 1, 0);
        for (int i = 0; i < n; ++i)
            offsets[size_t(i) + 1] = offsets[size_t(i)] + degree[size_t(i)];
        list.assign(data->edges.size(), -1);
        std::vector<int> next(offsets.begin(), offsets.end() - 1);
        for (int e = 0; e < int(data->edges.size()); ++e) {
            const SnapshotEdge &edge = data->edges[size_t(e)];
            list[size_t(next[size_t(outgoing ? edge.from : edge.to)]++)] = e;
        }
    };
    fillAdjacency(outDegree, data->outOffsets, data->outList, true);
    fillAdjacency(inDegree, data->inOffsets, data->inList, false);

    data->isEntry.assign(size_t(n), 0);
    data->isExit.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        if (!hasOtherIn[size_t(i)]) {
            data->isEntry[size_t(i)] = 1;
            data->entries.push_back(i);
        }
        if (!hasOtherOut[size_t(i)]) {
            data->isExit[size_t(i)] = 1;
            data->exits.push_back(i);
        }
    }

    BoostGraph &graph = data->graph;
    for (int i = 0; i < n + 2; ++i)
        boost::add_vertex(graph);
    for (int e = 0; e < int(data->edges.size()); ++e) {
        const SnapshotEdge &edge = data->edges[size_t(e)];
        boost::add_edge(Vertex(edge.from), Vertex(edge.to), e, graph);
    }
    for (int entry : data->entries)
        boost::add_edge(Vertex(n), Vertex(entry), -1, graph);
    for (int exit : data->exits)
        boost::add_edge(Vertex(exit), Vertex(n + 1), -1, graph);

    return GraphSnapshot(std::move(data));
}

StrongComponents GraphSnapshot::strongComponents(const QList<bool> &activeEdges) const
{
    const BoostGraph &graph = m_data->graph;
    const int n = nodeCount();
    std::vector<int> component(boost::num_vertices(graph), -1);
    int count = 0;
    if (activeEdges.isEmpty()) {
        count = int(boost::strong_components(
            graph, boost::make_iterator_property_map(component.begin(),
                                                     boost::get(boost::vertex_index, graph))));
    } else {
        Q_ASSERT(activeEdges.size() == edgeCount());
        // Virtual edges never close a cycle (the source has no in-edges, the sink no out-edges),
        // so keeping them changes no component.
        auto keep = [&graph, &activeEdges](boost::graph_traits<BoostGraph>::edge_descriptor e) {
            const int index = graph[e];
            return index < 0 || activeEdges.at(index);
        };
        const boost::filtered_graph<
            BoostGraph, std::function<bool(boost::graph_traits<BoostGraph>::edge_descriptor)>>
            filtered(graph, keep);
        count = int(boost::strong_components(
            filtered, boost::make_iterator_property_map(
                          component.begin(), boost::get(boost::vertex_index, filtered))));
    }

    // Boost numbers components in an order that is not part of its contract; order them
    // ourselves (Kahn, smallest member first among the ready ones) so results are deterministic.
    std::vector<int> smallest(size_t(count), n);
    for (int i = n - 1; i >= 0; --i)
        smallest[size_t(component[size_t(i)])] = i;
    std::vector<int> pending(size_t(count), 0);
    std::vector<std::vector<int>> successors(static_cast<size_t>(count));
    for (int e = 0; e < edgeCount(); ++e) {
        if (!activeEdges.isEmpty() && !activeEdges.at(e))
            continue;
        const int a = component[size_t(m_data->edges[size_t(e)].from)];
        const int b = component[size_t(m_data->edges[size_t(e)].to)];
        if (a != b) {
            successors[size_t(a)].push_back(b);
            ++pending[size_t(b)];
        }
    }
    using Ready = std::pair<int, int>; // (smallest member, component)
    std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
    for (int c = 0; c < count; ++c)
        if (pending[size_t(c)] == 0 && smallest[size_t(c)] < n)
            ready.emplace(smallest[size_t(c)], c);
    std::vector<int> rank(size_t(count), -1);
    int nextRank = 0;
    while (!ready.empty()) {
        const int c = ready.top().second;
        ready.pop();
        rank[size_t(c)] = nextRank++;
        for (int d : successors[size_t(c)])
            if (--pending[size_t(d)] == 0)
                ready.emplace(smallest[size_t(d)], d);
    }

    StrongComponents result;
    result.members.resize(nextRank);
    result.componentOf.resize(n);
    for (int i = 0; i < n; ++i) {
        const int r = rank[size_t(component[size_t(i)])];
        result.componentOf[i] = r;
        result.members[r].append(i);
    }
    return result;
}

QList<int> GraphSnapshot::immediateDominators(DominatorRoot root) const
{
    const BoostGraph &graph = m_data->graph;
    const auto vertices = boost::num_vertices(graph);
    const Vertex None = boost::graph_traits<BoostGraph>::null_vertex();
    std::vector<Vertex> dominator(vertices, None);
    const auto indexMap = boost::get(boost::vertex_index, graph);
    auto run = [&](const auto &g, Vertex entry) {
        // Not the three-argument overload: in Boost 1.74 it numbers unreachable vertices 0
        // instead of max(), against its own precondition, so a predecessor the root cannot
        // reach passes for the root and its successors lose their dominators.
        using Size = boost::graph_traits<BoostGraph>::vertices_size_type;
        std::vector<Size> order(vertices, std::numeric_limits<Size>::max());
        std::vector<Vertex> parent(vertices, None);
        std::vector<Vertex> byOrder(vertices, None);
        boost::lengauer_tarjan_dominator_tree(
            g, entry, indexMap, boost::make_iterator_property_map(order.begin(), indexMap),
            boost::make_iterator_property_map(parent.begin(), indexMap), byOrder,
            boost::make_iterator_property_map(dominator.begin(), indexMap));
    };
    if (root == DominatorRoot::Source)
        run(graph, Vertex(virtualSource()));
    else
        run(boost::reverse_graph<BoostGraph>(graph), Vertex(virtualSink()));
    QList<int> result(qsizetype(vertices), -1);
    for (size_t v = 0; v < vertices; ++v)
        if (dominator[v] != None)
            result[qsizetype(v)] = int(dominator[v]);
    return result;
}

} // namespace cxmap
