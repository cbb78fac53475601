#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>

#include <optional>

namespace cxmap {

class GraphSnapshot;

/** The shape of the journey, independent of any measurement. Lists follow the journey order. */
struct GraphStructure
{
    /** Touchpoints without an incoming transition from another touchpoint. */
    QList<TouchpointId> entries;
    /** Touchpoints without an outgoing transition to another touchpoint. */
    QList<TouchpointId> exits;
    /**
     * Touchpoints on every entry-to-exit path (DESIGN §3 "Unavoidable"), in the order customers
     * pass them. Empty when no entry-to-exit path exists.
     */
    QList<TouchpointId> unavoidable;
    /**
     * Strongly connected groups with more than one touchpoint or with a self-loop: places where
     * customers can come back. Upstream loops first; each loop's touchpoints in journey order.
     */
    QList<QList<TouchpointId>> reworkLoops;
    /** Touchpoints from which no exit can be reached: customers who get there never leave. */
    QList<TouchpointId> deadEnds;
    /** Touchpoints that no entry leads to. */
    QList<TouchpointId> unreachable;
    /**
     * The unavoidable touchpoints are found twice, as dominators of the virtual sink and as
     * post-dominators of the virtual source; the two must agree. If they ever did not (a bug),
     * `unavoidable` holds only the touchpoints both found and this is false.
     */
    bool postDominatorsAgree = true;
};

/** Finds entries, exits, unavoidable touchpoints, rework loops, dead ends and unreachable ones. */
GraphStructure analyseStructure(const GraphSnapshot &snapshot);

/** A simple entry-to-exit path with the lowest score on it. */
struct JourneyPath
{
    /** The touchpoints from an entry to an exit, none twice; empty when no such path exists. */
    QList<TouchpointId> touchpoints;
    /** The lowest performance on the path; nothing when no touchpoint on it has a score. */
    std::optional<double> minimum;
    /** The first touchpoint on the path whose score is the minimum (invalid without one). */
    TouchpointId weakest;
    /**
     * False only when the weakest-path search ran out of its work budget on some very tangled
     * loop and had to skip a candidate touchpoint; the path returned is still a valid path.
     */
    bool exact = true;
};

/**
 * The weakest path (DESIGN §3): among simple entry-to-exit paths, one whose lowest performance
 * is the lowest. Touchpoints without a score do not constrain a path. Ties go to the path with
 * the fewest touchpoints, then to the one whose sequence of touchpoints, in journey order, is
 * smallest at the first place where they differ. A touchpoint that customers can only visit as
 * a detour (in and out through the same neighbour, e.g. use → support → use) lies on no simple
 * path and so is never on the weakest path; the weakest-links ranking still covers it.
 *
 * Finding whether a simple path passes a given touchpoint is NP-hard on general directed graphs;
 * the search is exact and linear outside loops and bounded by a work budget inside them.
 */
JourneyPath weakestPath(const GraphSnapshot &snapshot,
                        const QHash<TouchpointId, double> &performance);

/**
 * The best path (DESIGN §3): the entry-to-exit path whose lowest performance is the highest
 * (widest path, by a bottleneck Dijkstra), with the same tie-breaks as weakestPath(). Exact.
 */
JourneyPath bestPath(const GraphSnapshot &snapshot, const QHash<TouchpointId, double> &performance);

} // namespace cxmap
