#include "importcommand.h"

#include "output.h"

#include "import/importer.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/safefile.h"

#include <QCommandLineParser>
#include <QFile>

namespace cxmap::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("long, wide, qualtrics, surveymonkey or aggregated"),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"), tr("the mapping file (JSON)"),
                                           QStringLiteral("MAP.json"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("import a file imported before"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), tr("the sheet of an Excel workbook (default: the first)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption removeOption(QStringLiteral("remove"), tr("remove a batch"),
                                          QStringLiteral("BATCH"));
    parser.addOptions({formatOption, mappingOption, forceOption, removeOption, sheetOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the .cxmap document"));
    parser.addPositionalArgument(QStringLiteral("DATA"), tr("the survey export (CSV or Excel workbook)"));
    if (!parser.parse(arguments))
        return fail(tr("import: %1").arg(parser.errorText()), UsageError);

    const QStringList positional = parser.positionalArguments();
    const bool removing = parser.isSet(removeOption);
    if (positional.size() != (removing ? 1 : 2))
        return fail(removing ? tr("import: --remove takes FILE.cxmap and a batch number")
                             : tr("import: expected FILE.cxmap DATA.csv; see cxmap --help"),
                    UsageError);

    ImportOptions options;
    options.force = parser.isSet(forceOption);
    options.sheet = parser.value(sheetOption);
    if (parser.isSet(formatOption)) {
        options.format = formatFromName(parser.value(formatOption));
        if (!options.format)
            return fail(tr("import: unknown format \"%1\" (long, wide, qualtrics, surveymonkey or aggregated)")
                            .arg(parser.value(formatOption)),
                        UsageError);
    }

    try {
        if (parser.isSet(mappingOption)) {
            const QString mappingPath = parser.value(mappingOption);
            if (const QString problem = SafeFile::whyNotAReadableFile(mappingPath); !problem.isEmpty())
                throw DocumentError(QStringLiteral("%1: %2").arg(mappingPath, problem));
            QFile mappingFile(mappingPath);
            if (!mappingFile.open(QIODevice::ReadOnly))
                throw DocumentError(tr("%1: cannot read it: %2").arg(mappingPath, mappingFile.errorString()));
            options.mapping = ImportMapping::fromJson(mappingFile.read(4 << 20), mappingPath);
        }
        std::unique_ptr<DocumentFile> document = DocumentFile::open(positional.at(0), DocumentFile::Access::ReadWrite);
        if (removing) {
            bool ok = false;
            const qint64 batch = parser.value(removeOption).toLongLong(&ok);
            if (!ok || batch <= 0)
                return fail(tr("import: --remove needs a batch number, not \"%1\"").arg(parser.value(removeOption)),
                            UsageError);
            const qint64 removed = removeBatch(*document, BatchId(batch));
            printLine(tr("Removed batch %1 (%2 rows) from %3.").arg(batch).arg(grouped(removed), positional.at(0)));
            return Success;
        }
        const ImportSummary summary = importSurvey(*document, positional.at(1), options);
        printLines(summary.describe());
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    return Success;
}

} // namespace cxmap::cli
