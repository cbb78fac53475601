#pragma once

#include "mapmetrics.h"

#include <QList>
#include <QPointF>

#include <utility>

namespace cxmap {

class Journey;

/**
 * Counts crossings of transitions drawn as straight segments between card centres: the
 * yardstick Tidy minimises and its tests check. Routed arrows bend around cards, but two
 * transitions whose straight lines cross are the ones whose routes must cross or detour, so
 * fewer straight crossings means a map whose arrows can be followed.
 *
 * Transitions sharing a card never count as crossing, nor do loops or repeats of one pair.
 */
class CrossingCounter
{
public:
    /** Edges between node indices 0…nodeCount−1, in either direction. */
    CrossingCounter(const QList<std::pair<int, int>> &edges, int nodeCount);

    /** Crossing pairs of edges, for nodes at `centres` (indexed like the nodes). */
    qint64 total(const QList<QPointF> &centres) const;
    /** Crossing pairs that involve an edge at one of `nodes` (each pair once). */
    qint64 involving(const QList<int> &nodes, const QList<QPointF> &centres) const;
    /** Segment pairs tested so far: Tidy spends a budget of them on large maps. */
    qint64 tests() const { return m_tests; }

    const QList<QList<int>> &neighbours() const { return m_neighbours; }

private:
    bool cross(int a, int b, const QList<QPointF> &centres) const;

    QList<std::pair<int, int>> m_edges;
    QList<QList<int>> m_incident;
    QList<QList<int>> m_neighbours;
    mutable qint64 m_tests = 0;
};

/** Crossings of the journey's transitions where its cards are now. */
qint64 countCrossings(const Journey &journey, const MapMetrics &metrics = {});

} // namespace cxmap
