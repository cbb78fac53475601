#pragma once

#include "model/ids.h"

#include <QList>

#include <memory>
#include <optional>
#include <span>

namespace cxmap {

class Journey;

/** One transition as the analysis sees it: its ends as node indices of the snapshot. */
struct SnapshotEdge
{
    int from = -1;
    int to = -1;
    TransitionId id;
    /** The share as entered (0–1), or nothing when unknown. */
    std::optional<double> share;
};

/** Strongly connected components, in topological order of their condensation. */
struct StrongComponents
{
    /** The component of each node. */
    QList<int> componentOf;
    /**
     * The nodes of each component, ascending. Components are ordered so that every edge between
     * two components goes from an earlier to a later one; ties go to the lowest node index.
     */
    QList<QList<int>> members;
};

/** Where GraphSnapshot::immediateDominators() starts. */
enum class DominatorRoot {
    /** Dominators from the virtual source, over the transitions as drawn. */
    Source,
    /** Post-dominators: dominators from the virtual sink over the reversed transitions. */
    Sink
};

/**
 * An immutable copy of a journey's graph, made once for analysis (DESIGN §3, STYLE "Analysis").
 *
 * Nodes are numbered 0…nodeCount()−1 in the journey's touchpoint order; edges 0…edgeCount()−1 in
 * its transition order. Every algorithm works on these indices and turns them back into IDs only
 * in its result. Copies share the data, which is never changed after makeSnapshot(), so a
 * snapshot can be handed to a worker thread and read from several threads at once.
 *
 * Entries are nodes without an incoming transition from another touchpoint; exits are nodes
 * without an outgoing transition to another touchpoint. A self-loop ("try again") therefore
 * neither makes a touchpoint a non-entry nor a non-exit, and an isolated touchpoint is both.
 * Parallel transitions are kept as separate edges.
 *
 * The snapshot also holds the Boost.Graph copy of the graph, so the two graph primitives that
 * need Boost are members: Boost stays inside graphsnapshot.cpp and the graph is copied once.
 */
class GraphSnapshot
{
public:
    /** An empty graph. */
    GraphSnapshot();
    ~GraphSnapshot();
    GraphSnapshot(const GraphSnapshot &);
    GraphSnapshot &operator=(const GraphSnapshot &);
    GraphSnapshot(GraphSnapshot &&) noexcept;
    GraphSnapshot &operator=(GraphSnapshot &&) noexcept;

    int nodeCount() const;
    int edgeCount() const;

    TouchpointId touchpoint(int node) const;
    /** The node index of a touchpoint, or −1 when it is not in the snapshot. */
    int indexOf(TouchpointId id) const;

    const SnapshotEdge &edge(int index) const;
    /** Indices of the edges leaving / entering a node (self-loops in both), in transition order. */
    std::span<const int> outEdges(int node) const;
    std::span<const int> inEdges(int node) const;

    /** Entry and exit nodes, ascending. */
    std::span<const int> entries() const;
    std::span<const int> exits() const;
    bool isEntry(int node) const;
    bool isExit(int node) const;

    /** The virtual source (→ every entry) and sink (every exit →) of immediateDominators(). */
    int virtualSource() const { return nodeCount(); }
    int virtualSink() const { return nodeCount() + 1; }

    /**
     * Strongly connected components (Boost strong_components), counting only the edges whose
     * flag in `activeEdges` is set, or every edge when `activeEdges` is empty.
     */
    StrongComponents strongComponents(const QList<bool> &activeEdges = {}) const;

    /**
     * Immediate dominators (Boost lengauer_tarjan_dominator_tree) over the graph extended by a
     * virtual source with an edge to every entry and a virtual sink with an edge from every exit.
     * The list has nodeCount() + 2 entries, indexed like the nodes plus virtualSource() and
     * virtualSink(); it holds −1 for the root and for every node the root cannot reach.
     */
    QList<int> immediateDominators(DominatorRoot root) const;

private:
    struct Data;
    explicit GraphSnapshot(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> m_data;

    friend GraphSnapshot makeSnapshot(const Journey &journey);
};

/**
 * Copies the journey's touchpoints and transitions into a snapshot; this is the one place where
 * the journey's graph is turned into a Boost.Graph adjacency_list. Transitions whose ends do not
 * exist are skipped; shares outside 0–1 are clamped and NaN counts as unknown.
 */
GraphSnapshot makeSnapshot(const Journey &journey);

} // namespace cxmap
