#pragma once

#include "analysis/spotlight.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

namespace cxmap {

/** The parts of the report, in the order they are printed (DESIGN §9, `--sections`). */
enum class ReportSection { Cover, Map, Findings, Charts, Workshop, Appendix };

/** Every section, in print order. */
QList<ReportSection> allReportSections();
/** "cover", "map"…: the names `--sections` takes. */
QString reportSectionKey(ReportSection section);
/** "Cover", "The map"…: the titles the report prints. */
QString reportSectionTitle(ReportSection section);
/**
 * A comma list of section names ("map,findings") in print order, without repeats; nullopt
 * when a name is unknown or the list is empty, with the reason in `error`.
 */
std::optional<QList<ReportSection>> parseReportSections(const QString &list, QString *error);

/** The paper sizes the report offers: `--page A4|A3|Letter`. */
std::optional<QPageSize::PageSizeId> parsePaperSize(const QString &name);
QString paperSizeName(QPageSize::PageSizeId id);

/** How the report is made: the choices of `cxmap export` and the export dialogs. */
struct ReportOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool landscape = false;
    QList<ReportSection> sections = allReportSections();
    bool dark = false;
    /** What the map page spotlights; the weakest links unless the editor shows another. */
    SpotlightKind spotlight = SpotlightKind::WeakestLinks;
    /** Arrows with a known share below this are left out, as View → Arrows does. */
    double minimumShare = 0.0;
    /** The PDF's author; the user's login name when empty. */
    QString author;

    bool has(ReportSection section) const { return sections.contains(section); }
};

} // namespace cxmap
