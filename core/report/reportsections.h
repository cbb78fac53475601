#pragma once

#include <QMap>
#include <QString>

#include <memory>

namespace cxmap {

class MapSheet;
class PageFlow;
struct ReportData;
struct ReportOptions;
struct ReportStyle;
struct Workshop;
enum class ReportSection;

/** Where each section starts, filled while the report is planned, read when it is painted. */
using SectionPages = std::shared_ptr<QMap<ReportSection, int>>;

/** The report's sections, each laid down the flow from a new page (one file each). */
namespace ReportSections {

void cover(PageFlow &flow, const ReportStyle &style, const ReportData &data, const ReportOptions &options,
           const SectionPages &pages);
void map(PageFlow &flow, const ReportStyle &style, const ReportData &data, const MapSheet &sheet);
void findings(PageFlow &flow, const ReportStyle &style, const ReportData &data);
void charts(PageFlow &flow, const ReportStyle &style, const ReportData &data);
/** Nothing at all when the map has no workshop input (the cover says there is none). */
void workshop(PageFlow &flow, const ReportStyle &style, const ReportData &data);
/** "4 votes and 2 notes from 2 session(s)", or that the map has none: the cover's and the section's line. */
QString workshopSummary(const Workshop &room);
void appendix(PageFlow &flow, const ReportStyle &style, const ReportData &data);

/** A section's heading at the cursor, kept with `keep` points of what follows. */
void heading(PageFlow &flow, const ReportStyle &style, const QString &text, double keep = 80.0);
void subheading(PageFlow &flow, const ReportStyle &style, const QString &text, double keep = 60.0);
/** A wrapped paragraph in `font` (the body font when null). */
void paragraph(PageFlow &flow, const ReportStyle &style, const QString &text, bool small = false);

} // namespace ReportSections
} // namespace cxmap
