#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

namespace cxmap {

/**
 * A zip file opened for reading (libzip), with every entry read through a device that stops at
 * a stated size: an Excel workbook is a zip of XML parts, and a hostile one (a "zip bomb") must
 * be refused in one line before it expands into gigabytes.
 */
class ZipArchive
{
public:
    /** Opens `path`; throws DocumentError "<shown>: <why>" when it is not a zip file. */
    ZipArchive(const QString &path, const QString &shownName);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &entry) const;

    /**
     * A device reading one entry as it decompresses, or throws DocumentError naming the entry
     * when it is missing, or larger than `maxBytes`, or expands more than MaxRatio times its
     * compressed size (past its first MiB). Reading more than the entry declared fails too, so
     * a lying directory changes nothing. The device must not outlive the archive.
     */
    std::unique_ptr<QIODevice> open(const QString &entry, qint64 maxBytes) const;
    /** The whole (small) entry, under the same limits. */
    QByteArray read(const QString &entry, qint64 maxBytes) const;
    /** The uncompressed size the archive declares for `entry`; -1 when missing. */
    qint64 size(const QString &entry) const;

    /** Deflate's best is about 1,000:1; real workbooks compress XML 5 to 50 times. */
    static constexpr qint64 MaxRatio = 200;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_shownName;
};

} // namespace cxmap
