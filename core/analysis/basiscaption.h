#pragma once

#include <QString>

namespace cxmap {

struct Findings;

/**
 * The one line that says what a map shows: segment, period, metric, outcome and the answers
 * behind it ("Segment: all · Period: Nov 2025 – Oct 2026 · Metric: all, performance 0–100 ·
 * Outcome: csat (default) · 67,226 answers from 5,000 respondents"). The canvas, the
 * presentation and the report print it under the map, so a screenshot or a page always says it.
 */
QString filterCaption(const Findings &findings);

/** With one metric selected, what the card badges show ("badges: NPS, −100 to +100"); else empty. */
QString badgeNote(const Findings &findings);

/** "Nov 2025" for "2025-11"; the text itself when it is not a month. */
QString monthCaption(const QString &month);

} // namespace cxmap
