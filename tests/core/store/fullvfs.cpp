#include "fullvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <cstring>

namespace cxmap::test {

namespace {

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs fullVfs;
sqlite3_io_methods fullMethods;
std::atomic<long long> budget{-1};
std::atomic<long long> writes{0};
std::atomic<long long> killAt{-1};
std::atomic<bool> tornKill{false};

struct FullFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FullFile *>(file)->real;
}

int xClose(sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); }
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (++writes == killAt.load()) {
        if (tornKill.load())
            real(f)->pMethods->xWrite(real(f), b, n / 2, o);
        ::raise(SIGKILL);
    }
    long long left = budget.load();
    if (left >= 0) {
        if (left < n)
            return SQLITE_FULL;
        budget.store(left - n);
    }
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int xSync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int xUnlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FullFile *>(file);
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so leave it null when the real open failed.
    wrapper->base.pMethods = (rc == SQLITE_OK && wrapper->real->pMethods) ? &fullMethods : nullptr;
    return rc;
}

} // namespace

void installFullDiskVfs()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    fullVfs = *realVfs;
    fullVfs.zName = "cxmap-test-full";
    fullVfs.szOsFile = int(sizeof(FullFile)) + realVfs->szOsFile;
    fullVfs.xOpen = xOpen;
    std::memset(&fullMethods, 0, sizeof fullMethods);
    // Version 1 methods only: no WAL (we use a rollback journal) and no memory-mapped I/O.
    fullMethods.iVersion = 1;
    fullMethods.xClose = xClose;
    fullMethods.xRead = xRead;
    fullMethods.xWrite = xWrite;
    fullMethods.xTruncate = xTruncate;
    fullMethods.xSync = xSync;
    fullMethods.xFileSize = xFileSize;
    fullMethods.xLock = xLock;
    fullMethods.xUnlock = xUnlock;
    fullMethods.xCheckReservedLock = xCheckReservedLock;
    fullMethods.xFileControl = xFileControl;
    fullMethods.xSectorSize = xSectorSize;
    fullMethods.xDeviceCharacteristics = xDeviceCharacteristics;
    sqlite3_vfs_register(&fullVfs, 1);
}

void setWriteBudget(long long bytes)
{
    budget.store(bytes);
}

long long writeCount()
{
    return writes.load();
}

void resetWriteCount()
{
    writes.store(0);
}

void killAtWrite(long long write, bool torn)
{
    tornKill.store(torn);
    killAt.store(write);
}

} // namespace cxmap::test
