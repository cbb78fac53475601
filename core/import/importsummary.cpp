#include "importer.h"

#include <QCoreApplication>

namespace cxmap {

QString grouped(qint64 number)
{
    QString digits = QString::number(number < 0 ? -number : number);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return number < 0 ? QLatin1Char('-') + digits : digits;
}

QString ImportSummary::describe() const
{
    QStringList lines;
    // What the user must look at comes first: a column of ratings that went nowhere.
    for (const QString &warning : warnings)
        lines << QCoreApplication::translate("cxmap::Importsummary", "Warning: %1").arg(warning);
    // "1 row", "2 rows": said in the singular when it is one.
    const auto counted = [](qint64 n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(grouped(n), QCoreApplication::translate("cxmap::Importsummary", n == 1 ? one : many));
    };
    lines << QCoreApplication::translate("cxmap::Importsummary", "Imported %1 as batch %2 (%3 format%4) in %5 s: %6 read, %7 stored%8.")
                 .arg(fileName)
                 .arg(batch.value())
                 .arg(formatName(format), encoding.isEmpty() ? QString() : QStringLiteral(", ") + encoding)
                 .arg(seconds, 0, 'f', 1)
                 .arg(counted(rowsRead, QT_TRANSLATE_NOOP("cxmap::Importsummary", "row"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "rows")), counted(answers, QT_TRANSLATE_NOOP("cxmap::Importsummary", "answer"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "answers")),
                      aggregateRows > 0 ? QStringLiteral(", %1").arg(counted(aggregateRows, QT_TRANSLATE_NOOP("cxmap::Importsummary", "aggregated row"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "aggregated rows")))
                                        : QString());
    if (respondentPerRow)
        lines << QCoreApplication::translate("cxmap::Importsummary", "No respondent column: each of the %1 is one respondent.").arg(counted(rowsRead, QT_TRANSLATE_NOOP("cxmap::Importsummary", "row"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "rows")));
    if (unknownN > 0)
        lines << QCoreApplication::translate("cxmap::Importsummary", "%1 without n: kept as \"n unknown\", scored and shown, never reliable.")
                     .arg(counted(unknownN, QT_TRANSLATE_NOOP("cxmap::Importsummary", "aggregated row"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "aggregated rows")));
    if (!skipped.isEmpty()) {
        QStringList reasons;
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            reasons << QStringLiteral("%1 %2").arg(grouped(it.value()), it.key());
        lines << QCoreApplication::translate("cxmap::Importsummary", "Skipped cells: %1.").arg(reasons.join(QStringLiteral(", ")));
    }
    if (!automaticColumns.isEmpty()) {
        lines << QCoreApplication::translate("cxmap::Importsummary", "Matched by name (check them):");
        for (const QString &column : automaticColumns)
            lines << QStringLiteral("  %1").arg(column);
    }
    if (!labelScales.isEmpty())
        lines << QCoreApplication::translate("cxmap::Importsummary", "Text answers read as: %1.").arg(labelScales.join(QStringLiteral("; ")));
    if (!newSegments.isEmpty())
        lines << QCoreApplication::translate("cxmap::Importsummary", "New segments: %1.").arg(newSegments.join(QStringLiteral(", ")));
    if (!privateColumns.isEmpty())
        lines << QCoreApplication::translate("cxmap::Importsummary", "Never imported (personal data): %1.").arg(privateColumns.join(QStringLiteral(", ")));
    if (!unmatchedColumns.isEmpty())
        lines << QCoreApplication::translate("cxmap::Importsummary", "Not imported (no touchpoint matches; map them in a mapping file): %1.")
                     .arg(unmatchedColumns.join(QStringLiteral(", ")));
    if (errorCount > 0)
        lines << QCoreApplication::translate("cxmap::Importsummary", "%1 found.").arg(counted(errorCount, QT_TRANSLATE_NOOP("cxmap::Importsummary", "error"), QT_TRANSLATE_NOOP("cxmap::Importsummary", "errors")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cxmap
