#pragma once

#include <QString>

namespace cxmap {

struct Findings;
struct SegmentDifference;
struct TouchpointFinding;

/**
 * The words of the findings, in one place: the findings panel, `cxmap analyze` and the report
 * say the same thing the same way (DESIGN §9: "one wording in core"). Every number says what it
 * is and what it rests on (DESIGN §3); the per-number formulas are explainTouchpoint()'s.
 * Numbers use the locale's separators and a typographic minus.
 */
namespace FindingWording {

/** Which finding a sentence explains a touchpoint as. */
enum class Kind { WeakestLink, MomentOfTruth, WeakestPath, BestPath, Unavoidable, Declining };

/** "−2.4": locale digits, typographic minus. */
QString number(double value, int decimals = 1);
/** "+2.4" for positive values. */
QString signedNumber(double value, int decimals = 1);
/** "7,193". */
QString count(qint64 n);
/** "[32.1 – 35.2]". */
QString interval(double low, double high, int decimals = 1);
/** "±0.5". */
QString plusMinus(double halfWidth, int decimals = 1);
/** "33.7 ±0.5 n 7,193", "· unreliable" when it is; "no answers" without any. */
QString performance(const TouchpointFinding &finding);

/** "67,226 answers from 5,000 respondents, Nov 2025 – Oct 2026, all segments. Performance from …" */
QString basis(const Findings &findings);

/** The second line of a finding's row, one per kind of finding. */
QString weakLink(const TouchpointFinding &finding);
QString moment(const TouchpointFinding &finding);
QString onPath(const TouchpointFinding &finding);
QString trend(const TouchpointFinding &finding);
QString segmentDifference(const SegmentDifference &difference);
/** Welch's test of a segment difference in one sentence. */
QString segmentDifferenceWhy(const SegmentDifference &difference, const QString &touchpoint);

/** Why the touchpoint is a finding of `kind`, in one sentence or two; empty when it is not. */
QString why(const TouchpointFinding &finding, const Findings &findings, Kind kind);

} // namespace FindingWording
} // namespace cxmap
