// libFuzzer target for opening a document (issue 13). The input becomes a .cxmap file, which is
// opened read-only and read as `cxmap info` reads it, then opened for writing, its map saved
// back and read again as the editor would. Whatever the bytes, the only outcomes allowed are a
// DocumentError (one line naming the file) or a map that survives the round trip; and nothing
// may be left beside the file. Anything else aborts, so that libFuzzer keeps the input.

#include "model/journey.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cxmap;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

// A folder in memory where there is one, so that the file system is not the bottleneck.
const QTemporaryDir &folder()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/cxmap-fuzz-XXXXXX")
                                                                            : QDir::tempPath() + QStringLiteral("/cxmap-fuzz-XXXXXX"));
    return dir;
}

void checkRefusal(const DocumentError &error, const QString &path)
{
    if (!error.message().startsWith(path + QStringLiteral(": ")))
        fail("a refusal that does not name the file:", error.message());
}

// What `cxmap info` reads. A failure while reading the answers is reported by the command as
// the file's damage, so an SqliteError here is allowed; one from open() is not.
void readAsInfo(DocumentFile &document)
{
    try {
        readDataCounts(document.database());
        readBatches(document.database());
        readSegments(document.database());
        readMetrics(document.database());
    } catch (const SqliteError &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder().filePath(QStringLiteral("fuzz.cxmap"));
    for (const QString &name : QDir(folder().path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(folder().filePath(name));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            fail("cannot write", path);
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    Journey read;
    bool opened = false;
    try {
        std::unique_ptr<DocumentFile> document = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
        read = document->readJourney();
        if (!read.checkConsistency().isEmpty())
            fail("an inconsistent map was read:", read.checkConsistency());
        readAsInfo(*document);
        opened = true;
    } catch (const DocumentError &error) {
        checkRefusal(error, path);
    }

    try {
        std::unique_ptr<DocumentFile> document = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
        const Journey journey = document->readJourney();
        if (opened && !(journey == read))
            fail("read-write read another map than read-only");
        document->saveJourney(journey);
        document.reset();
        if (!(DocumentFile::open(path, DocumentFile::Access::ReadOnly)->readJourney() == journey))
            fail("a saved map read back differently");
    } catch (const DocumentError &error) {
        checkRefusal(error, path);
    }

    // Nothing beside it: no lock, no journal, no temporary (a backup only after a migration).
    for (const QString &name : QDir(folder().path()).entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name != QLatin1String("fuzz.cxmap") && !name.endsWith(QLatin1String(".bak")))
            fail("left beside the file:", name);
    return 0;
}
