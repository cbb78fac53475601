#pragma once

// A test VFS over SQLite's default one that fails writes with SQLITE_FULL once a byte budget
// is spent: a full disk, on demand, without root or a tiny file system.
namespace cxmap::test {

/** Installs the VFS as SQLite's default (once). */
void installFullDiskVfs();
/** Bytes that may still be written; negative means unlimited. */
void setWriteBudget(long long bytes);

} // namespace cxmap::test
