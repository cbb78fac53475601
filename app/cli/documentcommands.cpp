#include "documentcommands.h"

#include "convertcommand.h"
#include "output.h"

#include "demo/demodocument.h"
#include "import/inventory.h"
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
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the .cxmap document"));
    if (!parser.parse(arguments)) {
        fail(QStringLiteral("%1: %2").arg(arguments.first(), parser.errorText()), UsageError);
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(tr("%1: expected one FILE.cxmap; see cxmap --help").arg(arguments.first()),
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
                                            tr("default or empty"),
                                            QStringLiteral("NAME"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("replace an existing file"));
    const QCommandLineOption touchpointsOption(QStringLiteral("touchpoints"),
                                               tr("a touchpoint inventory (CSV)"),
                                               QStringLiteral("T.csv"));
    const QCommandLineOption transitionsOption(QStringLiteral("transitions"),
                                               tr("transitions between them (CSV)"),
                                               QStringLiteral("E.csv"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("a map in another format (JSON, CJML, GraphML, Mermaid)"),
                                        QStringLiteral("MAP"));
    parser.addOptions({templateOption, forceOption, touchpointsOption, transitionsOption, fromOption});
    QString file;
    if (!parseWithFile(parser, arguments, &file))
        return UsageError;
    if (parser.isSet(fromOption)) {
        if (parser.isSet(templateOption) || parser.isSet(touchpointsOption) || parser.isSet(transitionsOption))
            return fail(tr("new: --from brings its own stages and lanes; it takes no --template, --touchpoints or --transitions"),
                        UsageError);
        return runNewFrom(file, parser.value(fromOption), parser.isSet(forceOption));
    }

    // An inventory brings its own stages and lanes: it starts from an empty map unless a
    // template is asked for.
    const bool inventory = parser.isSet(touchpointsOption);
    if (parser.isSet(transitionsOption) && !inventory)
        return fail(tr("new: --transitions needs --touchpoints"), UsageError);
    const QString templateName = parser.isSet(templateOption) ? parser.value(templateOption)
                                 : inventory                  ? QStringLiteral("empty")
                                                              : QStringLiteral("default");
    Journey::Template kind;
    if (templateName == QLatin1String("default"))
        kind = Journey::Template::Default;
    else if (templateName == QLatin1String("empty"))
        kind = Journey::Template::Empty;
    else
        return fail(tr("new: unknown template \"%1\" (use default or empty)").arg(templateName),
                    UsageError);

    QElapsedTimer timer;
    timer.start();
    InventorySummary added;
    Journey journey;
    try {
        journey = Journey::fromTemplate(kind);
        journey.setName(QFileInfo(file).completeBaseName());
        if (inventory) {
            // Checked before the inventory is read, so a typo costs no wait.
            if (QFileInfo::exists(file) && !parser.isSet(forceOption))
                throw DocumentError(tr("%1: already exists; choose another name").arg(file));
            journey = importInventory(journey, parser.value(touchpointsOption), parser.value(transitionsOption), &added);
        }
        DocumentFile::create(file, journey, parser.isSet(forceOption));
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    if (!inventory) {
        printLine(tr("Created %1 (%2 template).").arg(file, templateName));
        return Success;
    }
    printLine(tr("Created %1 with %2 touchpoints and %3 transitions in %4 stages and %5 lanes in %6 s.")
                  .arg(file, grouped(added.touchpoints), grouped(added.transitions))
                  .arg(journey.stages().size())
                  .arg(journey.lanes().size())
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("replace an existing file"));
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
    printLine(tr("Wrote the demo journey with %1 sample answers to %2 in %3 s.")
                  .arg(grouped(written), file)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace cxmap::cli
