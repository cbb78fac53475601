#include "explanation.h"

#include <QCoreApplication>

#include "findings.h"

namespace cxmap {

namespace {

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100.0));
}

QString signedNumber(double value, int decimals = 0)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value, decimals);
}

QString evidenceReason(const TouchpointFinding &f)
{
    switch (f.evidence) {
    case EvidenceLevel::Solid:
        return QCoreApplication::translate("cxmap::Explanation", "solid: a reliable score from respondent-level answers, the newest within six months of the latest data");
    case EvidenceLevel::Thin:
        if (f.nUnknown)
            return QCoreApplication::translate("cxmap::Explanation", "thin: only published figures that do not say how many answered (n unknown)");
        if (!f.reliable)
            return QCoreApplication::translate("cxmap::Explanation", "thin: the score is not reliable yet");
        if (f.aggregatedOnly)
            return QCoreApplication::translate("cxmap::Explanation", "thin: only aggregated figures, no respondent-level answers");
        return QCoreApplication::translate("cxmap::Explanation", "thin: no answers in the six months before the latest data");
    case EvidenceLevel::None:
        break;
    }
    return QCoreApplication::translate("cxmap::Explanation", "none: no answers");
}

} // namespace

QStringList explainTouchpoint(const TouchpointFinding &f, const Findings &findings)
{
    QStringList lines;
    const MeanSummary &p = f.performance;
    if (p.n == 0) {
        lines << QCoreApplication::translate("cxmap::Explanation", "No answers for %1 in this selection.").arg(f.name);
    } else {
        lines << QStringLiteral("Performance %1 (95% t interval %2–%3) is the mean of %4 answers (%5) on 0–100, each answer "
                                "normalised as 100 × (value − scale minimum) / (scale maximum − scale minimum), inverted "
                                "where lower is better.")
                     .arg(number(p.mean), number(p.ciLow), number(p.ciHigh))
                     .arg(p.n)
                     .arg(findings.metrics.join(QStringLiteral(", ")));
        if (f.reliable)
            lines << QCoreApplication::translate("cxmap::Explanation", "Reliable: n = %1 ≥ 30 and the interval is ±%2, within ±10.").arg(p.n).arg(number(p.halfWidth()));
        else if (p.n < 30)
            lines << QCoreApplication::translate("cxmap::Explanation", "Unreliable: n = %1, fewer than 30 answers.").arg(p.n);
        else
            lines << QCoreApplication::translate("cxmap::Explanation", "Unreliable: the interval is ±%1, wider than ±10.").arg(number(p.halfWidth()));
        if (p.approximate)
            lines << QCoreApplication::translate("cxmap::Explanation", "The interval is approximate: some aggregated rows came without a standard deviation.");
    }
    for (const MetricScore &m : f.metrics) {
        QStringList counts;
        for (const auto &[value, count] : m.distribution)
            counts << QStringLiteral("%1: %2").arg(value).arg(count);
        QString line = QCoreApplication::translate("cxmap::Explanation", "%1 (scale %2–%3): mean %4 of %5 answers; answers per value %6.")
                           .arg(m.metric).arg(m.min).arg(m.max).arg(number(m.raw.mean, 2)).arg(m.raw.n).arg(counts.join(QStringLiteral(", ")));
        if (m.topBox && m.topBox->n > 0)
            line += QCoreApplication::translate("cxmap::Explanation", " Top box %1 (Wilson 95% interval %2–%3).")
                        .arg(percent(m.topBox->proportion), percent(m.topBox->ciLow), percent(m.topBox->ciHigh));
        if (m.nps && m.nps->n > 0)
            line += QCoreApplication::translate("cxmap::Explanation", " NPS %1 = % promoters (9–10) − % detractors (0–6), adjusted-Wald 95% interval %2 to %3.")
                        .arg(signedNumber(m.nps->score), signedNumber(m.nps->ciLow), signedNumber(m.nps->ciHigh));
        lines << line;
    }
    if (f.expectation) {
        lines << (f.expectationSource == QLatin1String("target")
                      ? QCoreApplication::translate("cxmap::Explanation", "Expectation %1 is the touchpoint's target (no expectation answers).").arg(number(*f.expectation))
                      : QCoreApplication::translate("cxmap::Explanation", "Expectation %1 is the mean of the expectation answers on 0–100.").arg(number(*f.expectation)));
        if (f.gap)
            lines << QCoreApplication::translate("cxmap::Explanation", "Gap %1 = performance − expectation.").arg(signedNumber(*f.gap, 1));
        if (f.cxRatio)
            lines << QCoreApplication::translate("cxmap::Explanation", "CX ratio %1 = performance / expectation.").arg(number(*f.cxRatio, 2));
    }
    QString reach = QStringLiteral("Reach %1: the chance a customer passes it at least once, from the transition shares "
                                   "(customers start equally at the entries; loops solved exactly).")
                        .arg(number(f.reach, 2));
    if (f.observedReach)
        reach += QCoreApplication::translate("cxmap::Explanation", " Observed: %1 of %2 respondents rated it.").arg(percent(*f.observedReach)).arg(findings.respondents);
    lines << reach;
    if (f.unavoidable)
        lines << QCoreApplication::translate("cxmap::Explanation", "Unavoidable: every path from an entry to an exit passes it.");
    if (f.impact > 0)
        lines << QCoreApplication::translate("cxmap::Explanation", "Impact %1 = reach × %2.")
                     .arg(number(f.impact), f.expectation ? QCoreApplication::translate("cxmap::Explanation", "(expectation − performance)") : QCoreApplication::translate("cxmap::Explanation", "(100 − performance)"));
    if (f.importance && f.importance->valid)
        lines << QStringLiteral("Importance %1: %2 correlation between respondents' scores here and their %3 answers, "
                                "95% Fisher-z interval %4–%5, n = %6.")
                     .arg(number(f.importance->r, 2), findings.request.spearman ? QStringLiteral("Spearman") : QStringLiteral("Pearson"),
                          findings.outcomeMetric, number(f.importance->ciLow, 2), number(f.importance->ciHigh, 2))
                     .arg(f.importance->n);
    if (f.momentOfTruth)
        lines << (f.flaggedByHand && !(f.importance && f.importance->valid)
                      ? QCoreApplication::translate("cxmap::Explanation", "Moment of truth: flagged by hand.")
                      : QCoreApplication::translate("cxmap::Explanation", "Moment of truth: importance significantly above zero and in the top quartile%1.")
                            .arg(f.flaggedByHand ? QCoreApplication::translate("cxmap::Explanation", ", and flagged by hand") : QString()));
    if (f.trend && f.trend->valid)
        lines << QCoreApplication::translate("cxmap::Explanation", "Trend %1 points a month (95% interval %2 to %3) over %4 months%5.")
                     .arg(signedNumber(f.trend->slope, 2), signedNumber(f.trend->ciLow, 2), signedNumber(f.trend->ciHigh, 2))
                     .arg(f.trend->points)
                     .arg(f.declining ? QCoreApplication::translate("cxmap::Explanation", ": declining") : QString());
    lines << QCoreApplication::translate("cxmap::Explanation", "Evidence %1.").arg(evidenceReason(f));
    return lines;
}

} // namespace cxmap
