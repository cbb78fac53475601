#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>

namespace cxmap {

class GraphSnapshot;

/**
 * Reach (DESIGN §3) and the related flow figures, with the journey read as an absorbing Markov
 * chain.
 *
 * Customers start at the entries, split equally, and leave at the exits. At each touchpoint
 * the outgoing transitions are taken with these probabilities:
 * - At an exit, leaving the journey counts as one more outgoing option without a share, so a
 *   self-loop on an exit with share 0.3 repeats 30 % of the time and leaves 70 %; without a
 *   share it repeats half of the time.
 * - Let G be the sum of the given shares and m the number of options without a share. Each of
 *   those gets max(0, 1 − G) / m, so when no share is given the split is equal.
 * - Then every option is divided by the total, so the probabilities sum to 1: when G > 1 the
 *   options without a share get 0 and the given ones are scaled down by G; when every share is
 *   given and they do not sum to 1 they are scaled to do so.
 * - When that total is 0 (every share given as 0) the split is equal.
 * Parallel transitions are separate options; a self-loop is an option like any other.
 *
 * Loops are solved exactly: expected visits v = sᵀ(I − Q)⁻¹, one strongly connected component
 * at a time in topological order, and P(ever at j) = v_j / N_jj, where N_jj = [(I − Q_S)⁻¹]_jj
 * is the expected number of visits to j of a customer who starts at j, S being j's component.
 * Customers who reach a loop that no probability leaves (a dead-end cycle) stay in it for good:
 * every touchpoint of that loop is then reached with the probability of entering it, their
 * expected visits are infinite, and that probability is counted as trapped.
 */
struct ReachResult
{
    /** Probability (0–1) that a customer passes the touchpoint at least once. */
    QHash<TouchpointId, double> reach;
    /** Expected number of passes per customer; +infinity inside a loop customers never leave. */
    QHash<TouchpointId, double> expectedVisits;
    /** For every exit: the probability that a customer leaves the journey there. */
    QHash<TouchpointId, double> exitProbability;
    /** Probability of each transition being taken when leaving its source, after the rules. */
    QHash<TransitionId, double> transitionProbability;
    /** Expected number of times a customer takes each transition (the flow along it). */
    QHash<TransitionId, double> expectedTraversals;
    /** Probability that a customer never leaves: ends up in a loop without a way out. */
    double trappedProbability = 0.0;
    /**
     * Touchpoints whose given shares had to be rescaled (they sum to more than 1, or, all being
     * given, to something other than 1), so the editor can point at them.
     */
    QList<TouchpointId> inconsistentShares;
};

/**
 * Computes reach for every touchpoint of the snapshot. Without entries (every touchpoint in a
 * loop) no customer starts anywhere and every figure is 0. Linear in the graph for the acyclic
 * parts; a loop of k touchpoints costs one sparse factorisation of a k × k matrix.
 */
ReachResult computeReach(const GraphSnapshot &snapshot);

} // namespace cxmap
