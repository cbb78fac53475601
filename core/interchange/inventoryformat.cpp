#include "inventoryformat.h"

#include "import/inventory.h"

#include <QFileInfo>

namespace cxmap {

JourneyBundle InventoryFormat::read(const QString &path, FormatReport &, const ReadOptions &) const
{
    JourneyBundle bundle;
    bundle.journey = importInventory(Journey::fromTemplate(Journey::Template::Empty), path);
    bundle.journey.setName(QFileInfo(path).completeBaseName());
    return bundle;
}

} // namespace cxmap
