#include "analyzecommand.h"

#include "output.h"

#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "analysis/findingsjson.h"
#include "analysis/findingwording.h"
#include "model/journey.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCommandLineParser>

namespace cxmap::cli {

namespace {

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString optional(const std::optional<double> &value, int decimals = 1)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QString names(const Findings &findings, const QList<TouchpointId> &ids, const QString &separator)
{
    QStringList list;
    for (TouchpointId id : ids)
        if (const TouchpointFinding *finding = findings.find(id))
            list << finding->name;
    return list.isEmpty() ? tr("none") : list.join(separator);
}

QString padded(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QStringLiteral("…") : text.leftJustified(width);
}

void printReport(const QString &file, const Journey &journey, const Findings &findings)
{
    const AnalysisRequest &request = findings.request;
    printLine(QStringLiteral("%1 — %2").arg(file, journey.name()));
    // The findings panel's and the report's words (FindingWording): one wording for all three.
    printLine(tr("Based on %1").arg(FindingWording::basis(findings)));
    printLine(tr("Performance: mean of %1 answers on a 0–100 scale, 95% t interval; reliable when n ≥ 30 and ±10 or narrower.")
                  .arg(findings.metrics.join(QStringLiteral(", "))));
    if (!findings.outcomeMetric.isEmpty())
        printLine(tr("Importance: %1 correlation with the journey-level %2 answers (≥ 30 respondents).")
                      .arg(request.spearman ? QStringLiteral("Spearman") : QStringLiteral("Pearson"), findings.outcomeMetric));
    printLine(QString());
    printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                  .arg(padded(tr("Touchpoint"), 26), padded(tr("Stage"), 14),
                       QStringLiteral("      n"), tr(" perf"), padded(tr("  95% CI"), 13),
                       tr("expect"), tr("   gap"), tr("reach"), tr("importance")));
    for (const TouchpointFinding &f : findings.touchpoints) {
        QString flags;
        if (!f.reliable && (f.performance.n > 0 || f.nUnknown))
            flags += f.nUnknown ? tr(" unreliable (n unknown)") : tr(" unreliable");
        if (f.unavoidable)
            flags += tr(" unavoidable");
        if (f.declining)
            flags += tr(" declining");
        if (f.momentOfTruth)
            flags += tr(" moment-of-truth");
        const bool scored = f.performance.n > 0 || f.nUnknown;
        printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9%10")
                      .arg(padded(f.name, 26), padded(f.stage, 14))
                      .arg(f.nUnknown ? tr("unknown") : QString::number(f.performance.n).rightJustified(7))
                      .arg(scored ? number(f.performance.mean).rightJustified(5) : QStringLiteral("    –"))
                      .arg(padded(f.performance.hasInterval ? QStringLiteral("[%1, %2]").arg(number(f.performance.ciLow), number(f.performance.ciHigh))
                                                            : QStringLiteral("–"), 13))
                      .arg(optional(f.expectation).rightJustified(6), optional(f.gap).rightJustified(6))
                      .arg(number(f.reach, 2).rightJustified(5))
                      .arg(f.importance && f.importance->valid ? QStringLiteral("%1 (n %2)").arg(number(f.importance->r, 2)).arg(f.importance->n).leftJustified(10)
                                                               : QStringLiteral("–").leftJustified(10))
                      .arg(flags));
    }
    printLine(QString());
    printLine(tr("Weakest links (impact = reach × shortfall against expectation; unavoidable first):"));
    int rank = 0;
    for (TouchpointId id : findings.weakestLinks) {
        const TouchpointFinding *f = findings.find(id);
        if (!f)
            continue;
        if (++rank > 5)
            break;
        printLine(tr("  %1. %2%3 — performance %4 (n %5, CI %6–%7) vs expectation %8 (%9); reach %10; impact %11")
                      .arg(rank)
                      .arg(f->name, f->unavoidable ? QStringLiteral(" (unavoidable)") : QString(), number(f->performance.mean))
                      .arg(f->performance.n)
                      .arg(number(f->performance.ciLow), number(f->performance.ciHigh), optional(f->expectation),
                           f->expectationSource.isEmpty() ? tr("none: 100 used") : f->expectationSource,
                           number(f->reach, 2), number(f->impact)));
        printLine(QStringLiteral("     %1").arg(FindingWording::why(*f, findings, FindingWording::Kind::WeakestLink)));
    }
    if (findings.weakestLinks.isEmpty())
        printLine(tr("  none among the reliable scores"));
    printLine(tr("Moments of truth (importance significantly above zero and in the top quartile, or flagged by hand):"));
    rank = 0;
    for (TouchpointId id : findings.momentsOfTruth) {
        const TouchpointFinding *f = findings.find(id);
        if (!f)
            continue;
        if (f->importance && f->importance->valid)
            printLine(tr("  %1. %2 — r %3 (95% CI %4–%5, n %6)%7")
                          .arg(++rank)
                          .arg(f->name, number(f->importance->r, 2), number(f->importance->ciLow, 2), number(f->importance->ciHigh, 2))
                          .arg(f->importance->n)
                          .arg(f->flaggedByHand ? tr(", also flagged by hand") : QString()));
        else
            printLine(tr("  %1. %2 — flagged by hand").arg(++rank).arg(f->name));
    }
    if (findings.momentsOfTruth.isEmpty())
        printLine(QStringLiteral("  none"));
    printLine(tr("Weakest path (lowest minimum performance): %1").arg(names(findings, findings.weakestPath.touchpoints, QStringLiteral(" → "))));
    printLine(tr("Best path (highest minimum performance):   %1").arg(names(findings, findings.bestPath.touchpoints, QStringLiteral(" → "))));
    QStringList loops;
    for (const QList<TouchpointId> &loop : findings.structure.reworkLoops)
        loops << names(findings, loop, QStringLiteral(" ⇄ "));
    printLine(tr("Rework loops: %1").arg(loops.isEmpty() ? tr("none") : loops.join(QStringLiteral("; "))));
    printLine(tr("Dead ends (no way to an exit): %1").arg(names(findings, findings.structure.deadEnds, QStringLiteral(", "))));
    printLine(tr("Unreachable from any entry: %1").arg(names(findings, findings.structure.unreachable, QStringLiteral(", "))));
    QStringList declining;
    for (const TouchpointFinding &f : findings.touchpoints)
        if (f.declining && f.trend)
            declining << tr("%1 (%2 points a month, 95% CI %3 to %4)")
                             .arg(f.name, number(f.trend->slope, 2), number(f.trend->ciLow, 2), number(f.trend->ciHigh, 2));
    printLine(tr("Declining: %1").arg(declining.isEmpty() ? tr("none") : declining.join(QStringLiteral("; "))));
    if (!findings.segmentDifferences.isEmpty()) {
        printLine(tr("Segment differences (Welch's t-test, 95%):"));
        for (const SegmentDifference &d : findings.segmentDifferences)
            if (const TouchpointFinding *f = findings.find(d.touchpoint))
                printLine(tr("  %1: %2 %3 (n %4) vs %5 %6 (n %7), p = %8")
                          .arg(f->name, d.segmentA, number(d.a.mean)).arg(d.a.n)
                          .arg(d.segmentB, number(d.b.mean)).arg(d.b.n).arg(d.test.pValue, 0, 'g', 2));
    }
    for (const QString &note : findings.notes)
        printLine(tr("Note: %1.").arg(note));
}

