// The data appendix: scales, formulas, reliability rules, import batches, version and date —
// what a manager needs to audit any number in the report.
#include "reportsections.h"

#include "pageflow.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"
#include "reporttable.h"

#include "analysis/basiscaption.h"
#include "analysis/explanation.h"
#include "analysis/findingwording.h"
#include "analysis/spotlight.h"

#include <QCoreApplication>
#include <QLocale>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

QString reportedText(const Metric &metric)
{
    switch (reportedAs(metric.name)) {
    case ReportedAs::Nps:
        return tr("NPS: % promoters (9–10) − % detractors (0–6)");
    case ReportedAs::TopBox:
        return metric.topBoxFrom ? tr("share of answers %1 or higher (top box)").arg(*metric.topBoxFrom)
                                 : tr("top-box share");
    case ReportedAs::Mean:
        break;
    }
    return tr("mean");
}

QList<std::pair<QString, QString>> formulas()
{
    return {
        {tr("Normalised value"), tr("100 × (v − min) / (max − min), inverted (100 − …) where lower is better.")},
        {tr("Performance"), tr("The mean normalised experience answer over the selected metrics, segment and period, "
                               "with n and a 95% t interval: mean ± t(0.975, n − 1) · sd / √n.")},
        {tr("NPS"), tr("% promoters (9–10) − % detractors (0–6), with an adjusted-Wald 95% interval.")},
        {tr("Top box"), tr("The share of answers at or above the scale's top box (CSAT 4–5), with a Wilson 95% interval.")},
        {tr("Expectation"), tr("The mean normalised expectation answer; the touchpoint's target when there are none.")},
        {tr("Gap"), tr("performance − expectation.")},
        {tr("CX ratio"), tr("performance / expectation.")},
        {tr("Reach"), tr("The chance a customer passes the touchpoint at least once: customers start equally at the "
                         "entries and follow the transitions by their shares (equal where missing, normalised where "
                         "they do not sum to 1); loops are solved exactly as an absorbing Markov chain.")},
        {tr("Observed reach"), tr("Respondents who rated the touchpoint / all respondents in scope.")},
        {tr("Unavoidable"), tr("Every entry-to-exit path passes the touchpoint (dominators over the graph with a virtual "
                               "source and sink).")},
        {tr("Impact"), tr("reach × max(0, expectation − performance), or reach × (100 − performance) without an "
                          "expectation; reliable scores only. Unavoidable weak touchpoints are ranked first.")},
        {tr("Weakest and best path"), tr("The entry-to-exit path whose lowest reliable score is lowest (highest).")},
        {tr("Importance"), tr("Pearson's r (Spearman's rho on request) across respondents between the touchpoint's "
                              "score and the outcome, with a 95% Fisher-z interval; at least 30 paired answers.")},
        {tr("Moment of truth"), tr("Importance significantly above zero and in the top quartile of all touchpoints, "
                                   "or flagged by hand.")},
        {tr("Quadrants"), tr("Importance × performance split at the medians; fix first = above the median importance, "
                             "below the median performance.")},
        {tr("Segment difference"), tr("Real when Welch's t-test rejects equal means at 95%.")},
        {tr("Trend"), tr("The least-squares slope of the monthly means (months with enough answers); declining when "
                         "its whole 95% interval lies below zero.")},
        {tr("Experience curve"), tr("Per stage, the pooled mean of every answer at its touchpoints, with its 95% t "
                                    "interval.")},
    };
}

} // namespace

void appendix(PageFlow &flow, const ReportStyle &style, const ReportData &data)
{
    const Findings &f = data.findings;
    const QLocale locale;
    flow.newPage(reportSectionTitle(ReportSection::Appendix));
    heading(flow, style, reportSectionTitle(ReportSection::Appendix));
    paragraph(flow, style,
              tr("Analysed on %1 with cxmap %2, from %3. %4")
                  .arg(locale.toString(data.analysedAt, QLocale::LongFormat), data.version, data.fileName,
                       filterCaption(f)),
              true);

    subheading(flow, style, tr("Metrics and scales"));
    ReportTable metrics{{{tr("Metric"), 1.2},
                         {tr("Scale"), 0.8, true},
                         {tr("Better"), 0.8},
                         {tr("Reported as"), 2.6},
                         {tr("In this report"), 1.2},
                         {tr("Description"), 3.0}},
                        {},
                        {}};
    for (const Metric &metric : data.metrics) {
        const bool used = f.metrics.contains(metric.name) || metric.name == f.outcomeMetric;
        metrics.rows.append({metric.name, QStringLiteral("%1–%2").arg(metric.min).arg(metric.max),
                             metric.higherIsBetter ? tr("higher") : tr("lower"), reportedText(metric),
                             metric.name == f.outcomeMetric ? tr("outcome")
                             : used                         ? tr("performance")
                                                            : tr("not used"),
                             metric.description});
    }
    flowTable(flow, style, metrics);

    subheading(flow, style, tr("Reliability rules"));
    paragraph(flow, style,
              tr("A score is reliable when n ≥ %1 and its 95% interval is ±%2 points or narrower. Unreliable scores "
                 "are shown, hatched on the map and marked in the tables, and left out of every ranking. Importance "
                 "needs at least 30 paired answers. Evidence is solid for a reliable score from respondent-level "
                 "answers whose newest answer is within six months of the latest data, thin otherwise.")
                  .arg(ReliableMinimumCount)
                  .arg(ReliableMaximumHalfWidth));

    subheading(flow, style, tr("How each number is computed"));
    ReportTable formulaTable{{{tr("Number"), 1.4}, {tr("Formula"), 6.0}}, {}, {}};
    for (const auto &[name, formula] : formulas())
        formulaTable.rows.append({name, formula});
    flowTable(flow, style, formulaTable);

    const QList<TouchpointId> audited = spotlitWeakestLinks(f);
    if (!audited.isEmpty()) {
        subheading(flow, style, tr("The spotlit weakest links, number by number"));
        for (TouchpointId id : audited)
            if (const TouchpointFinding *t = f.find(id)) {
                subheading(flow, style, QStringLiteral("%1 — %2").arg(t->name, t->stage), 40);
                for (const QString &line : explainTouchpoint(*t, f))
                    paragraph(flow, style, QStringLiteral("• %1").arg(line), true);
            }
    }

    subheading(flow, style, tr("Import batches"));
    if (data.batches.isEmpty())
        paragraph(flow, style, tr("No answers have been imported."));
    for (const Batch &batch : data.batches) {
        QStringList skipped;
        for (auto it = batch.skipped.cbegin(); it != batch.skipped.cend(); ++it)
            skipped << QStringLiteral("%1 %2").arg(FindingWording::count(it.value()), it.key());
        QString text = tr("Batch %1: %2, imported %3, format %4; %5 rows read, %6 stored")
                           .arg(batch.id.value())
                           .arg(batch.fileName, batch.importedAt, batch.format, FindingWording::count(batch.rowsRead),
                                FindingWording::count(batch.rowsImported));
        if (!skipped.isEmpty())
            text += tr(" (skipped: %1)").arg(skipped.join(QStringLiteral(", ")));
        paragraph(flow, style, text + QLatin1Char('.'));
        const bool hashed = batch.sha256.size() == 64;
        paragraph(flow, style, hashed ? tr("SHA-256 %1").arg(batch.sha256) : tr("SHA-256: none (not read from a file)"), true);
    }
}

} // namespace cxmap::ReportSections
