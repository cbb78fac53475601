#include "summarytext.h"

#include "counted.h"
#include "import/importer.h"

#include <QLocale>
#include <QStringList>

namespace cxmap {

namespace {

QString escapedList(const QStringList &list)
{
    QStringList escaped;
    for (const QString &item : list)
        escaped << item.toHtmlEscaped();
    return escaped.join(QStringLiteral(", "));
}

} // namespace

QString SummaryText::answers(const ImportSummary &summary)
{
    const QString answers = counted(summary.answers, tr("1 answer"), tr("%1 answers"));
    if (summary.aggregateRows == 0)
        return answers;
    return tr("%1 and %2")
        .arg(answers,
             counted(summary.aggregateRows, tr("1 aggregated row"), tr("%1 aggregated rows")));
}

QString SummaryText::rows(const ImportSummary &summary)
{
    return counted(summary.rowsRead, tr("1 row"), tr("%1 rows"));
}

QString SummaryText::warnings(const ImportSummary &summary)
{
    if (summary.warnings.isEmpty())
        return {};
    QStringList items;
    for (const QString &warning : summary.warnings)
        items << warning.toHtmlEscaped();
    return QStringLiteral("<p style=\"color: #c06200;\"><b>%1</b></p><ul style=\"color: #c06200;\"><li>%2</li></ul>")
        .arg(tr("Look at these first:"), items.join(QStringLiteral("</li><li>")));
}

QString SummaryText::details(const ImportSummary &summary)
{
    QStringList lines;
    if (summary.respondentPerRow)
        lines << tr("No respondent column: each row is one respondent.");
    if (summary.unknownN > 0)
        lines << tr("%1 without n: kept as “n unknown”, scored and shown, never reliable.")
                     .arg(counted(summary.unknownN, tr("1 aggregated row"), tr("%1 aggregated rows")));
    if (!summary.automaticColumns.isEmpty())
        lines << tr("Matched by name: %1.").arg(escapedList(summary.automaticColumns));
    if (!summary.labelScales.isEmpty())
        lines << tr("Text answers read as: %1.").arg(escapedList(summary.labelScales));
    if (!summary.skipped.isEmpty()) {
        const QLocale locale;
        QStringList reasons;
        for (auto it = summary.skipped.cbegin(); it != summary.skipped.cend(); ++it)
            reasons << tr("%1 %2").arg(locale.toString(it.value()), it.key().toHtmlEscaped());
        lines << tr("Cells skipped: %1.").arg(reasons.join(QStringLiteral(", ")));
    }
    if (!summary.newSegments.isEmpty())
        lines << tr("New segments: %1.").arg(escapedList(summary.newSegments));
    if (!summary.unmatchedColumns.isEmpty())
        lines << tr("Not imported (no touchpoint): %1.").arg(escapedList(summary.unmatchedColumns));
    if (!summary.privateColumns.isEmpty())
        lines << tr("Never imported (personal data): %1.").arg(escapedList(summary.privateColumns));
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
}

} // namespace cxmap
