// The cover: what the report is about and what it rests on, with the contents.
#include "reportsections.h"

#include "pageflow.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"

#include "analysis/basiscaption.h"
#include "analysis/findingwording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

QString period(const Findings &f)
{
    const AnalysisRequest &r = f.request;
    const QLocale locale;
    if (r.from || r.to)
        return QStringLiteral("%1 – %2").arg(r.from ? locale.toString(*r.from, QStringLiteral("d MMM yyyy")) : tr("start"),
                                             r.to ? locale.toString(*r.to, QStringLiteral("d MMM yyyy")) : tr("end"));
    if (!f.firstMonth.isEmpty())
        return QStringLiteral("%1 – %2").arg(monthCaption(f.firstMonth), monthCaption(f.lastMonth));
    return tr("no dated answers");
}

} // namespace

void cover(PageFlow &flow, const ReportStyle &style, const ReportData &data, const ReportOptions &options,
           const SectionPages &pages)
{
    flow.newPage(reportSectionTitle(ReportSection::Cover), true);
    const Findings &f = data.findings;
    const QRectF content = flow.content();
    const QString name = data.journey.name().isEmpty() ? data.fileName : data.journey.name();
    const QString date = QLocale().toString(data.analysedAt.date(), QLocale::LongFormat);

    const QList<std::pair<QString, QString>> basis = {
        {tr("Respondents"), FindingWording::count(f.respondents)},
        {tr("Answers"), FindingWording::count(f.answers)},
        {tr("Period"), period(f)},
        {tr("Segment"), f.request.segment.isEmpty() ? tr("all segments") : f.request.segment},
        {tr("Outcome"), f.outcomeMetric.isEmpty() ? tr("none (no journey-level answers)")
                                                  : (f.outcomeChosen ? f.outcomeMetric : tr("%1 (default)").arg(f.outcomeMetric))},
        {tr("Performance from"), f.metrics.isEmpty() ? tr("no metric answered") : f.metrics.join(QStringLiteral(", "))},
        {tr("Map"), tr("%1 stages, %2 lanes, %3 touchpoints, %4 transitions")
                        .arg(data.journey.stages().size())
                        .arg(data.journey.lanes().size())
                        .arg(data.journey.touchpoints().size())
                        .arg(data.journey.transitions().size())},
        {tr("Workshop"), workshopSummary(data.journey.workshop())},
        {tr("Document"), data.fileName},
    };
    QStringList headline;
    int shown = 0;
    for (TouchpointId id : f.weakestLinks)
        if (const TouchpointFinding *t = f.find(id); t && shown++ < 3)
            headline << t->name;
    QStringList moments;
    shown = 0;
    for (TouchpointId id : f.momentsOfTruth)
        if (const TouchpointFinding *t = f.find(id); t && shown++ < 3)
            moments << t->name;
    const QList<ReportSection> sections = options.sections;

    flow.paint([=](QPainter *painter) {
        double y = content.top() + content.height() * 0.12;
        painter->fillRect(QRectF(content.left(), y - 18, 56, 5), style.accent);
        ReportText::line(painter, QRectF(content.left(), y, content.width(), 14),
                         tr("Customer journey report").toUpper(), style.bold, style.muted);
        y += 20;
        y += ReportText::draw(painter, QRectF(content.left(), y, content.width(), 200), name, style.title, style.text);
        y += 6;
        ReportText::line(painter, QRectF(content.left(), y, content.width(), 16), date, style.subheading, style.muted);
        y += 40;

        ReportText::line(painter, QRectF(content.left(), y, content.width(), 16), tr("What this report rests on"),
                         style.subheading, style.text);
        y += 22;
        const double labelWidth = 120;
        for (const auto &[label, value] : basis) {
            ReportText::line(painter, QRectF(content.left(), y, labelWidth, 14), label, style.body, style.muted);
            y += ReportText::draw(painter, QRectF(content.left() + labelWidth, y, content.width() - labelWidth, 60), value,
                                  style.bold, style.text) + 3;
        }
        y += 4;
        y += ReportText::draw(painter, QRectF(content.left(), y, content.width(), 60), filterCaption(f), style.small,
                              style.muted);
        y += 24;
        if (!headline.isEmpty() || !moments.isEmpty()) {
            ReportText::line(painter, QRectF(content.left(), y, content.width(), 16), tr("In short"), style.subheading,
                             style.text);
            y += 22;
            if (!headline.isEmpty())
                y += ReportText::draw(painter, QRectF(content.left(), y, content.width(), 60),
                                      tr("Weakest links: %1.").arg(headline.join(QStringLiteral(", "))), style.body,
                                      style.text) + 3;
            if (!moments.isEmpty())
                y += ReportText::draw(painter, QRectF(content.left(), y, content.width(), 60),
                                      tr("Moments of truth: %1.").arg(moments.join(QStringLiteral(", "))), style.body,
                                      style.text) + 3;
            y += 20;
        }
        ReportText::line(painter, QRectF(content.left(), y, content.width(), 16), tr("Contents"), style.subheading,
                         style.text);
        y += 22;
        for (ReportSection section : sections) {
            if (section == ReportSection::Cover || !pages->contains(section))
                continue;
            const QRectF row(content.left(), y, std::min(content.width(), 320.0), 13);
            ReportText::line(painter, row, reportSectionTitle(section), style.body, style.text);
            ReportText::line(painter, row, QString::number(pages->value(section)), style.body, style.text,
                             Qt::AlignRight | Qt::AlignVCenter);
            y += 16;
        }
        ReportText::draw(painter, QRectF(content.left(), content.bottom() - 30, content.width(), 30),
                         tr("Made with cxmap %1. Every number in this report is explained in its data appendix.")
                             .arg(data.version),
                         style.small, style.muted);
    });
}

} // namespace cxmap::ReportSections
