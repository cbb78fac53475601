#pragma once

namespace cxmap {

class Journey;
class SqliteDatabase;

/**
 * Reads the map tables (stages, lanes, touchpoints, transitions, properties, workshop input) into
 * a Journey.
 */
Journey readJourney(SqliteDatabase &db);

/**
 * Replaces the map tables with the journey. Runs inside the caller's transaction; the
 * measurements and batches are not touched.
 */
void writeJourney(SqliteDatabase &db, const Journey &journey);

} // namespace cxmap
