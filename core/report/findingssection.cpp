// The findings as tables, in the findings panel's words (FindingWording).
#include "reportsections.h"

#include "pageflow.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"
#include "reporttable.h"

#include "analysis/findingwording.h"

#include <QCoreApplication>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

using namespace FindingWording;

QString dash()
{
    return QStringLiteral("–");
}

QString score(const TouchpointFinding &t)
{
    return t.performance.n > 0 ? number(t.performance.mean) + (t.reliable ? QString() : tr(" (unreliable)")) : dash();
}

QString confidence(const TouchpointFinding &t)
{
    // Compact in a table cell: "33.2–34.3".
    return t.performance.hasInterval
               ? QStringLiteral("%1–%2").arg(number(t.performance.ciLow), number(t.performance.ciHigh))
               : dash();
}

QString importanceText(const TouchpointFinding &t)
{
    return t.importance && t.importance->valid ? number(t.importance->r, 2) : dash();
}

QString gapText(const TouchpointFinding &t)
{
    return t.gap ? signedNumber(*t.gap) : dash();
}

QList<ReportTable::Column> findingColumns()
{
    // The figures take what they need (flowTable never wraps a number), the name the rest; the
    // reason is written under each row.
    constexpr double Figure = 0.1;
    return {{tr("#"), Figure, true},     {tr("Touchpoint"), 1.5},        {tr("Score"), Figure, true},
            {tr("95% CI"), Figure, true}, {tr("n"), Figure, true},        {tr("Importance"), Figure, true},
            {tr("Reach"), Figure, true},  {tr("Gap"), Figure, true},      {tr("Unavoidable"), Figure},
            {tr("Why"), 4.2}};
}

QStringList findingRow(int rank, const TouchpointFinding &t, const QString &why)
{
    return {QString::number(rank), QStringLiteral("%1\n%2").arg(t.name, t.stage), score(t), confidence(t),
            count(t.performance.n), importanceText(t), number(t.reach, 2), gapText(t),
            t.unavoidable ? tr("yes") : tr("no"), why};
}

void pathParagraph(PageFlow &flow, const ReportStyle &style, const Findings &f, const JourneyPath &path, bool weakest)
{
    subheading(flow, style, weakest ? tr("The weakest path") : tr("The best path"));
    if (path.touchpoints.isEmpty() || !path.minimum) {
        paragraph(flow, style, tr("No entry-to-exit path with reliable scores."));
        return;
    }
    QStringList steps;
    for (TouchpointId id : path.touchpoints)
        if (const TouchpointFinding *t = f.find(id))
            steps << (id == path.weakest ? QStringLiteral("%1 [%2]").arg(t->name, number(t->performance.mean)) : t->name);
    paragraph(flow, style, steps.join(QStringLiteral(" → ")));
    const TouchpointFinding *lowest = f.find(path.weakest);
    if (lowest)
        paragraph(flow, style, why(*lowest, f, weakest ? Kind::WeakestPath : Kind::BestPath), true);
}

} // namespace

