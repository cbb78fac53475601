#include "filekind.h"

#include "schema.h"

#include <QFile>

namespace cxmap {

namespace {

// The SQLite file header (https://sqlite.org/fileformat2.html#the_database_header): the magic
// string at offset 0 and the big-endian `PRAGMA application_id` at offset 68.
constexpr char SqliteMagic[] = "SQLite format 3";
constexpr qsizetype SqliteMagicSize = sizeof(SqliteMagic); // with its terminating NUL, as stored
constexpr qsizetype ApplicationIdOffset = 68;
constexpr qsizetype SqliteHeaderSize = 100;
constexpr qsizetype HeadSize = 4096;

quint32 bigEndian32(const QByteArray &bytes, qsizetype offset)
{
    const auto byte = [&bytes, offset](qsizetype i) { return quint32(quint8(bytes.at(offset + i))); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

bool looksLikeText(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true; // UTF-16 with a BOM, as Excel writes "Unicode text"
    // Text in UTF-8 or a code page has no NUL and few other control characters; a zip (.xlsx),
    // an image or an executable has plenty within its first kilobytes.
    qsizetype control = 0;
    for (const char c : head) {
        const auto u = quint8(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++control;
    }
    return control * 100 <= head.size();
}

} // namespace

FileKind fileKindOfHead(const QByteArray &head)
{
    if (head.isEmpty())
        return FileKind::Unknown;
    if (head.startsWith(QByteArray(SqliteMagic, SqliteMagicSize))) {
        if (head.size() < SqliteHeaderSize)
            return FileKind::Unknown; // a truncated header is no database at all
        return bigEndian32(head, ApplicationIdOffset) == quint32(Schema::ApplicationId) ? FileKind::Map
                                                                                        : FileKind::OtherSqlite;
    }
    return looksLikeText(head) ? FileKind::Text : FileKind::Unknown;
}

FileKind fileKindOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    return fileKindOfHead(file.read(HeadSize));
}

} // namespace cxmap
