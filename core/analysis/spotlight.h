#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace cxmap {

class Journey;
struct Findings;

/** Which findings the map spotlights: one kind at a time (DESIGN §3 "Spotlights"). */
enum class SpotlightKind { None, WeakestLinks, MomentsOfTruth, Unavoidable, WeakestPath };

/** A spotlit card's mark. Each kind has its own shape, never a score colour. */
struct SpotlightMark
{
    /** Weakest links: the rank (1 = weakest); weakest path: the position along it (1 = entry). */
    int rank = 0;
    /** Moments of truth: found by the data (importance), flagged by hand, or both. */
    bool computed = false;
    bool byHand = false;

    friend bool operator==(const SpotlightMark &, const SpotlightMark &) = default;
};

/** What the map shows under the current spotlight: the marked cards and the arrows lit with them. */
struct Spotlight
{
    SpotlightKind kind = SpotlightKind::None;
    QHash<TouchpointId, SpotlightMark> marks;
    /** Arrows that are part of the finding (the weakest path's steps). */
    QSet<TransitionId> transitions;

    bool isActive() const { return kind != SpotlightKind::None; }
    bool contains(TouchpointId id) const { return marks.contains(id); }
    friend bool operator==(const Spotlight &, const Spotlight &) = default;
};

/** Default number of weakest links spotlit, and the share of the largest impact they need. */
constexpr int SpotlitWeakestLinks = 5;
constexpr double SpotlitImpactShare = 0.1;

/**
 * The weakest links worth a spotlight, in the findings' ranking: the first `limit` of those
 * whose impact is at least `minShare` of the largest. The findings panel still ranks them all.
 */
QList<TouchpointId> spotlitWeakestLinks(const Findings &findings, int limit = SpotlitWeakestLinks,
                                        double minShare = SpotlitImpactShare);

/** The spotlight of `kind` on these findings; the journey supplies hand flags and path arrows. */
Spotlight makeSpotlight(SpotlightKind kind, const Findings &findings, const Journey &journey);

/** "Weakest links", "Moments of truth"… for menus, captions and legends. */
QString spotlightName(SpotlightKind kind);

} // namespace cxmap

Q_DECLARE_METATYPE(cxmap::SpotlightKind)
