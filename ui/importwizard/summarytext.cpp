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

QString SummaryText::details(const ImportSummary &summary)
{
    QStringList lines;
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
