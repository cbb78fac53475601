#pragma once

#include <QString>

class QPalette;

namespace cxmap {

struct Findings;
struct SegmentDifference;
struct TouchpointFinding;

/**
 * The words of the findings panel: each row's basis line, tooltips and the explanation pane.
 * Every number says what it is and what it rests on (DESIGN §3: "every finding says what it is
 * based on"); the words are core's FindingWording and the formulas explainTouchpoint()'s, so
 * the panel, `cxmap analyze` and the report agree.
 */
namespace FindingText {

/** "Nov 2025" from "2025-11" (monthCaption()); the text itself when it is no month. */
QString monthLabel(const QString &month);

/** "67,226 answers from 5,000 respondents, Nov 2025 – Oct 2026, all segments; …" */
QString basis(const Findings &findings);

/** Second lines of the rows, one per kind of finding. */
QString weakLink(const TouchpointFinding &finding);
QString moment(const TouchpointFinding &finding);
QString onPath(const TouchpointFinding &finding);
QString trend(const TouchpointFinding &finding);
QString segmentDifference(const SegmentDifference &difference);
QString segmentDifferenceWhy(const SegmentDifference &difference, const QString &touchpoint);

/** The touchpoint's explanation as a rich-text tooltip. */
QString tooltip(const TouchpointFinding &finding, const Findings &findings);

/** The explanation pane for a row of section `kind` ("weakest", "moments", …). */
QString detailsHtml(const TouchpointFinding &finding, const Findings &findings, const QString &kind,
                    const QPalette &palette);
QString noteHtml(const QString &note, const QPalette &palette);
/** What the pane shows with nothing selected: the basis and the caveats. */
QString overviewHtml(const Findings &findings, const QPalette &palette);

} // namespace FindingText
} // namespace cxmap
