#include "hashingdevice.h"

namespace cxmap {

HashingDevice::HashingDevice(QIODevice *source)
    : m_source(source)
    , m_hash(QCryptographicHash::Sha256)
{
    open(QIODevice::ReadOnly);
}

QString HashingDevice::hexDigest() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 HashingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 read = m_source->read(data, maxSize);
    if (read > 0)
        m_hash.addData(QByteArrayView(data, read));
    return read;
}

} // namespace cxmap
