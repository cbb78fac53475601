#pragma once

#include "scorequeries.h"

#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace cxmap {

class SqliteDatabase;

/**
 * Everything the whole analysis reads from the answers, gathered in one pass over the table in
 * its key order (DESIGN §4: aggregated inside SQLite, never loaded into memory): the
 * histogram behind every score (ScoreQueries::moments), respondents per touchpoint and in all
 * (observed reach), each respondent's mean experience per touchpoint and mean answer per
 * journey-level metric (importance), experience per touchpoint and segment (segment tests), and
 * the months answered. A filter change in the editor costs one such pass, about what SQLite
 * needs for one GROUP BY over the same answers (bench_scores).
 *
 * The pass is a SQL aggregate of our own (direct-only, so no view or trigger of a file can call
 * it) fed row by row by SQLite, which keeps the rows in SQLite's buffers; what it keeps per row
 * is a few sums in flat arrays and open-addressing maps, bounded by the respondents and
 * touchpoints, not by the answers.
 */
class AnswerScan
{
public:
    /** One pass over the answers in `scope`; `scales` are the document's metrics. */
    AnswerScan(SqliteDatabase &db, const QueryScope &scope, const QList<ScaleInfo> &scales);
    ~AnswerScan();
    AnswerScan(AnswerScan &&) noexcept;
    AnswerScan &operator=(AnswerScan &&) noexcept;

    /** As ScoreQueries::moments(). */
    const QList<MetricMoments> &moments() const { return m_moments; }
    /** As ScoreQueries::respondentsPerTouchpoint(). */
    const QHash<qint64, qint64> &respondentsPerTouchpoint() const { return m_respondentsPerTouchpoint; }
    qint64 respondents() const { return m_respondents; }
    /** As ScoreQueries::outcomePairs(): x the respondent's mean 0–100 experience, y the outcome. */
    QHash<qint64, PairedMoments> outcomePairs(qint64 outcomeMetric) const;
    /** As ScoreQueries::perSegment(). */
    const QHash<qint64, QHash<qint64, SampleMoments>> &perSegment() const { return m_perSegment; }
    /** As ScoreQueries::monthRange(). */
    std::optional<std::pair<qint64, qint64>> monthRange() const { return m_monthRange; }
    /** Answers in scope no import could have stored (see ScoreQueries), left out of the above. */
    qint64 invalidAnswers() const { return m_invalidAnswers; }

    struct Accumulator;

private:
    QList<MetricMoments> m_moments;
    QHash<qint64, qint64> m_respondentsPerTouchpoint;
    qint64 m_respondents = 0;
    QHash<qint64, QHash<qint64, SampleMoments>> m_perSegment;
    std::optional<std::pair<qint64, qint64>> m_monthRange;
    qint64 m_invalidAnswers = 0;
    // (touchpoint, respondent) → Σx, n; (metric, respondent) → Σy, n: for outcomePairs().
    std::unique_ptr<Accumulator> m_sums;
};

} // namespace cxmap
