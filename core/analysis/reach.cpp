#include "reach.h"

#include "graphsnapshot.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#include <Eigen/Core>
#include <Eigen/LU>
#include <Eigen/OrderingMethods>
#include <Eigen/SparseCore>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cxmap {

namespace {

// Shares are typed by people: 0.33 + 0.33 + 0.34 is "1", rounding noise is not an inconsistency.
constexpr double ShareTolerance = 1e-6;
// Up to this size a component's (I − Q) is inverted densely; above it the sparse path wins.
constexpr int DenseLimit = 64;

struct Probabilities
{
    std::vector<double> edge;  // per snapshot edge
    std::vector<double> leave; // per node: probability of leaving the journey there (exits)
    std::vector<int> inconsistent;
};

// The share rules documented in reach.h.
Probabilities transitionProbabilities(const GraphSnapshot &snapshot)
{
    Probabilities p;
    p.edge.assign(size_t(snapshot.edgeCount()), 0.0);
    p.leave.assign(size_t(snapshot.nodeCount()), 0.0);
    for (int node = 0; node < snapshot.nodeCount(); ++node) {
        const std::span<const int> out = snapshot.outEdges(node);
        const bool exit = snapshot.isExit(node);
        double given = 0.0;
        int missing = exit ? 1 : 0; // leaving is an option without a share
        for (int e : out) {
            if (const auto share = snapshot.edge(e).share)
                given += *share;
            else
                ++missing;
        }
        if (missing == 0 ? std::abs(given - 1.0) > ShareTolerance : given > 1.0 + ShareTolerance)
            p.inconsistent.push_back(node);

        const double each = missing > 0 ? std::max(0.0, 1.0 - given) / missing : 0.0;
        const double total = given + each * missing;
        if (total <= 0.0) {
            const double equal = 1.0 / double(out.size() + (exit ? 1 : 0));
            for (int e : out)
                p.edge[size_t(e)] = equal;
            p.leave[size_t(node)] = exit ? equal : 0.0;
            continue;
        }
        for (int e : out)
            p.edge[size_t(e)] = snapshot.edge(e).share.value_or(each) / total;
        p.leave[size_t(node)] = exit ? each / total : 0.0;
    }
    return p;
}

// A = L·D·U without pivoting, L unit lower, U unit upper, on the symmetrised pattern of A in an
// approximate-minimum-degree order; then the diagonal of A⁻¹ by Takahashi's recurrences
// ("selected inversion"), which cost about as much as the factorisation. The alternative, one
// sparse solve per node, is quadratic and took a second on a 3,000-node loop.
//
// No pivoting is safe here: A = I − Q_S of a component that customers can leave is a row
// diagonally dominant, irreducible M-matrix, so every pivot is positive and elimination is
// stable.
class SelectedInverse
{
public:
    explicit SelectedInverse(const Eigen::SparseMatrix<double> &a);

