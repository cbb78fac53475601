#include "formatregistry.h"

#include "cjmlformat.h"
#include "cxmapfileformat.h"
#include "cxmapjsonformat.h"
#include "graphmlformat.h"
#include "inventoryformat.h"
#include "mermaidformat.h"

#include <QFile>

#include <memory>
#include <vector>

namespace cxmap::FormatRegistry {

namespace {

struct Registry
{
    std::vector<std::unique_ptr<JourneyFormat>> owned;
    QList<const JourneyFormat *> list;

    Registry()
    {
        owned.push_back(std::make_unique<CxmapFileFormat>());
        owned.push_back(std::make_unique<CxmapJsonFormat>());
        owned.push_back(std::make_unique<CjmlFormat>());
        owned.push_back(std::make_unique<GraphmlFormat>());
        owned.push_back(std::make_unique<MermaidFormat>());
        owned.push_back(std::make_unique<InventoryFormat>());
        for (const auto &format : owned)
            list.append(format.get());
    }
};

const Registry &registry()
{
    static const Registry instance;
    return instance;
}

} // namespace

const QList<const JourneyFormat *> &formats()
{
    return registry().list;
}

const JourneyFormat *byId(const QString &id)
{
    for (const JourneyFormat *format : formats())
        if (format->id().compare(id, Qt::CaseInsensitive) == 0)
            return format;
    return nullptr;
}

const JourneyFormat *forFile(const QString &path, JourneyFormat::Capabilities wanted)
{
    QByteArray head;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        head = file.read(4096);
    for (const JourneyFormat *format : formats())
        if (format->hasCapabilities(wanted) && format->supportsFile(path, head))
            return format;
    return nullptr;
}

QStringList describe(JourneyFormat::Capabilities wanted)
{
    QStringList list;
    for (const JourneyFormat *format : formats())
        if (format->hasCapabilities(wanted))
            list.append(QStringLiteral("%1 (%2)").arg(format->id(), format->name()));
    return list;
}

QString nameFilters(JourneyFormat::Capabilities wanted)
{
    QStringList filters;
    for (const JourneyFormat *format : formats())
        if (format->hasCapabilities(wanted))
            filters.append(format->nameFilter());
    return filters.join(QStringLiteral(";;"));
}

const JourneyFormat *byNameFilter(const QString &filter)
{
    for (const JourneyFormat *format : formats())
        if (format->nameFilter() == filter)
            return format;
    return nullptr;
}

} // namespace cxmap::FormatRegistry
