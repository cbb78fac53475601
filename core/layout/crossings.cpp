#include "crossings.h"

#include "cellgrid.h"
#include "model/journey.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cxmap {

namespace {

// The sign of the turn a → b → c: > 0 left, < 0 right, 0 collinear.
double turn(const QPointF &a, const QPointF &b, const QPointF &c)
{
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}

} // namespace

CrossingCounter::CrossingCounter(const QList<std::pair<int, int>> &edges, int nodeCount)
    : m_incident(nodeCount)
    , m_neighbours(nodeCount)
{
    QSet<std::pair<int, int>> seen;
    for (auto [a, b] : edges) {
        if (a == b || a < 0 || b < 0 || a >= nodeCount || b >= nodeCount)
            continue;
        const std::pair<int, int> key{std::min(a, b), std::max(a, b)};
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_incident[a].append(int(m_edges.size()));
        m_incident[b].append(int(m_edges.size()));
        m_neighbours[a].append(b);
        m_neighbours[b].append(a);
        m_edges.append(key);
    }
}

bool CrossingCounter::cross(int e, int f, const QList<QPointF> &centres) const
{
    ++m_tests;
    const auto [a, b] = m_edges.at(e);
    const auto [c, d] = m_edges.at(f);
    if (a == c || a == d || b == c || b == d)
        return false;
    const QPointF &p = centres.at(a), &q = centres.at(b), &r = centres.at(c), &s = centres.at(d);
    const double d1 = turn(p, q, r), d2 = turn(p, q, s), d3 = turn(r, s, p), d4 = turn(r, s, q);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

qint64 CrossingCounter::total(const QList<QPointF> &centres) const
{
    // A sweep over x: only segments whose x ranges overlap are tested.
    struct Span
    {
        double left, right, top, bottom;
        int edge;
    };
    QList<Span> spans;
    spans.reserve(m_edges.size());
    for (int e = 0; e < m_edges.size(); ++e) {
        const QPointF &p = centres.at(m_edges.at(e).first), &q = centres.at(m_edges.at(e).second);
        spans.append({std::min(p.x(), q.x()), std::max(p.x(), q.x()), std::min(p.y(), q.y()),
                      std::max(p.y(), q.y()), e});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::pair(a.left, a.edge) < std::pair(b.left, b.edge);
    });
    qint64 crossings = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span &a = spans.at(i);
        for (qsizetype j = i + 1; j < spans.size() && spans.at(j).left <= a.right; ++j) {
            const Span &b = spans.at(j);
            if (b.top > a.bottom || b.bottom < a.top)
                continue;
            if (cross(a.edge, b.edge, centres))
                ++crossings;
        }
    }
    return crossings;
}

qint64 CrossingCounter::involving(const QList<int> &nodes, const QList<QPointF> &centres) const
{
    QList<int> mine;
    for (int node : nodes)
        mine.append(m_incident.at(node));
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    qint64 crossings = 0;
    for (int e : std::as_const(mine)) {
        for (int f = 0; f < m_edges.size(); ++f) {
            // A pair of two of mine is counted once, from its smaller edge.
            if (f == e || (f < e && std::binary_search(mine.cbegin(), mine.cend(), f)))
                continue;
            if (cross(e, f, centres))
                ++crossings;
        }
    }
    return crossings;
}

qint64 countCrossings(const Journey &journey, const MapMetrics &metrics)
{
    const CellGrid grid(journey);
    QList<QPointF> centres;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        centres.append(grid.cardCentre(journey, touchpoint, metrics));
    QList<std::pair<int, int>> edges;
    for (const Transition &transition : journey.transitions())
        edges.append({int(journey.touchpoints().indexOf(transition.from)),
                      int(journey.touchpoints().indexOf(transition.to))});
    return CrossingCounter(edges, int(centres.size())).total(centres);
}

} // namespace cxmap
