#pragma once

#include "model/ids.h"

#include <QString>

#include <optional>

namespace cxmap {

/** Whether an answer rates what happened, or what the customer expected to happen. */
enum class MeasurementKind { Experience = 0, Expectation = 1 };

/**
 * One respondent's answer as it arrives from an import or the demo generator, before it is
 * stored. Names (segment, metric) are resolved to IDs by the store inside the import
 * transaction; the touchpoint is already resolved against the map.
 */
struct MeasurementRecord
{
    /** The respondent's key as given in the source; the store keeps only a salted hash. */
    QString respondent;
    /** Seconds since the Unix epoch, UTC; nullopt when the source has no date. */
    std::optional<qint64> timestamp;
    /** Empty when the answer carries no segment. */
    QString segment;
    /** Invalid for a journey-level outcome (overall satisfaction, likelihood to recommend). */
    TouchpointId touchpoint;
    QString metric;
    double value = 0.0;
    MeasurementKind kind = MeasurementKind::Experience;
};

} // namespace cxmap
