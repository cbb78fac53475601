#include "findingwording.h"

#include "basiscaption.h"
#include "findings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cxmap::FindingWording {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::FindingWording", text);
}

} // namespace

// Typographic minus: "−2.4" reads as a number, "-2.4" as a dash.
QString number(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
}

QString signedNumber(double value, int decimals)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value, decimals);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString interval(double low, double high, int decimals)
{
    return QStringLiteral("[%1 – %2]").arg(number(low, decimals), number(high, decimals));
}

QString plusMinus(double halfWidth, int decimals)
{
    return QStringLiteral("±%1").arg(number(halfWidth, decimals));
}

QString performance(const TouchpointFinding &t)
{
    const MeanSummary &p = t.performance;
    if (p.n == 0)
        return tr("no answers");
    QString text = number(p.mean);
    if (p.hasInterval)
        text += QStringLiteral(" ") + plusMinus(p.halfWidth());
    text += QStringLiteral(" n %1").arg(count(p.n));
    if (!t.reliable)
        text += QStringLiteral(" · ") + tr("unreliable");
    return text;
}

QString basis(const Findings &f)
{
    if (f.answers == 0 && f.touchpoints.isEmpty())
        return tr("No findings yet.");
    if (f.answers == 0)
        return tr("No answers in this selection: reach and unavoidable touchpoints come from the "
                  "map alone.");
    QString text = tr("%1 answers from %2 respondents").arg(count(f.answers), count(f.respondents));
    if (!f.firstMonth.isEmpty())
        text += QStringLiteral(", %1 – %2").arg(monthCaption(f.firstMonth), monthCaption(f.lastMonth));
    text += QStringLiteral(", ") + (f.request.segment.isEmpty()
                                        ? tr("all segments")
                                        : tr("segment %1").arg(f.request.segment));
    text +=
        QStringLiteral(". ") + tr("Performance from %1").arg(f.metrics.join(QStringLiteral(", ")));
    if (!f.outcomeMetric.isEmpty())
        text += QStringLiteral("; ") + tr("importance against %1").arg(f.outcomeMetric);
    return text + QLatin1Char('.');
}

QString weakLink(const TouchpointFinding &t)
{
    QString text =
        tr("impact %1 · %2 · reach %3").arg(number(t.impact), performance(t), number(t.reach, 2));
    if (t.expectation)
        text += QStringLiteral(" · ") + tr("expected %1").arg(number(*t.expectation));
    return text;
}

QString moment(const TouchpointFinding &t)
{
    if (!t.importance || !t.importance->valid)
        return tr("flagged by hand · no importance measured · %1").arg(performance(t));
    return tr("r %1 %2 n %3 · performance %4")
        .arg(number(t.importance->r, 2), interval(t.importance->ciLow, t.importance->ciHigh, 2),
             count(t.importance->n), t.performance.n > 0 ? number(t.performance.mean) : tr("none"));
}

QString onPath(const TouchpointFinding &t)
{
    return QStringLiteral("%1 · %2").arg(t.stage, performance(t));
}

QString trend(const TouchpointFinding &t)
{
    if (!t.trend || !t.trend->valid)
        return performance(t);
    return tr("%1 points a month %2 over %3 months · now %4")
        .arg(signedNumber(t.trend->slope, 2), interval(t.trend->ciLow, t.trend->ciHigh, 2))
        .arg(t.trend->points)
        .arg(number(t.performance.mean));
}

QString segmentDifference(const SegmentDifference &d)
{
    return tr("%1 vs %2 · difference %3 %4 · n %5 / %6")
        .arg(number(d.a.mean), number(d.b.mean), signedNumber(d.test.difference),
             plusMinus((d.test.ciHigh - d.test.ciLow) / 2.0), count(d.a.n), count(d.b.n));
}

QString segmentDifferenceWhy(const SegmentDifference &d, const QString &touchpoint)
{
    return tr("At %1, %2 scores %3 (n %4) and %5 scores %6 (n %7). Welch's t-test: difference %8, "
              "95% interval %9, "
              "t = %10 with %11 df, p = %12 — real at 95%.")
        .arg(touchpoint, d.segmentA, number(d.a.mean), count(d.a.n), d.segmentB, number(d.b.mean),
             count(d.b.n), signedNumber(d.test.difference), interval(d.test.ciLow, d.test.ciHigh))
        .arg(number(d.test.t, 2), number(d.test.df, 0), QString::number(d.test.pValue, 'g', 2));
}

QString why(const TouchpointFinding &t, const Findings &f, Kind kind)
{
    switch (kind) {
    case Kind::WeakestLink: {
        const qsizetype rank = f.weakestLinks.indexOf(t.id) + 1;
        QString text =
            tr("Weakest link %1 of %2: impact %3 = reach %4 × shortfall %5 against %6.")
                .arg(rank)
                .arg(f.weakestLinks.size())
                .arg(number(t.impact), number(t.reach, 2),
                     number(t.expectation ? std::max(0.0, *t.expectation - t.performance.mean)
                                          : 100.0 - t.performance.mean),
                     t.expectation ? tr("its expectation") : tr("a perfect 100"));
        if (t.unavoidable)
            text += QStringLiteral(" ") +
                    tr("Every customer passes it, so it is ranked before the avoidable ones.");
        return text;
    }
    case Kind::MomentOfTruth:
        if (!t.importance || !t.importance->valid || !isSignificantlyPositive(*t.importance))
            return tr("A moment of truth because it is flagged by hand; the data does not single "
                      "it out.");
        return tr("A moment of truth: customers' experience here goes with their %1 answers (r %2, "
                  "95% interval %3, n %4), "
                  "significantly above zero and in the top quartile of all touchpoints.%5")
            .arg(f.outcomeMetric, number(t.importance->r, 2),
                 interval(t.importance->ciLow, t.importance->ciHigh, 2))
            .arg(count(t.importance->n))
            .arg(t.flaggedByHand ? QStringLiteral(" ") + tr("It is also flagged by hand.")
                                 : QString());
    case Kind::WeakestPath:
        return tr("On the weakest path: among entry-to-exit paths, the one whose lowest reliable "
                  "score is lowest (%1).")
            .arg(f.weakestPath.minimum ? number(*f.weakestPath.minimum) : QStringLiteral("–"));
    case Kind::BestPath:
        return tr("On the best path: the entry-to-exit path whose lowest reliable score is highest "
                  "(%1).")
            .arg(f.bestPath.minimum ? number(*f.bestPath.minimum) : QStringLiteral("–"));
    case Kind::Unavoidable:
        return tr("Unavoidable: every path from an entry to an exit passes it, so every customer "
                  "meets it.");
    case Kind::Declining:
        if (!t.trend)
            return {};
        return tr("Declining: the least-squares slope of its monthly means is %1 points a month, "
                  "and its whole 95% "
                  "interval %2 lies below zero.")
            .arg(signedNumber(t.trend->slope, 2), interval(t.trend->ciLow, t.trend->ciHigh, 2));
    }
    return {};
}

} // namespace cxmap::FindingWording