    // x with Aᵀx = b.
    Eigen::VectorXd solveTransposed(const Eigen::VectorXd &b) const;
    // The diagonal of A⁻¹.
    Eigen::VectorXd inverseDiagonal() const;

private:
    int m_size = 0;
    std::vector<int> m_oldOf;    // new index → row/column of A
    std::vector<int> m_start;    // column k of the factor: m_start[k] … m_start[k+1]−1
    std::vector<int> m_rows;     // the rows (> k) of each column, ascending
    std::vector<double> m_lower; // L(row, k)
    std::vector<double> m_upper; // U(k, row)
    std::vector<double> m_diag;  // D(k)
};

SelectedInverse::SelectedInverse(const Eigen::SparseMatrix<double> &a)
    : m_size(int(a.rows()))
{
    const int n = m_size;
    Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic, int> ordering;
    Eigen::AMDOrdering<int>()(a, ordering); // an ordering of the pattern of A + Aᵀ
    m_oldOf.assign(ordering.indices().data(), ordering.indices().data() + n);
    std::vector<int> newOf(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k)
        newOf[size_t(m_oldOf[size_t(k)])] = k;

    // Symbolic factorisation: the column pattern of k is its later neighbours plus the patterns
    // of its children in the elimination tree (the chordal completion of A + Aᵀ).
    std::vector<std::vector<int>> later(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c) {
        for (Eigen::SparseMatrix<double>::InnerIterator it(a, c); it; ++it) {
            const int i = newOf[size_t(it.row())];
            const int j = newOf[size_t(c)];
            if (i != j)
                later[size_t(std::min(i, j))].push_back(std::max(i, j));
        }
    }
    std::vector<std::vector<int>> children(static_cast<size_t>(n));
    std::vector<int> stamp(size_t(n), -1);
    std::vector<int> pattern;
    m_start.assign(size_t(n) + 1, 0);
    for (int k = 0; k < n; ++k) {
        pattern.clear();
        auto add = [&](int i) {
            if (i != k && stamp[size_t(i)] != k) {
                stamp[size_t(i)] = k;
                pattern.push_back(i);
            }
        };
        for (int i : later[size_t(k)])
            add(i);
        for (int child : children[size_t(k)])
            for (int p = m_start[size_t(child)]; p < m_start[size_t(child) + 1]; ++p)
                add(m_rows[size_t(p)]);
        std::sort(pattern.begin(), pattern.end());
        m_rows.insert(m_rows.end(), pattern.begin(), pattern.end());
        m_start[size_t(k) + 1] = int(m_rows.size());
        if (!pattern.empty())
            children[size_t(pattern.front())].push_back(k);
    }

    // Numeric values of A in the factor's slots.
    const size_t slots = m_rows.size();
    m_lower.assign(slots, 0.0);
    m_upper.assign(slots, 0.0);
    m_diag.assign(size_t(n), 0.0);
    auto slot = [this](int column, int row) {
        const auto begin = m_rows.begin() + m_start[size_t(column)];
        const auto end = m_rows.begin() + m_start[size_t(column) + 1];
        return size_t(std::lower_bound(begin, end, row) - m_rows.begin());
    };
    for (int c = 0; c < n; ++c) {
        for (Eigen::SparseMatrix<double>::InnerIterator it(a, c); it; ++it) {
            const int i = newOf[size_t(it.row())];
            const int j = newOf[size_t(c)];
            if (i == j)
                m_diag[size_t(i)] += it.value();
            else if (i > j)
                m_lower[slot(j, i)] += it.value();
            else
                m_upper[slot(i, j)] += it.value();
        }
    }

    // Left-looking elimination: column k gathers the updates of every earlier column j whose
    // pattern contains k. rowStart/rowSlots list, for each k, the slots where k appears.
    std::vector<int> rowStart(size_t(n) + 1, 0);
    for (int row : m_rows)
        ++rowStart[size_t(row) + 1];
    for (int k = 0; k < n; ++k)
        rowStart[size_t(k) + 1] += rowStart[size_t(k)];
    std::vector<int> rowSlots(slots), rowColumn(slots), fill(rowStart.begin(), rowStart.end() - 1);
    for (int j = 0; j < n; ++j) {
        for (int p = m_start[size_t(j)]; p < m_start[size_t(j) + 1]; ++p) {
            const int at = fill[size_t(m_rows[size_t(p)])]++;
            rowSlots[size_t(at)] = p;
            rowColumn[size_t(at)] = j;
        }
    }
    std::vector<int> where(size_t(n), -1);
    for (int k = 0; k < n; ++k) {
        for (int p = m_start[size_t(k)]; p < m_start[size_t(k) + 1]; ++p)
            where[size_t(m_rows[size_t(p)])] = p;
        for (int r = rowStart[size_t(k)]; r < rowStart[size_t(k) + 1]; ++r) {
            const int j = rowColumn[size_t(r)];
            const int pk = rowSlots[size_t(r)];
            const double lkjDj = m_lower[size_t(pk)] * m_diag[size_t(j)];
            const double djUjk = m_diag[size_t(j)] * m_upper[size_t(pk)];
            m_diag[size_t(k)] -= lkjDj * m_upper[size_t(pk)];
            for (int q = pk + 1; q < m_start[size_t(j) + 1]; ++q) {
                const auto w = size_t(where[size_t(m_rows[size_t(q)])]);
                m_lower[w] -= m_lower[size_t(q)] * djUjk;
                m_upper[w] -= lkjDj * m_upper[size_t(q)];
            }
        }
        const double d = m_diag[size_t(k)];
        Q_ASSERT(d > 0.0);
        for (int p = m_start[size_t(k)]; p < m_start[size_t(k) + 1]; ++p) {
            m_lower[size_t(p)] /= d;
            m_upper[size_t(p)] /= d;
        }
    }
}

Eigen::VectorXd SelectedInverse::solveTransposed(const Eigen::VectorXd &b) const
{
    // Aᵀ = Uᵀ·D·Lᵀ in the new order.
    const int n = m_size;
    std::vector<double> z(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k)
        z[size_t(k)] = b[m_oldOf[size_t(k)]];
    for (int k = 0; k < n; ++k)
        for (int p = m_start[size_t(k)]; p < m_start[size_t(k) + 1]; ++p)
            z[size_t(m_rows[size_t(p)])] -= m_upper[size_t(p)] * z[size_t(k)];
    for (int k = 0; k < n; ++k)
        z[size_t(k)] /= m_diag[size_t(k)];
    for (int k = n - 1; k >= 0; --k)
        for (int p = m_start[size_t(k)]; p < m_start[size_t(k) + 1]; ++p)
            z[size_t(k)] -= m_lower[size_t(p)] * z[size_t(m_rows[size_t(p)])];
    Eigen::VectorXd x(n);
    for (int k = 0; k < n; ++k)
        x[m_oldOf[size_t(k)]] = z[size_t(k)];
    return x;
}

Eigen::VectorXd SelectedInverse::inverseDiagonal() const
{
    // Z = A⁻¹ on the factor's pattern, last column first:
    //   Z(i,k) = −Σ_j Z(i,j)·L(j,k),  Z(k,i) = −Σ_j U(k,j)·Z(j,i)  for i, j in pattern(k),
    //   Z(k,k) = 1/D(k) − Σ_j U(k,j)·Z(j,k).
    // pattern(k) is a clique of the completed graph, so every Z(i,j) needed is already known.
    const int n = m_size;
    std::vector<double> zLower(m_rows.size()), zUpper(m_rows.size()), zDiag(static_cast<size_t>(n));
    std::vector<int> position(size_t(n), -1);
    std::vector<double> accLower, accUpper;
    for (int k = n - 1; k >= 0; --k) {
        const int s0 = m_start[size_t(k)];
        const int count = m_start[size_t(k) + 1] - s0;
        accLower.assign(size_t(count), 0.0);
        accUpper.assign(size_t(count), 0.0);
        for (int p = 0; p < count; ++p)
            position[size_t(m_rows[size_t(s0 + p)])] = p;
        for (int pj = 0; pj < count; ++pj) {
            const int j = m_rows[size_t(s0 + pj)];
            const double ljk = m_lower[size_t(s0 + pj)];
            const double ukj = m_upper[size_t(s0 + pj)];
            accLower[size_t(pj)] += zDiag[size_t(j)] * ljk;
            accUpper[size_t(pj)] += ukj * zDiag[size_t(j)];
            for (int q = m_start[size_t(j)]; q < m_start[size_t(j) + 1]; ++q) {
                const int pi = position[size_t(m_rows[size_t(q)])];
                if (pi < 0)
                    continue;
                // i = m_rows[q] > j, both in pattern(k): Z(i,j) = zLower[q], Z(j,i) = zUpper[q].
                accLower[size_t(pi)] += zLower[size_t(q)] * ljk;
                accLower[size_t(pj)] += zUpper[size_t(q)] * m_lower[size_t(s0 + pi)];
                accUpper[size_t(pi)] += ukj * zUpper[size_t(q)];
                accUpper[size_t(pj)] += m_upper[size_t(s0 + pi)] * zLower[size_t(q)];
            }
        }
        double zkk = 1.0 / m_diag[size_t(k)];
        for (int p = 0; p < count; ++p) {
            zLower[size_t(s0 + p)] = -accLower[size_t(p)];
            zUpper[size_t(s0 + p)] = -accUpper[size_t(p)];
            zkk -= m_upper[size_t(s0 + p)] * zLower[size_t(s0 + p)];
            position[size_t(m_rows[size_t(s0 + p)])] = -1;
        }
        zDiag[size_t(k)] = zkk;
    }
    Eigen::VectorXd diagonal(n);
    for (int k = 0; k < n; ++k)
        diagonal[m_oldOf[size_t(k)]] = zDiag[size_t(k)];
    return diagonal;
}

struct ComponentSolution
{
    Eigen::VectorXd visits;       // v_S = (I − Q_S)⁻ᵀ b_S
    Eigen::VectorXd returnVisits; // N_jj
};

ComponentSolution solveComponent(const GraphSnapshot &snapshot, const QList<int> &members,
                                 const std::vector<int> &local, const Probabilities &p,
                                 const Eigen::VectorXd &inflow)
{
    const int size = int(members.size());
    std::vector<Eigen::Triplet<double>> entries;
    for (int li = 0; li < size; ++li) {
        entries.emplace_back(li, li, 1.0);
        for (int e : snapshot.outEdges(members[li])) {
            const int lj = local[size_t(snapshot.edge(e).to)];
            if (lj >= 0 && p.edge[size_t(e)] > 0.0)
                entries.emplace_back(li, lj, -p.edge[size_t(e)]);
        }
    }
    Eigen::SparseMatrix<double> a(size, size); // I − Q_S; duplicates (parallel edges) add up
    a.setFromTriplets(entries.begin(), entries.end());

    if (size <= DenseLimit) {
        const Eigen::MatrixXd inverse = Eigen::PartialPivLU<Eigen::MatrixXd>(a.toDense()).inverse();
        return {inverse.transpose() * inflow, inverse.diagonal()};
    }
    const SelectedInverse factor(a);
    return {factor.solveTransposed(inflow), factor.inverseDiagonal()};
}

} // namespace

