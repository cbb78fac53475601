#include "reportoptions.h"

#include <QCoreApplication>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap", text);
}

} // namespace

QList<ReportSection> allReportSections()
{
    return {ReportSection::Cover,  ReportSection::Map,      ReportSection::Findings,
            ReportSection::Charts, ReportSection::Workshop, ReportSection::Appendix};
}

QString reportSectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return QStringLiteral("cover");
    case ReportSection::Map:
        return QStringLiteral("map");
    case ReportSection::Findings:
        return QStringLiteral("findings");
    case ReportSection::Charts:
        return QStringLiteral("charts");
    case ReportSection::Workshop:
        return QStringLiteral("workshop");
    case ReportSection::Appendix:
        return QStringLiteral("appendix");
    }
    return {};
}

QString reportSectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return tr("Cover");
    case ReportSection::Map:
        return tr("The journey map");
    case ReportSection::Findings:
        return tr("Findings");
    case ReportSection::Charts:
        return tr("Charts");
    case ReportSection::Workshop:
        return tr("Workshop notes and votes");
    case ReportSection::Appendix:
        return tr("Data appendix");
    }
    return {};
}

std::optional<QList<ReportSection>> parseReportSections(const QString &list, QString *error)
{
    QList<ReportSection> chosen;
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        bool known = false;
        for (ReportSection section : allReportSections())
            if (reportSectionKey(section) == name) {
                known = true;
                if (!chosen.contains(section))
                    chosen.append(section);
            }
        if (!known) {
            if (error)
                *error = tr("unknown section \"%1\" (sections are cover, map, findings, charts, "
                            "workshop, appendix)")
                             .arg(raw.trimmed());
            return std::nullopt;
        }
    }
    if (chosen.isEmpty()) {
        if (error)
            *error = tr("no section chosen (sections are cover, map, findings, charts, workshop, "
                        "appendix)");
        return std::nullopt;
    }
    // Printed in the report's order, whatever order they were named in.
    QList<ReportSection> ordered;
    for (ReportSection section : allReportSections())
        if (chosen.contains(section))
            ordered.append(section);
    return ordered;
}

std::optional<QPageSize::PageSizeId> parsePaperSize(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return QPageSize::A4;
    if (key == QLatin1String("a3"))
        return QPageSize::A3;
    if (key == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

QString paperSizeName(QPageSize::PageSizeId id)
{
    switch (id) {
    case QPageSize::A3:
        return QStringLiteral("A3");
    case QPageSize::Letter:
        return QStringLiteral("Letter");
    default:
        return QStringLiteral("A4");
    }
}

} // namespace cxmap
