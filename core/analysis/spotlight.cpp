#include "spotlight.h"

#include <QCoreApplication>

#include "findings.h"
#include "model/journey.h"

#include <algorithm>

namespace cxmap {

QList<TouchpointId> spotlitWeakestLinks(const Findings &findings, int limit, double minShare)
{
    double largest = 0.0;
    for (TouchpointId id : findings.weakestLinks)
        if (const TouchpointFinding *finding = findings.find(id))
            largest = std::max(largest, finding->impact);
    QList<TouchpointId> spotlit;
    if (largest <= 0.0)
        return spotlit;
    for (TouchpointId id : findings.weakestLinks) {
        if (spotlit.size() >= limit)
            break;
        const TouchpointFinding *finding = findings.find(id);
        if (finding && finding->impact >= minShare * largest)
            spotlit.append(id);
    }
    return spotlit;
}

Spotlight makeSpotlight(SpotlightKind kind, const Findings &findings, const Journey &journey)
{
    Spotlight spotlight;
    spotlight.kind = kind;
    switch (kind) {
    case SpotlightKind::None:
        break;
    case SpotlightKind::WeakestLinks: {
        const QList<TouchpointId> ids = spotlitWeakestLinks(findings);
        for (qsizetype i = 0; i < ids.size(); ++i)
            spotlight.marks.insert(ids.at(i), SpotlightMark{int(i) + 1, false, false});
        break;
    }
    case SpotlightKind::MomentsOfTruth:
        // Found by the data (in the findings' order), then flagged by hand. The hand flag is read
        // from the map as it is now: flagging a card marks it before the analysis has seen it.
        for (TouchpointId id : findings.momentsOfTruth) {
            const TouchpointFinding *finding = findings.find(id);
            const Touchpoint *touchpoint = journey.touchpoints().find(id);
            SpotlightMark mark;
            mark.computed = finding && finding->momentOfTruthByData;
            mark.byHand = touchpoint && touchpoint->momentOfTruth;
            if (mark.computed || mark.byHand)
                spotlight.marks.insert(id, mark);
        }
        for (const Touchpoint &touchpoint : journey.touchpoints())
            if (touchpoint.momentOfTruth && !spotlight.marks.contains(touchpoint.id))
                spotlight.marks.insert(touchpoint.id, SpotlightMark{0, false, true});
        break;
    case SpotlightKind::Unavoidable:
        for (TouchpointId id : findings.structure.unavoidable)
            spotlight.marks.insert(id, SpotlightMark{});
        break;
    case SpotlightKind::WeakestPath: {
        const QList<TouchpointId> &path = findings.weakestPath.touchpoints;
        for (qsizetype i = 0; i < path.size(); ++i)
            spotlight.marks.insert(path.at(i), SpotlightMark{int(i) + 1, false, false});
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            for (const Transition &transition : journey.transitions())
                if (transition.from == path.at(i) && transition.to == path.at(i + 1))
                    spotlight.transitions.insert(transition.id);
        break;
    }
    }
    // Touchpoints that left the map since the findings were computed have no card to mark.
    for (auto it = spotlight.marks.begin(); it != spotlight.marks.end();)
        it = journey.touchpoints().contains(it.key()) ? std::next(it) : spotlight.marks.erase(it);
    return spotlight;
}

QString spotlightName(SpotlightKind kind)
{
    switch (kind) {
    case SpotlightKind::WeakestLinks:
        return QCoreApplication::translate("cxmap::Spotlight", "Weakest links");
    case SpotlightKind::MomentsOfTruth:
        return QCoreApplication::translate("cxmap::Spotlight", "Moments of truth");
    case SpotlightKind::Unavoidable:
        return QCoreApplication::translate("cxmap::Spotlight", "Unavoidable");
    case SpotlightKind::WeakestPath:
        return QCoreApplication::translate("cxmap::Spotlight", "Weakest path");
    case SpotlightKind::None:
        break;
    }
    return QCoreApplication::translate("cxmap::Spotlight", "No spotlight");
}

} // namespace cxmap
