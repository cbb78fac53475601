#include "exportcommand.h"

#include "output.h"

#include "report/mapimage.h"
#include "report/mapsheet.h"
#include "report/reportdata.h"
#include "report/reportoptions.h"
#include "report/reportwriter.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <optional>

namespace cxmap::cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<SpotlightKind> parseSpotlight(const QString &name)
{
    const std::pair<const char *, SpotlightKind> kinds[] = {
        {"weakest", SpotlightKind::WeakestLinks}, {"moments", SpotlightKind::MomentsOfTruth},
        {"unavoidable", SpotlightKind::Unavoidable}, {"path", SpotlightKind::WeakestPath},
        {"none", SpotlightKind::None}};
    for (const auto &[key, kind] : kinds)
        if (name == QLatin1String(key))
            return kind;
    return std::nullopt;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("write the report as PDF"), QStringLiteral("OUT"));
    const QCommandLineOption pngOption(QStringLiteral("png"), tr("write the map as PNG"), QStringLiteral("OUT"));
    const QCommandLineOption svgOption(QStringLiteral("svg"), tr("write the map as SVG"), QStringLiteral("OUT"));
    const QCommandLineOption segmentOption(QStringLiteral("segment"), tr("one segment"), QStringLiteral("S"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("first day or month"), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("last day or month"), QStringLiteral("DATE"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), tr("outcome metric"), QStringLiteral("M"));
    const QCommandLineOption metricOption(QStringLiteral("metric"), tr("a metric making up performance"), QStringLiteral("M"));
    const QCommandLineOption pageOption(QStringLiteral("page"), tr("A4, A3 or Letter"), QStringLiteral("SIZE"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"), tr("landscape pages"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"), tr("comma list of sections"), QStringLiteral("LIST"));
    const QCommandLineOption widthOption(QStringLiteral("width"), tr("PNG width in pixels"), QStringLiteral("PX"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("PNG size as a multiple of 100%"), QStringLiteral("N"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), tr("light or dark"), QStringLiteral("THEME"));
    const QCommandLineOption spotlightOption(QStringLiteral("spotlight"), tr("weakest, moments, unavoidable, path or none"),
                                             QStringLiteral("KIND"));
    parser.addOptions({pdfOption, pngOption, svgOption, segmentOption, fromOption, toOption, outcomeOption, metricOption,
                       pageOption, landscapeOption, sectionsOption, widthOption, scaleOption, themeOption, spotlightOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the .cxmap document"));
    auto usage = [](const QString &message) { return fail(tr("export: %1").arg(message), UsageError); };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("expected one FILE.cxmap and one of --pdf, --png or --svg OUT; see cxmap --help"));
    const int formats = int(parser.isSet(pdfOption)) + int(parser.isSet(pngOption)) + int(parser.isSet(svgOption));
    if (formats != 1)
        return usage(tr("give exactly one of --pdf, --png or --svg OUT"));
    const QString file = parser.positionalArguments().constFirst();
    const QString out = parser.isSet(pdfOption) ? parser.value(pdfOption)
                        : parser.isSet(pngOption) ? parser.value(pngOption)
                                                  : parser.value(svgOption);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(file).absoluteFilePath())
        return usage(tr("%1: the output would replace the map itself").arg(out));

    AnalysisRequest request;
    request.segment = parser.value(segmentOption);
    request.outcome = parser.value(outcomeOption);
    request.metrics = parser.values(metricOption);
    for (const auto &[option, target] : {std::pair{&fromOption, &request.from}, std::pair{&toOption, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDate(parser.value(*option));
        if (!*target)
            return usage(tr("--%1 takes a date like 2026-03-01 or a month like 2026-03, not \"%2\"")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (request.to && request.to->day() == 1 && parser.value(toOption).size() == 7)
        request.to = request.to->addMonths(1).addDays(-1);
    if (request.from && request.to && *request.from > *request.to)
        return usage(tr("the period is empty: --from %1 is after --to %2")
                         .arg(parser.value(fromOption), parser.value(toOption)));

    ReportOptions options;
    if (parser.isSet(pageOption)) {
        const std::optional<QPageSize::PageSizeId> paper = parsePaperSize(parser.value(pageOption));
        if (!paper)
            return usage(tr("--page takes A4, A3 or Letter, not \"%1\"").arg(parser.value(pageOption)));
        options.paper = *paper;
    }
    options.landscape = parser.isSet(landscapeOption);
    if (parser.isSet(sectionsOption)) {
        QString error;
        const auto sections = parseReportSections(parser.value(sectionsOption), &error);
        if (!sections)
            return usage(tr("--sections: %1").arg(error));
        options.sections = *sections;
    }
    const QString theme = parser.value(themeOption);
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return usage(tr("--theme takes light or dark, not \"%1\"").arg(theme));
    options.dark = theme == QLatin1String("dark");
    if (parser.isSet(spotlightOption)) {
        const auto spotlight = parseSpotlight(parser.value(spotlightOption));
        if (!spotlight)
            return usage(tr("--spotlight takes weakest, moments, unavoidable, path or none, not \"%1\"")
                             .arg(parser.value(spotlightOption)));
        options.spotlight = *spotlight;
    }
    if (parser.isSet(widthOption) && parser.isSet(scaleOption))
        return usage(tr("give --width or --scale, not both"));
    if ((parser.isSet(widthOption) || parser.isSet(scaleOption)) && !parser.isSet(pngOption))
        return usage(tr("--width and --scale size a PNG; a PDF or SVG is vector"));
    int width = 0;
    double scale = 2.0;
    if (parser.isSet(widthOption)) {
        bool ok = false;
        width = parser.value(widthOption).toInt(&ok);
        if (!ok || width < 16)
            return usage(tr("--width takes a number of pixels (16 or more), not \"%1\"").arg(parser.value(widthOption)));
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || scale <= 0.0 || scale > 16.0)
            return usage(tr("--scale takes a number above 0 and at most 16, not \"%1\"").arg(parser.value(scaleOption)));
    }

    try {
        // A read-only command (DESIGN §4): the document is never written.
        std::unique_ptr<DocumentFile> document = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
        const ReportData data = readReportData(*document, request);
        if ((request.from || request.to) && data.findings.answers == 0 && !data.batches.isEmpty())
            return fail(tr("%1: no answers in the period %2 – %3; nothing to report")
                            .arg(file, parser.isSet(fromOption) ? parser.value(fromOption) : tr("start"),
                                 parser.isSet(toOption) ? parser.value(toOption) : tr("end")));
        if (parser.isSet(pdfOption)) {
            const int pages = writeReportPdf(out, data, options);
            printLine(tr("Wrote %1: %2 %3, %4 %5.")
                          .arg(out)
                          .arg(pages)
                          .arg(pages == 1 ? tr("page") : tr("pages"))
                          .arg(paperSizeName(options.paper), options.landscape ? tr("landscape") : tr("portrait")));
            return Success;
        }
        const MapSheet sheet(data.journey, data.findings, options.dark ? RenderTheme::dark() : RenderTheme::light(),
                             options.spotlight);
        if (parser.isSet(pngOption)) {
            const QSize size = mapImageSize(sheet, scale, width);
            writeMapPng(sheet, out, size);
            printLine(tr("Wrote %1: %2 × %3 pixels.").arg(out).arg(size.width()).arg(size.height()));
        } else {
            writeMapSvg(sheet, out, reportTitle(data));
            printLine(tr("Wrote %1.").arg(out));
        }
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    return Success;
}

} // namespace cxmap::cli
