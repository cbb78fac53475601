#include "convertcommand.h"

#include "output.h"

#include "interchange/formatregistry.h"
#include "interchange/sequencemap.h"
#include "store/documenterror.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace cxmap::cli {

namespace {

// The format asked for by id, or the one the file's name (and content) says; nullptr after
// printing why there is none.
const JourneyFormat *formatFor(const QString &path, const QString &id,
                               JourneyFormat::Capabilities wanted, const char *option)
{
    const QString verb =
        wanted == JourneyFormat::Read ? tr("read") : tr("written");
    if (!id.isEmpty()) {
        const JourneyFormat *format = FormatRegistry::byId(id);
        if (!format || !format->hasCapabilities(wanted)) {
            fail(tr("convert: --%1 %2: not a format that can be %3; use one of %4")
                     .arg(QLatin1String(option), id, verb,
                          FormatRegistry::describe(wanted).join(QStringLiteral(", "))),
                 UsageError);
            return nullptr;
        }
        return format;
    }
    if (const JourneyFormat *format = FormatRegistry::forFile(path, wanted))
        return format;
    fail(
        QStringLiteral(
            "%1: cannot tell from its name which format it is to be %2 in; use --%3 with one of %4")
            .arg(path, verb, QLatin1String(option),
                 FormatRegistry::describe(wanted).join(QStringLiteral(", "))),
        UsageError);
    return nullptr;
}

QString summary(const Journey &journey)
{
    return tr("%1 and %2 in %3 and %4")
        .arg(countOf(journey.touchpoints().size(), tr("touchpoint"),
                     tr("touchpoints")),
             countOf(journey.transitions().size(), tr("transition"),
                     tr("transitions")),
             countOf(journey.stages().size(), tr("stage"), tr("stages")),
             countOf(journey.lanes().size(), tr("lane"), tr("lanes")));
}

void printReport(const QString &heading, const FormatReport &report)
{
    if (report.isEmpty())
        return;
    printLine(heading);
    for (const QString &item : report.items())
        printLine(QStringLiteral("  - %1").arg(item));
}

} // namespace

int runConvert(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("the format of IN"),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("the format of OUT"),
                                      QStringLiteral("FORMAT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("replace an existing OUT"));
    parser.addOptions({fromOption, toOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("IN"), tr("the map to read"));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("the file to write"));
    if (!parser.parse(arguments))
        return fail(tr("convert: %1").arg(parser.errorText()), UsageError);
    if (parser.positionalArguments().size() != 2)
        return fail(tr("convert: expected IN and OUT; see cxmap --help"), UsageError);
    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);

    const JourneyFormat *from =
        formatFor(in, parser.value(fromOption), JourneyFormat::Read, "from");
    if (!from)
        return UsageError;
    const JourneyFormat *to = formatFor(out, parser.value(toOption), JourneyFormat::Write, "to");
    if (!to)
        return UsageError;
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(out).absoluteFilePath())
        return fail(tr("convert: %1 is both IN and OUT").arg(in), UsageError);
    if (from->id() == QLatin1String("cxmap") && to->id() == QLatin1String("cxmap"))
        return fail(
            tr("convert: both are .cxmap documents; copy the file to keep its answers"),
            UsageError);

    FormatReport readReport;
    FormatReport writeReport;
    try {
        // Checked before reading, so a typo costs no wait.
        if (QFileInfo::exists(out) && !parser.isSet(forceOption))
            throw DocumentError(
                tr("%1: already exists; use --force to replace it").arg(out));
        const JourneyBundle bundle = from->read(in, readReport, ReadOptions{to->writesScores()});
        to->write(bundle, out, writeReport);
        printLine(tr("Converted %1 (%2) to %3 (%4): %5.")
                      .arg(in, from->name(), out, to->name(), summary(bundle.journey)));
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    printReport(tr("Not read from %1:").arg(in), readReport);
    printReport(tr("Not kept by %1:").arg(to->name()), writeReport);
    return Success;
}

int runNewFrom(const QString &file, const QString &source, bool force)
{
    const JourneyFormat *from = FormatRegistry::forFile(source, JourneyFormat::Read);
    if (!from)
        return fail(
            tr("%1: not a map format cxmap reads (%2)")
                .arg(source,
                     FormatRegistry::describe(JourneyFormat::Read).join(QStringLiteral(", "))),
            UsageError);
    if (!file.endsWith(QLatin1String(".cxmap"), Qt::CaseInsensitive))
        return fail(tr("new: %1: a new document is a .cxmap file").arg(file),
                    UsageError);
    FormatReport readReport;
    FormatReport writeReport;
    JourneyBundle bundle;
    try {
        if (QFileInfo::exists(file) && !force)
            throw DocumentError(
                tr("%1: already exists; choose another name").arg(file));
        bundle = from->read(source, readReport);
        if (bundle.journey.name().isEmpty())
            bundle.journey.setName(QFileInfo(file).completeBaseName());
        FormatRegistry::byId(QStringLiteral("cxmap"))->write(bundle, file, writeReport);
    } catch (const DocumentError &error) {
        return fail(error.message());
    }
    printLine(
        tr("Created %1 from %2 (%3): %4%5.")
            .arg(file, source, from->name(), summary(bundle.journey),
                 bundle.answers.isEmpty()
                     ? QString()
                     : tr(", and %1 answers").arg(grouped(bundle.answers.size()))));
    printReport(tr("Not read from %1:").arg(source), readReport);
    printReport(tr("Not kept:"), writeReport);
    return Success;
}

} // namespace cxmap::cli
