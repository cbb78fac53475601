// The charts: experience curve, importance–performance matrix, trends, answer distributions.
#include "reportsections.h"

#include "pageflow.h"
#include "reportcharts.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"

#include "analysis/importancematrix.h"

#include "analysis/stagecurve.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

constexpr double ColumnGap = 18.0;

} // namespace

void charts(PageFlow &flow, const ReportStyle &style, const ReportData &data)
{
    const Findings &f = data.findings;
    const double width = flow.content().width();
    flow.newPage(reportSectionTitle(ReportSection::Charts));
    heading(flow, style, reportSectionTitle(ReportSection::Charts));

    subheading(flow, style, tr("The experience curve"), 200);
    paragraph(flow, style, tr("Mean performance (0–100) of every answer given at each stage's touchpoints, with its 95% "
                              "band."), true);
    const QList<StagePoint> curve = stageCurve(data.journey, f);
    const QRectF curveRect = flow.take(190);
    flow.paint([=](QPainter *painter) { ReportCharts::experienceCurve(painter, curveRect, style, curve); });

    subheading(flow, style, tr("Importance and performance"), 300);
    paragraph(flow, style, tr("Each reliable touchpoint with a measured importance, split at the medians: important "
                              "touchpoints that perform below the median are to be fixed first."), true);
    const ImportanceMatrix matrix = importanceMatrix(f);
    const double legendColumns = 3;
    const double legendHeight = !matrix.valid ? 0.0
                                              : std::ceil(double(matrix.points.size()) / legendColumns)
                                                        * ReportText::lineHeight(style.small)
                                                    + 6;
    const double matrixHeight = std::min(300.0, flow.content().height() * 0.55);
    const QRectF matrixRect = flow.take(matrixHeight + legendHeight, matrixHeight + legendHeight);
    flow.paint([=](QPainter *painter) {
        const QRectF plot(matrixRect.left(), matrixRect.top(), std::min(matrixRect.width(), 520.0), matrixHeight);
        const QStringList names = ReportCharts::importanceMatrix(painter, plot, style, f);
        const double columnWidth = matrixRect.width() / legendColumns;
        const int perColumn = int(std::ceil(names.size() / legendColumns));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const int column = perColumn > 0 ? int(i / perColumn) : 0;
            const int row = perColumn > 0 ? int(i % perColumn) : 0;
            ReportText::line(painter,
                             QRectF(matrixRect.left() + column * columnWidth,
                                    plot.bottom() + 6 + row * ReportText::lineHeight(style.small), columnWidth - 6,
                                    ReportText::lineHeight(style.small)),
                             names.at(i), style.small, style.text);
        }
    });

    subheading(flow, style, tr("Trends of the top findings"), 170);
    if (data.trends.isEmpty()) {
        paragraph(flow, style, tr("No findings with monthly answers to chart."));
    } else {
        paragraph(flow, style, tr("Monthly performance with 95% whiskers; the dashed line is the least-squares trend."), true);
        const double chartWidth = (width - ColumnGap) / 2;
        for (qsizetype i = 0; i < data.trends.size(); i += 2) {
            const QRectF row = flow.take(160);
            for (qsizetype j = i; j < std::min(i + 2, data.trends.size()); ++j) {
                const TouchpointFinding *t = f.find(data.trends.at(j).first);
                if (!t)
                    continue;
                const TouchpointFinding finding = *t;
                const QList<MonthlyScore> months = data.trends.at(j).second;
                const QRectF cell(row.left() + (j - i) * (chartWidth + ColumnGap), row.top(), chartWidth, row.height() - 8);
                flow.paint([=](QPainter *painter) { ReportCharts::trend(painter, cell, style, finding, months); });
            }
        }
    }

    subheading(flow, style, tr("Answer distribution of each weakest link"), 120);
    if (f.weakestLinks.isEmpty()) {
        paragraph(flow, style, tr("No weakest links."));
        return;
    }
    paragraph(flow, style, tr("Answers per value on each metric's own scale, coloured as the map colours the value."), true);
    QList<TouchpointFinding> links;
    for (TouchpointId id : f.weakestLinks)
        if (const TouchpointFinding *t = f.find(id))
            links.append(*t);
    const double columnWidth = (width - ColumnGap) / 2;
    for (qsizetype i = 0; i < links.size(); i += 2) {
        double height = 0;
        for (qsizetype j = i; j < std::min(i + 2, links.size()); ++j)
            height = std::max(height, ReportCharts::distributionHeight(links.at(j), style));
        const QRectF row = flow.take(height + 8);
        for (qsizetype j = i; j < std::min(i + 2, links.size()); ++j) {
            const TouchpointFinding finding = links.at(j);
            const QRectF cell(row.left() + (j - i) * (columnWidth + ColumnGap), row.top(), columnWidth, height);
            flow.paint([=](QPainter *painter) { ReportCharts::distribution(painter, cell, style, finding); });
        }
    }
}

} // namespace cxmap::ReportSections