void findings(PageFlow &flow, const ReportStyle &style, const ReportData &data)
{
    const Findings &f = data.findings;
    flow.newPage(reportSectionTitle(ReportSection::Findings));
    heading(flow, style, reportSectionTitle(ReportSection::Findings));
    paragraph(flow, style, basis(f), true);

    subheading(flow, style, tr("Weakest links"));
    paragraph(flow, style, tr("Ranked by impact = reach × shortfall against expectation (or against 100 without one); "
                              "reliable scores only, unavoidable touchpoints first."), true);
    if (f.weakestLinks.isEmpty()) {
        paragraph(flow, style, f.answers == 0 ? tr("No answers yet: nothing to rank.") : tr("None among the reliable scores."));
    } else {
        ReportTable table{findingColumns(), {}, {}, true};
        int rank = 0;
        for (TouchpointId id : f.weakestLinks)
            if (const TouchpointFinding *t = f.find(id)) {
                if (t->unavoidable)
                    table.emphasised.append(int(table.rows.size()));
                table.rows.append(findingRow(++rank, *t, why(*t, f, Kind::WeakestLink)));
            }
        flowTable(flow, style, table);
    }

    subheading(flow, style, tr("Moments of truth"));
    if (!f.outcomeMetric.isEmpty())
        paragraph(flow, style, tr("Importance = %1 correlation between a respondent's score at the touchpoint and their %2 "
                                  "answer; a moment of truth is significantly above zero and in the top quartile, or "
                                  "flagged by hand.")
                                   .arg(f.request.spearman ? tr("Spearman") : tr("Pearson"), f.outcomeMetric),
                  true);
    if (f.momentsOfTruth.isEmpty()) {
        paragraph(flow, style, f.outcomeMetric.isEmpty() ? tr("None: no journey-level outcome answers to measure importance against.")
                                                         : tr("None."));
    } else {
        ReportTable table{findingColumns(), {}, {}, true};
        int rank = 0;
        for (TouchpointId id : f.momentsOfTruth)
            if (const TouchpointFinding *t = f.find(id))
                table.rows.append(findingRow(++rank, *t, why(*t, f, Kind::MomentOfTruth)));
        flowTable(flow, style, table);
    }

    pathParagraph(flow, style, f, f.weakestPath, true);
    pathParagraph(flow, style, f, f.bestPath, false);

    if (!f.structure.unavoidable.isEmpty()) {
        subheading(flow, style, tr("Unavoidable touchpoints"));
        QStringList names;
        for (TouchpointId id : f.structure.unavoidable)
            if (const TouchpointFinding *t = f.find(id))
                names << QStringLiteral("%1 (%2)").arg(t->name, performance(*t));
        paragraph(flow, style, names.join(QStringLiteral("; ")));
        paragraph(flow, style, tr("Every path from an entry to an exit passes these, so every customer meets them."), true);
    }

    subheading(flow, style, tr("Declining touchpoints"));
    QList<const TouchpointFinding *> declining;
    for (const TouchpointFinding &t : f.touchpoints)
        if (t.declining && t.trend)
            declining.append(&t);
    if (declining.isEmpty()) {
        paragraph(flow, style, tr("None: no touchpoint's monthly trend has its whole 95% interval below zero."));
    } else {
        ReportTable table{{{tr("Touchpoint"), 2.2}, {tr("Trend"), 3.2}, {tr("Why"), 4.6}}, {}, {}};
        for (const TouchpointFinding *t : std::as_const(declining))
            table.rows.append({QStringLiteral("%1\n%2").arg(t->name, t->stage), trend(*t), why(*t, f, Kind::Declining)});
        flowTable(flow, style, table);
    }

    subheading(flow, style, tr("Segment differences"));
    if (f.segmentDifferences.isEmpty()) {
        paragraph(flow, style, f.request.segment.isEmpty() ? tr("None that Welch's t-test calls real at 95%.")
                                                           : tr("Not compared: the report is for one segment."));
    } else {
        ReportTable table{{{tr("Touchpoint"), 2.0}, {tr("Segments"), 1.8}, {tr("Difference"), 3.0}, {tr("Why"), 5.0}}, {}, {}};
        for (const SegmentDifference &d : f.segmentDifferences)
            if (const TouchpointFinding *t = f.find(d.touchpoint))
                table.rows.append({t->name, tr("%1 vs %2").arg(d.segmentA, d.segmentB), segmentDifference(d),
                                   segmentDifferenceWhy(d, t->name)});
        flowTable(flow, style, table);
    }

    if (!f.notes.isEmpty()) {
        subheading(flow, style, tr("Caveats"));
        for (const QString &note : f.notes)
            paragraph(flow, style, QStringLiteral("• %1").arg(note));
    }

    subheading(flow, style, tr("Every touchpoint"));
    ReportTable all{{{tr("Touchpoint"), 2.2},
                     {tr("Stage"), 1.3},
                     {tr("n"), 0.1, true},
                     {tr("Score"), 0.1, true},
                     {tr("95% CI"), 0.1, true},
                     {tr("Expectation"), 0.1, true},
                     {tr("Gap"), 0.1, true},
                     {tr("Reach"), 0.1, true},
                     {tr("Importance"), 0.1, true},
                     {tr("Flags"), 2.0}},
                    {},
                    {}};
    for (const TouchpointFinding &t : f.touchpoints) {
        QStringList flags;
        if (t.unavoidable)
            flags << tr("unavoidable");
        if (t.momentOfTruth)
            flags << tr("moment of truth");
        if (t.declining)
            flags << tr("declining");
        if (t.performance.n > 0 && !t.reliable)
            flags << tr("unreliable");
        all.rows.append({t.name, t.stage, count(t.performance.n), t.performance.n > 0 ? number(t.performance.mean) : dash(),
                         confidence(t), t.expectation ? number(*t.expectation) : dash(), gapText(t), number(t.reach, 2),
                         importanceText(t), flags.join(QStringLiteral(", "))});
    }
    flowTable(flow, style, all);
}

} // namespace cxmap::ReportSections
