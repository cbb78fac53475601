#pragma once

#include <QByteArray>
#include <QString>

namespace cxmap {

/**
 * What a file is, judged by its first bytes and never by its name: a user renames, mails and
 * downloads files, and a map called "survey.csv" must still open as a map (the desktop's MIME
 * type, packaging/cxmap-mime.xml, uses the same rule).
 */
enum class FileKind {
    /** Unreadable, empty, or binary of a kind we do not read. */
    Unknown,
    /** An SQLite database whose application id (header offset 68) is ours, "CXMP". */
    Map,
    /** An SQLite database of some other program: worth a clear "not a cxmap" message. */
    OtherSqlite,
    /** Text (UTF-8, UTF-16 with a BOM, or a single-byte code page): survey data or an inventory. */
    Text,
};

/** The kind of the file at `path`; reads at most a few kilobytes. */
FileKind fileKindOf(const QString &path);

/** The kind of a file that starts with `head` (its first bytes, as many as there are up to 4 KiB). */
FileKind fileKindOfHead(const QByteArray &head);

} // namespace cxmap
