#include "ziparchive.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace cxmap {

namespace {

constexpr qint64 RatioFreeBytes = 1 << 20;

// Reads one entry as it decompresses and fails past the size it may have.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(zip_file_t *file, qint64 limit)
        : m_file(file)
        , m_limit(limit)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    ~ZipEntryDevice() override
    {
        zip_fclose(m_file);
    }

    // Not sequential, so that pos() tracks the bytes read (for progress); nobody seeks.
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_limit; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
            return -1;
        }
        m_read += n;
        if (m_read > m_limit) {
            setErrorString(QCoreApplication::translate("cxmap::ZipArchive", "it expands beyond the size it declares"));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_limit;
    qint64 m_read = 0;
};

} // namespace

struct ZipArchive::Handle
{
    zip_t *zip = nullptr;
};

ZipArchive::ZipArchive(const QString &path, const QString &shownName)
    : m_handle(std::make_unique<Handle>())
    , m_shownName(shownName)
{
    int code = 0;
    m_handle->zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_handle->zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: not a readable Excel workbook (%2)").arg(shownName, reason));
    }
}

ZipArchive::~ZipArchive()
{
    if (m_handle->zip)
        zip_discard(m_handle->zip);
}

bool ZipArchive::contains(const QString &entry) const
{
    return zip_name_locate(m_handle->zip, entry.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

qint64 ZipArchive::size(const QString &entry) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    const zip_int64_t index = zip_name_locate(m_handle->zip, entry.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0 || zip_stat_index(m_handle->zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

std::unique_ptr<QIODevice> ZipArchive::open(const QString &entry, qint64 maxBytes) const
{
    const zip_int64_t index = zip_name_locate(m_handle->zip, entry.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: not an Excel workbook: it has no %2").arg(m_shownName, entry));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_handle->zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
        || !(stat.valid & ZIP_STAT_COMP_SIZE))
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: a damaged workbook: the size of %2 is unknown").arg(m_shownName, entry));
    const auto size = qint64(stat.size);
    const auto compressed = qint64(stat.comp_size);
    if (size > maxBytes)
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: refused: its part %2 would expand to %3 MB, more than the %4 MB a workbook part may have")
                                .arg(m_shownName, entry)
                                .arg(size / 1000000)
                                .arg(maxBytes / 1000000));
    if (size > RatioFreeBytes && size > MaxRatio * std::max<qint64>(compressed, 1))
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: refused: its part %2 would expand %3 times (to %4 MB), as zip bombs do; real workbooks expand less than %5 times")
                                .arg(m_shownName, entry)
                                .arg(size / std::max<qint64>(compressed, 1))
                                .arg(size / 1000000)
                                .arg(MaxRatio));
    zip_file_t *file = zip_fopen_index(m_handle->zip, zip_uint64_t(index), 0);
    if (!file)
        throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: cannot read its part %2 (%3)")
                                .arg(m_shownName, entry, QString::fromUtf8(zip_strerror(m_handle->zip))));
    return std::make_unique<ZipEntryDevice>(file, size);
}

QByteArray ZipArchive::read(const QString &entry, qint64 maxBytes) const
{
    const std::unique_ptr<QIODevice> device = open(entry, maxBytes);
    QByteArray bytes;
    bytes.resize(device->size());
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device->read(bytes.data() + done, bytes.size() - done);
        if (n < 0)
            throw DocumentError(QCoreApplication::translate("cxmap::ZipArchive", "%1: cannot read its part %2 (%3)").arg(m_shownName, entry, device->errorString()));
        if (n == 0)
            break;
        done += n;
    }
    bytes.truncate(done);
    return bytes;
}

} // namespace cxmap
