#include "demojourney.h"

#include "interchange/cxmapjsonformat.h"
#include "store/documenterror.h"

#include <QFile>
#include <QSet>

namespace cxmap {

namespace {

// What the demo asks beyond a valid map: stages, lanes and a name, and touchpoint names unique,
// because its sample profiles find touchpoints by name.
QString demoProblem(const Journey &journey)
{
    if (journey.name().trimmed().isEmpty())
        return QStringLiteral("the journey has no \"name\"");
    if (journey.stages().isEmpty())
        return QStringLiteral("\"stages\" is missing or empty");
    if (journey.lanes().isEmpty())
        return QStringLiteral("\"lanes\" is missing or empty");
    QSet<QString> names;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        if (names.contains(touchpoint.name.toCaseFolded()))
            return QStringLiteral("touchpoint \"%1\" appears twice").arg(touchpoint.name);
        names.insert(touchpoint.name.toCaseFolded());
    }
    return {};
}

} // namespace

QString demoResourcePath()
{
    return QStringLiteral(":/cxmap/demo/demo-journey.json");
}

QByteArray demoResourceData()
{
    QFile file(demoResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cxmap: the bundled demo journey %s is missing from the build: %s",
               qPrintable(demoResourcePath()), qPrintable(file.errorString()));
    return file.readAll();
}

std::optional<Journey> parseDemoJourney(const QByteArray &json, QString *error)
{
    try {
        // The demo document is a cxmap JSON map whose touchpoints carry their sample profiles.
        FormatReport ignored;
        const JourneyBundle bundle = CxmapJsonFormat::parseMap(json, QStringLiteral("demo-journey.json"), ignored,
                                                               {QStringLiteral("sample")});
        const QString problem = demoProblem(bundle.journey);
        if (problem.isEmpty())
            return bundle.journey;
        if (error)
            *error = problem;
    } catch (const DocumentError &failure) {
        if (error)
            *error = failure.message();
    }
    return std::nullopt;
}

Journey loadDemoJourney()
{
    QString error;
    std::optional<Journey> journey = parseDemoJourney(demoResourceData(), &error);
    if (!journey)
        qFatal("cxmap: the bundled demo journey %s is broken: %s", qPrintable(demoResourcePath()),
               qPrintable(error));
    return *std::move(journey);
}

} // namespace cxmap
