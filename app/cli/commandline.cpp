#include "commandline.h"

#include "analyzecommand.h"
#include "convertcommand.h"
#include "documentcommands.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cxmap::cli {

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

// Every headless command, by its first argument. Commands of later issues are added here.
const Command Commands[] = {
    {"new", runNew},
    {"demo", runDemo},
    {"info", runInfo},
    {"import", runImport},
    {"analyze", runAnalyze},
    {"convert", runConvert},
    {"export", runExport},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : Commands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace

QString usage()
{
    return tr(
        "Usage:\n"
        "  cxmap [FILE.cxmap]                 open the editor (the start page without a file)\n"
        "  cxmap --new                        open the editor on a new map\n"
        "  cxmap new FILE.cxmap [--template default|empty] [--force]\n"
        "                                     create a journey map\n"
        "  cxmap new FILE.cxmap --touchpoints T.csv [--transitions E.csv] [--template default|empty]\n"
        "                                     create it from a touchpoint inventory: stage,lane,name\n"
        "                                     [,kind,owner,description,target] and from,to[,share,label]\n"
        "  cxmap new FILE.cxmap --from MAP.json|.xml|.graphml|.mmd|.csv [--force]\n"
        "                                     create it from a map in another format\n"
        "  cxmap demo FILE.cxmap [--force]    write the demo journey with its sample answers\n"
        "  cxmap info FILE.cxmap [--json]     stages, touchpoints, transitions, answers, batches\n"
        "  cxmap import FILE.cxmap DATA.csv|DATA.xlsx [--format long|wide|qualtrics|surveymonkey|aggregated]\n"
        "               [--mapping MAP.json] [--sheet NAME] [--force]\n"
        "                                     add one batch of survey answers, all or nothing\n"
        "  cxmap import FILE.cxmap --remove BATCH\n"
        "                                     remove a batch and its answers\n"
        "  cxmap analyze FILE.cxmap [--json] [--segment S] [--from DATE] [--to DATE] [--outcome METRIC]\n"
        "                [--metric M]... [--spearman]\n"
        "                                     scores, weakest links, moments of truth, paths, trends\n"
        "  cxmap convert IN OUT [--from FORMAT] [--to FORMAT] [--force]\n"
        "                                     convert a map between formats: cxmap (.cxmap), json (cxmap\n"
        "                                     JSON), cjml (CJML 2.0 .xml), graphml (yEd), mermaid (.mmd);\n"
        "                                     inventory (.csv) is read only. What OUT cannot hold is listed\n"
        "  cxmap export FILE.cxmap (--pdf|--png|--svg) OUT [--segment S] [--from DATE] [--to DATE]\n"
        "               [--outcome M] [--metric M]... [--page A4|A3|Letter] [--landscape]\n"
        "               [--sections LIST] [--width PX | --scale N] [--theme light|dark]\n"
        "               [--spotlight weakest|moments|unavoidable|path|none]\n"
        "                                     the report as PDF, the map as PNG or SVG; no display needed\n"
        "  cxmap --help | --version\n"
        "\n"
        "Exit status is 0 on success; otherwise one line on stderr says what went wrong.\n");
}

bool isGuiInvocation(const QStringList &arguments)
{
    // `cxmap`, `cxmap FILE`, `cxmap --present FILE`: anything else is a command or a mistake, and
    // both are answered on the terminal, so a typo never needs a display.
    if (arguments.size() == 1)
        return true;
    const QString first = arguments.at(1);
    if (arguments.size() == 3 && first == QLatin1String("--present"))
        return true;
    if (arguments.size() == 2 && first == QLatin1String("--new"))
        return true;
    if (arguments.size() != 2 || first.startsWith(QLatin1Char('-')) || findCommand(first))
        return false;
    return first.endsWith(QLatin1String(".cxmap"), Qt::CaseInsensitive) || QFileInfo::exists(first);
}

bool isHeadless(const QStringList &arguments)
{
    return !isGuiInvocation(arguments);
}

bool paintsHeadless(const QStringList &arguments)
{
    return isHeadless(arguments) && arguments.value(1) == QLatin1String("export");
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printLines(usage().trimmed());
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printLine(QStringLiteral("cxmap %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (first == QLatin1String("--present"))
        return fail(tr("--present needs one FILE.cxmap"), UsageError);
    if (first.startsWith(QLatin1Char('-')))
        return fail(tr("unknown option \"%1\"; see cxmap --help").arg(first), UsageError);
    const Command *command = findCommand(first);
    if (!command)
        return fail(tr("unknown command \"%1\"; see cxmap --help").arg(first), UsageError);
    return command->run(arguments.mid(1));
}

} // namespace cxmap::cli
