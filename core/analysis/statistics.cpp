#include "statistics.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxmap {

namespace {

bool isValidConfidence(double confidence)
{
    return confidence > 0.0 && confidence < 1.0;
}

// Fills sd and the t interval of a summary whose n and mean are set.
void setInterval(MeanSummary &summary, double sumOfSquares)
{
    if (summary.n < 2 || !isValidConfidence(summary.confidence))
        return;
    const auto n = static_cast<double>(summary.n);
    summary.sd = std::sqrt(sumOfSquares / (n - 1.0));
    const double halfWidth =
        studentTCriticalValue(summary.confidence, n - 1.0) * summary.sd / std::sqrt(n);
    summary.ciLow = summary.mean - halfWidth;
    summary.ciHigh = summary.mean + halfWidth;
    summary.hasInterval = true;
}

bool hasSpread(const AggregateRow &row)
{
    return row.sd.has_value() && *row.sd >= 0.0 && std::isfinite(*row.sd);
}

} // namespace

double centredSumOfSquares(qint64 n, double sum, double sumSquares)
{
    if (n <= 0)
        return 0.0;
    const auto count = static_cast<double>(n);
    const double centred = sumSquares - sum * (sum / count);
    const double roundingBound =
        4.0 * count * std::numeric_limits<double>::epsilon() * std::abs(sumSquares);
    return centred <= roundingBound ? 0.0 : centred;
}

MeanSummary summarizeMean(const SampleMoments &sample, double confidence)
{
    MeanSummary summary;
    summary.confidence = confidence;
    // Sums that are not finite come from values no scale allows: no summary rather than a NaN.
    if (sample.n <= 0 || !std::isfinite(sample.sum) || !std::isfinite(sample.sumSquares))
        return summary;
    summary.n = sample.n;
    summary.mean = sample.sum / static_cast<double>(sample.n);
    setInterval(summary, centredSumOfSquares(sample.n, sample.sum, sample.sumSquares));
    return summary;
}

MeanSummary combineMeans(const SampleMoments &answers, std::span<const AggregateRow> rows,
                         double confidence)
{
    MeanSummary summary;
    summary.confidence = confidence;

    const bool answersUsable = std::isfinite(answers.sum) && std::isfinite(answers.sumSquares);
    qint64 n = answersUsable ? std::max<qint64>(answers.n, 0) : 0;
    double total = n > 0 ? answers.sum : 0.0;
    for (const AggregateRow &row : rows) {
        if (row.n > 0 && std::isfinite(row.mean)) {
            n += row.n;
            total += static_cast<double>(row.n) * row.mean;
        }
    }
    if (n == 0)
        return summary;
    summary.n = n;
    summary.mean = total / static_cast<double>(n);

    // Total sum of squares = Σ within-row sums of squares + Σ nᵢ(meanᵢ − mean)²; the ANOVA
    // decomposition, exact when every row's within part is known.
    double within = 0.0;
    double withinDf = 0.0;
    double between = 0.0;
    double missingDf = 0.0;
    if (answersUsable && answers.n > 0) {
        const double answersMean = answers.sum / static_cast<double>(answers.n);
        within += centredSumOfSquares(answers.n, answers.sum, answers.sumSquares);
        withinDf += static_cast<double>(answers.n - 1);
        between += static_cast<double>(answers.n) * (answersMean - summary.mean) *
                   (answersMean - summary.mean);
    }
    for (const AggregateRow &row : rows) {
        if (row.n <= 0 || !std::isfinite(row.mean))
            continue;
        const auto rowN = static_cast<double>(row.n);
        between += rowN * (row.mean - summary.mean) * (row.mean - summary.mean);
        if (row.n == 1)
            continue; // no within-row spread to know
        if (hasSpread(row)) {
            within += (rowN - 1.0) * *row.sd * *row.sd;
            withinDf += rowN - 1.0;
        } else {
            missingDf += rowN - 1.0;
        }
    }
    if (missingDf > 0.0) {
        // A row without its sd still contributes its between-row spread; for its within-row
        // part the best available guess is the pooled within-row variance of the others.
        summary.approximate = true;
        if (withinDf == 0.0)
            return summary;
        within += missingDf * within / withinDf;
    }
    setInterval(summary, within + between);
    return summary;
}

