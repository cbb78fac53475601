#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace cxmap {

struct ReportData;
struct ReportOptions;

/** Called after each page with the pages done and the total; returning false cancels. */
using ReportProgress = std::function<bool(int done, int total)>;

/**
 * Plans the whole report (so every page knows the page count and the contents know where each
 * section starts), then paints it page by page on `device`: a QPdfWriter or QPrinter whose
 * resolution is 72 dpi, so a device unit is a point. Sets the paper size and orientation of
 * `options`. Returns the pages painted, or 0 when cancelled (the device then holds a partial
 * document the caller discards).
 */
int paintReport(QPagedPaintDevice *device, const ReportData &data, const ReportOptions &options,
                const ReportProgress &progress = {});

/**
 * Writes the report as a vector PDF with its metadata (title, author, subject), whole or not
 * at all. Returns the page count, or 0 when cancelled (nothing is written then). Throws
 * DocumentError with one line naming `path` when it cannot be written.
 */
int writeReportPdf(const QString &path, const ReportData &data, const ReportOptions &options,
                   const ReportProgress &progress = {});

/** The report's title ("Switching mobile contract — customer journey report"). */
QString reportTitle(const ReportData &data);

} // namespace cxmap
