#include "documentcommands.h"

#include "output.h"

#include "demo/demodocument.h"
#include "model/journey.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace cxmap::cli {

namespace {

/** Parses `arguments` (command name first) expecting exactly one FILE; prints the problem. */
bool parseWithFile(QCommandLineParser &parser, const QStringList &arguments, QString *file)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the .cxmap document"));
    if (!parser.parse(arguments)) {
        fail(QStringLiteral("%1: %2").arg(arguments.first(), parser.errorText()), UsageError);
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(QStringLiteral("%1: expected one FILE.cxmap; see cxmap --help").arg(arguments.first()),
             UsageError);
        return false;
    }
    *file = parser.positionalArguments().constFirst();
    return true;
}

} // namespace

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("default or empty"),
                                            QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("replace an existing file"));
    parser.addOptions({templateOption, forceOption});
    QString file;
    if (!parseWithFile(parser, arguments, &file))
        return UsageError;

    const QString templateName = parser.value(templateOption);
    Journey::Template kind;
    if (templateName == QLatin1String("default"))
        kind = Journey::Template::Default;
    else if (templateName == QLatin1String("empty"))
        kind = Journey::Template::Empty;
    else
        return fail(QStringLiteral("new: unknown template \"%1\" (use default or empty)").arg(templateName),
                    UsageError);

    try {
        Journey journey = Journey::fromTemplate(kind);
        journey.setName(QFileInfo(file).completeBaseName());
        DocumentFile::create(file, journey, parser.isSet(forceOption));
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    printLine(QStringLiteral("Created %1 (%2 template).").arg(file, templateName));
    return Success;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("replace an existing file"));
    parser.addOption(forceOption);
    QString file;
    if (!parseWithFile(parser, arguments, &file))
        return UsageError;

    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    try {
        written = writeDemoDocument(file, parser.isSet(forceOption));
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    printLine(QStringLiteral("Wrote the demo journey with %1 sample answers to %2 in %3 s.")
                  .arg(grouped(written), file)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace cxmap::cli