ProportionEstimate wilsonInterval(qint64 successes, qint64 n, double confidence)
{
    ProportionEstimate estimate;
    estimate.successes = successes;
    estimate.n = n;
    estimate.confidence = confidence;
    if (n <= 0 || successes < 0 || successes > n || !isValidConfidence(confidence))
        return estimate;

    const auto count = static_cast<double>(n);
    const auto p = static_cast<double>(successes) / count;
    const double z = normalCriticalValue(confidence);
    const double z2 = z * z;
    // Wilson (1927): the p₀ for which |p − p₀| = z √(p₀(1 − p₀)/n), solved for p₀.
    const double denominator = 1.0 + z2 / count;
    const double centre = (p + z2 / (2.0 * count)) / denominator;
    const double halfWidth =
        z / denominator * std::sqrt(p * (1.0 - p) / count + z2 / (4.0 * count * count));
    estimate.proportion = p;
    // At 0 or n successes the bound is exactly 0 or 1; say so instead of leaving rounding.
    estimate.ciLow = successes == 0 ? 0.0 : std::max(0.0, centre - halfWidth);
    estimate.ciHigh = successes == n ? 1.0 : std::min(1.0, centre + halfWidth);
    estimate.valid = true;
    return estimate;
}

NpsEstimate netPromoterScore(const NpsCounts &counts, double confidence)
{
    NpsEstimate estimate;
    estimate.confidence = confidence;
    if (counts.promoters < 0 || counts.passives < 0 || counts.detractors < 0)
        return estimate;
    estimate.n = counts.total();
    if (estimate.n == 0 || !isValidConfidence(confidence))
        return estimate;

    const auto n = static_cast<double>(estimate.n);
    const auto promoters = static_cast<double>(counts.promoters);
    const auto detractors = static_cast<double>(counts.detractors);
    estimate.score = 100.0 * (promoters - detractors) / n;

    // Rocks (2016) adjusted Wald, as given by Sauro & Lewis: n + 3, promoters + ¾,
    // detractors + ¾ (so passives + 3/2). The variance of a difference of two shares of one
    // multinomial sample is (p₊ + p₋ − (p₊ − p₋)²)/n.
    constexpr double AddedAnswers = 3.0;
    constexpr double AddedToEachEnd = 0.75;
    const double adjustedN = n + AddedAnswers;
    const double adjustedPromoters = (promoters + AddedToEachEnd) / adjustedN;
    const double adjustedDetractors = (detractors + AddedToEachEnd) / adjustedN;
    const double centre = adjustedPromoters - adjustedDetractors;
    const double variance = (adjustedPromoters + adjustedDetractors - centre * centre) / adjustedN;
    const double margin = normalCriticalValue(confidence) * std::sqrt(variance);
    estimate.ciLow = 100.0 * std::max(-1.0, centre - margin);
    estimate.ciHigh = 100.0 * std::min(1.0, centre + margin);
    estimate.valid = true;
    return estimate;
}

bool isReliable(qint64 n, double halfWidth)
{
    return n >= ReliableMinimumCount && halfWidth <= ReliableMaximumHalfWidth;
}

bool isReliable(const MeanSummary &summary)
{
    return summary.hasInterval && isReliable(summary.n, summary.halfWidth());
}

bool isReliable(const ProportionEstimate &estimate)
{
    return estimate.valid && isReliable(estimate.n, 100.0 * estimate.halfWidth());
}

bool isReliable(const NpsEstimate &estimate)
{
    return estimate.valid && isReliable(estimate.n, estimate.halfWidth());
}

} // namespace cxmap
