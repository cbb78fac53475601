#include "distributionbars.h"

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

// 0–20 is the widest scale surveys ask on; one bar per value is readable up to there. The
// chart draws a set per bar with an entry for every bar, so bars cost their square in items.
constexpr qsizetype MostSingleValues = 21;
constexpr int MostBins = 20;
// Slack for bin edges computed in floating point (0.1 × 3 is not 0.3).
constexpr double Slack = 1e-9;

bool isWhole(double value)
{
    return std::floor(value) == value;
}

QString valueText(double value)
{
    return QString::number(value, 'g', 6);
}

QString rangeText(double from, double to)
{
    return from == to ? valueText(from)
                      : QStringLiteral("%1–%2").arg(valueText(from), valueText(to));
}

// 1, 2, 2.5 or 5 times a power of ten, the smallest not below `atLeast` (> 0).
double roundWidth(double atLeast)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(atLeast)));
    for (const double step : {1.0, 2.0, 2.5, 5.0})
        if (step * magnitude >= atLeast * (1.0 - Slack))
            return step * magnitude;
    return 10.0 * magnitude;
}

// A scale of at most 21 whole numbers, every answer one of them.
bool isSmallWholeScale(const MetricScore &metric)
{
    if (!isWhole(metric.min) || !isWhole(metric.max) || metric.max < metric.min ||
        metric.max - metric.min >= double(MostSingleValues))
        return false;
    return std::all_of(metric.distribution.cbegin(), metric.distribution.cend(),
                       [&metric](const std::pair<double, qint64> &answer) {
                           return isWhole(answer.first) && answer.first >= metric.min &&
                                  answer.first <= metric.max;
                       });
}

QList<DistributionBar> everyValueOfTheScale(const MetricScore &metric)
{
    QList<DistributionBar> bars;
    for (double value = metric.min; value <= metric.max; value += 1.0) {
        qint64 count = 0;
        for (const auto &[answered, n] : metric.distribution)
            if (answered == value)
                count = n;
        bars.append({value, value, count, valueText(value)});
    }
    return bars;
}

QList<DistributionBar> everyValueAnswered(const MetricScore &metric)
{
    QList<DistributionBar> bars;
    for (const auto &[value, count] : metric.distribution)
        bars.append({value, value, count, valueText(value)});
    std::sort(bars.begin(), bars.end(),
              [](const DistributionBar &a, const DistributionBar &b) { return a.from < b.from; });
    return bars;
}

QList<DistributionBar> binned(const MetricScore &metric)
{
    // The scale's range, widened to any answer off it so that every answer is counted.
    double low = metric.min;
    double high = metric.max;
    bool wholeValues = true;
    for (const auto &[value, count] : metric.distribution) {
        low = std::min(low, value);
        high = std::max(high, value);
        wholeValues = wholeValues && isWhole(value);
    }
    double width = roundWidth((high - low) / MostBins);
    double start = std::floor(low / width + Slack) * width;
    const auto binsFor = [&] {
        return std::max(1, int(std::ceil((high - start) / width - Slack)));
    };
    while (binsFor() > MostBins) {
        width = roundWidth(width * 1.01);
        start = std::floor(low / width + Slack) * width;
    }
    const int bins = binsFor();

    // Whole answers in whole bins are labelled by the values they hold: 0–4, 5–9 … 95–100.
    const bool whole = wholeValues && isWhole(start) && isWhole(width);
    QList<DistributionBar> bars;
    for (int i = 0; i < bins; ++i) {
        const double from = start + i * width;
        const double to = i == bins - 1 ? (whole ? std::floor(high) : start + bins * width)
                                        : (whole ? from + width - 1.0 : from + width);
        bars.append({from, to, 0, rangeText(from, to)});
    }
    for (const auto &[value, count] : metric.distribution) {
        const int bin = std::clamp(int(std::floor((value - start) / width + Slack)), 0, bins - 1);
        bars[bin].count += count;
    }
    return bars;
}

} // namespace

QList<DistributionBar> distributionBars(const MetricScore &metric)
{
    if (isSmallWholeScale(metric))
        return everyValueOfTheScale(metric);
    if (metric.distribution.size() <= MostSingleValues)
        return everyValueAnswered(metric);
    return binned(metric);
}

} // namespace cxmap
