#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * A .cxmap document: the one format that holds everything — the map with its workshop input,
 * metrics, segments and the survey answers. Read read-only (never migrated or written); written as a new file, all or
 * nothing, with the bundle's metrics, segments and answers (one import batch).
 */
class CxmapFileFormat : public JourneyFormat
{
public:
    QString id() const override { return QStringLiteral("cxmap"); }
    QString name() const override { return QStringLiteral("cxmap document"); }
    QStringList extensions() const override { return {QStringLiteral("cxmap")}; }

    JourneyBundle read(const QString &path, FormatReport &report,
                       const ReadOptions &options = {}) const override;
    void write(const JourneyBundle &bundle, const QString &path,
               FormatReport &report) const override;
};

} // namespace cxmap
