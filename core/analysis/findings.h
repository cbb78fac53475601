#pragma once

#include "analysisrequest.h"
#include "cardscore.h"
#include "correlation.h"
#include "graphanalysis.h"
#include "hypothesis.h"
#include "model/ids.h"
#include "regression.h"
#include "statistics.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cxmap {

class Journey;
class SqliteDatabase;

/** One metric's answers at a touchpoint, on the metric's own scale, for audit and charts. */
struct MetricScore
{
    QString metric;
    double min = 0.0;
    double max = 0.0;
    /** False for scales where a low answer is the good one (DESIGN §2): normalised inverted. */
    bool higherIsBetter = true;
    MeanSummary raw;
    std::optional<ProportionEstimate> topBox;
    std::optional<NpsEstimate> nps;
    /** Answers per value, lowest value first. */
    QList<std::pair<double, qint64>> distribution;
};

/** The importance–performance matrix, split at the medians (DESIGN §3). */
enum class Quadrant { None, FixFirst, KeepUpTheGoodWork, LowPriority, PossibleOverkill };

/** Everything the analysis knows about one touchpoint. */
struct TouchpointFinding
{
    TouchpointId id;
    QString name;
    QString stage;
    /** Performance 0–100 over the selected metrics, with n and a 95% t interval. */
    MeanSummary performance;
    bool reliable = false;
    EvidenceLevel evidence = EvidenceLevel::None;
    /** Performance rests only on aggregated rows (no respondents behind it). */
    bool aggregatedOnly = false;
    /** Performance rests only on aggregated rows that gave no n: performance.n is 0, never reliable. */
    bool nUnknown = false;
    QList<MetricScore> metrics;

    /** Expectation 0–100: from expectation answers, else the target score. */
    std::optional<double> expectation;
    /** "answers", "target" or empty. */
    QString expectationSource;
    std::optional<double> gap;
    std::optional<double> cxRatio;

    double reach = 0.0;
    double expectedVisits = 0.0;
    /** Respondents who rated it / respondents in scope; nullopt without respondent data. */
    std::optional<double> observedReach;
    bool unavoidable = false;

    std::optional<Correlation> importance;
    std::optional<LinearTrend> trend;
    bool declining = false;

    /** reach × max(0, expectation − performance), or reach × (100 − performance). */
    double impact = 0.0;
    bool momentOfTruth = false;
    bool flaggedByHand = false;
    /** Importance significantly above zero and in the top quartile, whatever the hand flag. */
    bool momentOfTruthByData = false;
    Quadrant quadrant = Quadrant::None;
};

/** A difference between two segments at a touchpoint that Welch's test calls real at 95%. */
struct SegmentDifference
{
    TouchpointId touchpoint;
    QString segmentA;
    QString segmentB;
    MeanSummary a;
    MeanSummary b;
    WelchTest test;
};

/** What the data says about the journey, with what it is based on (DESIGN §3). */
struct Findings
{
    AnalysisRequest request;
    /** Answers and respondents in scope; first and last month ("2025-11"). */
    qint64 answers = 0;
    qint64 respondents = 0;
    QString firstMonth;
    QString lastMonth;
    /** The journey-level metric behind importance; empty without outcome answers. */
    QString outcomeMetric;
    /** Chosen by the user (the journey's property or --outcome), else the stable default. */
    bool outcomeChosen = false;
    QStringList metrics;

    /** In map order. */
    QList<TouchpointFinding> touchpoints;
    /** Highest impact first; unavoidable weak touchpoints before the others. */
    QList<TouchpointId> weakestLinks;
    /** Most important first; flagged-by-hand ones without data last. */
    QList<TouchpointId> momentsOfTruth;
    JourneyPath weakestPath;
    JourneyPath bestPath;
    GraphStructure structure;
    QList<SegmentDifference> segmentDifferences;
    /** Caveats, in words: thin data, aggregated rows that cannot feed driver analysis… */
    QStringList notes;

    const TouchpointFinding *find(TouchpointId id) const;
    /**
     * The card badges the renderer draws: performance for the colour, and with exactly one
     * metric selected the score on that metric's own scale (scaleValueText).
     */
    QHash<TouchpointId, CardScore> cardScores() const;
    /** The one metric the badges show on its own scale, or empty (they show performance). */
    QString badgeMetric() const;
};

/**
 * Runs the whole analysis: scores in SQL, the graph on a snapshot, importance, trends and
 * segment tests. Takes a while on large data: call it off the GUI thread (the database
 * connection must not be used by another thread meanwhile) or use the cache.
 * Throws SqliteError on a database failure and DocumentError for a request that names an
 * unknown segment or metric.
 */
Findings computeFindings(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request);

/**
 * Only the scores (performance, intervals, expectation and gap, evidence) of every touchpoint:
 * the part of the analysis that colours the map, without graph, importance or trends.
 */
Findings computeScores(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request);

/** A metric's score as people know it: "+12" (NPS), "82%" (CSAT top-2-box), "4.1" (a mean). */
QString scaleValueText(const MetricScore &score);
/** What scaleValueText() reports for a metric, in words: "NPS, −100 to +100 (…)". */
QString scaleDescription(const QString &metric, double min, double max, std::optional<double> topBoxFrom);

/** "2026-03" of a month index (year * 12 + month − 1). */
QString monthName(qint64 monthIndex);

} // namespace cxmap
