#pragma once

// A test VFS over SQLite's default one that fails writes with SQLITE_FULL once a byte budget
// is spent: a full disk, on demand, without root or a tiny file system. It also counts writes
// and can kill the process at a chosen one, for a crash at an exact point of a save.
namespace cxmap::test {

/** Installs the VFS as SQLite's default (once). */
void installFullDiskVfs();
/** Bytes that may still be written; negative means unlimited. */
void setWriteBudget(long long bytes);
/** Writes through the VFS since the last reset. */
long long writeCount();
void resetWriteCount();
/**
 * Kills the process with SIGKILL at write number `write` (counted from the last reset, from 1);
 * `torn` writes the first half of that write's bytes first, as a power cut mid-sector can.
 * Negative: never.
 */
void killAtWrite(long long write, bool torn);

} // namespace cxmap::test
