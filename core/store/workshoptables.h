#pragma once

namespace cxmap {

struct Workshop;
class SqliteDatabase;

/** Reads the workshop input (sessions, votes, notes) in the order it was saved. */
Workshop readWorkshop(SqliteDatabase &db);

/**
 * Replaces the workshop tables with `workshop`. Runs inside the caller's transaction, as part of
 * the map's save: the room's input is saved, undone and autosaved with the map.
 */
void writeWorkshop(SqliteDatabase &db, const Workshop &workshop);

} // namespace cxmap
