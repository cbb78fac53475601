#pragma once

#include <QString>

namespace cxmap {

class JourneyView;

/**
 * Where the user left each map: its zoom and centre, or that it was fitted to the window. A map
 * reopens at that view; a map never seen opens fitted. Kept in the settings by file path, never
 * in the document (looking at a map does not change it).
 */
namespace ViewMemory {

void save(const JourneyView *view, const QString &path);
/** Restores the view left on `path`, or fits the map when there is none. */
void restore(JourneyView *view, const QString &path);

} // namespace ViewMemory
} // namespace cxmap
