#include "presentationplan.h"

#include "analysis/basiscaption.h"
#include "analysis/findings.h"
#include "model/journey.h"
#include "model/metric.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap", text);
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

/** The score as people know it: the mean on the scale most of its answers used ("3.1 of 5"). */
QString scaleScore(const TouchpointFinding &finding)
{
    const MetricScore *main = nullptr;
    for (const MetricScore &metric : finding.metrics)
        if (!main || metric.raw.n > main->raw.n)
            main = &metric;
    if (!main || main->raw.n <= 0)
        return tr("%1 of 100").arg(qRound(finding.performance.mean));
    if (reportedAs(main->metric) == ReportedAs::Nps && main->nps && main->nps->valid)
        return tr("NPS %1").arg(scaleValueText(*main));
    return tr("%1 of %2").arg(QLocale().toString(main->raw.mean, 'f', 1), QLocale().toString(main->max, 'g', 3));
}

} // namespace

QString weakLinkCaption(const Journey &, const Findings &findings, TouchpointId touchpoint)
{
    const TouchpointFinding *finding = findings.find(touchpoint);
    if (!finding)
        return {};
    QStringList parts;
    parts << scaleScore(*finding);
    parts << (finding->performance.n == 1 ? tr("1 answer") : tr("%1 answers").arg(count(finding->performance.n)));
    // Where it ranks among the reliable scores, lowest first.
    QList<double> reliable;
    for (const TouchpointFinding &t : findings.touchpoints)
        if (t.reliable && t.performance.n > 0)
            reliable.append(t.performance.mean);
    std::sort(reliable.begin(), reliable.end());
    const auto rank = std::count_if(reliable.cbegin(), reliable.cend(), [finding](double v) { return v < finding->performance.mean; });
    if (finding->reliable && rank == 0)
        parts << tr("lowest in the journey");
    else if (finding->reliable)
        parts << tr("ranks %1 of %2, lowest first").arg(rank + 1).arg(reliable.size());
    if (finding->unavoidable)
        parts << tr("every customer passes it");
    else
        parts << tr("%1% of customers pass it").arg(qRound(finding->reach * 100));
    if (finding->gap && *finding->gap < 0)
        parts << tr("%1 points below what customers expect").arg(qRound(-*finding->gap));
    return parts.join(QStringLiteral(" · "));
}

QList<PresentationStep> planPresentation(const Journey &journey, const Findings &findings)
{
    QList<PresentationStep> steps;
    PresentationStep title;
    title.kind = StepKind::Title;
    title.title = journey.name();
    title.caption = filterCaption(findings);
    title.notes << tr("What the map rests on, before any number is shown.");
    steps << title;

    PresentationStep overview;
    overview.kind = StepKind::Overview;
    overview.title = tr("The whole journey");
    overview.caption = tr("%1 stages, %2 touchpoints: the curve below is how customers felt, stage by stage")
                           .arg(journey.stages().size())
                           .arg(journey.touchpoints().size());
    steps << overview;

    for (qsizetype i = 0; i < journey.stages().size(); ++i) {
        PresentationStep step;
        step.kind = StepKind::StageFocus;
        step.stage = i;
        step.title = journey.stages().at(i).name;
        const QList<TouchpointId> here = journey.touchpointsInStage(journey.stages().at(i).id);
        qint64 answers = 0;
        for (TouchpointId id : here)
            if (const TouchpointFinding *f = findings.find(id))
                answers += f->performance.n;
        step.caption = tr("Stage %1 of %2 · %3 touchpoints · %4 answers")
                           .arg(i + 1)
                           .arg(journey.stages().size())
                           .arg(here.size())
                           .arg(count(answers));
        for (TouchpointId id : here)
            if (const TouchpointFinding *f = findings.find(id); f && f->performance.n > 0)
                step.notes << QStringLiteral("%1: %2").arg(f->name, weakLinkCaption(journey, findings, id));
        steps << step;
    }

    const QList<TouchpointId> weakest = spotlitWeakestLinks(findings);
    for (qsizetype i = 0; i < weakest.size(); ++i) {
        const TouchpointFinding *f = findings.find(weakest.at(i));
        if (!f)
            continue;
        PresentationStep step;
        step.kind = StepKind::WeakestLink;
        step.touchpoint = f->id;
        step.spotlight = SpotlightKind::WeakestLinks;
        step.title = tr("Weakest link %1 of %2: %3").arg(i + 1).arg(weakest.size()).arg(f->name);
        step.caption = weakLinkCaption(journey, findings, f->id);
        step.notes << tr("Impact %1 = reach %2 × shortfall").arg(qRound(f->impact)).arg(QLocale().toString(f->reach, 'f', 2));
        steps << step;
    }

    PresentationStep moments;
    moments.kind = StepKind::MomentsOfTruth;
    moments.spotlight = SpotlightKind::MomentsOfTruth;
    moments.title = tr("Moments of truth");
    moments.caption = findings.outcomeMetric.isEmpty()
        ? tr("No journey-level outcome answers yet: only touchpoints flagged by hand")
        : tr("The touchpoints whose experience goes with %1 most (%2 found)")
              .arg(findings.outcomeMetric)
              .arg(findings.momentsOfTruth.size());
    for (TouchpointId id : findings.momentsOfTruth)
        if (const TouchpointFinding *f = findings.find(id))
            moments.notes << (f->importance && f->importance->valid
                                  ? QStringLiteral("%1: r %2").arg(f->name, QLocale().toString(f->importance->r, 'f', 2))
                                  : tr("%1: flagged by hand").arg(f->name));
    steps << moments;

    PresentationStep fix;
    fix.kind = StepKind::FixFirst;
    fix.title = tr("Fix first");
    fix.caption = tr("High importance, low performance: where effort pays most");
    for (const TouchpointFinding &f : findings.touchpoints)
        if (f.quadrant == Quadrant::FixFirst)
            fix.notes << f.name;
    steps << fix;

    PresentationStep summary;
    summary.kind = StepKind::Summary;
    summary.title = tr("What the room said");
    const Workshop &workshop = journey.workshop();
    summary.caption = tr("%1 votes · %2 notes").arg(workshop.votes.size()).arg(workshop.notes.size());
    steps << summary;
    return steps;
}

} // namespace cxmap
