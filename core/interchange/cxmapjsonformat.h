#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * cxmap's own text form of a map: the whole map (the outcome metric, stages, lanes, touchpoints
 * with every property and their positions, transitions, workshop input, metrics, segments) as
 * JSON that diffs well: keys in a fixed order, one stage, lane, touchpoint, transition, session,
 * vote, note, metric or segment per line. Survey answers are not part of it: they stay in the
 * .cxmap. The README shows a whole file; its lists hold lines like these:
 *
 *     {"id": 1, "name": "Discover", "width": 300}                          (stages; lanes: height)
 *     {"id": 15, "stage": 1, "lane": 8, "name": "Search & website", "kind": "direct",
 *      "owner": "Digital", "target": 70, "moment_of_truth": false, "position": [50, 43],
 *      "description": "…", "notes": ""}                                   (touchpoints, one line)
 *     {"id": 40, "from": 15, "to": 19, "share": 0.55, "label": ""}        (transitions)
 *     {"id": 91, "session": 90, "touchpoint": 15, "created": "2026-01-15T09:20:00Z"}
 *                                                                          (workshop.votes)
 *
 * Written by hand, a file may leave out IDs (they are given in document order), refer to stages,
 * lanes and touchpoints by name instead of ID (ignoring case), and leave out positions (those
 * cards are placed; a map without any gets a tidy layout). `workshop` is the workshop input of
 * the map (DESIGN §4: sessions, dot votes and notes on touchpoints, with their dates), written
 * only when there is some.
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
