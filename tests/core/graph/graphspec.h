#pragma once

// A journey written as text for the graph tests: "a>b a>c:0.7 d" declares touchpoints in order of
// first mention (so "a" is node 0) and transitions with an optional share.
#include "model/journey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxmap::test {

struct Graph
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    QHash<QString, TouchpointId> ids;
    QHash<TouchpointId, QString> names;

    TouchpointId node(const QString &name)
    {
        if (const auto it = ids.constFind(name); it != ids.cend())
            return *it;
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = journey.stages().at(0).id;
        touchpoint.lane = journey.lanes().at(0).id;
        touchpoint.name = name;
        journey.touchpoints().append(touchpoint);
        ids.insert(name, touchpoint.id);
        names.insert(touchpoint.id, name);
        return touchpoint.id;
    }

    TransitionId link(TouchpointId a, TouchpointId b, std::optional<double> share = {})
    {
        const TransitionId id(journey.allocateId());
        journey.transitions().append(Transition{id, a, b, share, {}});
        return id;
    }

    TouchpointId operator[](const char *name) const { return ids.value(QString::fromLatin1(name)); }

    QString namesOf(const QList<TouchpointId> &list) const
    {
        QStringList result;
        for (TouchpointId id : list)
            result.append(names.value(id));
        return result.join(QLatin1Char(','));
    }
};

inline Graph parse(const QString &spec)
{
    Graph graph;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList shareSplit = token.split(QLatin1Char(':'));
        const QStringList ends = shareSplit.front().split(QLatin1Char('>'));
        if (ends.size() == 1) {
            graph.node(ends.front());
            continue;
        }
        std::optional<double> share;
        if (shareSplit.size() == 2)
            share = shareSplit.back().toDouble();
        const TouchpointId from = graph.node(ends.at(0)); // in order of mention
        const TouchpointId to = graph.node(ends.at(1));
        graph.link(from, to, share);
    }
    return graph;
}

} // namespace cxmap::test