std::optional<QDate> parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("print JSON"));
    const QCommandLineOption segmentOption(QStringLiteral("segment"), tr("one segment"), QStringLiteral("S"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("first day or month"), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("last day or month"), QStringLiteral("DATE"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), tr("outcome metric"), QStringLiteral("METRIC"));
    const QCommandLineOption spearmanOption(QStringLiteral("spearman"), tr("Spearman's rho for importance"));
    const QCommandLineOption metricOption(QStringLiteral("metric"), tr("a metric making up performance (repeatable)"),
                                          QStringLiteral("METRIC"));
    parser.addOptions({jsonOption, segmentOption, fromOption, toOption, outcomeOption, spearmanOption, metricOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the .cxmap document"));
    if (!parser.parse(arguments))
        return fail(tr("analyze: %1").arg(parser.errorText()), UsageError);
    if (parser.positionalArguments().size() != 1)
        return fail(tr("analyze: expected one FILE.cxmap; see cxmap --help"), UsageError);
    const QString file = parser.positionalArguments().constFirst();

    AnalysisRequest request;
    request.segment = parser.value(segmentOption);
    request.outcome = parser.value(outcomeOption);
    request.spearman = parser.isSet(spearmanOption);
    request.metrics = parser.values(metricOption);
    for (const auto &[option, target] : {std::pair{&fromOption, &request.from}, std::pair{&toOption, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDate(parser.value(*option));
        if (!*target)
            return fail(tr("analyze: --%1 takes a date like 2026-03-01 or a month like 2026-03, not \"%2\"")
                            .arg(option->names().constFirst(), parser.value(*option)),
                        UsageError);
    }
    if (request.to && request.to->day() == 1 && parser.value(toOption).size() == 7)
        request.to = request.to->addMonths(1).addDays(-1);

    try {
        // A read-only command: findings kept in the file by the editor are used when they are
        // current, and nothing is written into it.
        std::unique_ptr<DocumentFile> document = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
        const Journey journey = document->readJourney();
        Findings findings;
        try {
            findings = FindingsCache::findingsFor(*document, journey, request);
        } catch (const SqliteError &failure) {
            throw document->error(tr("cannot analyse it"), failure);
        } catch (const DocumentError &error) {
            throw DocumentError(QStringLiteral("%1: %2").arg(file, error.message()));
        }
        if (parser.isSet(jsonOption))
            printJson(findingsToJson(findings));
        else
            printReport(file, journey, findings);
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    return Success;
}

} // namespace cxmap::cli
