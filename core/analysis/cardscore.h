#pragma once

#include <QString>
#include <QtGlobal>

namespace cxmap {

/** How well a touchpoint's score is backed, computed from n, recency and sources (DESIGN §3). */
enum class EvidenceLevel { None, Thin, Solid };

/**
 * What a card shows of its data: the performance that colours it and ranks it, n, its
 * reliability, and the score as people know it on the selected metric's own scale. Data about a
 * score: the analysis makes it (Findings::cardScores), the renderer only reads it.
 */
struct CardScore
{
    /** 0–100: the colour and every ranking use this, whatever the badge shows. */
    double performance = 0.0;
    qint64 n = 0;
    bool reliable = false;
    EvidenceLevel evidence = EvidenceLevel::None;
    /**
     * The badge's number on the selected metric's own scale ("4.1", "+12", "82%") when exactly
     * one metric is selected; empty shows the performance.
     */
    QString scaleValue{};
    /** Aggregated rows without n behind it: n is a lower bound, written "n ?". */
    bool nUnknown = false;

    /** The badge's number: scaleValue, or the rounded performance. */
    QString badgeValue() const;
    /** "n 7.2k": answers in a few characters, so the badge stays small at any zoom. */
    QString countText() const;
    /** "34 · n 7.2k": what a card says of its score when there is room for one line only. */
    QString badgeText() const { return badgeValue() + QStringLiteral(" · ") + countText(); }

    friend bool operator==(const CardScore &, const CardScore &) = default;
};

/** "7.2k", "412", "1.3M": a count in at most four characters, rounded, never truncated. */
QString compactCount(qint64 count);

/** "solid evidence", "thin evidence", "no evidence". */
QString evidenceText(EvidenceLevel level);

} // namespace cxmap
