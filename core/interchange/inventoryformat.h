#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * The touchpoint inventory of DESIGN §5 (`stage,lane,name[,kind,owner,description,target]`, see
 * import/inventory.h) as a format to read: a spreadsheet of touchpoints becomes a map whose
 * cards are placed in their cells. Its transitions come from a second file, which only
 * `cxmap new --touchpoints T.csv --transitions E.csv` takes; read alone, the map has none.
 */
class InventoryFormat : public JourneyFormat
{
public:
    QString id() const override { return QStringLiteral("inventory"); }
    QString name() const override { return QStringLiteral("Touchpoint inventory (CSV)"); }
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    Capabilities capabilities() const override { return Read; }

    JourneyBundle read(const QString &path, FormatReport &report,
                       const ReadOptions &options = {}) const override;
};

} // namespace cxmap
