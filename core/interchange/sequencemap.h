#pragma once

#include "journeyformat.h"

#include <QFlags>
#include <QHash>

namespace cxmap {

/**
 * What the formats that tell a journey as one sequence of steps (CJML, Mermaid) share: a 1–5
 * rating scale, the order touchpoints are written in, building a map from a sequence, and the
 * report of what such a format cannot keep.
 */

/** A 1–5 rating (CJML's experience rating, Mermaid's score) as a 0–100 score, and back. */
double scoreFromRating(double rating);
double ratingFromScore(double score);

/** The map's touchpoints in the order a sequence format writes them: stage by stage, then lane,
 * then top to bottom. */
QList<const Touchpoint *> sequenceOrder(const Journey &journey);

/** The parts of a map a format may be unable to hold, for reportUnkept(). */
enum class MapPart {
    None = 0,
    Layout = 1 << 0,
    Transitions = 1 << 1,
    Owners = 1 << 2,
    Notes = 1 << 3,
    Descriptions = 1 << 4,
    Kinds = 1 << 5,
    MomentsOfTruth = 1 << 6,
    Targets = 1 << 7,
    Metrics = 1 << 8,
    Segments = 1 << 9,
    Workshop = 1 << 10,
    Outcome = 1 << 11,
};
Q_DECLARE_FLAGS(MapParts, MapPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(MapParts)

/**
 * Lists in `report` what of `bundle` is not among the parts `kept`, counted ("the owners of 12
 * touchpoints"); parts the map does not use are not mentioned. Answers are always listed: only a
 * .cxmap holds them.
 */
void reportUnkept(const JourneyBundle &bundle, MapParts kept, FormatReport &report);

/** "1 touchpoint", "12 touchpoints". */
QString countOf(qsizetype count, const QString &singular, const QString &plural);

/**
 * Builds a map from a sequence of steps: stages and lanes found or appended by name (ignoring
 * case), touchpoints appended in order with a transition from each to the next, then a tidy
 * layout. IDs are given in order of creation.
 */
class SequenceBuilder
{
public:
    StageId stage(const QString &name);
    LaneId lane(const QString &name);
    /** Appends the touchpoint (its ID is given here) and links the one before it to it. */
    TouchpointId append(Touchpoint touchpoint);
    /** Starts a new sequence: the next touchpoint is not linked to the last one. */
    void breakSequence() { m_previous = {}; }
    Journey &journey() { return m_journey; }
    /** The map, laid out tidily. */
    Journey finish();

private:
    Journey m_journey;
    QHash<QString, StageId> m_stages;
    QHash<QString, LaneId> m_lanes;
    TouchpointId m_previous;
};

} // namespace cxmap
