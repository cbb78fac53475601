#pragma once

#include <QJsonObject>

#include <optional>

namespace cxmap {

struct Findings;

/**
 * Findings as JSON: the fields `cxmap analyze --json` promises (DESIGN §6) and more, plus the
 * IDs that let findingsFromJson() restore them exactly for the cache.
 */
QJsonObject findingsToJson(const Findings &findings);
/** Restores findings written by findingsToJson(); nullopt when the JSON is not such. */
std::optional<Findings> findingsFromJson(const QJsonObject &object);

} // namespace cxmap
