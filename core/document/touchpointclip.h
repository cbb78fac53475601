#pragma once

#include "model/journey.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace cxmap {

class JourneyDocument;

/**
 * Touchpoints with the transitions among them, as cut or copied: on the clipboard as a small
 * cxmap JSON map (interchange/cxmapjsonformat.h) under MimeType, so a paste keeps every property
 * and the links between the cards. The stage and lane names travel along, so a paste into
 * another map finds the same cells.
 */
struct TouchpointClip
{
    static constexpr const char *MimeType = "application/x-cxmap-touchpoints+json";
    /** A clipboard is input from anywhere: larger clips are refused. */
    static constexpr qsizetype MaximumTouchpoints = 20000;

    QList<Touchpoint> touchpoints;
    /** Only transitions whose both ends are in the clip. */
    QList<Transition> transitions;
    QHash<StageId, QString> stageNames;
    QHash<LaneId, QString> laneNames;

    /** The touchpoints with these IDs and the transitions among them. */
    static TouchpointClip fromJourney(const Journey &journey, const QList<TouchpointId> &ids);

    QByteArray toJson() const;
    /** Nullopt when the data is not a map with touchpoints that this version reads. */
    static std::optional<TouchpointClip> fromJson(const QByteArray &json);
    /** The names, one per line, for pasting into other programs. */
    QString toPlainText() const;

    /**
     * Copies of the clip's objects for `document` with new IDs. Each card keeps its stage and
     * lane when the document has them, else takes the stage and lane of the same name, else the
     * fallback cell. Positions are kept; the caller moves cards that would overlap.
     */
    std::pair<QList<Touchpoint>, QList<Transition>>
    instantiate(JourneyDocument *document, StageId fallbackStage, LaneId fallbackLane) const;
};

} // namespace cxmap
