#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * cxmap's own text form of a map: the whole map (stages, lanes, touchpoints with every property
 * and their positions, transitions, metrics, segments, workshop input) as JSON that diffs well —
 * keys in a fixed order, one stage, lane, touchpoint, transition, metric or segment per line.
 * Survey answers are not part of it: they stay in the .cxmap.
 *
 * ```
 * {
 *   "format": "cxmap",
 *   "version": 1,
 *   "name": "Switching mobile contract",
 *   "description": "…",
 *   "next_id": 61,
 *   "stages": [
 *     {"id": 1, "name": "Discover", "width": 300},
 *   "lanes": [
 *     {"id": 8, "name": "Web", "height": 150},
 *   "touchpoints": [
 *     {"id": 15, "stage": 1, "lane": 8, "name": "Search & website", "kind": "direct", "owner":
 * "Digital", "target": 70, "moment_of_truth": false, "position": [50, 43], "description": "…",
 * "notes": ""}, "transitions": [
 *     {"id": 40, "from": 15, "to": 19, "share": 0.55, "label": ""},
 *   "metrics": [
 *     {"name": "csat", "min": 1, "max": 5, "higher_is_better": true, "top_box_from": 4,
 * "description": "…"}, "segments": [
 *     {"name": "Business"},
 *   "workshop": {…}
 * }
 * ```
 *
 * Written by hand, a file may leave out IDs (they are given in document order), refer to stages,
 * lanes and touchpoints by name instead of ID (ignoring case), and leave out positions (those
 * cards are placed; a map without any gets a tidy layout). `workshop` holds workshop input
 * (votes and notes by session, DESIGN §4); until the document keeps workshop tables it is
 * carried from JSON to JSON as it is and reported wherever else it cannot be kept.
 */
class CxmapJsonFormat : public TextJourneyFormat
{
public:
    static constexpr int Version = 1;

    QString id() const override { return QStringLiteral("json"); }
    QString name() const override { return QStringLiteral("cxmap JSON"); }
    QStringList extensions() const override { return {QStringLiteral("json")}; }

    JourneyBundle parse(const QByteArray &data, const QString &name,
                        FormatReport &report) const override;
    QByteArray serialize(const JourneyBundle &bundle, FormatReport &report) const override;

    /**
     * parse() that passes over the given keys of items without a word: the demo document keeps
     * its sample profiles under "sample".
     */
    static JourneyBundle parseMap(const QByteArray &data, const QString &name, FormatReport &report,
                                  const QStringList &extensionKeys = {});
    /** serialize() of the map alone, without metrics and segments (the clipboard's form). */
    static QByteArray mapOnly(const Journey &journey);
};

} // namespace cxmap
