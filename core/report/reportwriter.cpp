#include "reportwriter.h"

#include "mapsheet.h"
#include "outputfile.h"
#include "pageflow.h"
#include "pdfmetadata.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportsections.h"
#include "reportstyle.h"

#include "analysis/basiscaption.h"
#include "store/documenterror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap", text);
}

constexpr double Margin = 40.0;
constexpr double BandHeight = 26.0;

void paintFrame(QPainter *painter, const QRectF &page, const ReportStyle &style, const QString &title,
                const QString &section, const QString &footer, int number, int total)
{
    const QRectF header(Margin, Margin - 12, page.width() - 2 * Margin, 14);
    ReportText::line(painter, header, title, style.small, style.muted);
    ReportText::line(painter, header, section, style.small, style.muted, Qt::AlignRight | Qt::AlignVCenter);
    painter->setPen(QPen(style.rule, 0.6));
    painter->drawLine(QPointF(header.left(), header.bottom() + 3), QPointF(header.right(), header.bottom() + 3));
    const QRectF foot(Margin, page.height() - Margin + 2, page.width() - 2 * Margin, 12);
    painter->drawLine(QPointF(foot.left(), foot.top() - 4), QPointF(foot.right(), foot.top() - 4));
    const QString pageText = tr("Page %1 of %2").arg(number).arg(total);
    ReportText::line(painter, foot.adjusted(0, 0, -ReportText::width(pageText, style.small) - 12, 0), footer,
                     style.small, style.muted);
    ReportText::line(painter, foot, pageText, style.small, style.text, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QString reportTitle(const ReportData &data)
{
    const QString name = data.journey.name().isEmpty() ? data.fileName : data.journey.name();
    return tr("%1 — customer journey report").arg(name);
}

int paintReport(QPagedPaintDevice *device, const ReportData &data, const ReportOptions &options,
                const ReportProgress &progress)
{
    device->setPageSize(QPageSize(options.paper));
    device->setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);

    QPainter painter;
    if (!painter.begin(device))
        throw DocumentError(tr("cannot start painting the report"));
    const QRectF page(0, 0, device->width(), device->height());
    const ReportStyle style = ReportStyle::make(options.dark, device);
    const QRectF content(Margin, Margin + BandHeight - 8, page.width() - 2 * Margin,
                         page.height() - 2 * Margin - BandHeight + 4);

    // Plan first: the page count and where each section starts are known before painting.
    const MapSheet sheet(data.journey, data.findings, style.theme, options.spotlight, options.minimumShare);
    PageFlow flow(content);
    const SectionPages starts = std::make_shared<QMap<ReportSection, int>>();
    for (ReportSection section : options.sections) {
        const int before = flow.pageNumber();
        switch (section) {
        case ReportSection::Cover:
            ReportSections::cover(flow, style, data, options, starts);
            break;
        case ReportSection::Map:
            ReportSections::map(flow, style, data, sheet);
            break;
        case ReportSection::Findings:
            ReportSections::findings(flow, style, data);
            break;
        case ReportSection::Charts:
            ReportSections::charts(flow, style, data);
            break;
        case ReportSection::Workshop:
            ReportSections::workshop(flow, style, data);
            break;
        case ReportSection::Appendix:
            ReportSections::appendix(flow, style, data);
            break;
        }
        if (flow.pageNumber() > before)
            starts->insert(section, before + 1);
    }
    // Only sections with nothing to show (the workshop of a map without one): no blank PDF.
    if (flow.pages().isEmpty())
        throw DocumentError(tr("nothing to print: the sections asked for have nothing to show for this map "
                               "(a workshop section needs votes or notes)"));

    const QString title = reportTitle(data);
    const QString footer = tr("cxmap · %1 · %2")
                               .arg(data.fileName, QLocale().toString(data.analysedAt.date(), QLocale::ShortFormat));
    const int total = int(flow.pages().size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device->newPage())
            throw DocumentError(tr("cannot start page %1 of the report").arg(i + 1));
        const PlannedPage &planned = flow.pages().at(i);
        painter.fillRect(page, style.paper);
        if (!planned.plain)
            paintFrame(&painter, page, style, title, planned.section, footer, i + 1, total);
        for (const PagePaint &paint : planned.paints) {
            painter.save();
            paint(&painter);
            painter.restore();
        }
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return 0;
        }
    }
    painter.end();
    return total;
}

int writeReportPdf(const QString &path, const ReportData &data, const ReportOptions &options,
                   const ReportProgress &progress)
{
    // The target is checked before any work: an unwritable place fails at once.
    OutputFile output(path);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setTitle(reportTitle(data));
        writer.setCreator(QStringLiteral("cxmap %1").arg(data.version));
        pages = paintReport(&writer, data, options, progress);
    }
    if (pages == 0)
        return 0;
    QByteArray pdf = buffer.data();
    PdfMetadata metadata;
    metadata.title = reportTitle(data);
    metadata.author = options.author.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("cxmap")) : options.author;
    metadata.subject = tr("Customer journey map with its weakest links, moments of truth and data basis — %1")
                           .arg(filterCaption(data.findings));
    metadata.keywords = tr("customer journey, CX, weakest links, moments of truth");
    metadata.creator = QStringLiteral("cxmap %1").arg(data.version);
    metadata.created = data.analysedAt;
    addPdfMetadata(pdf, metadata);
    output.write(pdf);
    output.commit();
    return pages;
}

} // namespace cxmap