ReachResult computeReach(const GraphSnapshot &snapshot)
{
    ReachResult result;
    const int n = snapshot.nodeCount();
    const Probabilities p = transitionProbabilities(snapshot);
    for (int e = 0; e < snapshot.edgeCount(); ++e)
        result.transitionProbability.insert(snapshot.edge(e).id, p.edge[size_t(e)]);
    for (int node : p.inconsistent)
        result.inconsistentShares.append(snapshot.touchpoint(node));

    QList<bool> active(snapshot.edgeCount());
    for (int e = 0; e < snapshot.edgeCount(); ++e)
        active[e] = p.edge[size_t(e)] > 0.0;
    const StrongComponents components = snapshot.strongComponents(active);

    std::vector<double> inflow(size_t(n), 0.0), visits(size_t(n), 0.0), reach(size_t(n), 0.0);
    const std::span<const int> entries = snapshot.entries();
    for (int entry : entries)
        inflow[size_t(entry)] = 1.0 / double(entries.size());

    constexpr double Infinity = std::numeric_limits<double>::infinity();
    std::vector<int> local(size_t(n), -1);
    for (const QList<int> &members : components.members) {
        const int component = components.componentOf[members.front()];
        // Probability that leaves the component per step, summed over its nodes: zero means
        // customers who come in never get out again.
        double escape = 0.0;
        double mass = 0.0;
        for (int node : members) {
            mass += inflow[size_t(node)];
            escape += p.leave[size_t(node)];
            for (int e : snapshot.outEdges(node))
                if (components.componentOf[snapshot.edge(e).to] != component)
                    escape += p.edge[size_t(e)];
        }
        if (escape <= 0.0) {
            // A closed class: once in, a customer passes all of its touchpoints (it is
            // irreducible and recurrent), again and again.
            for (int node : members) {
                reach[size_t(node)] = std::min(1.0, mass);
                visits[size_t(node)] = mass > 0.0 ? Infinity : 0.0;
            }
            result.trappedProbability += mass;
            continue;
        }
        if (mass <= 0.0)
            continue; // nobody gets here: everything stays 0
        if (members.size() == 1) {
            // One node, perhaps with a self-loop: v = b / (1 − p_self), N = 1 / (1 − p_self).
            const int node = members.front();
            visits[size_t(node)] = inflow[size_t(node)] / escape;
            reach[size_t(node)] = inflow[size_t(node)];
        } else {
            Eigen::VectorXd b(members.size());
            for (int li = 0; li < int(members.size()); ++li) {
                local[size_t(members[li])] = li;
                b[li] = inflow[size_t(members[li])];
            }
            const ComponentSolution solution = solveComponent(snapshot, members, local, p, b);
            for (int li = 0; li < int(members.size()); ++li) {
                const int node = members[li];
                local[size_t(node)] = -1;
                visits[size_t(node)] = std::max(0.0, solution.visits[li]);
                reach[size_t(node)] =
                    std::clamp(solution.visits[li] / solution.returnVisits[li], 0.0, 1.0);
            }
        }
        for (int node : members)
            for (int e : snapshot.outEdges(node)) {
                const int to = snapshot.edge(e).to;
                if (components.componentOf[to] != component)
                    inflow[size_t(to)] += visits[size_t(node)] * p.edge[size_t(e)];
            }
    }

    result.reach.reserve(n);
    result.expectedVisits.reserve(n);
    for (int node = 0; node < n; ++node) {
        const TouchpointId id = snapshot.touchpoint(node);
        result.reach.insert(id, std::clamp(reach[size_t(node)], 0.0, 1.0));
        result.expectedVisits.insert(id, visits[size_t(node)]);
        if (snapshot.isExit(node)) {
            const double leave = p.leave[size_t(node)];
            result.exitProbability.insert(id, leave > 0.0 ? visits[size_t(node)] * leave : 0.0);
        }
    }
    for (int e = 0; e < snapshot.edgeCount(); ++e) {
        const double probability = p.edge[size_t(e)];
        const double flow =
            probability > 0.0 ? visits[size_t(snapshot.edge(e).from)] * probability : 0.0;
        result.expectedTraversals.insert(snapshot.edge(e).id, flow);
    }
    return result;
}

} // namespace cxmap
